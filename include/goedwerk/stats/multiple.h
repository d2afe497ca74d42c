/* stats/multiple.h - multiple-testing adjustment.
 * Owner: stats family "multiple" (src/stats/multiple.c). Pure, no I/O. */
#ifndef GOEDWERK_STATS_MULTIPLE_H
#define GOEDWERK_STATS_MULTIPLE_H

#include <stddef.h>

/* Benjamini-Hochberg (1995) step-up adjusted p-values, as R's
 * p.adjust(p, "BH"): q_(i) = min_{j>=i} min(1, m p_(j) / j).
 * NaN entries of p are kept as NaN in q and not counted in m.
 * p and q may be the same array. O(n log n). */
void stats_bh_adjust(const double *p, size_t n, double *q);

#endif
