/* dilemmas.h - what the dilemma tables share (private to src/analyse).
 *
 * A unit is what a table counts cases of: a codebook tag, a pillar (a case
 * is in a pillar when one of its tags is) or a triangle axis (likewise).
 * Units come tags first (codebook order), then pillars and axes in their
 * fixed order.  Strata of cases: the level of a case under a stratifier
 * (traject, organisation, org_type, group, role, session, year; STRATUM_ALL is one
 * level), counted in cases; the privacy engine suppresses by those counts
 * (goedwerk/privacy.h). */
#ifndef GOEDWERK_ANALYSE_DILEMMAS_H
#define GOEDWERK_ANALYSE_DILEMMAS_H

#include <stddef.h>
#include <stdint.h>
#include "goedwerk/dataset.h"
#include "strata.h"

struct dil_units {
	size_t n;
	const char **kind;        /* "tag", "pillar", "axis" */
	const char **name;        /* tag id, pillar or axis */
	int *tag;                 /* index into ds->tag, -1 for pillars and axes */
	unsigned char *has;       /* n x n_dilemmas: the case carries the unit */
};

void dil_units_build(const struct dataset *ds, struct dil_units *u);
void dil_units_free(struct dil_units *u);
static inline int dil_has(const struct dil_units *u, size_t unit, size_t n_cases, size_t i)
{
	return u->has[unit * n_cases + i];
}

/* The stratifiers of dilemma_frequencies, in row order. */
extern const int dil_strata[];
extern const size_t dil_strata_len;

size_t dil_n_levels(const struct dataset *ds, int stratifier);
const char *dil_stratum_type(const struct dataset *ds, int stratifier);
const char *dil_level_name(const struct dataset *ds, int stratifier, size_t level);
int32_t dil_level(const struct ds_dilemma *d, int stratifier); /* -1 unknown */

/* Cases per level (n_levels of the stratifier); free the array. */
size_t *dil_cases(const struct dataset *ds, int stratifier);

/* Cases per tag (single) and per ordered pair of tags (both, n x n) among
 * the cases of one level of stratifier s (STRATUM_ALL: every case); the
 * caller allocates the zeroed arrays.  Cost: the squared tags per case. */
struct pair_counts {
	size_t n, cases;
	size_t *single, *both; /* n, n x n */
};
void dil_pair_counts(const struct dataset *ds, int s, int32_t level, struct pair_counts *pc);

#endif
