/* proportion.c - Wilson score interval, plain and with Newcombe's (1998)
 * continuity correction (his method 4). */
#include <math.h>
#include <gsl/gsl_cdf.h>
#include "goedwerk/stats/proportion.h"

static double clamp01(double v)
{
	return v < 0 ? 0 : v > 1 ? 1 : v; /* float noise such as 1.0000000000000002 */
}

enum gw_status stats_wilson(double x, double n, double conf, int continuity, double *lo, double *hi)
{
	if (!(n > 0) || x < 0 || x > n) {
		*lo = *hi = NAN;
		return GW_UNDEFINED;
	}
	double z = gsl_cdf_ugaussian_Pinv(1 - (1 - conf) / 2), z2 = z * z;
	double p = x / n, q = 1 - p;
	if (!continuity) {
		double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
		double half = z * sqrt(p * q / n + z2 / (4 * n * n)) / (1 + z2 / n);
		*lo = clamp01(centre - half);
		*hi = clamp01(centre + half);
		if (x == 0)
			*lo = 0;
		if (x == n)
			*hi = 1;
		return GW_OK;
	}
	/* The square roots' arguments go negative at x = 0 and x = n, where
	 * Newcombe sets the bound to 0 and 1. */
	double den = 2 * (n + z2);
	*lo = x == 0 ? 0 : clamp01((2 * n * p + z2 - 1 - z * sqrt(z2 - 2 - 1 / n + 4 * p * (n * q + 1))) / den);
	*hi = x == n ? 1 : clamp01((2 * n * p + z2 + 1 + z * sqrt(z2 + 2 - 1 / n + 4 * p * (n * q - 1))) / den);
	return GW_OK;
}
