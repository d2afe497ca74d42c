/* contingency.c - Pearson chi-square of independence on an r x c table of
 * counts, Cramer's V, Haberman's adjusted residuals and a Monte Carlo
 * p-value with both margins fixed.
 *
 * The random tables are drawn column by column: a column's cells are a
 * draw without replacement of its total from the observations not yet
 * placed, split over the rows by successive hypergeometric draws.  That is
 * exactly the null with both margins fixed that Patefield's (1981)
 * algorithm samples, at O(r c) per table whatever the number of cases. */
#include <math.h>
#include <stdlib.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_randist.h>
#include "goedwerk/stats/contingency.h"

/* The non-empty rows and columns of the table. */
struct kept {
	size_t *row, *col, r, c;
	double *rsum, *csum, n;
};

static void kept_find(const double *counts, size_t r, size_t c, struct kept *k)
{
	k->row = malloc((r ? r : 1) * sizeof *k->row);
	k->col = malloc((c ? c : 1) * sizeof *k->col);
	k->rsum = calloc(r ? r : 1, sizeof *k->rsum);
	k->csum = calloc(c ? c : 1, sizeof *k->csum);
	if (!k->row || !k->col || !k->rsum || !k->csum)
		abort();
	double *rs = calloc(r ? r : 1, sizeof *rs), *cs = calloc(c ? c : 1, sizeof *cs);
	if (!rs || !cs)
		abort();
	k->n = 0;
	for (size_t i = 0; i < r; i++)
		for (size_t j = 0; j < c; j++) {
			rs[i] += counts[i * c + j];
			cs[j] += counts[i * c + j];
			k->n += counts[i * c + j];
		}
	k->r = k->c = 0;
	for (size_t i = 0; i < r; i++)
		if (rs[i] > 0) {
			k->rsum[k->r] = rs[i];
			k->row[k->r++] = i;
		}
	for (size_t j = 0; j < c; j++)
		if (cs[j] > 0) {
			k->csum[k->c] = cs[j];
			k->col[k->c++] = j;
		}
	free(rs);
	free(cs);
}

static void kept_free(struct kept *k)
{
	free(k->row);
	free(k->col);
	free(k->rsum);
	free(k->csum);
}

/* Chi-square of the kept cells of obs (indexed [a * k->c + b]). */
static double chi2_of(const double *obs, const struct kept *k)
{
	double x = 0;
	for (size_t a = 0; a < k->r; a++)
		for (size_t b = 0; b < k->c; b++) {
			double e = k->rsum[a] * k->csum[b] / k->n, d = obs[a * k->c + b] - e;
			x += d * d / e;
		}
	return x;
}

/* One random table with the margins of k into obs (r x c). */
static void random_table(const struct kept *k, gsl_rng *rng, unsigned *row_left, double *obs)
{
	for (size_t a = 0; a < k->r; a++)
		row_left[a] = (unsigned)k->rsum[a];
	for (size_t b = 0; b < k->c; b++) {
		unsigned need = (unsigned)k->csum[b], rest = 0;
		for (size_t a = 0; a < k->r; a++)
			rest += row_left[a];
		for (size_t a = 0; a < k->r; a++) {
			rest -= row_left[a];
			unsigned x = a + 1 == k->r ? need
				     : gsl_ran_hypergeometric(rng, row_left[a], rest, need);
			obs[a * k->c + b] = x;
			row_left[a] -= x;
			need -= x;
		}
	}
}

static double monte_carlo(const struct kept *k, double chi2, size_t n_sim, gsl_rng *rng)
{
	size_t hits = 0;
	unsigned *row_left = malloc(k->r * sizeof *row_left);
	double *obs = malloc(k->r * k->c * sizeof *obs);
	if (!row_left || !obs)
		abort();
	/* Equal statistics up to rounding count as "at least as large". */
	double tol = 1e-7 * (chi2 > 1 ? chi2 : 1);
	for (size_t s = 0; s < n_sim; s++) {
		random_table(k, rng, row_left, obs);
		hits += chi2_of(obs, k) >= chi2 - tol;
	}
	free(row_left);
	free(obs);
	return (1.0 + (double)hits) / (1.0 + (double)n_sim);
}

static void residuals(const double *counts, size_t r, size_t c, const struct kept *k,
		      double *resid)
{
	for (size_t q = 0; q < r * c; q++)
		resid[q] = NAN;
	for (size_t a = 0; a < k->r; a++)
		for (size_t b = 0; b < k->c; b++) {
			double e = k->rsum[a] * k->csum[b] / k->n;
			double v = e * (1 - k->rsum[a] / k->n) * (1 - k->csum[b] / k->n);
			size_t q = k->row[a] * c + k->col[b];
			resid[q] = v > 0 ? (counts[q] - e) / sqrt(v) : NAN;
		}
}

enum gw_status stats_chisq_independence(const double *counts, size_t r, size_t c,
					double *resid, size_t n_sim, gsl_rng *rng,
					struct stats_chisq *out)
{
	struct kept k;
	kept_find(counts, r, c, &k);
	out->chi2 = out->df = out->p_value = out->cramers_v = NAN;
	out->min_expected = out->share_expected_below_5 = out->p_monte_carlo = NAN;
	out->r = k.r;
	out->c = k.c;
	if (resid)
		for (size_t q = 0; q < r * c; q++)
			resid[q] = NAN;
	if (k.r < 2 || k.c < 2) {
		kept_free(&k);
		return GW_UNDEFINED;
	}
	double *obs = malloc(k.r * k.c * sizeof *obs), below = 0, emin = INFINITY;
	if (!obs)
		abort();
	for (size_t a = 0; a < k.r; a++)
		for (size_t b = 0; b < k.c; b++) {
			double e = k.rsum[a] * k.csum[b] / k.n;
			obs[a * k.c + b] = counts[k.row[a] * c + k.col[b]];
			emin = e < emin ? e : emin;
			below += e < 5;
		}
	out->chi2 = chi2_of(obs, &k);
	out->df = (double)((k.r - 1) * (k.c - 1));
	out->p_value = gsl_cdf_chisq_Q(out->chi2, out->df);
	double m = (double)((k.r < k.c ? k.r : k.c) - 1);
	out->cramers_v = sqrt(out->chi2 / (k.n * m));
	out->min_expected = emin;
	out->share_expected_below_5 = below / (double)(k.r * k.c);
	if (resid)
		residuals(counts, r, c, &k, resid);
	if (n_sim > 0 && rng)
		out->p_monte_carlo = monte_carlo(&k, out->chi2, n_sim, rng);
	free(obs);
	kept_free(&k);
	return GW_OK;
}
