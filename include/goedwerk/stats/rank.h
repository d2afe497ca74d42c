/* stats/rank.h - mid-ranks (ties get the mean of the ranks they span).
 * Owner: src/stats/rank.c.  Pure, no I/O.  Nothing to free. */
#ifndef GOEDWERK_STATS_RANK_H
#define GOEDWERK_STATS_RANK_H

#include <stddef.h>

/* rank[i] = 1-based mid-rank of x[i] among x[0..n), ascending (smallest
 * value rank 1).  Returns the tie term sum over tie groups of (t^3 - t), in
 * double (Likert-size ties overflow 32-bit integers).  x and rank must not
 * overlap.  Precondition: no NaN in x.  O(n log n) (gsl_sort_index). */
double stats_midrank(const double *x, size_t n, double *rank);

#endif
