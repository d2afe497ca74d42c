/* chart_group_differences.c - for the factor (age band, role, ...) with the
 * most cards that differ between its groups (group_differences.csv,
 * Kruskal-Wallis q < 0.05, main phase x perspective), a dot per group for
 * each such card with a 95% interval, from value_summary.csv's rows of
 * that stratum_type.  When value_summary has an `sd` column the dot is the
 * mean pile with mean +- 1.96 sd / sqrt(n); otherwise it is the share in
 * the top pile with its Wilson interval (share_top_lo/hi).  At most
 * MAX_CARDS cards (smallest q first) and MAX_GROUPS groups, so that it stays
 * readable; suppressed groups are left out. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <plplot.h>
#include "goedwerk/attribute.h"
#include "chart.h"
#include "tables_read.h"

#define MAX_CARDS 8
#define MAX_GROUPS 10
#define MAX_FACTORS 16

struct gd_pick {
	const char *phase, *persp, *factor;
	int card[MAX_CARDS];
	double q[MAX_CARDS];
	size_t n_cards;
	const char *group[MAX_GROUPS];
	size_t n_groups;
	int use_mean; /* 1: value_summary has sd; 0: share_top and its interval */
};

/* Tableau 10: ten hues that stay apart on white. */
static const int group_rgb[MAX_GROUPS][3] = {
	{31, 119, 180}, {255, 127, 14}, {44, 160, 44}, {214, 39, 40}, {148, 103, 189},
	{140, 86, 75}, {227, 119, 194}, {127, 127, 127}, {188, 189, 34}, {23, 190, 207}};

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

static void pick_groups(const struct table *vs, struct gd_pick *p)
{
	size_t cs = table_col(vs, "stratum");
	for (size_t r = 0; r < vs->nrows && p->n_groups < MAX_GROUPS; r++) {
		const char *g = table_get_text(vs, r, cs);
		if (!g || table_is_suppressed(vs, r) || !report_row_is(vs, r, p->phase, p->persp, p->factor, NULL))
			continue;
		size_t k = 0;
		while (k < p->n_groups && strcmp(p->group[k], g) != 0)
			k++;
		if (k == p->n_groups)
			p->group[p->n_groups++] = g;
	}
}

