/* multiple.c - Benjamini-Hochberg adjusted p-values (R's p.adjust "BH"). */
#include <math.h>
#include <stdlib.h>
#include "goedwerk/stats/multiple.h"

/* A p-value with its slot.  Sorted with qsort (a merge sort in glibc), not
 * gsl_sort_index: GSL's heap sort jumps through memory, and a family of ten
 * million p-values (group_pairs at a million sorts) took tens of seconds.
 * The order among equal p-values does not matter: ties get the same q. */
struct slot {
	double p;
	size_t i;
};

static int cmp_slot(const void *a, const void *b)
{
	double x = ((const struct slot *)a)->p, y = ((const struct slot *)b)->p;
	return (x > y) - (x < y);
}

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
	struct slot *v = malloc(m * sizeof *v);
	if (!v)
		abort();
	for (size_t i = 0, k = 0; i < n; i++)
		if (!isnan(p[i]))
			v[k++] = (struct slot){p[i], i};
	qsort(v, m, sizeof *v, cmp_slot);
	/* From the largest p down: the running minimum of m p_(j) / j. */
	double run = 1;
	for (size_t r = m; r-- > 0;) {
		double a = (double)m * v[r].p / (double)(r + 1);
		if (a < run)
			run = a;
		v[r].p = run;
	}
	for (size_t i = 0; i < n; i++)
		q[i] = NAN;
	for (size_t k = 0; k < m; k++)
		q[v[k].i] = v[k].p; /* p may be q: every p was read above */
	free(v);
}
