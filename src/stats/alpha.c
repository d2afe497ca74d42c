/* alpha.c - Krippendorff's alpha from per-unit value counts via the
 * coincidence matrix (Krippendorff 2011). */
#include <math.h>
#include <stdlib.h>
#include "goedwerk/stats/agreement.h"
#include "goedwerk/alloc.h"

enum metric { M_NOMINAL, M_ORDINAL, M_INTERVAL, M_RATIO };

/* Squared distance between scale positions c <= k under metric mt. */
static double delta2(enum metric mt, size_t c, size_t k, const double *v, const double *nc)
{
	if (c == k)
		return 0.0;
	if (c > k) {
		size_t t = c;
		c = k;
		k = t;
	}
	switch (mt) {
	case M_NOMINAL:
		return 1.0;
	case M_INTERVAL:
		return (v[c] - v[k]) * (v[c] - v[k]);
	case M_RATIO: {
		double d = (v[c] - v[k]) / (v[c] + v[k]);
		return d * d;
	}
	case M_ORDINAL: {
		double s = 0.0;
		for (size_t g = c; g <= k; g++)
			s += nc[g];
		s -= (nc[c] + nc[k]) / 2.0;
		return s * s;
	}
	}
	return NAN;
}

/* 1 - (n - 1) sum o d2 / sum n_c n_k d2, or NaN when De = 0. */
static double alpha_of(enum metric mt, const double *o, const double *nc, double n,
		       const double *v, size_t V)
{
	double dobs = 0.0, dexp = 0.0;
	for (size_t c = 0; c < V; c++)
		for (size_t k = 0; k < V; k++) {
			double d2 = delta2(mt, c, k, v, nc);
			dobs += o[c * V + k] * d2;
			dexp += nc[c] * nc[k] * d2;
		}
	if (!(dexp > 0.0))
		return NAN;
	return 1.0 - (n - 1.0) * dobs / dexp;
}

enum gw_status stats_krippendorff_alpha_counts(const double *counts, size_t n_units,
					       const double *values, size_t n_values,
					       struct stats_alpha *out)
{
	size_t V = n_values;
	*out = (struct stats_alpha){NAN, NAN, NAN, NAN, 0.0, 0};
	if (V == 0)
		return GW_EUSAGE;
	double *o = xcalloc(V * V, sizeof *o), *nc = xcalloc(V, sizeof *nc);
	for (size_t u = 0; u < n_units; u++) {
		const double *cu = counts + u * V;
		double mu = 0.0;
		for (size_t c = 0; c < V; c++)
			mu += cu[c];
		if (mu < 2.0)
			continue; /* not pairable */
		out->n_units++;
		for (size_t c = 0; c < V; c++) {
			if (cu[c] == 0.0)
				continue;
			for (size_t k = 0; k < V; k++)
				o[c * V + k] += (cu[c] * cu[k] - (c == k ? cu[c] : 0.0)) / (mu - 1.0);
		}
	}
	double n = 0.0;
	for (size_t c = 0; c < V; c++) {
		for (size_t k = 0; k < V; k++)
			nc[c] += o[c * V + k];
		n += nc[c];
	}
	out->n_pairable = n;
	int ratio_ok = 1;
	for (size_t c = 0; c < V; c++)
		ratio_ok &= values[c] >= 0.0;
	if (n >= 2.0) {
		out->nominal = alpha_of(M_NOMINAL, o, nc, n, values, V);
		out->ordinal = alpha_of(M_ORDINAL, o, nc, n, values, V);
		out->interval = alpha_of(M_INTERVAL, o, nc, n, values, V);
		if (ratio_ok)
			out->ratio = alpha_of(M_RATIO, o, nc, n, values, V);
	}
	free(o);
	free(nc);
	return isnan(out->nominal) ? GW_UNDEFINED : GW_OK;
}

enum gw_status stats_krippendorff_alpha(const int8_t *x, size_t m, size_t n, int first_value,
					size_t n_values, int8_t missing, struct stats_alpha *out)
{
	double *counts = xcalloc(n * n_values, sizeof *counts);
	double *values = xmalloc(n_values * sizeof *values);
	enum gw_status st = GW_OK;
	for (size_t k = 0; k < n_values; k++)
		values[k] = (double)first_value + (double)k;
	for (size_t i = 0; i < m && st == GW_OK; i++)
		for (size_t u = 0; u < n; u++) {
			int8_t c = x[i * n + u];
			if (c == missing)
				continue;
			long k = (long)c - first_value;
			if (k < 0 || (size_t)k >= n_values) {
				st = GW_EUSAGE;
				break;
			}
			counts[u * n_values + (size_t)k] += 1.0;
		}
	if (st == GW_OK)
		st = stats_krippendorff_alpha_counts(counts, n, values, n_values, out);
	else
		*out = (struct stats_alpha){NAN, NAN, NAN, NAN, 0.0, 0};
	free(counts);
	free(values);
	return st;
}
