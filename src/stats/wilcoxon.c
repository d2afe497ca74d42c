/* wilcoxon.c - Wilcoxon signed-rank test for paired differences. */
#include <math.h>
#include <stdlib.h>
#include <gsl/gsl_cdf.h>
#include "goedwerk/stats/differences.h"
#include "goedwerk/stats/rank.h"

/* P(V+ <= v) under H0 for n untied ranks 1..n: counts of subsets by sum. */
static double exact_cdf(size_t n, double v)
{
	size_t max = n * (n + 1) / 2;
	double *c = calloc(max + 1, sizeof *c);
	if (!c)
		abort();
	c[0] = 1;
	for (size_t r = 1; r <= n; r++)
		for (size_t s = max; s >= r; s--)
			c[s] += c[s - r];
	double below = 0, total = ldexp(1.0, (int)n);
	for (size_t s = 0; s <= max && (double)s <= v + 1e-9; s++)
		below += c[s];
	free(c);
	return below / total;
}

enum gw_status stats_wilcoxon_signed_rank(const double *d, size_t n, struct stats_wilcoxon *out)
{
	double *a = malloc((n ? n : 1) * sizeof *a), *r = malloc((n ? n : 1) * sizeof *r);
	int *pos = malloc((n ? n : 1) * sizeof *pos);
	if (!a || !r || !pos)
		abort();
	size_t m = 0;
	for (size_t i = 0; i < n; i++)
		if (d[i] != 0 && !isnan(d[i])) {
			a[m] = fabs(d[i]);
			pos[m++] = d[i] > 0;
		}
	out->n_nonzero = m;
	out->v_plus = out->v_minus = out->p_value = out->rank_biserial = NAN;
	out->exact = 0;
	enum gw_status st = GW_UNDEFINED;
	if (m > 0) {
		double ties = stats_midrank(a, m, r), vp = 0, vm = 0;
		for (size_t i = 0; i < m; i++)
			*(pos[i] ? &vp : &vm) += r[i];
		out->v_plus = vp;
		out->v_minus = vm;
		out->rank_biserial = (vp - vm) / (vp + vm);
		double M = (double)m;
		if (ties == 0 && m <= 50) {
			double lo = vp < vm ? vp : vm;
			out->p_value = fmin(1.0, 2 * exact_cdf(m, lo));
			out->exact = 1;
		} else {
			double mu = M * (M + 1) / 4;
			double var = M * (M + 1) * (2 * M + 1) / 24 - ties / 48;
			double dev = fabs(vp - mu) - 0.5;
			double z = var > 0 ? (dev > 0 ? dev : 0) / sqrt(var) : NAN;
			out->p_value = isnan(z) ? NAN : fmin(1.0, 2 * gsl_cdf_ugaussian_Q(z));
		}
		st = isnan(out->p_value) ? GW_UNDEFINED : GW_OK;
	}
	free(a);
	free(r);
	free(pos);
	return st;
}
