/* factor.c - the Q-method pipeline: extract, rotate, order and sign, flag,
 * z-scores, factor arrays, characteristics, distinguishing and consensus
 * cards (see stats/factor.h; the qmethod 1.8.4 function each step follows
 * is named there). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>
#include "goedwerk/stats/factor.h"
#include "goedwerk/alloc.h"

void stats_factor_options_default(struct factor_options *o)
{
	memset(o, 0, sizeof *o);
	o->n_factors = 3;
	o->extraction = FACTOR_PCA;
	o->rotation = FACTOR_VARIMAX;
	o->varimax_eps = FACTOR_VARIMAX_EPS;
}

size_t stats_factor_pair(size_t k, size_t a, size_t b)
{
	/* pairs (0,1)..(0,k-1), (1,2).. as R's combn */
	return a * k - a * (a + 1) / 2 + (b - a - 1);
}

void stats_factor_free(struct factor_result *r)
{
	free(r->eigenvalues);
	free(r->loadings);
	free(r->flagged);
	free(r->flipped);
	free(r->n_defining);
	free(r->variance);
	free(r->reliability);
	free(r->se_scores);
	free(r->sed);
	free(r->defined);
	free(r->zscores);
	free(r->arrays);
	free(r->rank);
	free(r->zcor);
	free(r->sig);
	free(r->distinguishing);
	free(r->consensus);
	memset(r, 0, sizeof *r);
}

static void alloc_result(struct factor_result *r, size_t N, size_t n, size_t k)
{
	memset(r, 0, sizeof *r);
	r->n_sorts = N;
	r->n_cards = n;
	r->k = k;
	r->n_pairs = k * (k - 1) / 2;
	r->n_eigen = N < n ? N : n;
	r->eigenvalues = xcalloc(r->n_eigen, sizeof *r->eigenvalues);
	r->loadings = xcalloc(N * k, sizeof *r->loadings);
	r->flagged = xcalloc(N * k, 1);
	r->flipped = xcalloc(k, sizeof *r->flipped);
	r->n_defining = xcalloc(k, sizeof *r->n_defining);
	r->variance = xcalloc(k, sizeof *r->variance);
	r->reliability = xcalloc(k, sizeof *r->reliability);
	r->se_scores = xcalloc(k, sizeof *r->se_scores);
	r->sed = xcalloc(k * k, sizeof *r->sed);
	r->defined = xcalloc(k, sizeof *r->defined);
	r->zscores = xcalloc(n * k, sizeof *r->zscores);
	r->arrays = xcalloc(n * k, sizeof *r->arrays);
	r->rank = xcalloc(n * k, sizeof *r->rank);
	r->zcor = xcalloc(k * k, sizeof *r->zcor);
	r->sig = xcalloc(n * (r->n_pairs ? r->n_pairs : 1), 1);
	r->distinguishing = xcalloc(n * k, sizeof *r->distinguishing);
	r->consensus = xcalloc(n, sizeof *r->consensus);
}

/* Multiply factor c by -1. */
static void negate(double *load, size_t N, size_t k, size_t c)
{
	for (size_t i = 0; i < N; i++)
		load[i * k + c] = -load[i * k + c];
}

/* psych's orientation: the loadings of each factor sum to >= 0. */
static void sign_by_sum(double *load, size_t N, size_t k)
{
	for (size_t c = 0; c < k; c++) {
		double s = 0;
		for (size_t i = 0; i < N; i++)
			s += load[i * k + c];
		if (s < 0)
			negate(load, N, k, c);
	}
}

/* Order factors by sum of squared loadings, largest first (stable). */
static void order_by_variance(double *load, size_t N, size_t k)
{
	double *ss = xcalloc(k, sizeof *ss);
	size_t *ord = xmalloc(k * sizeof *ord);
	for (size_t i = 0; i < N; i++)
		for (size_t c = 0; c < k; c++)
			ss[c] += load[i * k + c] * load[i * k + c];
	for (size_t c = 0; c < k; c++)
		ord[c] = c;
	for (size_t a = 1; a < k; a++) /* insertion sort: stable, k small */
		for (size_t b = a; b > 0 && ss[ord[b]] > ss[ord[b - 1]]; b--) {
			size_t t = ord[b];
			ord[b] = ord[b - 1];
			ord[b - 1] = t;
		}
	double *row = xmalloc(k * sizeof *row);
	for (size_t i = 0; i < N; i++) {
		for (size_t c = 0; c < k; c++)
			row[c] = load[i * k + ord[c]];
		memcpy(load + i * k, row, k * sizeof *row);
	}
	free(row);
	free(ord);
	free(ss);
}

/* qflag(): |a| > 1.96/sqrt(n) and a^2 > sum of the other squares. */
static void flag(struct factor_result *r, const signed char *manual)
{
	size_t N = r->n_sorts, k = r->k;
	double th = 1.96 / sqrt((double)r->n_cards);
	for (size_t i = 0; i < N; i++) {
		const double *a = r->loadings + i * k;
		double tot = 0;
		for (size_t c = 0; c < k; c++)
			tot += a[c] * a[c];
		for (size_t c = 0; c < k; c++) {
			int f = a[c] * a[c] > tot - a[c] * a[c] && fabs(a[c]) > th;
			if (manual && manual[i * k + c] >= 0)
				f = manual[i * k + c] > 0;
			r->flagged[i * k + c] = (unsigned char)f;
		}
	}
}

