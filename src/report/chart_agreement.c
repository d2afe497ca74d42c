/* chart_agreement.c - Kendall's W per group and per table (agreement.csv,
 * scope_type group and table) as a horizontal dot plot: a filled dot for
 * the individual professional sorts, an open dot for the exchange sorts
 * where the table has them, and a vertical line at the W of everyone
 * (scope all) for each.  Suppressed or undefined cells are left out; a
 * scope with neither value is not drawn at all.  Labels longer than fit
 * end in an ellipsis.  Beyond CHART_MAX_ROWS scopes (a national run has
 * thousands) the chart shows how W is distributed over them instead. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <plplot.h>
#include "goedwerk/alloc.h"
#include "chart.h"
#include "tables_read.h"

struct ag_row {
	const char *scope;
	double w_ind, w_exc;
};

struct ag_data {
	struct ag_row *v;
	size_t n;
	double all_ind, all_exc;
};

static const int rgb_ind[3] = {84, 39, 136}, rgb_exc[3] = {230, 97, 1}, rgb_ref[3] = {150, 150, 150};

static struct ag_row *row_for(struct ag_data *d, const char *scope)
{
	for (size_t k = 0; k < d->n; k++)
		if (strcmp(d->v[k].scope, scope) == 0)
			return &d->v[k];
	d->v[d->n].scope = scope;
	d->v[d->n].w_ind = d->v[d->n].w_exc = NAN;
	return &d->v[d->n++];
}

/* Which of the two drawn cells row r is: 1 individual, 2 exchange, 0 neither. */
static int which_cell(const struct table *t, size_t r)
{
	if (report_row_is(t, r, "individual", "professional", NULL, NULL))
		return 1;
	if (report_row_is(t, r, "exchange", "professional", NULL, NULL))
		return 2;
	return 0;
}

static void collect(const struct table *t, struct ag_data *d)
{
	size_t cst = table_col(t, "scope_type"), csc = table_col(t, "scope"), cw = table_col(t, "kendall_w");
	d->all_ind = d->all_exc = NAN;
	for (size_t r = 0; r < t->nrows; r++) {
		const char *st = table_get_text(t, r, cst), *sc = table_get_text(t, r, csc);
		double w = table_get_real(t, r, cw);
		int k = which_cell(t, r);
		if (!st || !sc || k == 0 || table_is_suppressed(t, r) || isnan(w))
			continue;
		if (strcmp(st, "all") == 0)
			*(k == 1 ? &d->all_ind : &d->all_exc) = w;
		else if (strcmp(st, "group") == 0 || strcmp(st, "table") == 0) {
			struct ag_row *a = row_for(d, sc);
			*(k == 1 ? &a->w_ind : &a->w_exc) = w;
		}
	}
}

/* A styled line from (x0, y0) to (x1, y1): the reference lines and their keys. */
static void styled_line(double x0, double y0, double x1, double y1, const int rgb[3], int style)
{
	PLFLT lx[2] = {x0, x1}, ly[2] = {y0, y1};
	chart_use_rgb(rgb);
	pllsty(style);
	plwidth(1.5);
	plline(2, lx, ly);
	pllsty(1);
	plwidth(1);
}

static void ref_line(double x, double ymax, const int rgb[3], int style)
{
	if (!isnan(x))
		styled_line(x, 0.4, x, ymax, rgb, style);
}

/* Labels and dots shrink when there are more rows than fit at full size
 * (some 30 on the page), so that neighbours never touch. */
static double shrink = 1.0;

static void dot(double x, double y, const int rgb[3], int filled)
{
	if (!isnan(x))
		chart_circle(x, y, 2.2 * shrink, rgb, filled);
}

static void line_key(double x, double y, const int rgb[3], int style)
{
	styled_line(x - 0.03, y, x + 0.03, y, rgb, style);
}

static void legend_text(double x, double y, const char *text)
{
	chart_use_black();
	plschr(0, 0.75);
	plptex(x + 0.09, y, 1, 0, 0, text);
}

/* Two rows: the dots, then the reference lines. */
static void legend(const struct chart_ctx *c, const struct ag_data *d)
{
	plvpor(0.05, 0.98, 0.91, 0.99);
	plwind(0, 2, 0, 2);
	dot(0.04, 1.5, rgb_ind, 1);
	legend_text(0.0, 1.5, chart_text(c, "individueel (professioneel)", "individual (professional)"));
	dot(1.04, 1.5, rgb_exc, 0);
	legend_text(1.0, 1.5, chart_text(c, "na uitwisseling", "after exchange"));
	if (!isnan(d->all_ind)) {
		line_key(0.04, 0.5, rgb_ref, 1);
		legend_text(0.0, 0.5, chart_text(c, "iedereen samen, individueel", "everyone together, individual"));
	}
	if (!isnan(d->all_exc)) {
		line_key(1.04, 0.5, rgb_exc, 2);
		legend_text(1.0, 0.5, chart_text(c, "iedereen samen, na uitwisseling",
						 "everyone together, after exchange"));
	}
}

