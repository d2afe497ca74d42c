/* factors.h - the viewpoint typology: `goedwerk factors` from a dataset to
 * its tables (by-person Q-method factor analysis, stats/factor.h, plus who
 * holds which viewpoint).
 *
 * Which sorts: the complete sorts of the dataset (a sort that leaves a card
 * out is left out, and so is a sort without variation), of o->phase and
 * o->perspective when set; the counts are in struct factors_tables and on
 * err (when err is not NULL).  The factor arrays use the card set's
 * forced distribution (scale counts); a card set that is not forced (or whose
 * counts do not add up to its cards) uses the mean sorted profile of the
 * sorts, rounded to whole categories.
 *
 * Tables (each a struct table, table.h):
 *   factor_loadings        sort x factor: sort, factor, loading, flagged
 *                          (`sort` is "s<store id>", or the sort label under
 *                          --show-sorts; no other table names sorts)
 *   factor_arrays          card x factor: card, label_nl, factor, z_score, rank,
 *                          category, distinguishing (1 at p < .05),
 *                          distinguishing_p (0.05 | 0.01), consensus
 *   factor_characteristics factor: n_defining, n_defining_people, flipped,
 *                          variance, variance_share, average_reliability,
 *                          reliability, se_scores
 *   factor_eigenvalues     component: eigenvalue, variance_share, cumulative_share
 *   factor_differences     card x pair: factor_a, factor_b, difference, sed,
 *                          p_below (0.05, 0.01, 0.001, 0.000001), stars
 *   factor_correlations    pair: factor_a, factor_b, r (of the z-scores)
 *   factor_composition     factor x stratum: stratum_type (organisation, role,
 *                          age_band, year), stratum, n_sorts, n_people, share
 *   factor_crib            factor x card: the crib sheet (Watts & Stenner 2012,
 *                          ch. 7): extreme (1 top pile of the array, -1 lowest),
 *                          vs_others (1 higher than every other viewpoint's
 *                          array, -1 lower), category, others_max/others_min
 * Privacy: the tables come out unsuppressed, each row with the people it
 * rests on (n_defining_people, n_people_a/b, n_people, stratum_n_people);
 * callers pass them through the privacy engine (privacy.h) with the
 * declarations of the registry (table_factor_* in analyse).
 *
 * Ownership: factors_tables_free releases the tables.
 * Errors: GW_EUSAGE (bad options: k too large, centroid with too many sorts,
 * a flags file that cannot be read), GW_EDATA (too few usable sorts, a bad
 * line in the flags file), each with a message on err. */
#ifndef GOEDWERK_FACTORS_H
#define GOEDWERK_FACTORS_H

#include <stddef.h>
#include <stdio.h>
#include "goedwerk/dataset.h"
#include "goedwerk/stats/factor.h"
#include "goedwerk/status.h"
#include "goedwerk/table.h"

#define FACTORS_DEFAULT_K 3

struct factors_options {
	size_t n_factors;                 /* 0: FACTORS_DEFAULT_K (fewer if the data has fewer) */
	enum factor_extraction extraction;
	enum factor_rotation rotation;
	double tolerance;                 /* varimax eps; 0: 1e-5 as R */
	const char *flags_path;           /* manual flags file, or NULL */
	int qmethod_compat;
	const char *phase, *perspective; /* only sorts of this phase/perspective; NULL: all */
	int say_counts;                   /* the "N sorts analysed" line on err always (the
					   * factors command); else only when sorts were left out */
};
void factors_options_default(struct factors_options *o);

enum { FACTORS_LOADINGS, FACTORS_ARRAYS, FACTORS_CHARACTERISTICS, FACTORS_EIGENVALUES,
       FACTORS_DIFFERENCES, FACTORS_CORRELATIONS, FACTORS_COMPOSITION, FACTORS_CRIB,
       FACTORS_N_TABLES };

struct factors_tables {
	struct table *t[FACTORS_N_TABLES];
	size_t n_sorts_used, n_incomplete, n_constant, n_people_used, k;
	int varimax_iterations, varimax_converged;
};

enum gw_status factors_run(const struct dataset *ds, const struct factors_options *o,
			   struct factors_tables *out, FILE *err);
void factors_tables_free(struct factors_tables *ft);

/* Pass every table of ft through the privacy engine with the declarations of
 * the table registry (what `goedwerk factors` writes is suppressed exactly as
 * the same tables of `goedwerk analyse`). */
enum gw_status factors_apply_privacy(struct factors_tables *ft, const struct dataset *ds,
				     const struct selection *sel, FILE *err);

/* Manual flags from a CSV file with a header `sort,factor[,flagged]` (sort as
 * in factor_loadings.csv, factor 1..k, flagged 1/0, default 1).  A sort the
 * file names gets exactly the flags the file gives it (its other factors are
 * unflagged); other sorts keep automatic flags.  used[] maps the analysed
 * sorts to dataset rows.  *flags (n_used x k, -1/0/1) is freed by the caller.
 * Errors as FILE:LINE:COLUMN: what (expected). */
enum gw_status factors_read_flags(const char *path, const struct dataset *ds, const size_t *used,
				  size_t n_used, size_t k, signed char **flags, FILE *err);

#endif