/* The sign convention: flip a factor whose defining loadings are mostly
 * negative (count; on a tie the sum). */
static void sign_convention(struct factor_result *r)
{
	size_t N = r->n_sorts, k = r->k;
	for (size_t c = 0; c < k; c++) {
		size_t pos = 0, neg = 0;
		double sum = 0;
		for (size_t i = 0; i < N; i++) {
			if (!r->flagged[i * k + c])
				continue;
			double a = r->loadings[i * k + c];
			pos += a > 0;
			neg += a < 0;
			sum += a;
		}
		if (neg > pos || (neg == pos && sum < 0)) {
			negate(r->loadings, N, k, c);
			r->flipped[c] = 1;
		}
	}
}

/* qzscores(): weighted sums of the flagged sorts, standardised. */
static void zscores(struct factor_result *r, const double *x)
{
	size_t N = r->n_sorts, n = r->n_cards, k = r->k;
	double *tot = xmalloc(n * sizeof *tot);
	for (size_t c = 0; c < k; c++) {
		memset(tot, 0, n * sizeof *tot);
		size_t m = 0;
		for (size_t i = 0; i < N; i++) {
			if (!r->flagged[i * k + c])
				continue;
			double a = r->loadings[i * k + c];
			double w = a / (1 - a * a);
			m++;
			for (size_t j = 0; j < n; j++)
				tot[j] += w * x[i * n + j];
		}
		r->n_defining[c] = m;
		double mean = gsl_stats_mean(tot, 1, n);
		double sd = gsl_stats_sd_m(tot, 1, n, mean);
		r->defined[c] = m > 0 && sd > 0 && isfinite(sd);
		for (size_t j = 0; j < n; j++)
			r->zscores[j * k + c] = r->defined[c] ? (tot[j] - mean) / sd : NAN;
	}
	free(tot);
}

/* Factor arrays: rank by z (highest first, card order on ties) and give the
 * r-th card the r-th highest value of the distribution. */
struct zcard {
	double z;
	size_t j;
};
static int by_z_desc(const void *pa, const void *pb)
{
	const struct zcard *a = pa, *b = pb;
	if (a->z != b->z)
		return a->z > b->z ? -1 : 1;
	return a->j < b->j ? -1 : a->j > b->j;
}

/* qmethod's tie rule: a run of equal z-scores at ascending positions
 * a1..a2 (1-based) all get q[floor((a1 + a2) / 2)] (R's rank() averages ties
 * and indexing truncates). */
static void qmethod_ties(struct factor_result *r, size_t c, const struct zcard *ord,
			 const double *q)
{
	size_t n = r->n_cards, k = r->k;
	for (size_t p = 0; p < n;) {
		size_t e = p;
		while (e + 1 < n && ord[e + 1].z == ord[p].z)
			e++;
		if (e > p) {
			size_t a1 = n - e, a2 = n - p; /* ascending, 1-based */
			double v = q[(a1 + a2) / 2 - 1];
			for (size_t t = p; t <= e; t++)
				r->arrays[ord[t].j * k + c] = v;
		}
		p = e + 1;
	}
}

static void arrays(struct factor_result *r, const double *qscores, int compat)
{
	size_t n = r->n_cards, k = r->k;
	struct zcard *ord = xmalloc(n * sizeof *ord);
	double *q = NULL;
	if (qscores) {
		q = xmalloc(n * sizeof *q);
		memcpy(q, qscores, n * sizeof *q);
		gsl_sort(q, 1, n); /* ascending; read from the top */
	}
	for (size_t c = 0; c < k; c++) {
		for (size_t j = 0; j < n; j++) {
			r->rank[j * k + c] = 0;
			r->arrays[j * k + c] = NAN;
		}
		if (!r->defined[c])
			continue;
		for (size_t j = 0; j < n; j++)
			ord[j] = (struct zcard){r->zscores[j * k + c], j};
		qsort(ord, n, sizeof *ord, by_z_desc);
		for (size_t p = 0; p < n; p++) {
			r->rank[ord[p].j * k + c] = (int)(p + 1);
			if (q)
				r->arrays[ord[p].j * k + c] = q[n - 1 - p];
		}
		if (q && compat)
			qmethod_ties(r, c, ord, q);
	}
	free(q);
	free(ord);
}

