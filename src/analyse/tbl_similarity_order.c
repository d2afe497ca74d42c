/* tbl_similarity_order.c - similarity_order.csv: the units of each scope of
 * similarity.csv (organisations; the groups of one traject) in the leaf
 * order of an average-linkage clustering (UPGMA, stats/cluster.h) on
 * 1 - Spearman rho of the mean piles (a profile without an order counts as
 * unrelated, distance 1), so that alike units sit together in the heat map.
 * height_next is the cophenetic distance to the next unit in this order:
 * with the order it draws the dendrogram (stats_neighbour_heights).  Point
 * estimates only: the order is a picture, the intervals are in similarity.
 *
 * A unit the privacy engine hides (secondary suppression, or hidden by an
 * earlier table) would still show where it clusters by its row's place and
 * its neighbours' heights: the declaration's rederive clusters each scope
 * again without the hidden units and lists them last, in level order, with
 * no position (privacy.h).
 *
 * A scope of more units than similarity pairs (SIM_MAX_ORGS, SIM_MAX_GROUPS)
 * gets one row that says so: the clustering is cubic in time. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "empty.h"
#include "goedwerk/messages.h"
#include "goedwerk/stats/cluster.h"
#include "goedwerk/stats/similarity.h"
#include "similarity_units.h"
#include "tables.h"

enum { C_PHASE, C_PERSP, C_TYPE, C_SCOPE, C_POS, C_UNIT, C_PEOPLE, C_HEIGHT };

static const struct column cols[] = {
	{"phase", 1}, {"perspective", 1}, {"unit_type", 1}, {"scope", 1},
	{"position", 0}, {"unit", 1}, {"n_people", 0}, {"height_next", 0}};

/* The hidden units of a rederive: "phase|perspective|type|scope|unit" keys
 * of the suppressed rows with the note of each, sorted by key. */
struct hidden_unit {
	char *key, *note;
};
struct hidden {
	struct hidden_unit *v;
	size_t n;
};

struct order_arg {
	const struct analysis *a;
	struct table *t;
	const struct hidden *h; /* NULL: the first build */
};

static char *unit_key(const char *phase, const char *persp, const char *type, const char *scope,
		      const char *unit)
{
	return xasprintf("%s\x1f%s\x1f%s\x1f%s\x1f%s", phase, persp, type, scope, unit);
}

static int by_key(const void *a, const void *b)
{
	return strcmp(((const struct hidden_unit *)a)->key, ((const struct hidden_unit *)b)->key);
}

/* The note of unit u of scope s when it is hidden, else NULL. */
static const char *hidden_note(const struct hidden *h, const struct sim_scope *s, size_t u)
{
	if (!h || !h->n)
		return NULL;
	struct hidden_unit k = {unit_key(s->phase, s->perspective, s->unit_type, s->scope, s->unit[u]),
				NULL};
	const struct hidden_unit *at = bsearch(&k, h->v, h->n, sizeof *h->v, by_key);
	free(k.key);
	return at ? at->note : NULL;
}

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

static size_t unit_row(struct table *t, const struct sim_scope *s, size_t u)
{
	size_t r = start_row(t, s);
	table_set_text(t, r, C_UNIT, s->unit[u]);
	table_set_int(t, r, C_PEOPLE, (long long)s->people[u]);
	return r;
}

/* The units of s without the hidden ones into v, whose unit, people and
 * mean arrays hold s->m units. */
static void published(const struct sim_scope *s, const struct hidden *h, struct sim_scope *v,
		      size_t nc)
{
	v->phase = s->phase;
	v->perspective = s->perspective;
	v->unit_type = s->unit_type;
	v->scope = s->scope;
	v->m = 0;
	for (size_t u = 0; u < s->m; u++)
		if (!hidden_note(h, s, u)) {
			v->unit[v->m] = s->unit[u];
			v->people[v->m] = s->people[u];
			memcpy(v->mean + v->m * nc, s->mean + u * nc, nc * sizeof *v->mean);
			v->m++;
		}
}

