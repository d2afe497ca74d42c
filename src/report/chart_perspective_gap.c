/* chart_perspective_gap.c - per card the gap between the professional and
 * the personal sort of the same people, with the table's sign
 * (perspective_gap.csv mean_difference = mean_professional -
 * mean_personal), as horizontal bars around zero, cards ordered by the gap
 * (professional higher on the right, as the axis says).  Cards whose Wilcoxon q is below 0.05 are drawn in
 * full colour with an asterisk; the others pale.  Suppressed rows and
 * undefined means are left out. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <plplot.h>
#include "goedwerk/alloc.h"
#include "chart.h"
#include "tables_read.h"

struct pg_row {
	int card;
	double gap, q;
};

/* Professional higher: purple; personal higher: orange (the pile palette's ends). */
static const int rgb_pers[2][3] = {{253, 208, 162}, {230, 97, 1}},
		 rgb_prof[2][3] = {{203, 196, 227}, {84, 39, 136}};

static int cmp_row(const void *a, const void *b)
{
	const struct pg_row *x = a, *y = b;
	if (x->gap != y->gap)
		return x->gap > y->gap ? -1 : 1;
	return (x->card > y->card) - (x->card < y->card);
}

static size_t collect(const struct chart_ctx *c, const struct table *t, struct pg_row *v)
{
	size_t cc = table_col(t, "card"), cq = table_col(t, "q_value"), n = 0;
	if (cc == (size_t)-1)
		return 0;
	for (size_t r = 0; r < t->nrows; r++) {
		/* the table's difference; from its means when it has none */
		double gap = table_col(t, "mean_difference") != (size_t)-1 ? report_number(t, r, "mean_difference")
			     : report_number(t, r, "mean_professional") - report_number(t, r, "mean_personal");
		int j = report_card_index(c->a->ds, table_get_text(t, r, cc));
		if (table_is_suppressed(t, r) || isnan(gap) || j < 0)
			continue;
		v[n].card = j;
		v[n].gap = gap;
		v[n++].q = cq == (size_t)-1 ? NAN : table_get_real(t, r, cq);
	}
	return n;
}

static void legend(const struct chart_ctx *c)
{
	plvpor(0.05, 0.98, 0.92, 0.98);
	plwind(0, 3, 0, 1);
	plschr(0, 0.72);
	chart_box(0.02, 0.08, 0.2, 0.8, rgb_prof[1], 1);
	chart_use_black();
	plptex(0.11, 0.5, 1, 0, 0, chart_text(c, "professioneel belangrijker", "professionally more important"));
	chart_box(1.02, 1.08, 0.2, 0.8, rgb_pers[1], 1);
	chart_use_black();
	plptex(1.11, 0.5, 1, 0, 0, chart_text(c, "persoonlijk belangrijker", "personally more important"));
	chart_box(2.02, 2.08, 0.2, 0.8, rgb_prof[0], 1);
	chart_use_black();
	plptex(2.11, 0.5, 1, 0, 0, chart_text(c, "bleek: q ≥ 0,05; * q < 0,05", "pale: q ≥ 0.05; * q < 0.05"));
}

static double half_width(const struct pg_row *v, size_t n)
{
	double m = 0;
	for (size_t k = 0; k < n; k++)
		m = fmax(m, fabs(v[k].gap));
	return m > 0 ? ceil(m * 10 * 1.1) / 10 : 0.5;
}

static void bars(const struct chart_ctx *c, const struct pg_row *v, size_t n)
{
	for (size_t k = 0; k < n; k++) {
		double y = (double)(n - k);
		int sig = !isnan(v[k].q) && v[k].q < 0.05;
		chart_box(0, v[k].gap, y - 0.35, y + 0.35, v[k].gap >= 0 ? rgb_prof[sig] : rgb_pers[sig], 0);
		char buf[256], fit[256];
		snprintf(buf, sizeof buf, "%s%s", chart_card_label(c, (size_t)v[k].card), sig ? " *" : "");
		chart_use_black();
		plschr(0, 0.72);
		plmtex("lv", 0.8, (y - 0.4) / ((double)n + 0.2), 1.0, chart_fit_left(buf, fit, sizeof fit, 0.8));
	}
}

int chart_perspective_gap_draw(const struct chart_ctx *c)
{
	const struct table *t = table_set_find(c->ts, "perspective_gap");
	if (!t || t->nrows == 0)
		return 1;
	struct pg_row *v = xcalloc(t->nrows, sizeof *v);
	size_t n = collect(c, t, v);
	if (n == 0) {
		free(v);
		return 1;
	}
	qsort(v, n, sizeof *v, cmp_row);
	double w = half_width(v, n);
	plvpor(0.28, 0.96, 0.08, 0.90);
	plwind(-w, w, 0.4, (double)n + 0.6);
	static const int grid[3] = {225, 225, 225};
	chart_use_rgb(grid);
	plbox("g", 0, 0, "", 0, 0);
	bars(c, v, n);
	PLFLT zx[2] = {0, 0}, zy[2] = {0.4, (double)n + 0.6};
	chart_use_black();
	plline(2, zx, zy);
	plschr(0, 0.8);
	plbox("bcnsto", 0, 0, "bc", 0, 0);
	plmtex("b", 3.0, 0.5, 0.5, chart_text(c, "gemiddelde stapel professioneel − persoonlijk (rechts: professioneel hoger)",
					      "mean pile professional − personal (right: professional higher)"));
	legend(c);
	free(v);
	return 0;
}
