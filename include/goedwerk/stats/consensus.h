/* stats/consensus.h - how far people agree on one card's category:
 * Tastle-Wierman consensus, Leik's ordinal dispersion, interquartile range.
 * Owner: src/stats/consensus.c.  Pure, no I/O.  Nothing to free.
 * Input everywhere: counts[k] = how many placed the card in the k-th
 * category of the ordered scale first_value..first_value+n_values-1.
 * No placements (total 0): GW_UNDEFINED and NaN. */
#ifndef GOEDWERK_STATS_CONSENSUS_H
#define GOEDWERK_STATS_CONSENSUS_H

#include <stddef.h>
#include "goedwerk/status.h"

/* Tastle & Wierman (2007): Cns = 1 + sum_k p_k log2(1 - |X_k - mu| / d),
 * d = width of the SCALE (n_values - 1), not of the observed values;
 * terms with p_k = 0 are skipped.  1 = everyone agrees, 0 = a 50/50 split
 * of the two extremes.  n_values < 2: GW_EUSAGE. */
enum gw_status stats_consensus_tw(const size_t *counts, size_t n_values, double *cns);

/* Leik (1966) ordinal dispersion D = 2 sum_{k<V-1} d_k / (V - 1), with F_k
 * cumulative proportions and d_k = min(F_k, 1 - F_k); agreement = 1 - D. */
enum gw_status stats_leik_d(const size_t *counts, size_t n_values, double *d);

/* Interquartile range Q3 - Q1 of the placements, with R's default quantile
 * (type 7: h = (N - 1) p, linear interpolation) as computed by
 * gsl_stats_quantile_from_sorted_data.  O(N) (the counts are expanded). */
enum gw_status stats_iqr_counts(const size_t *counts, size_t n_values, int first_value,
				double *iqr);

#endif
