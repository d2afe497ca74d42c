/* stats/cluster.h - agglomerative hierarchical clustering with average
 * linkage (UPGMA, Sokal & Michener 1958).  GSL has none.  Pure, no I/O.
 *
 * d: n x n symmetric distances (the diagonal is ignored).  merges receives
 * n - 1 rows: clusters a and b joined at distance height.  A cluster id
 * below n is a leaf; id n + k is the cluster made by merge k (as R's
 * hclust numbers them, shifted to 0-based).  Ties: the pair with the
 * smallest (a, b) ids is joined first, so the result is reproducible.
 * order receives the n leaves in dendrogram order (left branch first, the
 * older/smaller-id cluster on the left): the order of a heat map.
 * O(n^3) time, O(n^2) memory: meant for codebooks (tens of tags). */
#ifndef GOEDWERK_STATS_CLUSTER_H
#define GOEDWERK_STATS_CLUSTER_H

#include <stddef.h>

struct stats_merge {
	size_t a, b;
	double height;
};

void stats_upgma(const double *d, size_t n, struct stats_merge *merges, size_t *order);

#endif
