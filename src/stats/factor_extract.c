/* factor_extract.c - standardising sorts and extracting factors: principal
 * components through the cards-side matrix, Brown's centroid method on the
 * sorts-side matrix (see stats/factor.h for the algebra). */
#include <math.h>
#include <string.h>
#include <gsl/gsl_eigen.h>
#include <gsl/gsl_matrix.h>
#include "goedwerk/stats/factor.h"
#include "goedwerk/alloc.h"

enum gw_status stats_factor_standardise(const double *x, size_t n_sorts, size_t n_cards, double *z)
{
	if (n_cards < 2)
		return GW_UNDEFINED;
	for (size_t i = 0; i < n_sorts; i++) {
		const double *xi = x + i * n_cards;
		double *zi = z + i * n_cards;
		double mean = 0, ss = 0;
		for (size_t j = 0; j < n_cards; j++)
			mean += xi[j];
		mean /= (double)n_cards;
		for (size_t j = 0; j < n_cards; j++) {
			zi[j] = xi[j] - mean;
			ss += zi[j] * zi[j];
		}
		if (!(ss > 0))
			return GW_UNDEFINED;
		double sd = sqrt(ss / (double)(n_cards - 1));
		for (size_t j = 0; j < n_cards; j++)
			zi[j] /= sd;
	}
	return GW_OK;
}

/* M = Z'Z/(n-1), accumulated row by row: O(N n^2), n x n memory. */
static void cards_matrix(const double *z, size_t n_sorts, size_t n, gsl_matrix *m)
{
	gsl_matrix_set_zero(m);
	for (size_t i = 0; i < n_sorts; i++) {
		const double *zi = z + i * n;
		for (size_t a = 0; a < n; a++) {
			double za = zi[a];
			double *row = gsl_matrix_ptr(m, a, 0);
			for (size_t b = 0; b <= a; b++)
				row[b] += za * zi[b];
		}
	}
	for (size_t a = 0; a < n; a++)
		for (size_t b = 0; b <= a; b++) {
			double v = gsl_matrix_get(m, a, b) / (double)(n - 1);
			gsl_matrix_set(m, a, b, v);
			gsl_matrix_set(m, b, a, v);
		}
}

enum gw_status stats_factor_pca(const double *z, size_t n_sorts, size_t n_cards, size_t k,
				double *eig, double *load)
{
	size_t n = n_cards, n_eig = n_sorts < n ? n_sorts : n;
	if (k > n_eig || n < 2)
		return GW_EUSAGE;
	gsl_matrix *m = gsl_matrix_alloc(n, n);
	gsl_matrix *v = gsl_matrix_alloc(n, n);
	gsl_vector *val = gsl_vector_alloc(n);
	gsl_eigen_symmv_workspace *w = gsl_eigen_symmv_alloc(n);
	cards_matrix(z, n_sorts, n, m);
	int rc = gsl_eigen_symmv(m, val, v, w);
	if (rc == 0)
		rc = gsl_eigen_symmv_sort(val, v, GSL_EIGEN_SORT_VAL_DESC);
	if (rc == 0) {
		for (size_t c = 0; c < n_eig; c++) {
			double e = gsl_vector_get(val, c);
			eig[c] = e > 0 ? e : 0; /* rounding below the rank */
		}
		double s = 1.0 / sqrt((double)(n - 1));
		for (size_t i = 0; i < n_sorts; i++) {
			const double *zi = z + i * n;
			for (size_t c = 0; c < k; c++) {
				double acc = 0;
				for (size_t j = 0; j < n; j++)
					acc += zi[j] * gsl_matrix_get(v, j, c);
				load[i * k + c] = acc * s;
			}
		}
	}
	gsl_eigen_symmv_free(w);
	gsl_vector_free(val);
	gsl_matrix_free(v);
	gsl_matrix_free(m);
	return rc == 0 ? GW_OK : GW_EINTERNAL;
}

/* Brown (1980, pp. 208-224) as qmethod::centroid: per factor, zero the
 * diagonal, reflect the variable with the most negative column sum until all
 * column sums are positive, iterate the communality estimates until they
 * move less than spc, reflect the factor back, take the residuals and
 * reflect them back. */
enum gw_status stats_factor_centroid(double *r, size_t n, size_t k, double spc, double *load)
{
	if (n < 2 || k < 1)
		return GW_EUSAGE;
	double *cs = xmalloc(n * sizeof *cs), *f = xmalloc(n * sizeof *f);
	double *rmean = xmalloc(n * sizeof *rmean);
	unsigned char *refl = xmalloc(n);
	size_t nref = 0;
	enum gw_status st = GW_OK;
	memset(load, 0, n * k * sizeof *load);
	for (size_t fac = 0; fac < k; fac++) {
		for (size_t i = 0; i < n; i++)
			r[i * n + i] = 0;
		nref = 0;
		memset(refl, 0, n);
		for (;;) {
			size_t oo = 0;
			for (size_t j = 0; j < n; j++) {
				double s = 0;
				for (size_t i = 0; i < n; i++)
					s += r[i * n + j];
				cs[j] = s;
				if (s < cs[oo])
					oo = j;
			}
			/* R loops while not all sums are > 0; a zero sum would make it
			 * loop forever, so only negative sums are reflected here. */
			if (!(cs[oo] < 0) || nref > 64 * n)
				break;
			for (size_t j = 0; j < n; j++) {
				r[oo * n + j] = -r[oo * n + j];
				if (j != oo)
					r[j * n + oo] = -r[j * n + oo];
			}
			nref++;
			refl[oo] ^= 1;
		}
		double tot = 0;
		for (size_t j = 0; j < n; j++) {
			rmean[j] = cs[j] / (double)(n - 1);
			f[j] = rmean[j] + cs[j];
			tot += f[j];
		}
		if (!(tot > 0)) {
			st = GW_UNDEFINED; /* nothing left to extract */
			break;
		}
		for (size_t j = 0; j < n; j++)
			f[j] /= sqrt(tot);
		for (int it = 0; it < 100000; it++) {
			int done = 1;
			for (size_t j = 0; j < n; j++)
				if (!(fabs(rmean[j] - f[j] * f[j]) < spc))
					done = 0;
			if (done)
				break;
			tot = 0;
			for (size_t j = 0; j < n; j++) {
				rmean[j] = f[j] * f[j];
				f[j] = cs[j] + rmean[j];
				tot += f[j];
			}
			for (size_t j = 0; j < n; j++)
				f[j] /= sqrt(tot);
		}
		for (size_t j = 0; j < n; j++)
			load[j * k + fac] = refl[j] ? -f[j] : f[j];
		for (size_t i = 0; i < n; i++)
			for (size_t j = 0; j < n; j++)
				r[i * n + j] -= f[i] * f[j];
		/* reflecting back: each reflection flips row and column (the
		 * diagonal twice, i.e. not at all) */
		for (size_t i = 0; i < n; i++)
			for (size_t j = 0; j < n; j++)
				if (refl[i] ^ refl[j])
					r[i * n + j] = -r[i * n + j];
	}
	free(refl);
	free(rmean);
	free(f);
	free(cs);
	return st;
}
