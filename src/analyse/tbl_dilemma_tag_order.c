/* tbl_dilemma_tag_order.c - dilemma_tag_order.csv: the tags used in at least
 * one case, in the leaf order of an average-linkage clustering (UPGMA,
 * stats/cluster.h) on 1 - Jaccard over all cases, so that tags that travel
 * together sit together.  The co-occurrence heat map is drawn in this order;
 * the report computes no statistic itself.  Jaccard of two tags is that of
 * dilemma_cooccurrence.csv (stratum all); a pair that never meets is at
 * distance 1.  joined_at is the height (1 - Jaccard, average linkage) at
 * which the tag first joins a cluster.  n_cases (all cases) is what the
 * privacy engine weighs: the order rests on every case. */
#include <math.h>
#include <stdlib.h>
#include "goedwerk/stats/cluster.h"
#include "goedwerk/stats/cooccurrence.h"
#include "goedwerk/alloc.h"
#include "dilemmas.h"
#include "empty.h"
#include "goedwerk/messages.h"
#include "tables.h"

enum { C_TAG, C_POS, C_JOINED, C_CASES };

static const struct column cols[] = {{"tag", 1}, {"position", 0}, {"joined_at", 0},
				     {"n_cases", 0}};
static const char *const spec[] = {"tag", "position", NULL};

/* 1 - Jaccard between the used tags idx[0..n). */
static double *distances(const struct dataset *ds, const size_t *single, const size_t *both,
			 const size_t *idx, size_t n)
{
	double *d = xcalloc(n * n + 1, sizeof *d);
	for (size_t a = 0; a < n; a++)
		for (size_t b = 0; b < n; b++) {
			struct stats_cooc c;
			stats_cooccurrence((double)both[idx[a] * ds->n_tags + idx[b]],
					   (double)single[idx[a]], (double)single[idx[b]],
					   (double)ds->n_dilemmas, &c);
			d[a * n + b] = a == b ? 0 : isnan(c.jaccard) ? 1 : 1 - c.jaccard;
		}
	return d;
}

static void write_rows(const struct dataset *ds, struct table *t, const size_t *idx, size_t n,
		       const struct stats_merge *mg, const size_t *order)
{
	for (size_t p = 0; p < n; p++) {
		size_t leaf = order[p], k = 0;
		while (k + 2 < n && mg[k].a != leaf && mg[k].b != leaf)
			k++;
		size_t r = table_add_row(t);
		table_set_text(t, r, C_TAG, ds->tag[idx[leaf]]);
		table_set_int(t, r, C_POS, (long long)p + 1);
		table_set_real(t, r, C_JOINED, mg[k].height);
		table_set_int(t, r, C_CASES, (long long)ds->n_dilemmas);
	}
}

static enum gw_status build(const struct analysis *a, struct table *t)
{
	const struct dataset *ds = a->ds;
	size_t m = ds->n_tags, n = 0;
	if (empty_why_dilemmas(ds, 2)) {
		table_set_empty_reason(t, empty_why_dilemmas(ds, 2));
		return GW_OK;
	}
	size_t *single = xcalloc(m, sizeof *single), *both = xcalloc(m * m, sizeof *both);
	size_t *idx = xcalloc(m, sizeof *idx);
	struct pair_counts pc = {m, 0, single, both};
	dil_pair_counts(ds, STRATUM_ALL, 0, &pc);
	for (size_t k = 0; k < m; k++)
		if (single[k] > 0)
			idx[n++] = k;
	if (n >= 2) {
		double *d = distances(ds, single, both, idx, n);
		struct stats_merge *mg = xcalloc(n, sizeof *mg);
		size_t *order = xcalloc(n, sizeof *order);
		stats_upgma(d, n, mg, order);
		write_rows(ds, t, idx, n, mg, order);
		free(d);
		free(mg);
		free(order);
	}
	free(single);
	free(both);
	free(idx);
	empty_because(t, MSG("fewer than two tags carried by the cases"));
	return GW_OK;
}

const struct table_def table_dilemma_tag_order = {
	"dilemma_tag_order",
	"the used tags in the order of an average-linkage clustering on 1 - Jaccard (the co-occurrence heat map's order)",
	cols, COUNT_OF(cols), spec, build,
	{.rule = {{.unit = PRIVACY_CASES, .count = "n_cases"}}}};
