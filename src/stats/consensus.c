/* consensus.c - Tastle-Wierman consensus, Leik's D and the IQR from
 * category counts. */
#include <math.h>
#include <stdlib.h>
#include <gsl/gsl_statistics_double.h>
#include "goedwerk/stats/consensus.h"
#include "goedwerk/alloc.h"

static double total(const size_t *counts, size_t v)
{
	double n = 0.0;
	for (size_t k = 0; k < v; k++)
		n += (double)counts[k];
	return n;
}

enum gw_status stats_consensus_tw(const size_t *counts, size_t n_values, double *cns)
{
	*cns = NAN;
	if (n_values < 2)
		return GW_EUSAGE;
	double n = total(counts, n_values);
	if (n <= 0.0)
		return GW_UNDEFINED;
	double mu = 0.0, d = (double)(n_values - 1), s = 0.0;
	for (size_t k = 0; k < n_values; k++)
		mu += (double)counts[k] / n * (double)k; /* positions 0..V-1: shifts cancel */
	for (size_t k = 0; k < n_values; k++) {
		if (counts[k] == 0)
			continue; /* 0 * log2(0) := 0 */
		double p = (double)counts[k] / n;
		s += p * log2(1.0 - fabs((double)k - mu) / d);
	}
	*cns = 1.0 + s;
	if (*cns < 0.0 && *cns > -1e-15)
		*cns = 0.0;
	return GW_OK;
}

enum gw_status stats_leik_d(const size_t *counts, size_t n_values, double *d)
{
	*d = NAN;
	if (n_values < 2)
		return GW_EUSAGE;
	double n = total(counts, n_values);
	if (n <= 0.0)
		return GW_UNDEFINED;
	double cum = 0.0, s = 0.0;
	for (size_t k = 0; k + 1 < n_values; k++) {
		cum += (double)counts[k];
		double f = cum / n;
		s += f <= 0.5 ? f : 1.0 - f;
	}
	*d = 2.0 * s / (double)(n_values - 1);
	return GW_OK;
}

enum gw_status stats_iqr_counts(const size_t *counts, size_t n_values, int first_value,
				double *iqr)
{
	*iqr = NAN;
	size_t n = 0;
	for (size_t k = 0; k < n_values; k++)
		n += counts[k];
	if (n == 0)
		return GW_UNDEFINED;
	double *x = xmalloc(n * sizeof *x);
	for (size_t k = 0, p = 0; k < n_values; k++)
		for (size_t c = 0; c < counts[k]; c++)
			x[p++] = (double)first_value + (double)k; /* ascending by construction */
	*iqr = gsl_stats_quantile_from_sorted_data(x, 1, n, 0.75) -
	       gsl_stats_quantile_from_sorted_data(x, 1, n, 0.25);
	free(x);
	return GW_OK;
}
