/* chart_value_consensus.c - each card as a point: its mean pile
 * (value_summary.csv) against the Tastle-Wierman consensus of its sorts
 * (value_consensus.csv), for stratum all of the main phase x perspective
 * (individual professional when there).  Important and agreed-on cards sit
 * top right; cards on which people differ sit low.  Labels are placed
 * greedily beside their point where they do not overlap an earlier one. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <plplot.h>
#include "goedwerk/alloc.h"
#include "chart.h"
#include "tables_read.h"

struct vc_point {
	int card;
	double mean, cons;
};

struct box {
	double x0, x1, y0, y1;
};

static const int rgb_dot[3] = {84, 39, 136};

/* The value of column col for card in the all/all row of phase x perspective. */
static double card_value(const struct table *t, const char *col, const char *card, const char *phase,
			 const char *persp)
{
	size_t cv = table_col(t, col), cc = table_col(t, "card");
	if (cv == (size_t)-1 || cc == (size_t)-1)
		return NAN;
	for (size_t r = 0; r < t->nrows; r++) {
		const char *id = table_get_text(t, r, cc);
		if (id && strcmp(id, card) == 0 && !table_is_suppressed(t, r) &&
		    report_row_is(t, r, phase, persp, "all", "all"))
			return table_get_real(t, r, cv);
	}
	return NAN;
}

static size_t collect(const struct chart_ctx *c, struct vc_point *v)
{
	const struct table *ts = table_set_find(c->ts, "value_summary"),
			   *tc = table_set_find(c->ts, "value_consensus");
	const char *phase, *persp;
	if (!ts || !tc || report_main_cell(c->ts, &phase, &persp) != 0)
		return 0;
	size_t n = 0;
	for (size_t j = 0; j < c->a->ds->n_cards; j++) {
		const char *id = c->a->ds->card_id[j];
		double m = card_value(ts, "mean", id, phase, persp);
		double k = card_value(tc, "consensus", id, phase, persp);
		if (isnan(m) || isnan(k))
			continue;
		v[n].card = (int)j;
		v[n].mean = m;
		v[n++].cons = k;
	}
	return n;
}

static int overlaps(const struct box *a, const struct box *placed, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (a->x0 < placed[i].x1 && placed[i].x0 < a->x1 && a->y0 < placed[i].y1 &&
		    placed[i].y0 < a->y1)
			return 1;
	return 0;
}

static int fits(const struct box *b, const struct box *placed, size_t n, const struct box *frame)
{
	return b->x0 >= frame->x0 && b->x1 <= frame->x1 && b->y0 >= frame->y0 && b->y1 <= frame->y1 &&
	       !overlaps(b, placed, n);
}

/* A label box of w x h whose nearest side is off from (x, y) by (ox, oy). */
static struct box box_at(double x, double y, double ox, double oy, double w, double h)
{
	double x0 = ox >= 0 ? x + ox : x + ox - w;
	if (fabs(ox) < 1e-12)
		x0 = x - w / 2;
	return (struct box){x0, x0 + w, y + oy - h / 2, y + oy + h / 2};
}

/* Beside the point first (right, left, above, below), then on rings
 * further out, where a thin leader line joins label and point; in a
 * crowded cloud the empty corners of the plot take the labels. */
static int find_place(double x, double y, double w, double h, double ux, double uy,
		      const struct box *placed, size_t n, const struct box *frame, struct box *out)
{
	const double near_x[4] = {2.0 * ux, -2.0 * ux, 0, 0}, near_y[4] = {0, 0, h, -h};
	for (int k = 0; k < 4; k++) {
		*out = box_at(x, y, near_x[k], near_y[k], w, h);
		if (fits(out, placed, n, frame))
			return 0;
	}
	for (int ring = 1; ring <= 12; ring++)
		for (int a = 0; a < 16; a++) {
			double t = 6.283185307179586 * a / 16.0, r = 5.0 * ring;
			*out = box_at(x, y, r * cos(t) * ux, r * sin(t) * uy, w, h);
			if (fits(out, placed, n, frame))
				return 1;
		}
	*out = box_at(x, y, x > (frame->x0 + frame->x1) / 2 ? -2.0 * ux : 2.0 * ux, 0, w, h);
	return 0;
}

