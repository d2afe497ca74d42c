/* trend.c - Mann-Kendall, Sen's slope, Cochran-Armitage (see stats/trend.h). */
#include <math.h>
#include <stdlib.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>
#include "goedwerk/stats/trend.h"
#include "goedwerk/alloc.h"

static double sgn(double v)
{
	return (v > 0) - (v < 0);
}

/* sum over tied groups of x of t(t-1)(2t+5), in double (no overflow). */
static double tie_term(const double *x, size_t n)
{
	double *v = xmalloc(n * sizeof *v), sum = 0;
	for (size_t i = 0; i < n; i++)
		v[i] = x[i];
	gsl_sort(v, 1, n);
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j < n && v[j] == v[i])
			j++;
		double g = (double)(j - i);
		sum += g * (g - 1) * (2 * g + 5);
		i = j;
	}
	free(v);
	return sum;
}

/* Exact two-sided p for S without ties: the number of concordant pairs is
 * distributed as the inversions of a random permutation (Mahonian numbers,
 * counted by dynamic programming in double; 50! < 1e65 fits). */
static double exact_p(size_t n, double s)
{
	size_t pairs = n * (n - 1) / 2;
	double *c = xcalloc(pairs + 1, sizeof *c), *nx = xcalloc(pairs + 1, sizeof *nx), tot = 0;
	c[0] = 1;
	for (size_t m = 2; m <= n; m++) {
		size_t top = m * (m - 1) / 2;
		for (size_t k = 0; k <= top; k++) {
			double v = 0;
			for (size_t d = 0; d < m && d <= k; d++)
				v += c[k - d];
			nx[k] = v;
		}
		for (size_t k = 0; k <= top; k++)
			c[k] = nx[k];
	}
	size_t t = (size_t)llround((s + (double)pairs) / 2);
	double lo = 0, hi = 0;
	for (size_t k = 0; k <= pairs; k++) {
		tot += c[k];
		lo += k <= t ? c[k] : 0;
		hi += k >= t ? c[k] : 0;
	}
	free(c);
	free(nx);
	double p = 2 * (lo < hi ? lo : hi) / tot;
	return p > 1 ? 1 : p;
}

static int has_ties(const double *v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		for (size_t j = i + 1; j < n; j++)
			if (v[i] == v[j])
				return 1;
	return 0;
}

enum gw_status stats_mann_kendall(const double *t, const double *x, size_t n,
				  struct stats_mann_kendall *r)
{
	if (!t || !x || !r || n < 2)
		return GW_EUSAGE;
	double s = 0, dn = (double)n;
	for (size_t i = 0; i < n; i++)
		for (size_t j = i + 1; j < n; j++)
			s += sgn(x[j] - x[i]) * sgn(t[j] - t[i]);
	r->n = n;
	r->s = s;
	r->var_s = (dn * (dn - 1) * (2 * dn + 5) - tie_term(x, n)) / 18.0;
	r->z = 0;
	r->p = 1;
	r->p_exact = n <= 50 && !has_ties(x, n) && !has_ties(t, n) ? exact_p(n, s) : NAN;
	if (!(r->var_s > 0))
		return GW_UNDEFINED;
	if (s != 0)
		r->z = (s - sgn(s)) / sqrt(r->var_s);
	r->p = 2 * gsl_cdf_ugaussian_Q(fabs(r->z));
	if (r->p > 1)
		r->p = 1;
	return GW_OK;
}

static double median_of(double *v, size_t n)
{
	gsl_sort(v, 1, n);
	return gsl_stats_median_from_sorted_data(v, 1, n);
}

enum gw_status stats_sen_slope(const double *t, const double *x, size_t n,
			       double *slope, double *intercept)
{
	if (!t || !x || !slope || n < 2)
		return GW_EUSAGE;
	size_t m = 0;
	double *d = xmalloc(n * (n - 1) / 2 * sizeof *d);
	for (size_t i = 0; i < n; i++)
		for (size_t j = i + 1; j < n; j++)
			if (t[j] != t[i])
				d[m++] = (x[j] - x[i]) / (t[j] - t[i]);
	if (m == 0) {
		free(d);
		return GW_UNDEFINED;
	}
	*slope = median_of(d, m);
	free(d);
	if (intercept) {
		double *v = xmalloc(n * sizeof *v);
		for (size_t i = 0; i < n; i++)
			v[i] = x[i];
		double mx = median_of(v, n);
		for (size_t i = 0; i < n; i++)
			v[i] = t[i];
		*intercept = mx - *slope * median_of(v, n);
		free(v);
	}
	return GW_OK;
}

enum gw_status stats_cochran_armitage(const double *r, const double *n, const double *s,
				      size_t k, struct stats_cochran_armitage *out)
{
	if (!r || !n || !s || !out || k < 2)
		return GW_EUSAGE;
	double N = 0, R = 0, ns = 0, ns2 = 0;
	for (size_t i = 0; i < k; i++) {
		N += n[i];
		R += r[i];
		ns += n[i] * s[i];
		ns2 += n[i] * s[i] * s[i];
	}
	if (!(N > 0))
		return GW_UNDEFINED;
	double pbar = R / N, t = 0;
	for (size_t i = 0; i < k; i++)
		t += s[i] * (r[i] - n[i] * pbar);
	out->t = t;
	out->var = pbar * (1 - pbar) * (ns2 - ns * ns / N);
	out->z = out->chi2 = out->p = NAN;
	/* relative guard: equal scores leave rounding noise in ns2 - ns^2/N */
	if (!(out->var > 1e-12 * pbar * (1 - pbar) * ns2))
		return GW_UNDEFINED;
	out->z = t / sqrt(out->var);
	out->chi2 = out->z * out->z;
	out->p = 2 * gsl_cdf_ugaussian_Q(fabs(out->z));
	if (out->p > 1)
		out->p = 1;
	return GW_OK;
}
