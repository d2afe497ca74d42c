/* chart_group_tops.c - per card in a common top of some table: the share
 * of tables (with consensus) that chose it next to the share of the
 * members' individual sorts with it in the top pile (group_tops.csv),
 * as horizontal paired bars, cards ordered by share of tables. */
#include <math.h>
#include <stdlib.h>
#include <plplot.h>
#include "goedwerk/alloc.h"
#include "chart.h"
#include "tables_read.h"

struct gt_row {
	int card;
	double tables, indiv;
};

static int cmp_row(const void *a, const void *b)
{
	const struct gt_row *x = a, *y = b;
	if (x->tables != y->tables)
		return x->tables > y->tables ? -1 : 1;
	return (x->card > y->card) - (x->card < y->card);
}

static const int rgb_tables[3] = {84, 39, 136}, rgb_indiv[3] = {253, 184, 99};

static void legend(const struct chart_ctx *c)
{
	plvpor(0.05, 0.98, 0.93, 0.98);
	plwind(0, 2, 0, 1);
	plschr(0, 0.75);
	chart_box(0.02, 0.08, 0.2, 0.8, rgb_tables, 1);
	chart_use_black();
	plptex(0.11, 0.5, 1, 0, 0, chart_text(c, "aandeel van de tafels (gezamenlijke top)",
					      "share of tables (common top)"));
	chart_box(1.02, 1.08, 0.2, 0.8, rgb_indiv, 1);
	chart_use_black();
	plptex(1.11, 0.5, 1, 0, 0, chart_text(c, "aandeel in de eigen top van de leden",
					      "share in the members' own tops"));
}

int chart_group_tops_draw(const struct chart_ctx *c)
{
	const struct table *t = table_set_find(c->ts, "group_tops");
	if (!t || t->nrows == 0)
		return 1;
	size_t ct = table_col(t, "share_of_tables"), ci = table_col(t, "share_in_individual_tops"),
	       cc = table_col(t, "card"), cn = table_col(t, "tables");
	struct gt_row *v = xcalloc(t->nrows, sizeof *v);
	size_t n = 0;
	for (size_t r = 0; r < t->nrows; r++) {
		double st = table_get_real(t, r, ct);
		if (isnan(st) || !(table_get_real(t, r, cn) > 0))
			continue;
		v[n].card = report_card_index(c->a->ds, table_get_text(t, r, cc));
		v[n].tables = st;
		v[n++].indiv = table_get_real(t, r, ci);
	}
	if (n == 0) {
		free(v);
		return 1;
	}
	qsort(v, n, sizeof *v, cmp_row);
	double xmax = 0;
	for (size_t k = 0; k < n; k++) {
		xmax = v[k].tables > xmax ? v[k].tables : xmax;
		xmax = v[k].indiv > xmax ? v[k].indiv : xmax;
	}
	xmax = xmax < 0.95 ? ceil(xmax * 10 + 0.5) / 10 : 1.0;
	plvpor(0.30, 0.96, 0.09, 0.90);
	plwind(0, xmax, 0.4, (double)n + 0.6);
	for (size_t k = 0; k < n; k++) {
		double y = (double)(n - k);
		chart_box(0, v[k].tables, y, y + 0.38, rgb_tables, 0);
		if (!isnan(v[k].indiv))
			chart_box(0, v[k].indiv, y - 0.38, y, rgb_indiv, 0);
		chart_use_black();
		plschr(0, 0.8);
		char buf[256];
		plmtex("lv", 0.8, (y - 0.4) / ((double)n + 0.2), 1.0,
		       v[k].card >= 0 ? chart_fit_left(chart_card_label(c, (size_t)v[k].card), buf, sizeof buf, 0.8) : "?");
	}
	chart_use_black();
	plschr(0, 0.8);
	plbox("bcnsto", 0, 0, "bc", 0, 0);
	plmtex("b", 3.0, 0.5, 0.5, chart_text(c, "aandeel (0-1)", "share (0-1)"));
	legend(c);
	free(v);
	return 0;
}
