/* differences.c - Kruskal-Wallis from category counts: each category's
 * values share one mid-rank, so the test is linear in groups x categories
 * however many sorts there are. */
#include <math.h>
#include <stdlib.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_sort.h>
#include "goedwerk/stats/differences.h"

enum gw_status stats_kruskal_wallis_counts(const double *counts, size_t k, size_t c,
					   struct stats_kw *out)
{
	double N = 0, ties = 0, groups = 0, sum_r2 = 0;
	out->h = out->h_uncorrected = out->p_value = out->epsilon2 = NAN;
	out->df = NAN;
	double *mid = malloc((c ? c : 1) * sizeof *mid); /* each category's mid-rank */
	if (!mid)
		abort();
	for (size_t j = 0; j < c; j++) {
		double t = 0;
		for (size_t g = 0; g < k; g++)
			t += counts[g * c + j];
		mid[j] = N + (t + 1) / 2;
		N += t;
		ties += t * t * t - t;
	}
	for (size_t g = 0; g < k; g++) {
		double ng = 0, rg = 0;
		for (size_t j = 0; j < c; j++) {
			rg += counts[g * c + j] * mid[j];
			ng += counts[g * c + j];
		}
		if (ng > 0) {
			groups++;
			sum_r2 += rg * rg / ng;
		}
	}
	free(mid);
	out->n = (size_t)N;
	out->k = (size_t)groups;
	double tie_factor = N > 1 ? 1 - ties / (N * N * N - N) : 0;
	out->tie_factor = tie_factor;
	if (groups < 2 || !(tie_factor > 0))
		return GW_UNDEFINED;
	out->h_uncorrected = 12 / (N * (N + 1)) * sum_r2 - 3 * (N + 1);
	out->h = out->h_uncorrected / tie_factor;
	out->df = groups - 1;
	out->p_value = gsl_cdf_chisq_Q(out->h, out->df);
	out->epsilon2 = out->h / (N - 1);
	return GW_OK;
}

enum gw_status stats_kruskal_wallis(const double *x, const size_t *g, size_t n, size_t k,
				    struct stats_kw *out)
{
	if (n == 0 || k == 0)
		return stats_kruskal_wallis_counts(NULL, 0, 0, out);
	size_t *idx = malloc(n * sizeof *idx), *cat = malloc(n * sizeof *cat);
	if (!idx || !cat)
		abort();
	gsl_sort_index(idx, x, 1, n);
	size_t c = 0;
	for (size_t r = 0; r < n; r++) {
		if (r > 0 && x[idx[r]] != x[idx[r - 1]])
			c++;
		cat[idx[r]] = c;
	}
	c++;
	double *counts = calloc(k * c, sizeof *counts);
	if (!counts)
		abort();
	for (size_t i = 0; i < n; i++)
		if (g[i] < k)
			counts[g[i] * c + cat[i]] += 1;
	enum gw_status st = stats_kruskal_wallis_counts(counts, k, c, out);
	free(idx);
	free(cat);
	free(counts);
	return st;
}