/* qfcharact(). */
static void characteristics(struct factor_result *r)
{
	size_t N = r->n_sorts, n = r->n_cards, k = r->k;
	for (size_t c = 0; c < k; c++) {
		double ss = 0;
		for (size_t i = 0; i < N; i++)
			ss += r->loadings[i * k + c] * r->loadings[i * k + c];
		r->variance[c] = ss;
		double m = (double)r->n_defining[c];
		r->reliability[c] = 0.8 * m / (1 + (m - 1) * 0.8);
		double sd = r->defined[c] ? gsl_stats_sd(r->zscores + c, k, n) : NAN;
		r->se_scores[c] = sd * sqrt(1 - r->reliability[c]);
	}
	for (size_t a = 0; a < k; a++)
		for (size_t b = 0; b < k; b++) {
			r->sed[a * k + b] = sqrt(r->se_scores[a] * r->se_scores[a] +
						 r->se_scores[b] * r->se_scores[b]);
			r->zcor[a * k + b] = r->defined[a] && r->defined[b]
				? gsl_stats_correlation(r->zscores + a, k, r->zscores + b, k, n)
				: NAN;
		}
}

/* qdc(): significance of z differences, distinguishing and consensus. */
static void qdc(struct factor_result *r)
{
	size_t n = r->n_cards, k = r->k, np = r->n_pairs;
	static const double crit[4] = {1.960, 2.576, 3.291, 4.8916};
	for (size_t j = 0; j < n; j++) {
		const double *z = r->zscores + j * k;
		int any = 0, pairs = 0;
		for (size_t a = 0; a < k; a++)
			for (size_t b = a + 1; b < k; b++) {
				signed char *s = &r->sig[j * np + stats_factor_pair(k, a, b)];
				if (!r->defined[a] || !r->defined[b]) {
					*s = -1;
					continue;
				}
				double d = fabs(z[a] - z[b]), sed = r->sed[a * k + b];
				*s = 0;
				for (int l = 0; l < 4; l++)
					if (d > sed * crit[l])
						*s = (signed char)(l + 1);
				any |= *s > 0;
				pairs++;
			}
		r->consensus[j] = pairs ? !any : -1;
		for (size_t a = 0; a < k; a++) {
			int lvl = 2, seen = 0;
			for (size_t b = 0; b < k && r->defined[a]; b++) {
				if (b == a || !r->defined[b])
					continue;
				int s = r->sig[j * np + (a < b ? stats_factor_pair(k, a, b)
							       : stats_factor_pair(k, b, a))];
				seen = 1;
				if (s < lvl)
					lvl = s;
			}
			r->distinguishing[j * k + a] = seen ? lvl : 0;
		}
	}
}

static enum gw_status extract(const double *x, size_t N, size_t n, const struct factor_options *o,
			      struct factor_result *r)
{
	size_t k = o->n_factors;
	double *z = xmalloc(N * n * sizeof *z);
	enum gw_status st = stats_factor_standardise(x, N, n, z);
	if (st == GW_OK)
		st = stats_factor_pca(z, N, n, o->extraction == FACTOR_PCA ? k : 0,
				      r->eigenvalues, r->loadings);
	if (st == GW_OK && o->extraction == FACTOR_CENTROID) {
		double *cor = xmalloc(N * N * sizeof *cor);
		for (size_t a = 0; a < N; a++)
			for (size_t b = 0; b <= a; b++) {
				double acc = 0;
				for (size_t j = 0; j < n; j++)
					acc += z[a * n + j] * z[b * n + j];
				cor[a * N + b] = cor[b * N + a] = acc / (double)(n - 1);
			}
		st = stats_factor_centroid(cor, N, k, FACTOR_CENTROID_SPC, r->loadings);
		free(cor);
	}
	free(z);
	return st;
}

enum gw_status stats_factor_run(const double *x, size_t n_sorts, size_t n_cards,
				const struct factor_options *opt, struct factor_result *res)
{
	size_t N = n_sorts, n = n_cards, k = opt->n_factors;
	memset(res, 0, sizeof *res);
	if (N < 2 || n < 3)
		return GW_UNDEFINED;
	size_t rank_max = N < n - 1 ? N : n - 1;
	if (k < 1 || k > rank_max)
		return GW_EUSAGE;
	if (opt->extraction == FACTOR_CENTROID && N > FACTOR_CENTROID_MAX_SORTS)
		return GW_EUSAGE;
	alloc_result(res, N, n, k);
	enum gw_status st = extract(x, N, n, opt, res);
	if (st != GW_OK)
		return st;
	/* qmethod leaves centroid factors as extracted */
	int by_sum = !(opt->qmethod_compat && opt->extraction == FACTOR_CENTROID);
	if (by_sum)
		sign_by_sum(res->loadings, N, k);
	if (opt->rotation == FACTOR_VARIMAX && k > 1) {
		double eps = opt->varimax_eps > 0 ? opt->varimax_eps : FACTOR_VARIMAX_EPS;
		st = stats_factor_varimax(res->loadings, N, k, eps, &res->varimax_iterations,
					  &res->varimax_converged);
		if (st != GW_OK)
			return st;
		if (by_sum)
			sign_by_sum(res->loadings, N, k);
		order_by_variance(res->loadings, N, k);
	}
	flag(res, opt->manual_flags);
	if (!opt->qmethod_compat)
		sign_convention(res);
	zscores(res, x);
	arrays(res, opt->qscores, opt->qmethod_compat);
	characteristics(res);
	if (k > 1)
		qdc(res);
	else
		for (size_t j = 0; j < n; j++)
			res->consensus[j] = -1;
	return GW_OK;
}
