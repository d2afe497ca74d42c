/* tbl_similarity_order.c - similarity_order.csv: the units of each scope of
 * similarity.csv (organisations; the groups of one traject) in the leaf
 * order of an average-linkage clustering (UPGMA, stats/cluster.h) on
 * 1 - Spearman rho of the mean piles (a profile without an order counts as
 * unrelated, distance 1), so that alike units sit together in the heat map.
 * height_next is the cophenetic distance to the next unit in this order:
 * with the order it draws the dendrogram (stats_neighbour_heights).  Point
 * estimates only: the order is a picture, the intervals are in similarity.
 * A scope of more units than similarity pairs (SIM_MAX_ORGS, SIM_MAX_GROUPS)
 * gets one row that says so. */
#include <stdio.h>
#include <stdlib.h>
#include "goedwerk/alloc.h"
#include "goedwerk/stats/cluster.h"
#include "goedwerk/stats/similarity.h"
#include "similarity_units.h"
#include "empty.h"
#include "tables.h"

enum { C_PHASE, C_PERSP, C_TYPE, C_SCOPE, C_POS, C_UNIT, C_PEOPLE, C_HEIGHT };

static const struct column cols[] = {
	{"phase", 1}, {"perspective", 1}, {"unit_type", 1}, {"scope", 1},
	{"position", 0}, {"unit", 1}, {"n_people", 0}, {"height_next", 0}};

static size_t start_row(struct table *t, const struct sim_scope *s)
{
	size_t r = table_add_row(t);
	table_set_text(t, r, C_PHASE, s->phase);
	table_set_text(t, r, C_PERSP, s->perspective);
	table_set_text(t, r, C_TYPE, s->unit_type);
	table_set_text(t, r, C_SCOPE, s->scope);
	return r;
}

/* More units than similarity pairs: no order (the heat map has no
 * distances to show), one row says so. */
static int too_many(struct table *t, const struct sim_scope *s)
{
	if (s->m <= sim_most_units(s))
		return 0;
	char note[120];
	snprintf(note, sizeof note, "%zu units: the order is made for at most %zu, as the pairs of similarity",
		 s->m, sim_most_units(s));
	table_set_undefined(t, start_row(t, s), C_HEIGHT, note);
	return 1;
}

static enum gw_status scope_rows(const struct sim_scope *s, void *arg)
{
	const struct analysis *a = ((void **)arg)[0];
	struct table *t = ((void **)arg)[1];
	size_t m = s->m;
	if (too_many(t, s))
		return GW_OK;
	double *d = sim_rho_matrix(a->ds, s), *h = xcalloc(m + 1, sizeof *h);
	struct stats_merge *mg = xcalloc(m + 1, sizeof *mg);
	size_t *order = xcalloc(m + 1, sizeof *order);
	stats_upgma(d, m, mg, order);
	stats_neighbour_heights(mg, order, m, h);
	for (size_t p = 0; p < m; p++) {
		size_t r = start_row(t, s);
		table_set_int(t, r, C_POS, (long long)p + 1);
		table_set_text(t, r, C_UNIT, s->unit[order[p]]);
		table_set_int(t, r, C_PEOPLE, (long long)s->people[order[p]]);
		if (p + 1 < m)
			table_set_real(t, r, C_HEIGHT, h[p]);
		else
			table_set_undefined(t, r, C_HEIGHT, "the last unit");
	}
	free(d);
	free(h);
	free(mg);
	free(order);
	return GW_OK;
}

static enum gw_status build(const struct analysis *a, struct table *t)
{
	void *arg[2] = {(void *)a, t};
	enum gw_status st = sim_scopes_each(a, scope_rows, arg);
	empty_because(t, "no organisation or group of --min-cell people");
	return st;
}

static const char *const universe[] = {"phase", "perspective", NULL};

const struct table_def table_similarity_order = {
	"similarity_order",
	"the units of each similarity scope in UPGMA leaf order on 1 - Spearman rho, with the cophenetic height to the next unit (the dendrogram)",
	cols, COUNT_OF(cols), NULL, build,
	{.rule = {{.unit = PRIVACY_PEOPLE, .count = "n_people", .stratum_type = "unit_type",
		   .stratum = "unit", .universe = universe}}}};
