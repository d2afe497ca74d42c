/* chart_dilemma_triangle.c - the 'bewust vakmanschap' triangle: profession
 * at the top, politics/minister bottom left, society bottom right; each
 * edge is a tension axis, drawn as thick as the share of dilemma cases on
 * it and labelled with that share.  One small triangle for all cases
 * (dilemma_frequencies), then one per organisation (dilemma_values) with
 * its three most often top-ranked cards beneath: values beside tensions. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <plplot.h>
#include "chart.h"
#include "tables_read.h"

static const char *const axes[3] = {"profession-politics", "profession-society",
				    "politics-society"};

struct panel {
	const char *name;
	double share[3];     /* NaN: not known */
	long cases;
	int top[3];          /* card indices, -1 */
};

static int axis_index(const char *a)
{
	for (int k = 0; a && k < 3; k++)
		if (strcmp(a, axes[k]) == 0)
			return k;
	return -1;
}

static void panel_init(struct panel *p, const char *name)
{
	p->name = name;
	p->cases = 0;
	for (int k = 0; k < 3; k++) {
		p->share[k] = NAN;
		p->top[k] = -1;
	}
}

static int read_all(const struct chart_ctx *c, struct panel *p)
{
	const struct table *t = table_set_find(c->ts, "dilemma_frequencies");
	if (!t)
		return 0;
	panel_init(p, chart_text(c, "Alle casussen", "All cases"));
	int found = 0;
	for (size_t r = 0; r < t->nrows; r++) {
		const char *lv = table_get_text(t, r, table_col(t, "level"));
		int k = axis_index(table_get_text(t, r, table_col(t, "axis")));
		if (!report_row_is(t, r, NULL, NULL, "all", "all") || !lv || strcmp(lv, "axis") || k < 0)
			continue;
		p->share[k] = report_number(t, r, "share");
		p->cases = (long)report_number(t, r, "n_cases");
		found |= !isnan(p->share[k]);
	}
	return found;
}

/* Organisations in table order, suppressed ones left out. */
static size_t read_orgs(const struct chart_ctx *c, struct panel *v, size_t max)
{
	const struct table *t = table_set_find(c->ts, "dilemma_values");
	size_t n = 0;
	for (size_t r = 0; t && r < t->nrows; r++) {
		const char *org = table_get_text(t, r, table_col(t, "organisation"));
		int k = axis_index(table_get_text(t, r, table_col(t, "axis")));
		if (table_is_suppressed(t, r) || k < 0 || !org)
			continue;
		if (n == 0 || strcmp(v[n - 1].name, org) != 0) {
			if (n == max)
				break;
			panel_init(&v[n++], org);
			static const char *const tc[3] = {"top_card_1", "top_card_2", "top_card_3"};
			for (int q = 0; q < 3; q++) {
				const char *card = table_get_text(t, r, table_col(t, tc[q]));
				v[n - 1].top[q] = card ? report_card_index(c->a->ds, card) : -1;
			}
		}
		v[n - 1].share[k] = report_number(t, r, "share");
		v[n - 1].cases = (long)report_number(t, r, "n_cases");
	}
	return n;
}

/* Corners: 0 profession (top), 1 politics (bottom left), 2 society. */
static const double cx[3] = {0, -1, 1}, cy[3] = {1.0, -0.6, -0.6};
static const int edge[3][2] = {{0, 1}, {0, 2}, {1, 2}};

static void draw_edge(int k, double share)
{
	PLFLT x[2] = {cx[edge[k][0]], cx[edge[k][1]]}, y[2] = {cy[edge[k][0]], cy[edge[k][1]]};
	static const int faint[3] = {210, 210, 210};
	int rgb[3];
	chart_use_rgb(faint);
	plwidth(1);
	plline(2, x, y);
	if (isnan(share))
		return;
	chart_ramp_colour(0.35 + 0.65 * share, rgb);
	chart_use_rgb(rgb);
	plwidth(1 + 14 * share);
	plline(2, x, y);
	plwidth(1);
	char buf[16];
	snprintf(buf, sizeof buf, "%.0f%%", 100 * share);
	double mx = (x[0] + x[1]) / 2, my = (y[0] + y[1]) / 2;
	double ox = k == 0 ? -0.36 : k == 1 ? 0.36 : 0, oy = k == 2 ? 0.16 : 0.05;
	chart_use_black();
	plschr(0, 0.8);
	plptex(mx + ox, my + oy, 1, 0, 0.5, buf);
}

static void corners(const struct chart_ctx *c)
{
	chart_use_black();
	plschr(0, 0.62);
	plptex(cx[0], cy[0] + 0.12, 1, 0, 0.5, chart_text(c, "professie", "profession"));
	plptex(cx[1], cy[1] - 0.22, 1, 0, 0.5, chart_text(c, "politiek", "politics"));
	plptex(cx[2], cy[2] - 0.22, 1, 0, 0.5, chart_text(c, "maatschappij", "society"));
}

static void draw_panel(const struct chart_ctx *c, const struct panel *p, double x0, double x1,
		       double y0, double y1)
{
	char title[32], name[64];
	plvpor(x0, x1, y0, y1);
	plwind(-1.75, 1.75, -1.75, 1.45);
	for (int k = 0; k < 3; k++)
		draw_edge(k, p->share[k]);
	corners(c);
	snprintf(title, sizeof title, "n = %ld", p->cases);
	plschr(0, 0.7);
	plmtex("t", 1.9, 0.5, 0.5, chart_shorten(p->name, name, 30));
	plschr(0, 0.6);
	plmtex("t", 0.5, 0.5, 0.5, title);
	plschr(0, 0.58);
	for (int q = 0; q < 3 && p->top[q] >= 0; q++) {
		plptex(0, -1.08 - 0.2 * q, 1, 0, 0.5,
		       chart_shorten(chart_card_label(c, (size_t)p->top[q]), name, 30));
	}
}

int chart_dilemma_triangle_draw(const struct chart_ctx *c)
{
	enum { MAX = 12, COLS = 4 };
	struct panel v[MAX];
	size_t n = read_all(c, &v[0]) ? 1 : 0;
	if (n == 0)
		return 1;
	n += read_orgs(c, v + 1, MAX - 1);
	size_t rows = (n + COLS - 1) / COLS;
	double h = 0.9 / (double)rows;
	for (size_t i = 0; i < n; i++) {
		double x0 = 0.02 + 0.24 * (double)(i % COLS), y1 = 0.93 - h * (double)(i / COLS);
		draw_panel(c, &v[i], x0 + 0.005, x0 + 0.235, y1 - h + 0.03, y1 - 0.06);
	}
	plvpor(0.02, 0.98, 0.91, 0.99);
	plwind(0, 1, 0, 1);
	chart_use_black();
	plschr(0, 0.7);
	plptex(0.0, 0.75, 1, 0, 0.0, chart_text(c,
		"Dikte en % van een zijde: aandeel van de casussen op die spanningsas.",
		"Width and % of an edge: share of cases on that tension axis."));
	plptex(0.0, 0.3, 1, 0, 0.0, chart_text(c,
		"Onder elke driehoek: de drie kaarten die de organisatie het vaakst in de hoogste stapel legt.",
		"Under each triangle: the organisation's three cards most often in the top pile."));
	return 0;
}
