/* stats/mannwhitney.h - Mann-Whitney U (Wilcoxon rank-sum) test of two
 * independent samples, two-sided, and Cliff's delta.
 * Owner: src/stats/mannwhitney.c.  Pure, no I/O.
 *
 * Conventions (state them: peers differ, refdata NOTES.md section 8):
 *  - u1 is U of the FIRST sample a: #(a > b) + 0.5 #(a = b) (R's W, scipy
 *    >= 1.7); u2 = n1 n2 - u1.
 *  - cliffs_delta = (u1 - u2) / (n1 n2) = (#(a > b) - #(a < b)) / (n1 n2):
 *    positive when the first sample tends to be HIGHER.
 *  - p, asymptotic: z = sign(u1 - mu) max(|u1 - mu| - 0.5, 0) / sd with
 *    mu = n1 n2 / 2 and the tie-corrected variance
 *    n1 n2 / 12 [(N + 1) - sum(t^3 - t) / (N (N - 1))]; p = min(1, 2 Q(|z|))
 *    (scipy mannwhitneyu method='asymptotic', use_continuity=True; R
 *    wilcox.test exact=FALSE, correct=TRUE).
 *  - p, exact: when there are no ties and n1, n2 <= STATS_MW_EXACT_MAX, the
 *    null distribution of U by counting subsets of ranks;
 *    p = min(1, 2 P(U >= max(u1, u2))) (scipy method='exact').  z is still
 *    reported (asymptotic) for reference. */
#ifndef GOEDWERK_STATS_MANNWHITNEY_H
#define GOEDWERK_STATS_MANNWHITNEY_H

#include <stddef.h>
#include "goedwerk/status.h"

#define STATS_MW_EXACT_MAX 50

struct stats_mw {
	double u1, u2, var_u, z, p_value, cliffs_delta;
	double n1, n2;
	int exact; /* 1: p from the exact distribution */
};

/* From counts in c ordered categories: a[j], b[j] values of the first and
 * second sample in category j (the categories tie within themselves).
 * An empty sample -> GW_UNDEFINED with everything NaN.  No variation (all
 * values in one category) -> GW_UNDEFINED with u1, u2, cliffs_delta set
 * (delta 0) and var_u 0, z and p NaN.  O(c), plus O(N n1 n1 n2) when exact. */
enum gw_status stats_mann_whitney_counts(const double *a, const double *b, size_t c,
					 struct stats_mw *out);

/* From raw values x[0..n1) and y[0..n2) (no NaN): the distinct values become
 * the categories.  O(N log N). */
enum gw_status stats_mann_whitney(const double *x, size_t n1, const double *y, size_t n2,
				  struct stats_mw *out);

#endif
