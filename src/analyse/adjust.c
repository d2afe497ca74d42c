/* adjust.c - see adjust.h. */
#include <stdlib.h>
#include "goedwerk/stats/multiple.h"
#include "goedwerk/alloc.h"
#include "adjust.h"

void adjust_bh_rows(struct table *t, size_t first, size_t last, size_t col_p, size_t col_q)
{
	size_t n = last - first;
	double *p = xmalloc((n ? n : 1) * sizeof *p);
	for (size_t i = 0; i < n; i++)
		p[i] = table_get_real(t, first + i, col_p);
	stats_bh_adjust(p, n, p);
	for (size_t i = 0; i < n; i++)
		table_set_real(t, first + i, col_q, p[i]);
	free(p);
}