static void plot(const struct chart_ctx *c, const struct ag_data *d)
{
	double ymax = (double)d->n + 0.6;
	shrink = d->n > 30 ? 30.0 / (double)d->n : 1.0;
	plvpor(0.34, 0.96, 0.09, 0.90);
	plwind(0, 1, 0.4, ymax);
	ref_line(d->all_ind, ymax, rgb_ref, 1);
	ref_line(d->all_exc, ymax, rgb_exc, 2);
	plschr(0, 0.8);
	for (size_t k = 0; k < d->n; k++) {
		double y = (double)(d->n - k);
		PLFLT gx[2] = {0, 1}, gy[2] = {y, y};
		static const int grid[3] = {230, 230, 230};
		chart_use_rgb(grid);
		plline(2, gx, gy);
		dot(d->v[k].w_ind, y, rgb_ind, 1);
		dot(d->v[k].w_exc, y, rgb_exc, 0);
		chart_use_black();
		plschr(0, fmin(0.75, 0.75 * shrink * 1.2)); /* text may be a little taller than the dots */
		char buf[256];
		plmtex("lv", 0.8, (y - 0.4) / (ymax - 0.4), 1.0, chart_fit_left(d->v[k].scope, buf, sizeof buf, 0.8));
	}
	chart_use_black();
	plschr(0, 0.8);
	plbox("bcnsto", 0.1, 0, "bc", 0, 0);
	plmtex("b", 3.0, 0.5, 0.5, chart_text(c, "Kendalls W (0 = geen overeenstemming, 1 = volledig)",
					      "Kendall's W (0 = no agreement, 1 = complete)"));
}

#define BINS 20

/* Bars of how many scopes have W in each twentieth of [0, 1]: filled for
 * the individual sorts, outlined for the exchange. */
static void histogram(const struct chart_ctx *c, const struct ag_data *d)
{
	size_t ind[BINS] = {0}, exc[BINS] = {0}, max = 1;
	for (size_t k = 0; k < d->n; k++) {
		if (!isnan(d->v[k].w_ind))
			ind[d->v[k].w_ind >= 1 ? BINS - 1 : (int)(d->v[k].w_ind * BINS)]++;
		if (!isnan(d->v[k].w_exc))
			exc[d->v[k].w_exc >= 1 ? BINS - 1 : (int)(d->v[k].w_exc * BINS)]++;
	}
	for (int b = 0; b < BINS; b++)
		max = ind[b] > max ? ind[b] : exc[b] > max ? exc[b] : max;
	plvpor(0.10, 0.96, 0.10, 0.88);
	plwind(0, 1, 0, (double)max * 1.05);
	static const int white[3] = {255, 255, 255};
	for (int b = 0; b < BINS; b++) {
		double x0 = (double)b / BINS, x1 = (double)(b + 1) / BINS;
		if (ind[b])
			chart_box(x0 + 0.004, x1 - 0.004, 0, (double)ind[b], rgb_ind, 1);
		if (exc[b]) {
			chart_box(x0 + 0.012, x1 - 0.012, 0, (double)exc[b], white, 0);
			PLFLT bx[4] = {x0 + 0.012, x0 + 0.012, x1 - 0.012, x1 - 0.012},
			      by[4] = {0, (double)exc[b], (double)exc[b], 0};
			chart_use_rgb(rgb_exc);
			plwidth(2);
			plline(4, bx, by);
			plwidth(1);
		}
	}
	ref_line(d->all_ind, (double)max * 1.05, rgb_ref, 1);
	ref_line(d->all_exc, (double)max * 1.05, rgb_exc, 2);
	chart_use_black();
	plschr(0, 0.8);
	plbox("bcnsto", 0.1, 0, "bcnstvo", 0, 0);
	plmtex("b", 3.0, 0.5, 0.5, chart_text(c, "Kendalls W (0 = geen overeenstemming, 1 = volledig)",
					      "Kendall's W (0 = no agreement, 1 = complete)"));
	plmtex("l", 4.0, 0.5, 0.5, chart_text(c, "aantal groepen en tafels", "number of groups and tables"));
}

int chart_agreement_draw(const struct chart_ctx *c)
{
	const struct table *t = table_set_find(c->ts, "agreement");
	if (!t || t->nrows == 0 || table_col(t, "kendall_w") == (size_t)-1 ||
	    table_col(t, "scope_type") == (size_t)-1 || table_col(t, "scope") == (size_t)-1)
		return 1;
	struct ag_data d = {xcalloc(t->nrows, sizeof *d.v), 0, NAN, NAN};
	collect(t, &d);
	if (d.n == 0) {
		free(d.v);
		return 1;
	}
	if (d.n > CHART_MAX_ROWS)
		histogram(c, &d);
	else
		plot(c, &d);
	shrink = 1.0;
	legend(c, &d);
	free(d.v);
	return 0;
}
