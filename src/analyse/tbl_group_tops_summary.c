/* tbl_group_tops_summary.c - group_tops_summary.csv: what the tables of an
 * exchange reached, for all tables and per organisation and traject: how
 * many reached a common top four, a top three, fewer cards or none, and
 * the distribution over the tables of the within-table agreement (Kendall's
 * W of the members' individual sorts, complete sorts over the cards the
 * table placed; quartiles by linear interpolation, R type 7).
 * A row is an aggregate over tables: the privacy engine shows it only over
 * --min-cell tables (PRIVACY_TABLES), its W quartiles only over --min-cell
 * tables with a W, and the row only over --min-cell members. */
#include <math.h>
#include <stdlib.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>
#include "goedwerk/alloc.h"
#include "empty.h"
#include "group_tops.h"
#include "scope_w.h"
#include "tables.h"

enum { C_TYPE, C_SCOPE, C_TABLES, C_FOUR, C_THREE, C_FEWER, C_NONE, C_MEMBERS, C_NW, C_Q1,
       C_MEDIAN, C_Q3 };

static const struct column cols[] = {
	{"scope_type", 1}, {"scope", 1}, {"tables", 0}, {"top_four", 0}, {"top_three", 0},
	{"fewer_cards", 0}, {"no_consensus", 0}, {"n_members", 0}, {"tables_with_w", 0},
	{"w_q1", 0}, {"w_median", 0}, {"w_q3", 0}};

static const char *const spec[] = {"scope_type", "scope", "tables", "top_four", "top_three",
				   "fewer_cards", "no_consensus", "w_median", NULL};

/* Per common top: its members' W (NaN: fewer than 2 complete sorts, or no
 * variation) and how many members it has. */
static double *table_ws(const struct dataset *ds, size_t *members)
{
	size_t nt = ds->n_tops, *off = xcalloc(nt + 2, sizeof *off);
	int32_t *top = group_tops_members(ds);
	for (size_t i = 0; i < ds->n_sorts; i++)
		if (top[i] >= 0)
			off[top[i] + 2]++;
	for (size_t k = 0; k < nt; k++)
		off[k + 2] += off[k + 1];
	size_t *rows = xmalloc((ds->n_sorts + 1) * sizeof *rows);
	for (size_t i = 0; i < ds->n_sorts; i++)
		if (top[i] >= 0)
			rows[off[top[i] + 1]++] = i;
	double *w = xmalloc((nt + 1) * sizeof *w), *buf = xmalloc((ds->n_cards + 1) * sizeof *buf);
	size_t *card = xmalloc((ds->n_cards + 1) * sizeof *card);
	for (size_t k = 0; k < nt; k++) {
		const size_t *r = rows + off[k];
		size_t n = off[k + 1] - off[k], nc = scope_cards(ds, r, n, card);
		struct stats_concordance c;
		struct stats_kendall_w kw;
		stats_concordance_init(&c, nc);
		scope_complete_sorts(ds, r, n, card, nc, NULL, &c, buf);
		w[k] = stats_concordance_w(&c, &kw) == GW_OK ? kw.w : NAN;
		stats_concordance_free(&c);
		members[k] = n;
	}
	free(card);
	free(buf);
	free(rows);
	free(off);
	free(top);
	return w;
}

/* The level of factor f of each top: its traject's, through the first sort
 * of that traject (organisation and traject are traject-wide). */
static int32_t *top_levels(const struct dataset *ds, int f)
{
	size_t nl = ds->f[DS_TRAJECT].n_levels;
	int32_t *of_traject = xmalloc((nl + 1) * sizeof *of_traject);
	for (size_t l = 0; l <= nl; l++)
		of_traject[l] = -1;
	for (size_t i = ds->n_sorts; i-- > 0;) {
		int32_t tr = ds->f[DS_TRAJECT].code[i];
		if (tr >= 0 && (size_t)tr < nl)
			of_traject[tr] = ds->f[f].code[i];
	}
	int32_t *lv = xmalloc((ds->n_tops + 1) * sizeof *lv);
	for (size_t k = 0; k < ds->n_tops; k++) {
		int32_t tr = ds->tops[k].traject;
		lv[k] = tr >= 0 && (size_t)tr < nl ? of_traject[tr] : -1;
	}
	free(of_traject);
	return lv;
}

