/* agreement.c - Kendall's W (chi-square and permutation p) and the mean
 * pairwise Spearman correlation, both from per-sort mid-ranks. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include "goedwerk/stats/agreement.h"
#include "goedwerk/stats/rank.h"
#include "goedwerk/util.h"

/* Mid-ranks of every row into r (m x n); returns the summed tie term. */
static double rank_rows(const double *x, size_t m, size_t n, double *r)
{
	double ties = 0.0;
	for (size_t i = 0; i < m; i++)
		ties += stats_midrank(x + i * n, n, r + i * n);
	return ties;
}

/* S = sum_j (R_j - m(n+1)/2)^2 from the rank matrix. */
static double rank_sum_s(const double *r, size_t m, size_t n, double *colsum)
{
	memset(colsum, 0, n * sizeof *colsum);
	for (size_t i = 0; i < m; i++)
		for (size_t j = 0; j < n; j++)
			colsum[j] += r[i * n + j];
	double mean = (double)m * ((double)n + 1.0) / 2.0, s = 0.0;
	for (size_t j = 0; j < n; j++)
		s += (colsum[j] - mean) * (colsum[j] - mean);
	return s;
}

static double w_denominator(size_t m, size_t n, double ties)
{
	double md = (double)m, nd = (double)n;
	return md * md * (nd * nd * nd - nd) - md * ties;
}

enum gw_status stats_kendall_w(const double *x, size_t m, size_t n, struct stats_kendall_w *out)
{
	*out = (struct stats_kendall_w){m, n, NAN, NAN, NAN, NAN, NAN, (double)n - 1.0, NAN};
	if (m < 2 || n < 2)
		return GW_EUSAGE;
	double *r = xmalloc(m * n * sizeof *r), *col = xmalloc(n * sizeof *col);
	double ties = rank_rows(x, m, n, r);
	double s = rank_sum_s(r, m, n, col);
	free(r);
	free(col);
	double md = (double)m, nd = (double)n, den = w_denominator(m, n, ties);
	out->s = s;
	out->tie_term = ties;
	out->w_uncorrected = 12.0 * s / (md * md * (nd * nd * nd - nd));
	if (!(den > 0.0))
		return GW_UNDEFINED; /* every sort ties every card */
	out->w = 12.0 * s / den;
	/* identical sorts: 12 S equals the denominator up to rounding */
	if (fabs(out->w - 1.0) < 1e-12)
		out->w = 1.0;
	out->chi2 = md * (nd - 1.0) * out->w;
	out->p = gsl_cdf_chisq_Q(out->chi2, out->df);
	return GW_OK;
}

enum gw_status stats_kendall_w_perm(const double *x, size_t m, size_t n, size_t B,
				    unsigned long seed, double *p)
{
	*p = NAN;
	if (m < 2 || n < 2 || B < 1)
		return GW_EUSAGE;
	double *r = xmalloc(m * n * sizeof *r), *col = xmalloc(n * sizeof *col);
	double ties = rank_rows(x, m, n, r);
	enum gw_status st = GW_OK;
	if (!(w_denominator(m, n, ties) > 0.0)) {
		st = GW_UNDEFINED;
	} else {
		/* the denominator is invariant under shuffling: compare S */
		double s0 = rank_sum_s(r, m, n, col), tol = 1e-12 * (s0 > 1.0 ? s0 : 1.0);
		gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
		gsl_rng_set(rng, seed);
		size_t hits = 0;
		for (size_t b = 0; b < B; b++) {
			for (size_t i = 0; i < m; i++)
				gsl_ran_shuffle(rng, r + i * n, n, sizeof *r);
			hits += rank_sum_s(r, m, n, col) >= s0 - tol;
		}
		gsl_rng_free(rng);
		*p = (1.0 + (double)hits) / (1.0 + (double)B);
	}
	free(r);
	free(col);
	return st;
}

enum gw_status stats_mean_spearman(const double *x, size_t m, size_t n, double *mean_rho,
				   size_t *m_used)
{
	*mean_rho = NAN;
	*m_used = 0;
	if (n < 2)
		return m < 2 ? GW_UNDEFINED : GW_EUSAGE;
	double *r = xmalloc(n * sizeof *r), *sum = xcalloc(n, sizeof *sum);
	size_t used = 0;
	for (size_t i = 0; i < m; i++) {
		stats_midrank(x + i * n, n, r);
		double mean = ((double)n + 1.0) / 2.0, ss = 0.0; /* mid-ranks always average (n+1)/2 */
		for (size_t j = 0; j < n; j++)
			ss += (r[j] - mean) * (r[j] - mean);
		if (!(ss > 0.0))
			continue; /* ties every card: no correlation defined */
		double norm = sqrt(ss);
		for (size_t j = 0; j < n; j++)
			sum[j] += (r[j] - mean) / norm;
		used++;
	}
	double len2 = 0.0;
	for (size_t j = 0; j < n; j++)
		len2 += sum[j] * sum[j];
	free(r);
	free(sum);
	*m_used = used;
	if (used < 2)
		return GW_UNDEFINED;
	double u = (double)used;
	*mean_rho = (len2 - u) / (u * (u - 1.0));
	return GW_OK;
}
