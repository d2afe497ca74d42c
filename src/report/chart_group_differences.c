/* chart_group_differences.c - for the factor (age band, role, ...) with the
 * most cards that differ between its groups (group_differences.csv,
 * Kruskal-Wallis q < 0.05, main phase x perspective), the estimate of each
 * group for each such card with a 95% interval, from value_summary.csv's
 * rows of that stratum_type.  When value_summary has an `sd` column the
 * estimate is the mean pile with mean +- 1.96 sd / sqrt(n); otherwise the
 * share in the top pile with its Wilson interval (share_top_lo/hi).
 * Small multiples, one colour: a panel per group, the cards (smallest q
 * first, at most MAX_CARDS) as its rows, a grey tick at everyone's value;
 * the reader compares a card across panels, never ten colours.  With more
 * than MAX_PANELS groups (a national run has thousands of organisations) a
 * single panel shows per card how the groups' estimates are distributed.
 * Suppressed groups are left out. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <plplot.h>
#include "goedwerk/alloc.h"
#include "goedwerk/attribute.h"
#include "chart.h"
#include "tables_read.h"

#define MAX_CARDS 8
#define MAX_PANELS 12
#define MAX_FACTORS 16

struct gd_pick {
	const char *phase, *persp, *factor;
	int card[MAX_CARDS];
	double q[MAX_CARDS];
	size_t n_cards;
	const char **group;
	size_t n_groups;
	int use_mean; /* 1: value_summary has sd; 0: share_top and its interval */
	double x0, x1;
};

static const int rgb_dot[3] = {84, 39, 136}, rgb_all[3] = {150, 150, 150};

static int is_kruskal(const char *test)
{
	return !test || strcmp(test, "kruskal-wallis") == 0 || strcmp(test, "kruskal_wallis") == 0;
}

/* q of row r when it is a kept Kruskal-Wallis row of the main cell, else NaN. */
static double row_q(const struct table *t, size_t r, const struct gd_pick *p)
{
	size_t ct = table_col(t, "test");
	if (table_is_suppressed(t, r) || !report_row_is(t, r, p->phase, p->persp, NULL, NULL) ||
	    (ct != (size_t)-1 && !is_kruskal(table_get_text(t, r, ct))))
		return NAN;
	return table_get_real(t, r, table_col(t, "q_value"));
}

static const char *best_factor(const struct table *t, const struct gd_pick *p)
{
	const char *name[MAX_FACTORS];
	size_t count[MAX_FACTORS], nf = 0, cf = table_col(t, "factor");
	for (size_t r = 0; r < t->nrows; r++) {
		double q = row_q(t, r, p);
		const char *f = table_get_text(t, r, cf);
		if (!f || isnan(q) || q >= 0.05)
			continue;
		size_t k = 0;
		while (k < nf && strcmp(name[k], f) != 0)
			k++;
		if (k == nf && nf < MAX_FACTORS)
			name[nf] = f, count[nf++] = 0;
		if (k < nf)
			count[k]++;
	}
	size_t best = 0;
	for (size_t k = 1; k < nf; k++)
		if (count[k] > count[best])
			best = k;
	return nf ? name[best] : NULL;
}

static void add_card(struct gd_pick *p, int card, double q)
{
	size_t k;
	if (p->n_cards < MAX_CARDS)
		k = p->n_cards++;
	else if (q < p->q[MAX_CARDS - 1])
		k = MAX_CARDS - 1;
	else
		return;
	p->card[k] = card, p->q[k] = q;
	for (; k > 0 && p->q[k] < p->q[k - 1]; k--) {
		double tq = p->q[k]; p->q[k] = p->q[k - 1]; p->q[k - 1] = tq;
		int tc = p->card[k]; p->card[k] = p->card[k - 1]; p->card[k - 1] = tc;
	}
}

static void pick_cards(const struct chart_ctx *c, const struct table *t, struct gd_pick *p)
{
	size_t cf = table_col(t, "factor"), cc = table_col(t, "card");
	for (size_t r = 0; r < t->nrows; r++) {
		double q = row_q(t, r, p);
		const char *f = table_get_text(t, r, cf);
		int j = report_card_index(c->a->ds, table_get_text(t, r, cc));
		if (f && strcmp(f, p->factor) == 0 && !isnan(q) && q < 0.05 && j >= 0)
			add_card(p, j, q);
	}
}

