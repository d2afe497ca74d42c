/* test_factor.c - the Q-method factor analysis (stats/factor.h).
 *
 * Sources:
 *  - the Lipset data set (Brown 1980; 9 Q-sorts x 33 statements) and the
 *    outputs of the unmodified R package qmethod 1.8.4 with psych 2.2.9 and
 *    R 4.2.2, in $GOEDWERK_REFDATA/qmethod/ (see its README.md for every
 *    call).  Compared up to factor order and sign (the reference tools order
 *    and sign factors differently), to 1e-4 unless said otherwise;
 *  - Ken-Q Analysis' PCA eigenvalue fixture ($GOEDWERK_REFDATA/kenq/);
 *  - an independent computation for the scale path: the explicit N x N
 *    correlation matrix of random sorts, eigen-decomposed with GSL, against
 *    the cards-side (low-rank) path, to 1e-10.
 * The tests that read refdata skip when GOEDWERK_REFDATA is not set or the
 * files are missing. */
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <gsl/gsl_eigen.h>
#include <gsl/gsl_rng.h>
#include "goedwerk/stats/factor.h"

#define TOL 1e-6 /* agrees to 1e-8 here; the reference has 10 digits */

/* |a - b| <= tol, with both values in the message (NaN fails). */
#define assert_near(a, b, tol)                                                         \
	do {                                                                           \
		double a_ = (a), b_ = (b);                                             \
		if (!(fabs(a_ - b_) <= (tol))) {                                       \
			print_error("%s:%d: %.12g != %.12g (tolerance %g)\n", __FILE__, \
				    __LINE__, a_, b_, (double)(tol));                  \
			fail();                                                        \
		}                                                                      \
	} while (0)

/* ---- a small reader for the reference CSVs (no commas inside fields) ---- */

struct csv {
	size_t nrows, ncols; /* nrows excludes the header */
	char ***cell;        /* [row][col]; row 0 = header */
};

static void csv_free(struct csv *c)
{
	for (size_t r = 0; r <= c->nrows; r++) {
		for (size_t j = 0; j < c->ncols; j++)
			free(c->cell[r][j]);
		free(c->cell[r]);
	}
	free(c->cell);
}

/* 0 and a filled table, or -1 when the file is not there. */
static int csv_read(const char *dir, const char *name, struct csv *c)
{
	char path[1024], line[8192];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "r");
	if (!f)
		return -1;
	memset(c, 0, sizeof *c);
	size_t cap = 0, rows = 0;
	while (fgets(line, sizeof line, f)) {
		line[strcspn(line, "\r\n")] = 0;
		if (rows == cap) {
			cap = cap ? 2 * cap : 64;
			c->cell = realloc(c->cell, cap * sizeof *c->cell);
		}
		size_t nf = 1;
		for (char *p = line; *p; p++)
			nf += *p == ',';
		if (rows == 0)
			c->ncols = nf;
		assert_int_equal(nf, c->ncols);
		c->cell[rows] = calloc(nf, sizeof **c->cell);
		char *p = line;
		for (size_t j = 0; j < nf; j++) {
			size_t len = strcspn(p, ",");
			char *v = strndup(p, len);
			size_t vl = strlen(v);
			if (vl >= 2 && v[0] == '"' && v[vl - 1] == '"') {
				memmove(v, v + 1, vl - 2);
				v[vl - 2] = 0;
			}
			c->cell[rows][j] = v;
			p += len + (p[len] == ',');
		}
		rows++;
	}
	fclose(f);
	c->nrows = rows - 1;
	return 0;
}

static double num(const struct csv *c, size_t row, size_t col)
{
	return strtod(c->cell[row + 1][col], NULL);
}

static const char *qdir(void)
{
	static char buf[1024];
	const char *r = getenv("GOEDWERK_REFDATA");
	if (!r || !*r)
		return NULL;
	snprintf(buf, sizeof buf, "%s/qmethod", r);
	return buf;
}

