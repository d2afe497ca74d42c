/* compare.c - see stats/compare.h.  References: Welch (1947) with the
 * Satterthwaite (1946) degrees of freedom; Newcombe, R.G. (1998) Interval
 * estimation for the difference between independent proportions,
 * Statistics in Medicine 17, 873-890, method 10. */
#include <math.h>
#include <gsl/gsl_cdf.h>
#include "goedwerk/stats/compare.h"
#include "goedwerk/stats/proportion.h"

void stats_moments_counts(const double *counts, size_t c, int first_value,
			  struct stats_moments *out)
{
	double n = 0, sum = 0, ss = 0;
	for (size_t k = 0; k < c; k++) {
		n += counts[k];
		sum += counts[k] * (first_value + (double)k);
	}
	out->n = n;
	out->mean = n > 0 ? sum / n : NAN;
	for (size_t k = 0; k < c && n > 0; k++) {
		double d = first_value + (double)k - out->mean;
		ss += counts[k] * d * d; /* two passes: no cancellation */
	}
	out->var = n > 1 ? ss / (n - 1) : NAN;
}

enum gw_status stats_welch_interval(const struct stats_moments *a, const struct stats_moments *b,
				    double conf, double *diff, double *lo, double *hi)
{
	*diff = a->n > 0 && b->n > 0 ? a->mean - b->mean : NAN;
	*lo = *hi = NAN;
	if (!(a->n > 1 && b->n > 1))
		return GW_UNDEFINED;
	double sa = a->var / a->n, sb = b->var / b->n, se2 = sa + sb;
	if (!(se2 > 0))
		return GW_UNDEFINED;
	double df = se2 * se2 / (sa * sa / (a->n - 1) + sb * sb / (b->n - 1));
	double t = gsl_cdf_tdist_Pinv(1 - (1 - conf) / 2, df), half = t * sqrt(se2);
	*lo = *diff - half;
	*hi = *diff + half;
	return GW_OK;
}

enum gw_status stats_newcombe_diff(double xa, double na, double xb, double nb, double conf,
				   double *diff, double *lo, double *hi)
{
	double la, ua, lb, ub;
	*diff = *lo = *hi = NAN;
	if (stats_wilson(xa, na, conf, 0, &la, &ua) != GW_OK ||
	    stats_wilson(xb, nb, conf, 0, &lb, &ub) != GW_OK)
		return GW_UNDEFINED;
	double pa = xa / na, pb = xb / nb;
	*diff = pa - pb;
	*lo = *diff - sqrt((pa - la) * (pa - la) + (ub - pb) * (ub - pb));
	*hi = *diff + sqrt((ua - pa) * (ua - pa) + (pb - lb) * (pb - lb));
	return GW_OK;
}