/* The groups of the factor, in table order (rows of one stratum come together). */
static void pick_groups(const struct table *vs, struct gd_pick *p)
{
	size_t cs = table_col(vs, "stratum");
	p->group = xcalloc(vs->nrows + 1, sizeof *p->group);
	for (size_t r = 0; r < vs->nrows; r++) {
		const char *g = table_get_text(vs, r, cs);
		if (!g || table_is_suppressed(vs, r) || !report_row_is(vs, r, p->phase, p->persp, p->factor, NULL))
			continue;
		if (p->n_groups == 0 || strcmp(p->group[p->n_groups - 1], g) != 0)
			p->group[p->n_groups++] = g;
	}
}

/* The estimate and its interval for card x group (stype, group); 0 when there. */
static int estimate(const struct chart_ctx *c, const struct table *vs, const struct gd_pick *p, size_t card,
		    const char *stype, const char *group, double out[3])
{
	size_t cc = table_col(vs, "card");
	for (size_t r = 0; r < vs->nrows; r++) {
		const char *id = table_get_text(vs, r, cc);
		if (!id || strcmp(id, c->a->ds->card_id[card]) != 0 || table_is_suppressed(vs, r) ||
		    !report_row_is(vs, r, p->phase, p->persp, stype, group))
			continue;
		if (p->use_mean) {
			double m = report_number(vs, r, "mean"), sd = report_number(vs, r, "sd"),
			       n = report_number(vs, r, "n");
			double h = n > 0 && !isnan(sd) ? 1.96 * sd / sqrt(n) : NAN;
			out[0] = m, out[1] = m - h, out[2] = m + h;
		} else {
			out[0] = report_number(vs, r, "share_top");
			out[1] = report_number(vs, r, "share_top_lo");
			out[2] = report_number(vs, r, "share_top_hi");
		}
		return isnan(out[0]) ? -1 : 0;
	}
	return -1;
}

static int has_cols(const struct table *t, const char *const *cols)
{
	for (; *cols; cols++)
		if (table_col(t, *cols) == (size_t)-1)
			return 0;
	return 1;
}

/* The factor's label in the report's language, from the attribute registry. */
static const char *factor_name(const struct chart_ctx *c, const char *f)
{
	const struct attribute *a = attribute_by_header(f);
	return a ? chart_text(c, a->label_nl, a->label_en) : f;
}

static double row_y(const struct gd_pick *p, size_t k)
{
	return (double)(p->n_cards - k) - 0.5;
}

/* The cards and their q left of the current viewport (the first panel of a row). */
static void card_labels(const struct chart_ctx *c, const struct gd_pick *p)
{
	for (size_t k = 0; k < p->n_cards; k++) {
		char label[256], q[64], line[80];
		double at = row_y(p, k) / (double)p->n_cards;
		chart_use_black();
		plschr(0, 0.62);
		plmtex("lv", 0.8, at + 0.15 / (double)p->n_cards, 1.0,
		       chart_fit_left(chart_card_label(c, (size_t)p->card[k]), label, sizeof label, 0.8));
		plschr(0, 0.52);
		snprintf(line, sizeof line, "q = %s", chart_num(c, q, sizeof q, p->q[k]));
		plmtex("lv", 0.8, at - 0.2 / (double)p->n_cards, 1.0, line);
	}
}

/* Everyone's value of each card: a grey tick across its row. */
static void everyone(const struct chart_ctx *c, const struct table *vs, const struct gd_pick *p)
{
	for (size_t k = 0; k < p->n_cards; k++) {
		double e[3], y = row_y(p, k);
		if (estimate(c, vs, p, (size_t)p->card[k], "all", "all", e) != 0)
			continue;
		chart_use_rgb(rgb_all);
		plwidth(2);
		pljoin(e[0], y - 0.42, e[0], y + 0.42);
		plwidth(1);
	}
}

