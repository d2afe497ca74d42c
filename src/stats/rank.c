/* rank.c - mid-ranks via gsl_sort_index. */
#include <stdlib.h>
#include <gsl/gsl_sort.h>
#include "goedwerk/stats/rank.h"
#include "goedwerk/alloc.h"

double stats_midrank(const double *x, size_t n, double *rank)
{
	if (n == 0)
		return 0.0;
	size_t *p = xmalloc(n * sizeof *p);
	gsl_sort_index(p, x, 1, n);
	double ties = 0.0;
	for (size_t i = 0; i < n;) {
		size_t j = i + 1;
		while (j < n && x[p[j]] == x[p[i]])
			j++;
		/* positions i..j-1 (0-based) share rank ((i+1) + j) / 2 */
		double r = 0.5 * ((double)(i + 1) + (double)j), t = (double)(j - i);
		for (size_t k = i; k < j; k++)
			rank[p[k]] = r;
		ties += t * t * t - t;
		i = j;
	}
	free(p);
	return ties;
}
