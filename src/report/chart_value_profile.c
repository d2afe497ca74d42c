/* chart_value_profile.c - the value profile: per card a diverging stacked
 * bar of the piles (least important to the left, most important to the
 * right, the neutral pile centred on zero), cards ordered by mean. */
#include <math.h>
#include <stdlib.h>
#include <plplot.h>
#include "goedwerk/alloc.h"
#include "chart.h"
#include "tables_read.h"

struct profile {
	size_t n_cards, n_scale;
	int *card;          /* dataset card index, in rank order */
	double *share;      /* n_cards x n_scale, by rank order */
};

/* Cards in the order value_summary lists them (by rank) for the main cell. */
static int read_profile(const struct chart_ctx *c, struct profile *p)
{
	const struct dataset *ds = c->a->ds;
	const struct table *sum = table_set_find(c->ts, "value_summary");
	const struct table *fr = table_set_find(c->ts, "value_frequencies");
	const char *phase, *persp;
	if (!sum || !fr || report_main_cell(c->ts, &phase, &persp) != 0)
		return 1;
	p->n_scale = ds->n_scale;
	p->card = xcalloc(ds->n_cards, sizeof *p->card);
	p->share = xcalloc(ds->n_cards * ds->n_scale, sizeof *p->share);
	p->n_cards = 0;
	for (size_t r = 0; r < sum->nrows; r++)
		if (report_row_is(sum, r, phase, persp, "all", "all") && !table_is_suppressed(sum, r) &&
		    !isnan(table_get_real(sum, r, table_col(sum, "mean"))))
			p->card[p->n_cards++] = report_card_index(ds, table_get_text(sum, r, table_col(sum, "card")));
	size_t cc = table_col(fr, "card"), ck = table_col(fr, "category"), cs = table_col(fr, "share");
	for (size_t r = 0; r < fr->nrows; r++) {
		if (!report_row_is(fr, r, phase, persp, "all", "all"))
			continue;
		int j = report_card_index(ds, table_get_text(fr, r, cc));
		double k = table_get_real(fr, r, ck) - ds->scale_min, v = table_get_real(fr, r, cs);
		for (size_t o = 0; o < p->n_cards; o++)
			if (p->card[o] == j && k >= 0 && k < (double)ds->n_scale && !isnan(v))
				p->share[o * ds->n_scale + (size_t)k] = v;
	}
	return p->n_cards ? 0 : 1;
}

static void legend(const struct chart_ctx *c, size_t n)
{
	const struct dataset *ds = c->a->ds;
	plvpor(0.04, 0.98, 0.94, 0.98);
	plwind(0, (double)n, 0, 1);
	plschr(0, 0.7);
	for (size_t k = 0; k < n; k++) {
		int rgb[3];
		chart_pile_colour(k, n, rgb);
		chart_box((double)k + 0.05, (double)k + 0.13, 0.15, 0.85, rgb, 1);
		chart_use_black();
		plptex((double)k + 0.16, 0.5, 1, 0, 0,
		       c->lang == LANG_EN ? ds->scale_label_en[k] : ds->scale_label_nl[k]);
	}
}

static void bars(const struct chart_ctx *c, const struct profile *p)
{
	size_t n = p->n_scale;
	double mid = (double)(n - 1) / 2;
	plvpor(0.30, 0.96, 0.07, 0.90);
	plwind(-1, 1, 0.4, (double)p->n_cards + 0.6);
	for (size_t o = 0; o < p->n_cards; o++) {
		const double *s = p->share + o * n;
		double left = 0, y = (double)(p->n_cards - o);
		for (size_t k = 0; k < n; k++)
			left += (double)k < mid ? s[k] : (double)k == mid ? s[k] / 2 : 0;
		double x = -left;
		for (size_t k = 0; k < n; k++) {
			int rgb[3];
			chart_pile_colour(k, n, rgb);
			if (s[k] > 0)
				chart_box(x, x + s[k], y - 0.38, y + 0.38, rgb, 0);
			x += s[k];
		}
		chart_use_black();
		plschr(0, 0.8);
		char buf[256];
		plmtex("lv", 0.8, (y - 0.4) / ((double)p->n_cards + 0.2), 1.0,
		       chart_fit_left(chart_card_label(c, (size_t)p->card[o]), buf, sizeof buf, 0.8));
	}
	chart_use_black();
	plschr(0, 0.8);
	plbox("bcst", 0.25, 0, "bc", 0, 0);
	static const char *const ticks[] = {"100%", "75%", "50%", "25%", "0", "25%", "50%", "75%", "100%"};
	for (int k = 0; k < 9; k++)
		plmtex("b", 1.4, k / 8.0, 0.5, ticks[k]);
	plmtex("b", 2.9, 0.5, 0.5, chart_text(c, "aandeel van de sorteringen: links minder, rechts meer belangrijk",
					      "share of sorts: left less, right more important"));
}

int chart_value_profile_draw(const struct chart_ctx *c)
{
	struct profile p = {0};
	int r = read_profile(c, &p);
	if (r == 0) {
		bars(c, &p);
		legend(c, p.n_scale);
	}
	free(p.card);
	free(p.share);
	return r;
}