static void place_label(const char *s, double x, double y, struct box *placed, size_t *n_placed,
			const struct box *frame)
{
	double ux, uy, ch_def, ch_ht;
	chart_world_per_mm(&ux, &uy);
	plgchr(&ch_def, &ch_ht);
	/* Measured on the cairo output: a glyph of the default sans font is
	 * about 0.7 of PLplot's character height wide, a line about 1.15 high. */
	double w = 0.7 * ch_ht * (double)strlen(s) * ux, h = 1.2 * ch_ht * uy;
	struct box b;
	if (find_place(x, y, w, h, ux, uy, placed, *n_placed, frame, &b)) {
		static const int grey[3] = {110, 110, 110};
		PLFLT lx[2] = {x, fmin(fmax(x, b.x0), b.x1)}, ly[2] = {y, fmin(fmax(y, b.y0), b.y1)};
		chart_use_rgb(grey);
		plwidth(0.5);
		plline(2, lx, ly);
		plwidth(1);
	}
	placed[(*n_placed)++] = b;
	chart_use_black();
	plptex(b.x0, b.y0 + 0.3 * h, 1, 0, 0, s);
}

static void range(const struct vc_point *v, size_t n, struct box *f)
{
	f->x0 = f->y0 = INFINITY;
	f->x1 = f->y1 = -INFINITY;
	for (size_t k = 0; k < n; k++) {
		f->x0 = fmin(f->x0, v[k].mean), f->x1 = fmax(f->x1, v[k].mean);
		f->y0 = fmin(f->y0, v[k].cons), f->y1 = fmax(f->y1, v[k].cons);
	}
	/* Room for labels on either side; consensus lives in [0, 1]. */
	f->x0 = floor(f->x0 * 2 - 0.6) / 2, f->x1 = ceil(f->x1 * 2 + 0.6) / 2;
	f->y0 = fmax(0, floor(f->y0 * 10 - 0.5) / 10), f->y1 = fmin(1, ceil(f->y1 * 10 + 0.5) / 10);
}

int chart_value_consensus_draw(const struct chart_ctx *c)
{
	struct vc_point *v = xcalloc(c->a->ds->n_cards + 1, sizeof *v);
	size_t n = collect(c, v);
	if (n == 0) {
		free(v);
		return 1;
	}
	struct box f, *placed = xcalloc(2 * n, sizeof *placed);
	range(v, n, &f);
	plvpor(0.09, 0.97, 0.10, 0.96);
	plwind(f.x0, f.x1, f.y0, f.y1);
	static const int grid[3] = {225, 225, 225};
	chart_use_rgb(grid);
	plbox("g", 0, 0, "g", 0, 0);
	chart_use_black();
	plschr(0, 0.85);
	plbox("bcnsto", 0, 0, "bcnstvo", 0, 0);
	plmtex("b", 3.0, 0.5, 0.5, chart_text(c, "gemiddelde stapel (hoger = belangrijker)",
					      "mean pile (higher = more important)"));
	plmtex("l", 4.0, 0.5, 0.5, chart_text(c, "consensus (Tastle-Wierman, 1 = iedereen eens)",
					      "consensus (Tastle-Wierman, 1 = full agreement)"));
	for (size_t k = 0; k < n; k++)
		chart_circle(v[k].mean, v[k].cons, 1.5, rgb_dot, 1);
	/* The points' own discs count as placed, so that no label covers a point. */
	double ux, uy;
	chart_world_per_mm(&ux, &uy);
	size_t n_placed = 0;
	for (size_t k = 0; k < n; k++)
		placed[n_placed++] = (struct box){v[k].mean - 1.5 * ux, v[k].mean + 1.5 * ux,
						  v[k].cons - 1.5 * uy, v[k].cons + 1.5 * uy};
	plschr(0, 0.7);
	for (size_t k = 0; k < n; k++)
		place_label(chart_card_label(c, (size_t)v[k].card), v[k].mean, v[k].cons, placed, &n_placed, &f);
	free(placed);
	free(v);
	return 0;
}
