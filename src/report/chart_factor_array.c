/* chart_factor_array.c - a viewpoint's factor array drawn as the card grid
 * of the forced distribution: one column per pile, least important on the
 * left; in each column the cards from the highest z-score down.  Marks:
 * ** distinguishing at p < .01, * at p < .05, = consensus card. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <plplot.h>
#include "goedwerk/alloc.h"
#include "chart.h"
#include "tables_read.h"

struct entry {
	int card, category;
	double z;
	const char *mark;
};

static int by_column_then_z(const void *a, const void *b)
{
	const struct entry *x = a, *y = b;
	if (x->category != y->category)
		return x->category < y->category ? -1 : 1;
	if (x->z != y->z)
		return x->z > y->z ? -1 : 1;
	return x->card - y->card;
}

static size_t read_array(const struct chart_ctx *c, int factor, struct entry *v)
{
	const struct table *t = table_set_find(c->ts, "factor_arrays");
	size_t n = 0;
	if (!t)
		return 0;
	for (size_t r = 0; r < t->nrows && n < c->a->ds->n_cards; r++) {
		if (table_get_real(t, r, table_col(t, "factor")) != factor || table_is_suppressed(t, r))
			continue;
		double p = table_get_real(t, r, table_col(t, "distinguishing_p"));
		int cons = table_get_real(t, r, table_col(t, "consensus")) == 1;
		v[n].card = report_card_index(c->a->ds, table_get_text(t, r, table_col(t, "card")));
		v[n].category = (int)table_get_real(t, r, table_col(t, "category"));
		v[n].z = table_get_real(t, r, table_col(t, "z_score"));
		v[n].mark = p <= 0.01 ? " **" : p <= 0.05 ? " *" : cons ? " =" : "";
		if (v[n].card >= 0 && !isnan(v[n].z))
			n++;
	}
	qsort(v, n, sizeof *v, by_column_then_z);
	return n;
}

static int draw(const struct chart_ctx *c, int factor)
{
	const struct dataset *ds = c->a->ds;
	struct entry *v = xcalloc(ds->n_cards + 1, sizeof *v);
	size_t n = read_array(c, factor, v), rows = 0, col_n[64] = {0};
	if (n == 0 || ds->n_scale > 64) {
		free(v);
		return 1;
	}
	for (size_t i = 0; i < n; i++) {
		size_t k = (size_t)(v[i].category - ds->scale_min);
		if (k < ds->n_scale && ++col_n[k] > rows)
			rows = col_n[k];
	}
	plvpor(0.02, 0.98, 0.08, 0.90);
	plwind(0, (double)ds->n_scale, 0, (double)rows);
	char buf[128];
	size_t row_in_col[64] = {0};
	for (size_t i = 0; i < n; i++) {
		size_t k = (size_t)(v[i].category - ds->scale_min);
		if (k >= ds->n_scale)
			continue;
		double y = (double)rows - 1 - (double)row_in_col[k]++;
		int rgb[3];
		chart_pile_colour(k, ds->n_scale, rgb);
		chart_box((double)k + 0.02, (double)k + 0.98, y + 0.05, y + 0.95, rgb, 1);
		static const int white[3] = {255, 255, 255};
		if (k == 0 || k + 1 == ds->n_scale)
			chart_use_rgb(white);
		else
			chart_use_black();
		plschr(0, 0.6);
		snprintf(buf, sizeof buf, "%s%s", chart_card_label(c, (size_t)v[i].card), v[i].mark);
		plptex((double)k + 0.5, y + 0.4, 1, 0, 0.5, buf);
	}
	chart_use_black();
	plschr(0, 0.75);
	for (size_t k = 0; k < ds->n_scale; k++)
		plmtex("t", 0.8, ((double)k + 0.5) / (double)ds->n_scale, 0.5,
		       c->lang == LANG_EN ? ds->scale_label_en[k] : ds->scale_label_nl[k]);
	plmtex("b", 1.5, 0.0, 0.0, chart_text(c, "** onderscheidend (p < .01), * (p < .05), = consensuskaart",
					     "** distinguishing (p < .01), * (p < .05), = consensus card"));
	free(v);
	return 0;
}

int chart_factor1_draw(const struct chart_ctx *c) { return draw(c, 1); }
int chart_factor2_draw(const struct chart_ctx *c) { return draw(c, 2); }
int chart_factor3_draw(const struct chart_ctx *c) { return draw(c, 3); }
