/* cluster.c - UPGMA: repeatedly join the two closest active clusters; the
 * distance of the new cluster to any other is the size-weighted mean of
 * its parts' distances (Lance-Williams with average linkage). */
#include <math.h>
#include <stdlib.h>
#include "goedwerk/stats/cluster.h"

struct work {
	double *d;      /* (2n-1) x (2n-1): distances between cluster ids */
	size_t *size, *left, *right;
	char *active;
	size_t m;       /* row length of d */
};

static void closest(const struct work *w, size_t ids, size_t *pa, size_t *pb)
{
	double best = INFINITY;
	int found = 0;
	for (size_t a = 0; a < ids; a++)
		for (size_t b = a + 1; b < ids && w->active[a]; b++)
			if (w->active[b] && w->d[a * w->m + b] < best) {
				best = w->d[a * w->m + b];
				*pa = a;
				*pb = b;
				found = 1;
			}
	if (found)
		return;
	/* Only NaN or infinite distances left: join the two oldest clusters. */
	*pa = *pb = ids;
	for (size_t a = 0; a < ids; a++)
		if (w->active[a]) {
			if (*pa == ids)
				*pa = a;
			else if (*pb == ids)
				*pb = a;
		}
}

/* Leaves under cluster id, left branch first, appended at *at. */
static void leaves(const struct work *w, size_t n, size_t id, size_t *order, size_t *at)
{
	if (id < n) {
		order[(*at)++] = id;
		return;
	}
	leaves(w, n, w->left[id], order, at);
	leaves(w, n, w->right[id], order, at);
}

void stats_upgma(const double *d, size_t n, struct stats_merge *merges, size_t *order)
{
	if (n == 0)
		return;
	struct work w;
	w.m = 2 * n - 1;
	w.d = malloc(w.m * w.m * sizeof *w.d);
	w.size = calloc(w.m, sizeof *w.size);
	w.left = calloc(w.m, sizeof *w.left);
	w.right = calloc(w.m, sizeof *w.right);
	w.active = calloc(w.m, 1);
	if (!w.d || !w.size || !w.left || !w.right || !w.active)
		abort();
	for (size_t a = 0; a < n; a++) {
		w.size[a] = 1;
		w.active[a] = 1;
		for (size_t b = 0; b < n; b++)
			w.d[a * w.m + b] = d[a * n + b];
	}
	for (size_t k = 0; k + 1 < n; k++) {
		size_t a, b, id = n + k;
		closest(&w, id, &a, &b);
		merges[k] = (struct stats_merge){a, b, w.d[a * w.m + b]};
		w.left[id] = a;
		w.right[id] = b;
		w.size[id] = w.size[a] + w.size[b];
		w.active[a] = w.active[b] = 0;
		w.active[id] = 1;
		for (size_t o = 0; o < id; o++) {
			double v = ((double)w.size[a] * w.d[a * w.m + o] +
				    (double)w.size[b] * w.d[b * w.m + o]) / (double)w.size[id];
			w.d[id * w.m + o] = w.d[o * w.m + id] = v;
		}
	}
	size_t at = 0;
	leaves(&w, n, w.m - 1, order, &at);
	free(w.d);
	free(w.size);
	free(w.left);
	free(w.right);
	free(w.active);
}
