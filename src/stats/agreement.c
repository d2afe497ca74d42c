/* agreement.c - Kendall's W (chi-square and permutation p) and the mean
 * pairwise Spearman correlation, both from per-sort mid-ranks. */
#include <math.h>
#include <stdlib.h>
#include <stdint.h>
#include <string.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_rng.h>
#include "goedwerk/stats/agreement.h"
#include "goedwerk/stats/rank.h"
#include "goedwerk/alloc.h"

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

/* Uniform integer in [0, range) from one 32-bit mt19937 draw without a
 * division in the common case (Lemire 2019, with rejection: unbiased). */
static size_t draw_below(gsl_rng *rng, uint32_t range)
{
	uint64_t m = (uint64_t)(uint32_t)gsl_rng_get(rng) * range;
	uint32_t low = (uint32_t)m;
	if (low < range) {
		uint32_t t = (uint32_t)(-range) % range;
		while (low < t) {
			m = (uint64_t)(uint32_t)gsl_rng_get(rng) * range;
			low = (uint32_t)m;
		}
	}
	return (size_t)(m >> 32);
}

/* S after shuffling sorts 1..m-1 in place (Fisher-Yates).  Sort 0 stays:
 * permuting every sort's cards by one common permutation leaves S as it is,
 * so fixing one sort gives the same distribution with less work. */
static double shuffled_s(double *r, size_t m, size_t n, double *col, gsl_rng *rng)
{
	memcpy(col, r, n * sizeof *col);
	for (size_t i = 1; i < m; i++) {
		double *row = r + i * n;
		for (size_t k = n - 1; k > 0; k--) {
			size_t j = draw_below(rng, (uint32_t)k + 1);
			double t = row[k];
			row[k] = row[j];
			row[j] = t;
		}
		for (size_t j = 0; j < n; j++)
			col[j] += row[j];
	}
	double mean = (double)m * ((double)n + 1.0) / 2.0, s = 0.0;
	for (size_t j = 0; j < n; j++)
		s += (col[j] - mean) * (col[j] - mean);
	return s;
}

static double w_denominator(size_t m, size_t n, double ties)
{
	double md = (double)m, nd = (double)n;
	return md * md * (nd * nd * nd - nd) - md * ties;
}

void stats_concordance_init(struct stats_concordance *c, size_t n)
{
	size_t k = n ? n : 1;
	*c = (struct stats_concordance){n, 0, 0, 0.0, xcalloc(k, sizeof(double)),
					xcalloc(k, sizeof(double)), xmalloc(k * sizeof(double))};
}

void stats_concordance_free(struct stats_concordance *c)
{
	free(c->rank_sum);
	free(c->z_sum);
	free(c->work);
	c->rank_sum = c->z_sum = c->work = NULL;
}

void stats_concordance_add(struct stats_concordance *c, const double *x)
{
	size_t n = c->n;
	double *r = c->work;
	c->tie_term += stats_midrank(x, n, r);
	c->m++;
	double mean = ((double)n + 1.0) / 2.0, ss = 0.0; /* mid-ranks always average (n+1)/2 */
	for (size_t j = 0; j < n; j++) {
		c->rank_sum[j] += r[j];
		ss += (r[j] - mean) * (r[j] - mean);
	}
	if (!(ss > 0.0))
		return; /* ties every card: no correlation defined */
	double norm = sqrt(ss);
	for (size_t j = 0; j < n; j++)
		c->z_sum[j] += (r[j] - mean) / norm;
	c->m_var++;
}

enum gw_status stats_concordance_w(const struct stats_concordance *c, struct stats_kendall_w *out)
{
	size_t m = c->m, n = c->n;
	*out = (struct stats_kendall_w){m, n, NAN, NAN, NAN, NAN, NAN, (double)n - 1.0, NAN};
	if (m < 2 || n < 2)
		return GW_EUSAGE;
	double md = (double)m, nd = (double)n, mean = md * (nd + 1.0) / 2.0, s = 0.0;
	for (size_t j = 0; j < n; j++)
		s += (c->rank_sum[j] - mean) * (c->rank_sum[j] - mean);
	double den = w_denominator(m, n, c->tie_term);
	out->s = s;
	out->tie_term = c->tie_term;
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

enum gw_status stats_concordance_spearman(const struct stats_concordance *c, double *mean_rho,
					  size_t *m_used)
{
	*mean_rho = NAN;
	*m_used = c->m_var;
	if (c->n < 2)
		return c->m < 2 ? GW_UNDEFINED : GW_EUSAGE;
	if (c->m_var < 2)
		return GW_UNDEFINED;
	double len2 = 0.0, u = (double)c->m_var;
	for (size_t j = 0; j < c->n; j++)
		len2 += c->z_sum[j] * c->z_sum[j];
	*mean_rho = (len2 - u) / (u * (u - 1.0));
	return GW_OK;
}

static enum gw_status concordance_of(const double *x, size_t m, size_t n,
				     struct stats_concordance *c)
{
	stats_concordance_init(c, n);
	for (size_t i = 0; i < m && n > 0; i++)
		stats_concordance_add(c, x + i * n);
	return GW_OK;
}

enum gw_status stats_kendall_w(const double *x, size_t m, size_t n, struct stats_kendall_w *out)
{
	struct stats_concordance c;
	concordance_of(x, m, n, &c);
	enum gw_status st = stats_concordance_w(&c, out);
	stats_concordance_free(&c);
	return st;
}

enum gw_status stats_kendall_w_perm(const double *x, size_t m, size_t n, size_t B,
				    unsigned long seed, double *p)
{
	*p = NAN;
	if (m < 2 || n < 2 || B < 1 || n > UINT32_MAX)
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
		for (size_t b = 0; b < B; b++)
			hits += shuffled_s(r, m, n, col, rng) >= s0 - tol;
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
	struct stats_concordance c;
	concordance_of(x, m, n, &c);
	enum gw_status st = stats_concordance_spearman(&c, mean_rho, m_used);
	stats_concordance_free(&c);
	return st;
}
