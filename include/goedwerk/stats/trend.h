/* stats/trend.h - monotone trend over time: Mann-Kendall S with the
 * tie-corrected variance, Sen's slope over the real times, and the
 * Cochran-Armitage trend test for proportions with explicit scores.
 * Owner: stats family "trend" (src/stats/trend.c).  Pure, no I/O; the
 * functions allocate only scratch memory they free themselves.
 * Errors: GW_EUSAGE for n < 2 or NULL input; GW_UNDEFINED when the
 * statistic is 0/0 (no variation, all times equal, no events ...). */
#ifndef GOEDWERK_STATS_TREND_H
#define GOEDWERK_STATS_TREND_H

#include <stddef.h>
#include "goedwerk/status.h"

struct stats_mann_kendall {
	size_t n;
	double s;       /* sum_{i<j} sign(x_j - x_i) * sign(t_j - t_i) */
	double var_s;   /* [n(n-1)(2n+5) - sum t(t-1)(2t+5)]/18, ties in x */
	double z;       /* (S - sign S)/sqrt(Var S); 0 when S = 0 */
	double p;       /* two-sided normal p */
	double p_exact; /* two-sided exact p of the permutation null (R
			   cor.test(exact = TRUE)); NaN with ties in x or t, or n > 50 */
};

/* Mann-Kendall over n (t, x) pairs (t need not be sorted, should be
 * distinct; pairs with equal t count 0).  GW_UNDEFINED when Var(S) = 0
 * (constant series): r->s and r->var_s are still set. */
enum gw_status stats_mann_kendall(const double *t, const double *x, size_t n,
				  struct stats_mann_kendall *r);

/* Sen's slope: median over i<j with t_i != t_j of (x_j - x_i)/(t_j - t_i),
 * using the real times (gaps kept); intercept = median(x) - slope median(t).
 * GW_UNDEFINED when no pair has distinct times. */
enum gw_status stats_sen_slope(const double *t, const double *x, size_t n,
			       double *slope, double *intercept);

struct stats_cochran_armitage {
	double t;       /* sum s_i (r_i - n_i pbar) */
	double var;     /* binomial variance pbar(1-pbar)[sum n s^2 - (sum n s)^2/N] */
	double z;       /* t / sqrt(var) (positive: share rises with the score) */
	double chi2;    /* z^2, R prop.trend.test */
	double p;       /* two-sided */
};

/* Cochran-Armitage for k groups with events r[i] of totals n[i] and
 * scores s[i] (binomial variance: SAS, DescTools, R prop.trend.test).
 * GW_UNDEFINED when var = 0 (no events, all events, equal scores). */
enum gw_status stats_cochran_armitage(const double *r, const double *n, const double *s,
				      size_t k, struct stats_cochran_armitage *out);

#endif