static enum gw_status scope_rows(const struct sim_scope *all, void *arg)
{
	const struct order_arg *o = arg;
	if (too_many(o->t, all))
		return GW_OK;
	size_t nc = o->a->ds->n_cards, M = all->m;
	struct sim_scope s = {0};
	s.unit = xcalloc(M + 1, sizeof *s.unit);
	s.people = xcalloc(M + 1, sizeof *s.people);
	s.mean = xcalloc((M + 1) * nc, sizeof *s.mean);
	published(all, o->h, &s, nc);
	size_t m = s.m;
	double *d = sim_rho_matrix(o->a->ds, &s), *h = xcalloc(m + 1, sizeof *h);
	struct stats_merge *mg = xcalloc(m + 1, sizeof *mg);
	size_t *order = xcalloc(m + 1, sizeof *order);
	if (m) {
		stats_upgma(d, m, mg, order);
		stats_neighbour_heights(mg, order, m, h);
	}
	for (size_t p = 0; p < m; p++) {
		size_t r = unit_row(o->t, &s, order[p]);
		table_set_int(o->t, r, C_POS, (long long)p + 1);
		if (p + 1 < m)
			table_set_real(o->t, r, C_HEIGHT, h[p]);
		else
			table_set_undefined(o->t, r, C_HEIGHT, "the last unit");
	}
	for (size_t u = 0; u < M; u++) { /* the hidden last: no place, no height */
		const char *note = hidden_note(o->h, all, u);
		if (note)
			table_suppress_row(o->t, unit_row(o->t, all, u), note);
	}
	free(d);
	free(h);
	free(mg);
	free(order);
	free(s.unit);
	free(s.people);
	free(s.mean);
	return GW_OK;
}

static enum gw_status build(const struct analysis *a, struct table *t)
{
	struct order_arg o = {a, t, NULL};
	enum gw_status st = sim_scopes_each(a, scope_rows, &o);
	empty_because(t, MSG("no organisation or group of --min-cell people"));
	return st;
}

/* Privacy's rederive: the scopes again, without the units it hid. */
static enum gw_status rederive(struct table *t, const struct analysis *a)
{
	struct hidden h = {xcalloc(t->nrows + 1, sizeof *h.v), 0};
	for (size_t r = 0; r < t->nrows; r++) {
		if (!table_is_suppressed(t, r))
			continue;
		const char *note = table_get_text(t, r, t->col_note);
		h.v[h.n++] = (struct hidden_unit){
			unit_key(table_get_text(t, r, C_PHASE), table_get_text(t, r, C_PERSP),
				 table_get_text(t, r, C_TYPE), table_get_text(t, r, C_SCOPE),
				 table_get_text(t, r, C_UNIT)),
			xstrdup(note ? note : "")};
	}
	enum gw_status st = GW_OK;
	if (h.n) {
		qsort(h.v, h.n, sizeof *h.v, by_key);
		struct table *fresh = table_new(t->name, cols, COUNT_OF(cols));
		struct order_arg o = {a, fresh, &h};
		st = sim_scopes_each(a, scope_rows, &o);
		struct table tmp = *t; /* fresh's rows into t */
		*t = *fresh;
		*fresh = tmp;
		table_free(fresh);
	}
	for (size_t i = 0; i < h.n; i++) {
		free(h.v[i].key);
		free(h.v[i].note);
	}
	free(h.v);
	return st;
}

static const char *const universe[] = {"phase", "perspective", NULL};

const struct table_def table_similarity_order = {
	"similarity_order",
	"the units of each similarity scope in UPGMA leaf order on 1 - Spearman rho, with the cophenetic height to the next unit (the dendrogram)",
	cols, COUNT_OF(cols), NULL, build,
	{.rule = {{.unit = PRIVACY_PEOPLE, .count = "n_people", .stratum_type = "unit_type",
		   .stratum = "unit", .universe = universe}},
	 .rederive = rederive}};