/* The dot and its interval for card x group; 0 when there, -1 when not. */
static int estimate(const struct chart_ctx *c, const struct table *vs, const struct gd_pick *p, size_t card,
		    const char *group, double out[3])
{
	size_t cc = table_col(vs, "card");
	for (size_t r = 0; r < vs->nrows; r++) {
		const char *id = table_get_text(vs, r, cc);
		if (!id || strcmp(id, c->a->ds->card_id[card]) != 0 || table_is_suppressed(vs, r) ||
		    !report_row_is(vs, r, p->phase, p->persp, p->factor, group))
			continue;
		if (p->use_mean) {
			double m = table_get_real(vs, r, table_col(vs, "mean")),
			       sd = table_get_real(vs, r, table_col(vs, "sd")),
			       n = table_get_real(vs, r, table_col(vs, "n"));
			double h = n > 0 && !isnan(sd) ? 1.96 * sd / sqrt(n) : NAN;
			out[0] = m, out[1] = m - h, out[2] = m + h;
		} else {
			out[0] = table_get_real(vs, r, table_col(vs, "share_top"));
			out[1] = table_get_real(vs, r, table_col(vs, "share_top_lo"));
			out[2] = table_get_real(vs, r, table_col(vs, "share_top_hi"));
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

/* A long group name goes on two lines, split at the space nearest its middle. */
static void legend_name(double x, double y, double dy, const char *name)
{
	size_t len = strlen(name), cut = 0;
	for (size_t i = 1; len > 28 && i + 1 < len; i++)
		if (name[i] == ' ' && (cut == 0 || labs((long)i - (long)len / 2) < labs((long)cut - (long)len / 2)))
			cut = i;
	if (cut == 0) {
		plptex(x, y, 1, 0, 0, name);
		return;
	}
	char buf[256];
	snprintf(buf, sizeof buf, "%.*s", (int)cut, name);
	plptex(x, y + dy, 1, 0, 0, buf);
	plptex(x, y - dy, 1, 0, 0, name + cut + 1);
}

static void legend(const struct chart_ctx *c, const struct gd_pick *p)
{
	plvpor(0.70, 0.995, 0.09, 0.97);
	plwind(0, 1, 0, (double)p->n_groups + 1.5);
	chart_use_black();
	plschr(0, 0.8);
	plptex(0.02, (double)p->n_groups + 0.8, 1, 0, 0, factor_name(c, p->factor));
	plschr(0, 0.7);
	for (size_t g = 0; g < p->n_groups; g++) {
		double y = (double)(p->n_groups - g);
		chart_circle(0.04, y, 1.6, group_rgb[g], 1);
		chart_use_black();
		legend_name(0.09, y, 0.22, p->group[g]);
	}
}

static void draw_card(const struct chart_ctx *c, const struct table *vs, const struct gd_pick *p, size_t k,
		      double y_top)
{
	double step = 0.8 / (double)p->n_groups;
	for (size_t g = 0; g < p->n_groups; g++) {
		double e[3], y = y_top - 0.1 - step * ((double)g + 0.5);
		if (estimate(c, vs, p, (size_t)p->card[k], p->group[g], e) != 0)
			continue;
		if (!isnan(e[1]) && !isnan(e[2])) {
			PLFLT lx[2] = {e[1], e[2]}, ly[2] = {y, y};
			chart_use_rgb(group_rgb[g]);
			plwidth(1.5);
			plline(2, lx, ly);
			plwidth(1);
		}
		chart_circle(e[0], y, 1.2, group_rgb[g], 1);
	}
	/* The card's name and q in the left margin, at the middle of its band. */
	double ymax = (double)p->n_cards * 1.15, mid = (y_top - 0.5) / ymax;
	char buf[64];
	snprintf(buf, sizeof buf, "q = %.2g", p->q[k]);
	chart_use_black();
	plschr(0, 0.72);
	plmtex("lv", 0.8, mid + 0.012, 1.0, chart_card_label(c, (size_t)p->card[k]));
	plschr(0, 0.6);
	plmtex("lv", 0.8, mid - 0.025, 1.0, buf);
}

static void plot(const struct chart_ctx *c, const struct table *vs, const struct gd_pick *p)
{
	double n = (double)p->n_cards;
	double x0 = p->use_mean ? 0.9 : -0.03, x1 = p->use_mean ? 5.1 : 1.03; /* room for a dot at the ends */
	plvpor(0.22, 0.68, 0.09, 0.97);
	plwind(x0, x1, 0, n * 1.15);
	static const int band[3] = {244, 244, 244};
	for (size_t k = 0; k < p->n_cards; k++) {
		double top = (n - (double)k) * 1.15;
		if (k % 2 == 0)
			chart_box(x0, x1, top - 1.15, top, band, 0);
		draw_card(c, vs, p, k, top - 0.15);
	}
	chart_use_black();
	plschr(0, 0.8);
	plbox("bcnsto", 0, 0, "bc", 0, 0);
	plmtex("b", 3.0, 0.5, 0.5,
	       p->use_mean ? chart_text(c, "gemiddelde stapel met 95%-interval", "mean pile with 95% interval")
			   : chart_text(c, "aandeel in de hoogste stapel, 95%-interval (Wilson)",
					"share in the top pile, 95% interval (Wilson)"));
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
	p.factor = best_factor(t, &p);
	if (!p.factor)
		return 1;
	pick_cards(c, t, &p);
	pick_groups(vs, &p);
	if (p.n_cards == 0 || p.n_groups == 0)
		return 1;
	plot(c, vs, &p);
	legend(c, &p);
	return 0;
}
