/* chart_dilemma_pillars.c - tags by pillar: horizontal bars of the share of
 * all cases carrying each tag (dilemma_frequencies, stratum all), grouped
 * by pillar (excellence, ethics, engagement) and in each group by share. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <plplot.h>
#include "goedwerk/alloc.h"
#include "chart.h"
#include "tables_read.h"

static const char *const pillars[3] = {"excellence", "ethics", "engagement"};
static const char *const pillars_nl[3] = {"vakmanschap", "moraal", "betrokkenheid"};
static const int colour[3][3] = {{84, 39, 136}, {230, 97, 1}, {27, 120, 55}};

struct bar {
	int pillar;   /* 0..2, 3 unknown */
	int tag;      /* dataset tag index */
	double share;
};

static int cmp_bar(const void *a, const void *b)
{
	const struct bar *x = a, *y = b;
	if (x->pillar != y->pillar)
		return x->pillar - y->pillar;
	if (x->share != y->share)
		return x->share > y->share ? -1 : 1;
	return x->tag - y->tag;
}

static int pillar_of(const char *p)
{
	for (int k = 0; p && k < 3; k++)
		if (strcmp(p, pillars[k]) == 0)
			return k;
	return 3;
}

static size_t read_bars(const struct chart_ctx *c, struct bar *v)
{
	const struct table *t = table_set_find(c->ts, "dilemma_frequencies");
	size_t n = 0;
	for (size_t r = 0; t && r < t->nrows; r++) {
		const char *lv = table_get_text(t, r, table_col(t, "level"));
		double s = table_get_real(t, r, table_col(t, "share"));
		int tag = chart_tag_index(c->a->ds, table_get_text(t, r, table_col(t, "tag")));
		if (!report_row_is(t, r, NULL, NULL, "all", "all") || !lv || strcmp(lv, "tag") ||
		    isnan(s) || tag < 0)
			continue;
		v[n].pillar = pillar_of(table_get_text(t, r, table_col(t, "pillar")));
		v[n].tag = tag;
		v[n++].share = s;
	}
	qsort(v, n, sizeof *v, cmp_bar);
	return n;
}

static void legend(const struct chart_ctx *c)
{
	plvpor(0.40, 0.98, 0.93, 0.98);
	plwind(0, 3, 0, 1);
	plschr(0, 0.7);
	for (int k = 0; k < 3; k++) {
		chart_box(k + 0.02, k + 0.08, 0.2, 0.8, colour[k], 1);
		chart_use_black();
		plptex(k + 0.11, 0.5, 1, 0, 0, c->lang == LANG_EN ? pillars[k] : pillars_nl[k]);
	}
}

int chart_dilemma_pillars_draw(const struct chart_ctx *c)
{
	size_t cap = c->a->ds->n_tags;
	if (cap == 0)
		return 1;
	struct bar *v = xcalloc(cap, sizeof *v);
	size_t n = read_bars(c, v);
	if (n == 0) {
		free(v);
		return 1;
	}
	double xmax = 0;
	for (size_t k = 0; k < n; k++)
		xmax = v[k].share > xmax ? v[k].share : xmax;
	xmax = xmax < 0.95 ? ceil(xmax * 10 + 0.5) / 10 : 1.0;
	plvpor(0.42, 0.96, 0.08, 0.91);
	plwind(0, xmax, 0.4, (double)n + 0.6);
	char buf[16];
	for (size_t k = 0; k < n; k++) {
		double y = (double)(n - k);
		static const int grey[3] = {150, 150, 150};
		chart_box(0, v[k].share, y - 0.35, y + 0.35, v[k].pillar < 3 ? colour[v[k].pillar] : grey, 0);
		chart_use_black();
		plschr(0, 0.72);
		char label[256];
		plmtex("lv", 0.8, (y - 0.4) / ((double)n + 0.2), 1.0,
		       chart_fit_left(chart_tag_label(c, (size_t)v[k].tag), label, sizeof label, 0.8));
		snprintf(buf, sizeof buf, "%.0f%%", 100 * v[k].share);
		plschr(0, 0.6);
		plptex(v[k].share + xmax * 0.01, y - 0.1, 1, 0, 0, buf);
	}
	chart_use_black();
	plschr(0, 0.8);
	plbox("bcnsto", 0, 0, "bc", 0, 0);
	plmtex("b", 3.0, 0.5, 0.5, chart_text(c, "aandeel van de casussen (0-1)", "share of cases (0-1)"));
	legend(c);
	free(v);
	return 0;
}
