/* stats/differences.h - differences between groups: Kruskal-Wallis H with
 * the tie correction, and its epsilon-squared effect size.
 * Pure; no I/O.  Tie sums are kept in double: five-pile data overflow 32-bit
 * integers (refdata/stats/NOTES.md, finding 5). */
#ifndef GOEDWERK_STATS_DIFFERENCES_H
#define GOEDWERK_STATS_DIFFERENCES_H

#include <stddef.h>
#include "goedwerk/status.h"

struct stats_kw {
	double h, h_uncorrected, tie_factor, df, p_value;
	double epsilon2;       /* H / (N - 1) (Tomczak & Tomczak 2014) */
	size_t n, k;           /* values, groups with at least one value */
};

/* From a k x c table of counts: counts[g * c + j] values of group g in the
 * j-th ordered category (the categories tie within themselves).  Groups
 * without values are left out.  Fewer than 2 groups, or no variation
 * (every value in one category) -> GW_UNDEFINED.  O(k c). */
enum gw_status stats_kruskal_wallis_counts(const double *counts, size_t k, size_t c,
					   struct stats_kw *out);

/* From values x[i] in groups g[i] (0..k-1): the distinct values become the
 * ordered categories.  O(n log n). */
enum gw_status stats_kruskal_wallis(const double *x, const size_t *g, size_t n, size_t k,
				    struct stats_kw *out);

/* Wilcoxon signed-rank test of paired differences d[0..n) (R's default
 * zero handling: zeros are dropped).  p: exact two-sided when the nonzero
 * |d| have no ties and there are at most 50 of them, else the normal
 * approximation with the tie-corrected variance and a continuity
 * correction (R wilcox.test, correct = TRUE).  Effect: matched-pairs
 * rank-biserial (V+ - V-)/(V+ + V-) (Kerby 2014).  Fewer than one nonzero
 * difference -> GW_UNDEFINED. */
struct stats_wilcoxon {
	double v_plus, v_minus, p_value, rank_biserial;
	size_t n_nonzero;
	int exact;
};
enum gw_status stats_wilcoxon_signed_rank(const double *d, size_t n, struct stats_wilcoxon *out);

#endif
