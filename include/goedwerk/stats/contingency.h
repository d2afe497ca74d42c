/* stats/contingency.h - tests on an r x c table of counts: Pearson
 * chi-square of independence, Cramer's V, adjusted standardised residuals
 * (Haberman), and a Monte Carlo p-value with fixed margins for tables whose
 * expected counts are small.
 * Owner: src/stats/contingency.c. Pure, no I/O. */
#ifndef GOEDWERK_STATS_CONTINGENCY_H
#define GOEDWERK_STATS_CONTINGENCY_H

#include <stddef.h>
#include <gsl/gsl_rng.h>
#include "goedwerk/status.h"

struct stats_chisq {
	double chi2, df, p_value; /* asymptotic p: gsl_cdf_chisq_Q */
	double cramers_v;
	double min_expected;
	double share_expected_below_5; /* Cochran's rule: ok when <= 0.2 and min >= 1 */
	double p_monte_carlo;          /* NaN unless asked */
	size_t r, c;                   /* after dropping empty rows and columns */
};

/* counts: r x c row-major.  Empty rows/columns are dropped first; fewer than
 * 2 rows or columns left -> GW_UNDEFINED.  resid (may be NULL): r x c
 * adjusted standardised residuals, NaN for dropped cells.
 * n_sim > 0 with rng: Monte Carlo p from n_sim random tables with the same
 * margins (sequential hypergeometric draws: the null that Patefield 1981
 * samples; O(r c) per table),
 * p = (1 + #{chi2_sim >= chi2}) / (1 + n_sim) as R's chisq.test. */
enum gw_status stats_chisq_independence(const double *counts, size_t r, size_t c,
					double *resid, size_t n_sim, gsl_rng *rng,
					struct stats_chisq *out);

#endif