static void frame(const struct gd_pick *p, int last_row)
{
	static const int band[3] = {244, 244, 244};
	for (size_t k = 0; k < p->n_cards; k += 2)
		chart_box(p->x0, p->x1, row_y(p, k) - 0.5, row_y(p, k) + 0.5, band, 0);
	chart_use_black();
	plschr(0, 0.6);
	double tick = p->use_mean ? 1 : 0.5;
	plbox(last_row ? "bcnsto" : "bcst", tick, 0, "bc", 0, 0);
}

/* The group's name above its panel: a "traject/group" name on two lines
 * (traject, then group), each shortened to the panel's width. */
static void panel_title(const char *name)
{
	PLFLT vx0, vx1, vy0, vy1, sx0, sx1, sy0, sy1;
	plgvpd(&vx0, &vx1, &vy0, &vy1);
	plgspa(&sx0, &sx1, &sy0, &sy1);
	double room = (vx1 - vx0) * (sx1 - sx0);
	char head[256], fit[256];
	const char *slash = strrchr(name, '/');
	chart_use_black();
	plschr(0, 0.6);
	if (!slash || (size_t)(slash - name) >= sizeof head) {
		plmtex("t", 0.5, 0.5, 0.5, chart_fit(name, fit, sizeof fit, room));
		return;
	}
	snprintf(head, sizeof head, "%.*s", (int)(slash - name), name);
	plmtex("t", 1.7, 0.5, 0.5, chart_fit(head, fit, sizeof fit, room));
	plmtex("t", 0.5, 0.5, 0.5, chart_fit(slash + 1, fit, sizeof fit, room));
}

static void panel(const struct chart_ctx *c, const struct table *vs, const struct gd_pick *p, size_t g,
		  int last_row)
{
	frame(p, last_row);
	everyone(c, vs, p);
	for (size_t k = 0; k < p->n_cards; k++) {
		double e[3], y = row_y(p, k);
		if (estimate(c, vs, p, (size_t)p->card[k], p->factor, p->group[g], e) != 0)
			continue;
		if (!isnan(e[1]) && !isnan(e[2])) {
			chart_use_rgb(rgb_dot);
			plwidth(1.5);
			pljoin(fmax(e[1], p->x0), y, fmin(e[2], p->x1), y);
			plwidth(1);
		}
		chart_circle(e[0], y, 1.1, rgb_dot, 1);
	}
	panel_title(p->group[g]);
}

static const char *x_label(const struct chart_ctx *c, const struct gd_pick *p)
{
	return p->use_mean ? chart_text(c, "gemiddelde stapel met 95%-interval; grijs: iedereen",
					"mean pile with 95% interval; grey: everyone")
			   : chart_text(c, "aandeel in de hoogste stapel, 95%-interval (Wilson); grijs: iedereen",
					"share in the top pile, 95% interval (Wilson); grey: everyone");
}

static void panels(const struct chart_ctx *c, const struct table *vs, const struct gd_pick *p)
{
	/* at most two rows of panels up to ten groups, so that a card's row has
	 * room for its label and q; three rows of four beyond */
	size_t ncol = p->n_groups <= 4 ? p->n_groups : p->n_groups <= 10 ? (p->n_groups + 1) / 2 : 4;
	size_t nrow = (p->n_groups + ncol - 1) / ncol;
	double left = 0.24, right = 0.98, top = 0.88, bottom = 0.08, gap_x = 0.015, gap_y = 0.07;
	double w = (right - left - gap_x * (double)(ncol - 1)) / (double)ncol;
	double h = (top - bottom - gap_y * (double)(nrow - 1)) / (double)nrow;
	for (size_t g = 0; g < p->n_groups; g++) {
		size_t col = g % ncol, row = g / ncol;
		double x = left + (double)col * (w + gap_x), y = top - (double)(row + 1) * h - (double)row * gap_y;
		plvpor(x, x + w, y, y + h);
		plwind(p->x0, p->x1, 0, (double)p->n_cards);
		panel(c, vs, p, g, row + 1 == nrow || g + ncol >= p->n_groups);
		if (col == 0)
			card_labels(c, p);
	}
	plvpor(left, right, bottom, top);
	chart_use_black();
	plschr(0, 0.75);
	plmtex("b", 2.6, 0.5, 0.5, x_label(c, p));
	plmtex("t", 4.2, 0.0, 0.0, factor_name(c, p->factor));
}