struct summary_ctx {
	const struct dataset *ds;
	struct table *t;
	const double *w;
	const size_t *members;
	double *buf;  /* n_tops: the Ws of one scope */
};

/* One row over the tops k with lv[k] == level (lv NULL: every top). */
static void add_scope(struct summary_ctx *x, const char *type, const char *name,
		      const int32_t *lv, int32_t level)
{
	size_t by[TOP_KINDS] = {0}, n = 0, nw = 0, members = 0;
	for (size_t k = 0; k < x->ds->n_tops; k++) {
		if (lv && lv[k] != level)
			continue;
		n++;
		by[group_tops_kind(&x->ds->tops[k])]++;
		members += x->members[k];
		if (!isnan(x->w[k]))
			x->buf[nw++] = x->w[k];
	}
	if (!n)
		return;
	struct table *t = x->t;
	size_t r = table_add_row(t);
	table_set_text(t, r, C_TYPE, type);
	table_set_text(t, r, C_SCOPE, name);
	table_set_int(t, r, C_TABLES, (long long)n);
	for (int k = 0; k < TOP_KINDS; k++)
		table_set_int(t, r, C_FOUR + (size_t)k, (long long)by[k]);
	table_set_int(t, r, C_MEMBERS, (long long)members);
	table_set_int(t, r, C_NW, (long long)nw);
	if (!nw) {
		table_set_undefined(t, r, C_MEDIAN, "no table with 2 complete member sorts that vary");
		return;
	}
	gsl_sort(x->buf, 1, nw);
	table_set_real(t, r, C_Q1, gsl_stats_quantile_from_sorted_data(x->buf, 1, nw, 0.25));
	table_set_real(t, r, C_MEDIAN, gsl_stats_quantile_from_sorted_data(x->buf, 1, nw, 0.5));
	table_set_real(t, r, C_Q3, gsl_stats_quantile_from_sorted_data(x->buf, 1, nw, 0.75));
}

static void add_levels(struct summary_ctx *x, int f, const char *type)
{
	int32_t *lv = top_levels(x->ds, f);
	for (size_t l = 0; l < x->ds->f[f].n_levels; l++)
		add_scope(x, type, x->ds->f[f].levels[l], lv, (int32_t)l);
	free(lv);
}

static enum gw_status build(const struct analysis *a, struct table *t)
{
	const struct dataset *ds = a->ds;
	if (!ds->n_tops) {
		empty_because(t, why_no_tops);
		return GW_OK;
	}
	size_t *members = xcalloc(ds->n_tops + 1, sizeof *members);
	double *w = table_ws(ds, members);
	struct summary_ctx x = {ds, t, w, members, xmalloc((ds->n_tops + 1) * sizeof(double))};
	add_scope(&x, "all", "all", NULL, 0);
	add_levels(&x, DS_ORGANISATION, "organisation");
	add_levels(&x, DS_TRAJECT, "traject");
	free(x.buf);
	free(w);
	free(members);
	return GW_OK;
}

static const char *const w_columns[] = {"w_median", "w_q1", "w_q3", NULL};

const struct table_def table_group_tops_summary = {
	"group_tops_summary",
	"all tables and per organisation and traject: tables that reached a common top four, a top "
	"three, fewer cards or none, and the quartiles over the tables of the members' Kendall's W",
	cols, COUNT_OF(cols), spec, build,
	{.rule = {{.unit = PRIVACY_TABLES, .count = "tables", .stratum_type = "scope_type",
		   .stratum = "scope", .small_why = "fewer than min-cell tables"},
		  {.unit = PRIVACY_TABLES, .count = "tables_with_w", .stratum_type = "scope_type",
		   .stratum = "scope", .hides = w_columns,
		   .small_why = "fewer than min-cell tables with a W"},
		  {.unit = PRIVACY_PEOPLE, .count = "n_members", .stratum_type = "scope_type",
		   .stratum = "scope", .small_why = "fewer than min-cell members"}}}};
