/* stats/similarity.h - how alike two value profiles are (one value per card
 * for each unit), and the dendrogram's neighbour heights.
 * Owner: src/stats/similarity.c.  Pure, no I/O.
 *
 * Measures, chosen so that they answer different questions:
 *  - 1 - Spearman's rho of the mean piles (Spearman 1904; GSL
 *    gsl_stats_spearman, mid-ranks for ties): do the two units ORDER the
 *    cards alike?  0 = the same order, 1 = unrelated, 2 = reversed.  Blind
 *    to a unit that sorts everything a little higher, as the forced
 *    distribution wants.
 *  - the Euclidean distance of the top-pile shares: do they put the SAME
 *    cards in the top pile, and as often?  In share units: sqrt(sum over
 *    cards of (share_a - share_b)^2); 0 = identical tops. */
#ifndef GOEDWERK_STATS_SIMILARITY_H
#define GOEDWERK_STATS_SIMILARITY_H

#include <stddef.h>
#include "goedwerk/stats/cluster.h"

/* 1 - rho of a[0..n) and b[0..n); work: 2n doubles.  NaN when n < 2 or
 * either profile is constant (no order to compare). */
double stats_spearman_distance(const double *a, const double *b, size_t n, double *work);
/* sqrt(sum (a_i - b_i)^2). */
double stats_euclidean(const double *a, const double *b, size_t n);

/* For the leaves in dendrogram order (stats_upgma's order), height[p] is
 * the cophenetic distance of leaves order[p] and order[p + 1]: the height
 * of the merge that first holds both (p < n - 1).  With the order these
 * n - 1 heights draw the whole dendrogram.  O(n^2). */
void stats_neighbour_heights(const struct stats_merge *merges, const size_t *order, size_t n,
			     double *height);

#endif
