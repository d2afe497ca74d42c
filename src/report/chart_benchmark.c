/* chart_benchmark.c - the selected organisation (or traject) against all
 * other stored sorts (benchmark.csv, only when the selection is one unit;
 * the main phase and perspective): per card the difference in mean pile
 * with its 95% interval, the cards in the table's order (largest
 * difference first), at most CHART_BM_CARDS.  Full colour and * where BH
 * q < 0.05: orange the unit higher, purple lower.  Suppressed rows (a unit
 * or a rest under --min-cell) draw nothing. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <plplot.h>
#include "goedwerk/alloc.h"
#include "chart.h"
#include "tables_read.h"

#define CHART_BM_CARDS 15

static const int rgb_high[2][3] = {{253, 208, 162}, {230, 97, 1}},
		 rgb_low[2][3] = {{203, 196, 227}, {84, 39, 136}};

/* Rows of the main cell worth drawing, in table order, into v. */
static size_t rows(const struct chart_ctx *c, const struct table *t, size_t *v)
{
	const char *phase = NULL, *persp = NULL;
	size_t n = 0;
	if (report_main_cell(c->ts, &phase, &persp) != 0)
		return 0;
	for (size_t r = 0; r < t->nrows && n < CHART_BM_CARDS; r++)
		if (report_row_is(t, r, phase, persp, NULL, NULL) && !table_is_suppressed(t, r) &&
		    !isnan(report_number(t, r, "mean_diff_lo")) &&
		    report_card_index(c->a->ds, table_get_text(t, r, table_col(t, "card"))) >= 0)
			v[n++] = r;
	return n;
}

static void marks(const struct chart_ctx *c, const struct table *t, const size_t *v, size_t n)
{
	char buf[128];
	for (size_t k = 0; k < n; k++) {
		double y = (double)(n - k), d = report_number(t, v[k], "mean_diff");
		double q = report_number(t, v[k], "q_value");
		int sig = !isnan(q) && q < 0.05;
		const int *rgb = d >= 0 ? rgb_high[sig] : rgb_low[sig];
		chart_box(0, d, y - 0.3, y + 0.3, rgb, 0);
		chart_use_black();
		pljoin(report_number(t, v[k], "mean_diff_lo"), y, report_number(t, v[k], "mean_diff_hi"), y);
		int j = report_card_index(c->a->ds, table_get_text(t, v[k], table_col(t, "card")));
		snprintf(buf, sizeof buf, "%s%s", chart_card_label(c, (size_t)j), sig ? " *" : "");
		plschr(0, 0.72);
		plmtex("lv", 0.8, (y - 0.4) / ((double)n + 0.2), 1.0, buf);
	}
}

static double half_width(const struct table *t, const size_t *v, size_t n)
{
	double m = 0;
	for (size_t k = 0; k < n; k++)
		m = fmax(m, fmax(fabs(report_number(t, v[k], "mean_diff_lo")),
				 fabs(report_number(t, v[k], "mean_diff_hi"))));
	return m > 0 ? ceil(m * 10 * 1.05) / 10 : 0.5;
}

int chart_benchmark_draw(const struct chart_ctx *c)
{
	const struct table *t = table_set_find(c->ts, "benchmark");
	if (!t || t->nrows == 0)
		return 1;
	size_t *v = xcalloc(CHART_BM_CARDS, sizeof *v), n = rows(c, t, v);
	if (n == 0) {
		free(v);
		return 1;
	}
	double w = half_width(t, v, n);
	plvpor(0.28, 0.96, 0.10, 0.90);
	plwind(-w, w, 0.4, (double)n + 0.6);
	static const int grid[3] = {225, 225, 225};
	chart_use_rgb(grid);
	plbox("g", 0, 0, "", 0, 0);
	marks(c, t, v, n);
	chart_use_black();
	pljoin(0, 0.4, 0, (double)n + 0.6);
	plschr(0, 0.8);
	plbox("bcnsto", 0, 0, "bc", 0, 0);
	char buf[160];
	snprintf(buf, sizeof buf, chart_text(c, "%.0f deelnemers tegen %.0f in de rest van de opslag",
					     "%.0f participants against %.0f in the rest of the store"),
		 report_number(t, v[0], "n_people_a"), report_number(t, v[0], "n_people_b"));
	plmtex("t", 1.5, 0.0, 0.0, buf);
	plmtex("b", 3.0, 0.5, 0.5, chart_text(c, "verschil in gemiddelde stapel met 95%-interval (* q < 0,05)",
					      "difference in mean pile with 95% interval (* q < 0.05)"));
	free(v);
	return 0;
}
