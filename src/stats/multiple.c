/* multiple.c - Benjamini-Hochberg adjusted p-values (R's p.adjust "BH"). */
#include <math.h>
#include <stdlib.h>
#include <gsl/gsl_sort.h>
#include "goedwerk/stats/multiple.h"

void stats_bh_adjust(const double *p, size_t n, double *q)
{
	size_t m = 0;
	for (size_t i = 0; i < n; i++)
		m += !isnan(p[i]);
	if (m == 0) {
		for (size_t i = 0; i < n; i++)
			q[i] = NAN;
		return;
	}
	double *v = malloc(m * sizeof *v);
	size_t *pos = malloc(m * sizeof *pos), *idx = malloc(m * sizeof *idx);
	if (!v || !pos || !idx)
		abort();
	for (size_t i = 0, k = 0; i < n; i++)
		if (!isnan(p[i])) {
			v[k] = p[i];
			pos[k++] = i;
		}
	gsl_sort_index(idx, v, 1, m);
	/* From the largest p down: the running minimum of m p_(j) / j. */
	double run = 1;
	for (size_t r = m; r-- > 0;) {
		double a = (double)m * v[idx[r]] / (double)(r + 1);
		if (a < run)
			run = a;
		v[idx[r]] = run; /* each slot is read once before it is written */
	}
	for (size_t i = 0; i < n; i++)
		q[i] = NAN;
	for (size_t k = 0; k < m; k++)
		q[pos[k]] = v[k];
	free(v);
	free(pos);
	free(idx);
}
