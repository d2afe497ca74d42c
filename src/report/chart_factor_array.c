/* chart_factor_array.c - a viewpoint's factor array drawn as the card grid
 * of the forced distribution: one column per pile, least important on the
 * left; in each column the cards from the highest z-score down.  Marks:
 * ** distinguishing at p < .01, * at p < .05, = consensus card.  Beside it
 * the viewpoint's crib sheet from factor_crib (Watts & Stenner 2012, ch. 7):
 * its top and bottom pile, and the cards it places higher or lower than
 * every other viewpoint, with the piles they get elsewhere. */
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

/* Rows of factor's crib in list g (0 top, 1 higher, 2 lower, 3 bottom),
 * by z-score (down for the upper lists, up for the lower): the table puts
 * a factor it withholds part of back in card order. */
struct crib_row {
	size_t row;
	double z;
};

static int by_z_down(const void *a, const void *b)
{
	const struct crib_row *x = a, *y = b;
	return (x->z < y->z) - (x->z > y->z);
}

static size_t crib_rows(const struct table *t, int factor, int g, struct crib_row *v)
{
	size_t n = 0;
	for (size_t r = 0; r < t->nrows; r++) {
		if (report_number(t, r, "factor") != factor || table_is_suppressed(t, r))
			continue;
		double ext = report_number(t, r, "extreme"), vs = report_number(t, r, "vs_others");
		if (g == 0 ? ext == 1 : g == 3 ? ext == -1 : ext == 0 && vs == (g == 1 ? 1 : -1))
			v[n++] = (struct crib_row){r, (g < 2 ? 1 : -1) * report_number(t, r, "z_score")};
	}
	qsort(v, n, sizeof *v, by_z_down);
	return n;
}

/* Why factor's higher/lower lists are empty when vs_others is (NULL: it is
 * not). */
static const char *withheld(const struct chart_ctx *c, const struct table *t, int factor)
{
	for (size_t r = 0; r < t->nrows; r++)
		if (report_number(t, r, "factor") == factor && !table_is_suppressed(t, r) &&
		    isnan(report_number(t, r, "vs_others"))) {
			const char *note = table_get_text(t, r, t->col_note);
			return note && strstr(note, "--min-cell")
				? chart_text(c, "verborgen (een ander gezichtspunt: < --min-cell)",
					     "hidden (another viewpoint: < --min-cell)")
				: chart_text(c, "geen ander gezichtspunt om mee te vergelijken",
					     "no other viewpoint to compare with");
		}
	return NULL;
}

/* One list of the crib sheet, its heading first; the next free line. */
static double crib_list(const struct chart_ctx *c, const struct table *t, int factor, int g,
			double line, const char *heading)
{
	char buf[200], lab[48];
	struct crib_row *v = xcalloc(t->nrows + 1, sizeof *v);
	size_t n = crib_rows(t, factor, g, v);
	const char *why = g == 1 || g == 2 ? withheld(c, t, factor) : NULL;
	chart_use_black();
	plschr(0, 0.7);
	plptex(0, line--, 1, 0, 0, heading);
	plschr(0, 0.6);
	if (why || !n)
		plptex(0.03, line--, 1, 0, 0, why ? why : chart_text(c, "geen", "none"));
	for (size_t i = 0; i < n && !why; i++) {
		size_t r = v[i].row;
		int card = report_card_index(c->a->ds, table_get_text(t, r, table_col(t, "card")));
		if (card < 0)
			continue;
		const char *name = chart_shorten(chart_card_label(c, (size_t)card), lab, 40);
		double lo = report_number(t, r, "others_min"), hi = report_number(t, r, "others_max");
		char range[48];
		snprintf(range, sizeof range, lo == hi ? "%.0f" : "%.0f-%.0f", lo, hi);
		if (g == 1 || g == 2)
			snprintf(buf, sizeof buf, "%s: %.0f (%s %s)", name, report_number(t, r, "category"),
				 chart_text(c, "elders", "elsewhere"), range);
		else
			snprintf(buf, sizeof buf, "%s", name);
		plptex(0.03, line--, 1, 0, 0, buf);
	}
	free(v);
	return line - 0.5;
}

/* The crib sheet in viewport [x0, x1] of the page. */
static void crib(const struct chart_ctx *c, int factor, double x0, double x1)
{
	const struct table *t = table_set_find(c->ts, "factor_crib");
	if (!t)
		return;
	size_t lines = 10; /* headings, gaps, a note */
	for (size_t r = 0; r < t->nrows; r++)
		lines += report_number(t, r, "factor") == factor &&
			 (fabs(report_number(t, r, "extreme")) == 1 || fabs(report_number(t, r, "vs_others")) == 1);
	plvpor(x0, x1, 0.08, 0.90);
	plwind(0, 1, -(double)(lines > 24 ? lines : 24), 0);
	double line = -0.5;
	line = crib_list(c, t, factor, 0, line, chart_text(c, "In de hoogste stapel", "In the top pile"));
	line = crib_list(c, t, factor, 1, line, chart_text(c, "Hoger dan in elk ander gezichtspunt",
							   "Higher than in every other viewpoint"));
	line = crib_list(c, t, factor, 2, line, chart_text(c, "Lager dan in elk ander gezichtspunt",
							   "Lower than in every other viewpoint"));
	crib_list(c, t, factor, 3, line, chart_text(c, "In de laagste stapel", "In the lowest pile"));
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
	plvpor(0.02, 0.68, 0.08, 0.90);
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
	crib(c, factor, 0.71, 0.99);
	free(v);
	return 0;
}

int chart_factor1_draw(const struct chart_ctx *c) { return draw(c, 1); }
int chart_factor2_draw(const struct chart_ctx *c) { return draw(c, 2); }
int chart_factor3_draw(const struct chart_ctx *c) { return draw(c, 3); }
