/* stats/proportion.h - intervals for a proportion.
 * Owner: src/stats/proportion.c. Pure, no I/O. */
#ifndef GOEDWERK_STATS_PROPORTION_H
#define GOEDWERK_STATS_PROPORTION_H

#include "goedwerk/status.h"

/* Wilson score interval for x successes in n trials at confidence level
 * conf (0.95 -> z = gsl_cdf_ugaussian_Pinv(0.975)); continuity = 1 gives
 * Newcombe's (1998) method 4.  Clamped to [0, 1].
 * Precondition: 0 <= x <= n.  n == 0 -> GW_UNDEFINED. */
enum gw_status stats_wilson(double x, double n, double conf, int continuity,
			    double *lo, double *hi);

#endif
