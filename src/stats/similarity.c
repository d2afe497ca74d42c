/* similarity.c - see stats/similarity.h. */
#include <math.h>
#include <stdlib.h>
#include <gsl/gsl_statistics_double.h>
#include <gsl/gsl_blas.h>
#include <gsl/gsl_vector.h>
#include "goedwerk/stats/similarity.h"

static int constant(const double *a, size_t n)
{
	for (size_t i = 1; i < n; i++)
		if (a[i] != a[0])
			return 0;
	return 1;
}

double stats_spearman_distance(const double *a, const double *b, size_t n, double *work)
{
	if (n < 2 || constant(a, n) || constant(b, n))
		return NAN;
	return 1 - gsl_stats_spearman(a, 1, b, 1, n, work);
}

double stats_euclidean(const double *a, const double *b, size_t n)
{
	gsl_vector *d = gsl_vector_alloc(n ? n : 1);
	gsl_vector_set_zero(d);
	for (size_t i = 0; i < n; i++)
		gsl_vector_set(d, i, a[i] - b[i]);
	double r = gsl_blas_dnrm2(d); /* scaled: no overflow or underflow */
	gsl_vector_free(d);
	return r;
}

void stats_neighbour_heights(const struct stats_merge *merges, const size_t *order, size_t n,
			     double *height)
{
	size_t *label = malloc((n ? n : 1) * sizeof *label); /* cluster of each leaf */
	if (!label)
		abort();
	for (size_t i = 0; i < n; i++)
		label[i] = i;
	for (size_t p = 0; p + 1 < n; p++)
		height[p] = NAN;
	for (size_t k = 0; k + 1 < n; k++) {
		size_t a = merges[k].a, b = merges[k].b;
		for (size_t p = 0; p + 1 < n; p++) {
			size_t x = label[order[p]], y = label[order[p + 1]];
			if (isnan(height[p]) && ((x == a && y == b) || (x == b && y == a)))
				height[p] = merges[k].height;
		}
		for (size_t i = 0; i < n; i++)
			if (label[i] == a || label[i] == b)
				label[i] = n + k;
	}
	free(label);
}
