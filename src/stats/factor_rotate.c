/* factor_rotate.c - varimax rotation, step for step as R's stats::varimax
 * (Kaiser normalisation; the rotation is U V' of the SVD of
 * B = X'(Z^3 - Z diag(colSums(Z^2))/p); stop when the sum of the singular
 * values grows by less than a factor 1 + eps), so that results agree with
 * qmethod and psych, which stop at the same point. */
#include <math.h>
#include <gsl/gsl_linalg.h>
#include <gsl/gsl_matrix.h>
#include "goedwerk/stats/factor.h"
#include "goedwerk/alloc.h"

#define VARIMAX_MAX_ITER 1000

enum gw_status stats_factor_varimax(double *load, size_t n_rows, size_t k, double eps,
				    int *iter, int *converged)
{
	*iter = 0;
	*converged = 1;
	if (k < 2)
		return GW_OK;
	size_t p = n_rows;
	double *sc = xmalloc(p * sizeof *sc);
	double *z = xmalloc(p * k * sizeof *z);
	for (size_t i = 0; i < p; i++) {
		double s = 0;
		for (size_t c = 0; c < k; c++)
			s += load[i * k + c] * load[i * k + c];
		sc[i] = sqrt(s);
		/* a row of zeros stays zero (R would divide by zero) */
		for (size_t c = 0; c < k; c++)
			load[i * k + c] = sc[i] > 0 ? load[i * k + c] / sc[i] : 0;
	}
	gsl_matrix *tt = gsl_matrix_alloc(k, k), *b = gsl_matrix_alloc(k, k);
	gsl_matrix *v = gsl_matrix_alloc(k, k), *tmp = gsl_matrix_alloc(k, k);
	gsl_vector *s = gsl_vector_alloc(k), *work = gsl_vector_alloc(k);
	double *colss = xmalloc(k * sizeof *colss);
	gsl_matrix_set_identity(tt);
	double d = 0;
	enum gw_status st = GW_OK;
	*converged = 0;
	for (int it = 1; it <= VARIMAX_MAX_ITER; it++) {
		/* z = x TT */
		for (size_t c = 0; c < k; c++)
			colss[c] = 0;
		for (size_t i = 0; i < p; i++)
			for (size_t c = 0; c < k; c++) {
				double acc = 0;
				for (size_t e = 0; e < k; e++)
					acc += load[i * k + e] * gsl_matrix_get(tt, e, c);
				z[i * k + c] = acc;
				colss[c] += acc * acc;
			}
		/* B = x' (z^3 - z diag(colss) / p) */
		gsl_matrix_set_zero(b);
		for (size_t i = 0; i < p; i++)
			for (size_t c = 0; c < k; c++) {
				double zc = z[i * k + c];
				double t = zc * zc * zc - zc * colss[c] / (double)p;
				for (size_t e = 0; e < k; e++)
					*gsl_matrix_ptr(b, e, c) += load[i * k + e] * t;
			}
		if (gsl_linalg_SV_decomp(b, v, s, work) != 0) {
			st = GW_EINTERNAL;
			break;
		}
		/* TT = U V' (b now holds U) */
		for (size_t r = 0; r < k; r++)
			for (size_t c = 0; c < k; c++) {
				double acc = 0;
				for (size_t e = 0; e < k; e++)
					acc += gsl_matrix_get(b, r, e) * gsl_matrix_get(v, c, e);
				gsl_matrix_set(tmp, r, c, acc);
			}
		gsl_matrix_memcpy(tt, tmp);
		double dpast = d;
		d = 0;
		for (size_t c = 0; c < k; c++)
			d += gsl_vector_get(s, c);
		*iter = it;
		if (d < dpast * (1 + eps)) {
			*converged = 1;
			break;
		}
	}
	/* the loadings after the last rotation, scaled back */
	for (size_t i = 0; i < p; i++) {
		double row[64], *rw = k <= 64 ? row : xmalloc(k * sizeof *rw);
		for (size_t c = 0; c < k; c++) {
			double acc = 0;
			for (size_t e = 0; e < k; e++)
				acc += load[i * k + e] * gsl_matrix_get(tt, e, c);
			rw[c] = acc * sc[i];
		}
		for (size_t c = 0; c < k; c++)
			load[i * k + c] = rw[c];
		if (rw != row)
			free(rw);
	}
	free(colss);
	gsl_vector_free(work);
	gsl_vector_free(s);
	gsl_matrix_free(tmp);
	gsl_matrix_free(v);
	gsl_matrix_free(b);
	gsl_matrix_free(tt);
	free(z);
	free(sc);
	return st;
}
