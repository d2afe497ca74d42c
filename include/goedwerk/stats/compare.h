/* stats/compare.h - one group against another from pile counts: the
 * difference in mean with Welch's interval and the difference of two
 * proportions with Newcombe's hybrid score interval.
 * Owner: src/stats/compare.c.  Pure, no I/O. */
#ifndef GOEDWERK_STATS_COMPARE_H
#define GOEDWERK_STATS_COMPARE_H

#include <stddef.h>
#include "goedwerk/status.h"

struct stats_moments {
	double n, mean, var; /* var with n - 1 (NaN below 2 values) */
};

/* Moments of values first_value + k, each counts[k] times, k < c. */
void stats_moments_counts(const double *counts, size_t c, int first_value,
			  struct stats_moments *out);

/* Welch's interval for mean(a) - mean(b) at confidence conf: se =
 * sqrt(va/na + vb/nb), df by Welch-Satterthwaite, t quantile from GSL.
 * diff is set whenever both samples have a value; the interval is
 * GW_UNDEFINED (NaN) when a sample has fewer than two values or neither
 * varies (se 0: no interval to speak of). */
enum gw_status stats_welch_interval(const struct stats_moments *a, const struct stats_moments *b,
				    double conf, double *diff, double *lo, double *hi);

/* Difference of proportions xa/na - xb/nb with Newcombe's (1998) hybrid
 * score interval (his method 10): from the two Wilson intervals (la, ua),
 * (lb, ub): lo = d - sqrt((pa - la)^2 + (ub - pb)^2), hi = d +
 * sqrt((ua - pa)^2 + (pb - lb)^2).  An empty sample -> GW_UNDEFINED. */
enum gw_status stats_newcombe_diff(double xa, double na, double xb, double nb, double conf,
				   double *diff, double *lo, double *hi);

#endif
