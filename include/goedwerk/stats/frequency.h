/* stats/frequency.h - summaries of a distribution over ordered categories,
 * given as counts (how many sorts put a card in each category).
 * Pure; no I/O. */
#ifndef GOEDWERK_STATS_FREQUENCY_H
#define GOEDWERK_STATS_FREQUENCY_H

#include <stddef.h>
#include "goedwerk/status.h"

struct stats_count_summary {
	size_t n;
	double mean;
	double median;  /* mean of the two middle values when n is even (R's median) */
};

/* counts[k] values equal to first_value + k, k < n_values.  n == 0 ->
 * GW_UNDEFINED. O(n_values). */
enum gw_status stats_count_summary(const size_t *counts, size_t n_values, int first_value,
				   struct stats_count_summary *out);

/* count / n as a fraction; precondition n > 0. */
double stats_share(size_t count, size_t n);

/* Competition ranks ("1224") of v, largest first; NaN entries get rank 0
 * and do not take a place.  O(n log n). */
void stats_rank_desc(const double *v, size_t n, int *rank);

#endif
