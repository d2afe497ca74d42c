/* mannwhitney.c - Mann-Whitney U from category counts (each category's
 * values share one mid-rank, so five-pile data cost O(piles) however many
 * sorts), and from raw values through the same path. */
#include <math.h>
#include <stdlib.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_sort.h>
#include "goedwerk/stats/mannwhitney.h"

/* P(U >= u) for untied samples of sizes n1, n2: f[k][s] counts the ways to
 * pick k of the ranks seen so far with U-contribution s, where the k-th
 * smallest chosen of rank r adds r - k (the b values below it).  Counts
 * reach C(100, 50) ~ 1e29: doubles keep their relative precision. */
static double exact_sf(size_t n1, size_t n2, double u)
{
	size_t N = n1 + n2, M = n1 * n2, w = M + 1;
	double *f = calloc((n1 + 1) * w, sizeof *f);
	if (!f)
		abort();
	f[0] = 1;
	for (size_t r = 1; r <= N; r++) {
		size_t top = r < n1 ? r : n1;
		for (size_t k = top; k >= 1; k--) {
			size_t add = r - k; /* ranks below r not chosen */
			if (add > n2)
				continue;
			for (size_t s = M; s + 1 > add; s--)
				f[k * w + s] += f[(k - 1) * w + s - add];
		}
	}
	double total = 0, above = 0;
	for (size_t s = 0; s <= M; s++) {
		total += f[n1 * w + s];
		if ((double)s >= u - 1e-9)
			above += f[n1 * w + s];
	}
	free(f);
	return above / total;
}

static void set_nan(struct stats_mw *out)
{
	out->u1 = out->u2 = out->var_u = out->z = out->p_value = out->cliffs_delta = NAN;
	out->exact = 0;
}

enum gw_status stats_mann_whitney_counts(const double *a, const double *b, size_t c,
					 struct stats_mw *out)
{
	double n1 = 0, n2 = 0, r1 = 0, cum = 0, ties = 0;
	int tied = 0;
	set_nan(out);
	for (size_t j = 0; j < c; j++) {
		double t = a[j] + b[j];
		r1 += a[j] * (cum + (t + 1) / 2); /* the category's mid-rank */
		cum += t;
		ties += t * t * t - t;
		tied |= t > 1;
		n1 += a[j];
		n2 += b[j];
	}
	out->n1 = n1;
	out->n2 = n2;
	if (n1 == 0 || n2 == 0)
		return GW_UNDEFINED;
	double N = n1 + n2, mu = n1 * n2 / 2;
	out->u1 = r1 - n1 * (n1 + 1) / 2;
	out->u2 = n1 * n2 - out->u1;
	out->cliffs_delta = (out->u1 - out->u2) / (n1 * n2);
	out->var_u = n1 * n2 / 12 * ((N + 1) - ties / (N * (N - 1)));
	if (!(out->var_u > 0))
		return GW_UNDEFINED; /* every value tied: no ranks to compare */
	double dev = fabs(out->u1 - mu) - 0.5;
	out->z = copysign(dev > 0 ? dev : 0, out->u1 - mu) / sqrt(out->var_u);
	if (out->z == 0)
		out->z = 0; /* no -0 in the output */
	if (!tied && n1 <= STATS_MW_EXACT_MAX && n2 <= STATS_MW_EXACT_MAX) {
		double u = fmax(out->u1, out->u2);
		out->p_value = fmin(1.0, 2 * exact_sf((size_t)n1, (size_t)n2, u));
		out->exact = 1;
	} else {
		out->p_value = fmin(1.0, 2 * gsl_cdf_ugaussian_Q(fabs(out->z)));
	}
	return GW_OK;
}

enum gw_status stats_mann_whitney(const double *x, size_t n1, const double *y, size_t n2,
				  struct stats_mw *out)
{
	size_t N = n1 + n2;
	double *v = malloc((N ? N : 1) * sizeof *v);
	size_t *idx = malloc((N ? N : 1) * sizeof *idx);
	double *cnt = calloc(2 * (N ? N : 1), sizeof *cnt); /* a counts, then b counts */
	if (!v || !idx || !cnt)
		abort();
	for (size_t i = 0; i < n1; i++)
		v[i] = x[i];
	for (size_t i = 0; i < n2; i++)
		v[n1 + i] = y[i];
	gsl_sort_index(idx, v, 1, N);
	size_t c = 0;
	for (size_t r = 0; r < N; r++) {
		if (r > 0 && v[idx[r]] != v[idx[r - 1]])
			c++;
		cnt[(idx[r] < n1 ? 0 : N) + c] += 1;
	}
	enum gw_status st = stats_mann_whitney_counts(cnt, cnt + N, N ? c + 1 : 0, out);
	free(v);
	free(idx);
	free(cnt);
	return st;
}