/* The estimates of every group of the factor for card k of the pick, in one
 * pass over value_summary (a national run has thousands of groups). */
static size_t group_values(const struct chart_ctx *c, const struct table *vs, const struct gd_pick *p,
			   size_t k, double *v)
{
	size_t n = 0, cc = table_col(vs, "card");
	const char *id = c->a->ds->card_id[p->card[k]];
	for (size_t r = 0; r < vs->nrows; r++) {
		const char *card = table_get_text(vs, r, cc);
		if (!card || strcmp(card, id) != 0 || table_is_suppressed(vs, r) ||
		    !report_row_is(vs, r, p->phase, p->persp, p->factor, NULL))
			continue;
		double e = report_number(vs, r, p->use_mean ? "mean" : "share_top");
		if (!isnan(e) && n <= p->n_groups)
			v[n++] = e;
	}
	return n;
}

/* More groups than panels: per card the distribution of the groups' estimates. */
static void distribution(const struct chart_ctx *c, const struct table *vs, const struct gd_pick *p)
{
	static const int rgb_box[3] = {178, 171, 210};
	double *v = xmalloc((p->n_groups + 2) * sizeof *v);
	plvpor(0.24, 0.96, 0.10, 0.90);
	plwind(p->x0, p->x1, 0, (double)p->n_cards);
	frame(p, 1);
	everyone(c, vs, p);
	for (size_t k = 0; k < p->n_cards; k++)
		chart_box_row(v, group_values(c, vs, p, k, v), row_y(p, k), 0.3, rgb_box);
	free(v);
	card_labels(c, p);
	char title[256], n[32];
	snprintf(n, sizeof n, "%zu", p->n_groups);
	snprintf(title, sizeof title, chart_text(c, "%s: verdeling over %s groepen (doos: middelste helft, streep: mediaan, lijnen tot 10%% en 90%%)",
						 "%s: distribution over %s groups (box: middle half, bar: median, lines to 10%% and 90%%)"),
		 factor_name(c, p->factor), n);
	chart_use_black();
	plschr(0, 0.75);
	plmtex("t", 1.5, 0.0, 0.0, title);
	plmtex("b", 3.0, 0.5, 0.5, x_label(c, p));
}

int chart_group_differences_draw(const struct chart_ctx *c)
{
	static const char *const gd_cols[] = {"factor", "card", "q_value", NULL};
	static const char *const vs_share[] = {"card", "stratum", "share_top", "share_top_lo", "share_top_hi", NULL};
	static const char *const vs_mean[] = {"card", "stratum", "mean", "sd", "n", NULL};
	const struct table *t = table_set_find(c->ts, "group_differences"),
			   *vs = table_set_find(c->ts, "value_summary");
	struct gd_pick p;
	memset(&p, 0, sizeof p);
	if (!t || !vs || !has_cols(t, gd_cols) || report_main_cell(c->ts, &p.phase, &p.persp) != 0)
		return 1;
	p.use_mean = has_cols(vs, vs_mean);
	if (!p.use_mean && !has_cols(vs, vs_share))
		return 1;
	p.x0 = p.use_mean ? c->a->ds->scale_min - 0.1 : -0.03; /* room for a dot at the ends */
	p.x1 = p.use_mean ? c->a->ds->scale_max + 0.1 : 1.03;
	p.factor = best_factor(t, &p);
	if (!p.factor)
		return 1;
	pick_cards(c, t, &p);
	pick_groups(vs, &p);
	int rc = p.n_cards == 0 || p.n_groups == 0;
	if (!rc && p.n_groups > MAX_PANELS)
		distribution(c, vs, &p);
	else if (!rc)
		panels(c, vs, &p);
	free(p.group);
	return rc;
}