/* The Lipset sorts as 9 sorts x 33 cards; NULL (and skip) when absent. */
static double *lipset(size_t *N, size_t *n)
{
	struct csv c;
	const char *d = qdir();
	if (!d || csv_read(d, "lipset_qsorts.csv", &c) != 0)
		return NULL;
	*n = c.nrows;
	*N = c.ncols - 1;
	double *x = malloc(*N * *n * sizeof *x);
	for (size_t j = 0; j < *n; j++)
		for (size_t i = 0; i < *N; i++)
			x[i * *n + j] = num(&c, j, i + 1);
	csv_free(&c);
	return x;
}

#define REQUIRE_REFDATA(x)                                                       \
	do {                                                                     \
		if (!(x)) {                                                      \
			fprintf(stderr, "GOEDWERK_REFDATA/qmethod absent: skipped\n"); \
			skip();                                                  \
		}                                                                \
	} while (0)

/* Match our factors to the reference's: map[c] = reference column, sgn[c]
 * = +-1, by the smallest max |difference| of the loadings. */
static void match_factors(const double *load, size_t N, size_t k, const struct csv *ref,
			  size_t col0, size_t *map, double *sgn)
{
	int used[16] = {0};
	for (size_t c = 0; c < k; c++) {
		double best = INFINITY;
		for (size_t g = 0; g < k; g++) {
			if (used[g])
				continue;
			for (int s = -1; s <= 1; s += 2) {
				double m = 0;
				for (size_t i = 0; i < N; i++)
					m = fmax(m, fabs(load[i * k + c] - s * num(ref, i, col0 + g)));
				if (m < best) {
					best = m;
					map[c] = g;
					sgn[c] = s;
				}
			}
		}
		used[map[c]] = 1;
	}
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static int sig_level(const char *s)
{
	if (!*s)
		return 0;
	if (strcmp(s, "6*") == 0)
		return 4;
	return (int)strlen(s); /* "*", "**", "***" */
}

/* Is reference factor g (0-based) distinguished in a qdc label? */
static int label_distinguishes(const char *label, size_t g)
{
	if (strcmp(label, "Distinguishes all") == 0 || strcmp(label, "Distinguishing") == 0)
		return 1;
	char want[32];
	snprintf(want, sizeof want, "Distinguishes f%zu", g + 1);
	const char *p = label;
	while ((p = strstr(p, want)) != NULL) {
		char next = p[strlen(want)];
		if (next == 0 || next == ' ')
			return 1;
		p++;
	}
	return 0;
}

/* Compare one qmethod configuration in full, with qmethod_compat (its
 * factor signs and its tie rule in arrays). */
static void check_config(const char *config, enum factor_extraction ex, enum factor_rotation rot,
			 size_t k)
{
	size_t N, n;
	double *x = lipset(&N, &n);
	REQUIRE_REFDATA(x);
	const char *d = qdir();
	char name[256];
	struct csv lf, zs, ch, sed, cz, qd;
#define READ(var, suffix)                                                         \
	snprintf(name, sizeof name, "lipset_%s_%s.csv", config, suffix);          \
	assert_int_equal(csv_read(d, name, &var), 0)
	READ(lf, "loadings_flags");
	READ(zs, "zscores_factorscores");
	READ(ch, "factor_characteristics");
	READ(sed, "sed");
	READ(cz, "cor_zscores");
	READ(qd, "qdc");
#undef READ
	/* the forced distribution: the first sort's values */
	double *q = malloc(n * sizeof *q);
	memcpy(q, x, n * sizeof *q);

	struct factor_options o;
	stats_factor_options_default(&o);
	o.n_factors = k;
	o.extraction = ex;
	o.rotation = rot;
	o.qscores = q;
	o.qmethod_compat = 1;
	struct factor_result r;
	assert_int_equal(stats_factor_run(x, N, n, &o, &r), GW_OK);
	for (size_t c = 0; c < k; c++)
		assert_int_equal(r.flipped[c], 0);

	size_t map[16];
	double sgn[16];
	match_factors(r.loadings, N, k, &lf, 1, map, sgn);
	/* loadings and flags */
	for (size_t i = 0; i < N; i++)
		for (size_t c = 0; c < k; c++) {
			assert_near(r.loadings[i * k + c], sgn[c] * num(&lf, i, 1 + map[c]), TOL);
			int flag = strcmp(lf.cell[i + 1][1 + k + map[c]], "TRUE") == 0;
			assert_int_equal(r.flagged[i * k + c], flag);
		}
	/* z-scores and factor arrays (the distribution is symmetric, so a
	 * flipped factor's array is the reference's negated) */
	for (size_t j = 0; j < n; j++)
		for (size_t c = 0; c < k; c++) {
			assert_true(r.defined[c]);
			assert_near(r.zscores[j * k + c], sgn[c] * num(&zs, j, 1 + map[c]), TOL);
			assert_near(r.arrays[j * k + c], sgn[c] * num(&zs, j, 1 + k + map[c]), 1e-12);
		}
	/* characteristics: av_rel_coef, nload, eigenvals, expl_var, reliability, se_fscores */
	for (size_t c = 0; c < k; c++) {
		size_t g = map[c];
		assert_int_equal(r.n_defining[c], (size_t)num(&ch, g, 2));
		assert_near(r.variance[c], num(&ch, g, 3), TOL);
		assert_near(100 * r.variance[c] / (double)N, num(&ch, g, 4), TOL);
		assert_near(r.reliability[c], num(&ch, g, 5), TOL);
		assert_near(r.se_scores[c], num(&ch, g, 6), TOL);
		for (size_t e = 0; e < k; e++) {
			assert_near(r.sed[c * k + e], num(&sed, g, 1 + map[e]), TOL);
			assert_near(r.zcor[c * k + e], sgn[c] * sgn[e] * num(&cz, g, 1 + map[e]), TOL);
		}
	}
	/* qdc: differences, significance, consensus, distinguishing */
	for (size_t j = 0; j < n; j++) {
		const char *label = qd.cell[j + 1][1];
		assert_int_equal(r.consensus[j], strcmp(label, "Consensus") == 0);
		for (size_t a = 0; a < k; a++) {
			for (size_t b = a + 1; b < k; b++) {
				size_t ga = map[a], gb = map[b];
				double diff = r.zscores[j * k + a] * sgn[a] - r.zscores[j * k + b] * sgn[b];
				if (ga > gb) { /* the reference has (gb, ga) */
					size_t t = ga; ga = gb; gb = t;
					diff = -diff;
				}
				size_t rp = stats_factor_pair(k, ga, gb);
				assert_near(diff, num(&qd, j, 2 + 2 * rp), TOL);
				assert_int_equal(r.sig[j * r.n_pairs + stats_factor_pair(k, a, b)],
						 sig_level(qd.cell[j + 1][3 + 2 * rp]));
			}
			assert_int_equal(r.distinguishing[j * k + a] >= 1, label_distinguishes(label, map[a]));
		}
	}
	stats_factor_free(&r);
	csv_free(&lf); csv_free(&zs); csv_free(&ch); csv_free(&sed); csv_free(&cz); csv_free(&qd);
	free(q);
	free(x);
}

static void test_pca_varimax_3f(void **state) { (void)state; check_config("pca_varimax_3f", FACTOR_PCA, FACTOR_VARIMAX, 3); }
static void test_pca_varimax_4f(void **state) { (void)state; check_config("pca_varimax_4f", FACTOR_PCA, FACTOR_VARIMAX, 4); }
static void test_pca_none_3f(void **state) { (void)state; check_config("pca_none_3f", FACTOR_PCA, FACTOR_NONE, 3); }
static void test_centroid_varimax_3f(void **state) { (void)state; check_config("centroid_varimax_3f", FACTOR_CENTROID, FACTOR_VARIMAX, 3); }

/* All 9 eigenvalues (qmethod README: 2.3838 ... 0.1679, sum 9) and the 9
 * unrotated psych::principal loadings, to 1e-8. */
static void test_pca_unrotated_9c(void **state)
{
	(void)state;
	size_t N, n;
	double *x = lipset(&N, &n);
	REQUIRE_REFDATA(x);
	struct csv ev, ld;
	assert_int_equal(csv_read(qdir(), "lipset_eigenvalues.csv", &ev), 0);
	assert_int_equal(csv_read(qdir(), "lipset_pca_unrotated_9c_loadings_psych.csv", &ld), 0);
	double *z = malloc(N * n * sizeof *z), eig[9], load[81];
	assert_int_equal(stats_factor_standardise(x, N, n, z), GW_OK);
	assert_int_equal(stats_factor_pca(z, N, n, 9, eig, load), GW_OK);
	double sum = 0;
	for (size_t c = 0; c < 9; c++) {
		assert_near(eig[c], num(&ev, c, 1), 1e-8);
		sum += eig[c];
	}
	assert_near(sum, 9.0, 1e-10);
	for (size_t c = 0; c < 9; c++) {
		/* psych signs columns to a positive sum */
		double s = 0;
		for (size_t i = 0; i < N; i++)
			s += load[i * 9 + c];
		s = s < 0 ? -1 : 1;
		for (size_t i = 0; i < N; i++)
			assert_near(s * load[i * 9 + c], num(&ld, i, 1 + c), 1e-8);
	}
	/* the whole result: eigenvalues, also against Ken-Q's fixture */
	struct csv kq;
	char kdir[1024];
	snprintf(kdir, sizeof kdir, "%s/kenq", getenv("GOEDWERK_REFDATA"));
	if (csv_read(kdir, "lipset_pca_eigen_kenq_fixture.csv", &kq) == 0) {
		for (size_t c = 0; c < 9; c++)
			assert_near(eig[c], num(&kq, c, 1), 1e-10);
		csv_free(&kq);
	}
	csv_free(&ev);
	csv_free(&ld);
	free(z);
	free(x);
}

/* Brown's centroid: 7 unrotated factors vs qmethod::centroid(cor, 7). */
static void test_centroid_unrotated_7f(void **state)
{
	(void)state;
	size_t N, n;
	double *x = lipset(&N, &n);
	REQUIRE_REFDATA(x);
	struct csv ld;
	assert_int_equal(csv_read(qdir(), "lipset_centroid_unrotated_7f_loadings.csv", &ld), 0);
	double *z = malloc(N * n * sizeof *z), r[81], load[63];
	assert_int_equal(stats_factor_standardise(x, N, n, z), GW_OK);
	for (size_t a = 0; a < N; a++)
		for (size_t b = 0; b < N; b++) {
			double acc = 0;
			for (size_t j = 0; j < n; j++)
				acc += z[a * n + j] * z[b * n + j];
			r[a * N + b] = acc / (double)(n - 1);
		}
	assert_near(r[0 * N + 1], 0.5375, 1e-12); /* README: 86/160 */
	assert_int_equal(stats_factor_centroid(r, N, 7, FACTOR_CENTROID_SPC, load), GW_OK);
	for (size_t i = 0; i < N; i++)
		for (size_t c = 0; c < 7; c++)
			assert_near(load[i * 7 + c], num(&ld, i, 1 + c), 1e-8);
	csv_free(&ld);
	free(z);
	free(x);
}

/* Scale path = explicit path: 200 random sorts of 30 cards (a random
 * permutation of a forced 3/4/5/6/5/4/3 distribution each), top 6
 * eigenpairs of the 200 x 200 correlation matrix by GSL vs the cards-side
 * computation, to 1e-10. */
static void test_low_rank_equals_explicit(void **state)
{
	(void)state;
	enum { N = 200, n = 30, K = 6 };
	static const int counts[7] = {3, 4, 5, 6, 5, 4, 3};
	double base[n];
	size_t p = 0;
	for (int c = 0; c < 7; c++)
		for (int m = 0; m < counts[c]; m++)
			base[p++] = c - 3;
	gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
	gsl_rng_set(rng, 20261122);
	double *x = malloc(N * n * sizeof *x), *z = malloc(N * n * sizeof *z);
	for (size_t i = 0; i < N; i++) {
		memcpy(x + i * n, base, sizeof base);
		for (size_t j = n - 1; j > 0; j--) {
			size_t t = gsl_rng_uniform_int(rng, j + 1);
			double v = x[i * n + j];
			x[i * n + j] = x[i * n + t];
			x[i * n + t] = v;
		}
	}
	gsl_rng_free(rng);
	assert_int_equal(stats_factor_standardise(x, N, n, z), GW_OK);
	double eig[n], load[N * K];
	assert_int_equal(stats_factor_pca(z, N, n, K, eig, load), GW_OK);

	gsl_matrix *r = gsl_matrix_alloc(N, N), *v = gsl_matrix_alloc(N, N);
	gsl_vector *val = gsl_vector_alloc(N);
	for (size_t a = 0; a < N; a++)
		for (size_t b = 0; b < N; b++) {
			double acc = 0;
			for (size_t j = 0; j < n; j++)
				acc += z[a * n + j] * z[b * n + j];
			gsl_matrix_set(r, a, b, acc / (n - 1));
		}
	gsl_eigen_symmv_workspace *w = gsl_eigen_symmv_alloc(N);
	gsl_eigen_symmv(r, val, v, w);
	gsl_eigen_symmv_sort(val, v, GSL_EIGEN_SORT_VAL_DESC);
	double sum = 0;
	for (size_t c = 0; c < n; c++) {
		assert_near(eig[c], gsl_vector_get(val, c), 1e-10);
		sum += eig[c];
	}
	assert_near(sum, (double)N, 1e-9); /* trace of R */
	assert_true(eig[n - 1] < 1e-9);             /* rank <= n - 1 */
	for (size_t c = 0; c < K; c++) {
		assert_true(gsl_vector_get(val, c) - gsl_vector_get(val, c + 1) > 1e-3); /* separated */
		double s = 0, root = sqrt(gsl_vector_get(val, c));
		for (size_t i = 0; i < N; i++)
			s += load[i * K + c] * gsl_matrix_get(v, i, c);
		s = s < 0 ? -1 : 1;
		for (size_t i = 0; i < N; i++)
			assert_near(load[i * K + c], s * gsl_matrix_get(v, i, c) * root, 1e-10);
	}
	gsl_eigen_symmv_free(w);
	gsl_vector_free(val);
	gsl_matrix_free(v);
	gsl_matrix_free(r);
	free(z);
	free(x);
}

static void run_lipset(const double *x, size_t N, size_t n, size_t k, enum factor_extraction ex,
		       enum factor_rotation rot, int compat, struct factor_result *r)
{
	struct factor_options o;
	stats_factor_options_default(&o);
	o.n_factors = k;
	o.extraction = ex;
	o.rotation = rot;
	o.qscores = x; /* the first sort holds the forced distribution */
	o.qmethod_compat = compat;
	assert_int_equal(stats_factor_run(x, N, n, &o, r), GW_OK);
}

/* The default mode against qmethod_compat: the same factors, a factor whose
 * defining loadings are mostly negative flipped (pca_none_3f: f3 is defined
 * by FR9 alone, loading -0.5087, README), every array a permutation of the
 * forced distribution, and arrays that differ only inside runs of equal
 * z-scores (pca_varimax_4f has such runs: sta_1 and sta_31 on one factor). */
static void test_default_mode(void **state)
{
	(void)state;
	size_t N, n;
	double *x = lipset(&N, &n);
	REQUIRE_REFDATA(x);
	double q[64];
	for (int cfg = 0; cfg < 3; cfg++) {
		size_t k = cfg == 1 ? 4 : 3;
		enum factor_rotation rot = cfg == 0 ? FACTOR_NONE : FACTOR_VARIMAX;
		enum factor_extraction ex = cfg == 2 ? FACTOR_CENTROID : FACTOR_PCA;
		struct factor_result d, c;
		run_lipset(x, N, n, k, ex, rot, 0, &d);
		run_lipset(x, N, n, k, ex, rot, 1, &c);
		int flips = 0;
		for (size_t f = 0; f < k; f++) {
			size_t pos = 0, neg = 0;
			/* compat keeps qmethod's signs: align by the first loading */
			double s = d.loadings[f] * c.loadings[f] < 0 ? -1 : 1;
			for (size_t i = 0; i < N; i++) {
				assert_near(d.loadings[i * k + f], s * c.loadings[i * k + f], 1e-12);
				assert_int_equal(d.flagged[i * k + f], c.flagged[i * k + f]);
				if (d.flagged[i * k + f]) {
					pos += d.loadings[i * k + f] > 0;
					neg += d.loadings[i * k + f] < 0;
				}
			}
			assert_true(pos >= neg);
			flips += d.flipped[f];
			for (size_t j = 0; j < n; j++)
				assert_near(d.zscores[j * k + f], s * c.zscores[j * k + f], 1e-12);
			/* a permutation of the distribution */
			for (size_t j = 0; j < n; j++)
				q[j] = d.arrays[j * k + f];
			qsort(q, n, sizeof *q, cmp_double);
			double dist[64];
			memcpy(dist, x, n * sizeof *dist);
			qsort(dist, n, sizeof *dist, cmp_double);
			for (size_t j = 0; j < n; j++)
				assert_near(q[j], dist[j], 0);
			/* equal to qmethod's (negated when flipped; the distribution is
			 * symmetric) except inside ties */
			for (size_t j = 0; j < n; j++) {
				int tied = 0;
				for (size_t t = 0; t < n; t++)
					tied |= t != j && d.zscores[t * k + f] == d.zscores[j * k + f];
				if (!tied)
					assert_near(d.arrays[j * k + f], s * c.arrays[j * k + f], 0);
				assert_int_equal(d.rank[j * k + f] >= 1 && d.rank[j * k + f] <= (int)n, 1);
			}
		}
		if (cfg == 0) {
			assert_int_equal(flips, 1);
			assert_int_equal(d.flipped[2], 1);
		}
		stats_factor_free(&d);
		stats_factor_free(&c);
	}
	free(x);
}

/* Manual flags replace the automatic ones of the sorts they name: FR9 is
 * unflagged in the centroid 3-factor solution (README); flag it by hand. */
static void test_manual_flags(void **state)
{
	(void)state;
	size_t N, n;
	double *x = lipset(&N, &n);
	REQUIRE_REFDATA(x);
	struct factor_options o;
	stats_factor_options_default(&o);
	o.extraction = FACTOR_CENTROID;
	struct factor_result r;
	assert_int_equal(stats_factor_run(x, N, n, &o, &r), GW_OK);
	for (size_t c = 0; c < 3; c++)
		assert_int_equal(r.flagged[8 * 3 + c], 0);
	signed char *man = malloc(N * 3);
	memset(man, -1, N * 3);
	man[8 * 3 + 0] = 1;
	man[8 * 3 + 1] = 0;
	man[8 * 3 + 2] = 0;
	o.manual_flags = man;
	struct factor_result r2;
	assert_int_equal(stats_factor_run(x, N, n, &o, &r2), GW_OK);
	assert_int_equal(r2.flagged[8 * 3 + 0], 1);
	assert_int_equal(r2.n_defining[0], r.n_defining[0] + 1);
	assert_int_equal(r2.n_defining[1], r.n_defining[1]);
	assert_near(r2.reliability[0], 0.8 * 4 / (1 + 3 * 0.8), 1e-12);
	stats_factor_free(&r2);
	stats_factor_free(&r);
	free(man);
	free(x);
}

/* The raw varimax criterion of Kaiser (1958): sum over factors of the
 * variance of the squared row-normalised loadings. */
static double varimax_criterion(const double *load, size_t N, size_t k)
{
	double v = 0;
	for (size_t c = 0; c < k; c++) {
		double s = 0, s2 = 0;
		for (size_t i = 0; i < N; i++) {
			double h = 0;
			for (size_t e = 0; e < k; e++)
				h += load[i * k + e] * load[i * k + e];
			double a = load[i * k + c] * load[i * k + c] / h;
			s += a;
			s2 += a * a;
		}
		v += s2 / (double)N - (s / (double)N) * (s / (double)N);
	}
	return v;
}

/* A tighter tolerance runs at least as long and reaches at least the same
 * criterion; the default (R's 1e-5) stops within 1e-3 of it on Lipset. */
static void test_tolerance(void **state)
{
	(void)state;
	size_t N, n;
	double *x = lipset(&N, &n);
	REQUIRE_REFDATA(x);
	struct factor_options o;
	stats_factor_options_default(&o);
	o.n_factors = 4;
	struct factor_result d, t;
	assert_int_equal(stats_factor_run(x, N, n, &o, &d), GW_OK);
	o.varimax_eps = 1e-12;
	assert_int_equal(stats_factor_run(x, N, n, &o, &t), GW_OK);
	assert_true(d.varimax_converged && t.varimax_converged);
	assert_true(t.varimax_iterations >= d.varimax_iterations);
	assert_true(varimax_criterion(t.loadings, N, 4) >= varimax_criterion(d.loadings, N, 4) - 1e-12);
	for (size_t i = 0; i < N * 4; i++)
		assert_near(fabs(t.loadings[i]), fabs(d.loadings[i]), 1e-3);
	stats_factor_free(&t);
	stats_factor_free(&d);
	free(x);
}

/* Bad options and undefined input. */
static void test_errors(void **state)
{
	(void)state;
	double x[2 * 4] = {1, 2, 3, 4, 4, 3, 2, 1};
	struct factor_options o;
	stats_factor_options_default(&o);
	struct factor_result r;
	o.n_factors = 3; /* > min(N, n - 1) = 2 */
	assert_int_equal(stats_factor_run(x, 2, 4, &o, &r), GW_EUSAGE);
	stats_factor_free(&r);
	o.n_factors = 0;
	assert_int_equal(stats_factor_run(x, 2, 4, &o, &r), GW_EUSAGE);
	stats_factor_free(&r);
	double flat[2 * 4] = {1, 2, 3, 4, 2, 2, 2, 2};
	o.n_factors = 1;
	assert_int_equal(stats_factor_run(flat, 2, 4, &o, &r), GW_UNDEFINED);
	stats_factor_free(&r);
	/* pair index as R's combn */
	assert_int_equal(stats_factor_pair(4, 0, 1), 0);
	assert_int_equal(stats_factor_pair(4, 0, 3), 2);
	assert_int_equal(stats_factor_pair(4, 1, 2), 3);
	assert_int_equal(stats_factor_pair(4, 2, 3), 5);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pca_unrotated_9c),
		cmocka_unit_test(test_centroid_unrotated_7f),
		cmocka_unit_test(test_pca_varimax_3f),
		cmocka_unit_test(test_pca_varimax_4f),
		cmocka_unit_test(test_pca_none_3f),
		cmocka_unit_test(test_centroid_varimax_3f),
		cmocka_unit_test(test_low_rank_equals_explicit),
		cmocka_unit_test(test_default_mode),
		cmocka_unit_test(test_manual_flags),
		cmocka_unit_test(test_tolerance),
		cmocka_unit_test(test_errors),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
