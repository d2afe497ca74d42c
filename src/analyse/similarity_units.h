/* similarity_units.h - the units that similarity and similarity_order
 * compare (private to src/analyse): per phase x perspective, the
 * organisations (scope "all") and, per traject, its groups (scope the
 * traject: groups are compared within their traject only), each with its
 * sorts and its value profile.  Only units of at least --min-cell people
 * take part (privacy_enough): a profile of fewer is never computed. */
#ifndef GOEDWERK_ANALYSE_SIMILARITY_UNITS_H
#define GOEDWERK_ANALYSE_SIMILARITY_UNITS_H

#include <stddef.h>
#include "goedwerk/analyse.h"
#include "goedwerk/status.h"

struct sim_scope {
	const char *phase, *perspective;
	const char *unit_type;   /* "organisation" or "group" */
	const char *scope;       /* "all" or the traject */
	size_t m;                /* units */
	const char **unit;       /* level names */
	size_t *people;          /* per unit */
	const size_t **rows;     /* per unit: its sorts */
	size_t *n_rows;
	double *mean, *top;      /* m x n_cards: mean pile, share in the top pile */
	size_t left_out;         /* units under --min-cell */
};

/* Pairs grow with the square of the units: at most 100 organisations, and
 * 12 groups in a traject (as group_pairs), beyond which the output is
 * tens of megabytes nobody reads, and the clustering of similarity_order
 * (cubic time, square memory) would not end at national scale: both
 * write one row that says so. */
#define SIM_MAX_ORGS 100
#define SIM_MAX_GROUPS 12
size_t sim_most_units(const struct sim_scope *s);

/* Visit every scope with at least one unit of --min-cell people. */
enum gw_status sim_scopes_each(const struct analysis *a,
			       enum gw_status (*fn)(const struct sim_scope *s, void *arg), void *arg);

/* The profile of sorts rows[0..n): mean pile and top-pile share per card
 * (NaN where nobody placed the card). */
void sim_profile(const struct dataset *ds, const size_t *rows, size_t n, double *mean,
		 double *top);

/* Point distances of the scope's units, m x m: 1 - Spearman rho of the
 * mean piles (NaN taken as 1: unrelated) for the UPGMA order. */
double *sim_rho_matrix(const struct dataset *ds, const struct sim_scope *s);

#endif
