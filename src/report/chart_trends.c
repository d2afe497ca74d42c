/* chart_trends.c - trend lines of the yearly mean pile for at most six
 * cards with the smallest q in trends.csv (either metric) in the main
 * phase x perspective.  The years drawn are those trends.csv kept (its
 * `scores` column: years with at least --min-cell people); the yearly means
 * are value_summary's rows of stratum_type year. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <plplot.h>
#include "chart.h"
#include "tables_read.h"

#define MAX_LINES 6
#define MAX_YEARS 64

struct trend_pick {
	int card[MAX_LINES];
	double q[MAX_LINES];
	int top[MAX_LINES];  /* 1: the smallest q is share_top's, 0: the mean's */
	size_t n;
	int years[MAX_YEARS];
	size_t n_years;
};

static void consider(struct trend_pick *p, int card, double q, int top)
{
	for (size_t i = 0; i < p->n; i++)
		if (p->card[i] == card) {
			if (q < p->q[i])
				p->q[i] = q, p->top[i] = top;
			goto sort;
		}
	if (p->n < MAX_LINES) {
		p->card[p->n] = card;
		p->top[p->n] = top;
		p->q[p->n++] = q;
	} else if (q < p->q[MAX_LINES - 1]) {
		p->card[MAX_LINES - 1] = card;
		p->top[MAX_LINES - 1] = top;
		p->q[MAX_LINES - 1] = q;
	} else
		return;
sort:
	for (size_t i = 1; i < p->n; i++)
		for (size_t k = i; k > 0 && p->q[k] < p->q[k - 1]; k--) {
			double tq = p->q[k]; p->q[k] = p->q[k - 1]; p->q[k - 1] = tq;
			int tc = p->card[k]; p->card[k] = p->card[k - 1]; p->card[k - 1] = tc;
			tc = p->top[k]; p->top[k] = p->top[k - 1]; p->top[k - 1] = tc;
		}
}

static void parse_years(struct trend_pick *p, const char *s)
{
	p->n_years = 0;
	while (s && *s && p->n_years < MAX_YEARS) {
		p->years[p->n_years++] = atoi(s);
		s = strchr(s, '|');
		if (s)
			s++;
	}
}

static int pick(const struct chart_ctx *c, const char *phase, const char *persp, struct trend_pick *p)
{
	const struct table *t = table_set_find(c->ts, "trends");
	if (!t)
		return 1;
	size_t cq = table_col(t, "q_value"), cc = table_col(t, "card"), cs = table_col(t, "scores"),
	       cm = table_col(t, "metric");
	memset(p, 0, sizeof *p);
	for (size_t r = 0; r < t->nrows; r++) {
		if (!report_row_is(t, r, phase, persp, NULL, NULL))
			continue;
		if (!p->n_years && table_get_text(t, r, cs))
			parse_years(p, table_get_text(t, r, cs));
		double q = table_get_real(t, r, cq);
		int j = report_card_index(c->a->ds, table_get_text(t, r, cc));
		if (!isnan(q) && j >= 0)
			consider(p, j, q, strcmp(table_get_text(t, r, cm), "share_top") == 0);
	}
	return p->n && p->n_years >= 3 ? 0 : 1;
}

/* Yearly mean of card j from value_summary (stratum_type year), so the
 * chart shows only numbers its CSV has; NaN when empty or suppressed. */
static void yearly(const struct chart_ctx *c, const char *phase, const char *persp, int j,
		   const struct trend_pick *p, double *m)
{
	const struct table *t = table_set_find(c->ts, "value_summary");
	for (size_t y = 0; y < p->n_years; y++) {
		char year[16];
		snprintf(year, sizeof year, "%d", p->years[y]);
		m[y] = NAN;
		for (size_t r = 0; t && r < t->nrows; r++)
			if (report_row_is(t, r, phase, persp, "year", year) &&
			    report_card_index(c->a->ds, table_get_text(t, r, table_col(t, "card"))) == j) {
				m[y] = table_get_real(t, r, table_col(t, "mean"));
				break;
			}
	}
}

static const int line_rgb[MAX_LINES][3] = {{0, 114, 178}, {213, 94, 0}, {0, 158, 115},
					  {204, 121, 167}, {86, 180, 233}, {230, 159, 0}};

static void legend(const struct chart_ctx *c, const struct trend_pick *p)
{
	plvpor(0.57, 0.99, 0.12, 0.90);
	plwind(0, 1, 0, (double)MAX_LINES);
	plschr(0, 0.75);
	for (size_t k = 0; k < p->n; k++) {
		double y = (double)MAX_LINES - 0.5 - (double)k, xs[2] = {0.02, 0.14}, ys[2] = {y, y};
		char buf[160];
		chart_use_rgb(line_rgb[k]);
		plwidth(3);
		plline(2, xs, ys);
		plwidth(1);
		chart_use_black();
		char q[64];
		snprintf(buf, sizeof buf, "%s (q = %s, %s)", chart_card_label(c, (size_t)p->card[k]),
			 chart_num(c, q, sizeof q, p->q[k]),
			 p->top[k] ? chart_text(c, "top", "top") : chart_text(c, "gem.", "mean"));
		plptex(0.17, y, 1, 0, 0, buf);
	}
}

int chart_trends_draw(const struct chart_ctx *c)
{
	const struct dataset *ds = c->a->ds;
	const char *phase, *persp;
	struct trend_pick p;
	if (report_main_cell(c->ts, &phase, &persp) != 0 || pick(c, phase, persp, &p) != 0)
		return 1;
	double x[MAX_YEARS], m[MAX_YEARS];
	for (size_t y = 0; y < p.n_years; y++)
		x[y] = p.years[y];
	plvpor(0.08, 0.53, 0.12, 0.90);
	plwind(x[0] - 0.3, x[p.n_years - 1] + 0.3, ds->scale_min - 0.2, ds->scale_max + 0.2);
	chart_use_black();
	plschr(0, 0.8);
	plbox("bcnto", 1, 0, "bcnstvo", 1, 0);
	plmtex("b", 3.0, 0.5, 0.5, chart_text(c, "jaar", "year"));
	plmtex("l", 3.0, 0.5, 0.5, chart_text(c, "gemiddelde stapel (1 = minst, 5 = meest belangrijk)",
					      "mean pile (1 = least, 5 = most important)"));
	for (size_t k = 0; k < p.n; k++) {
		yearly(c, phase, persp, p.card[k], &p, m);
		chart_use_rgb(line_rgb[k]);
		plwidth(3);
		for (size_t y = 0; y + 1 < p.n_years; y++)
			if (!isnan(m[y]) && !isnan(m[y + 1]))
				plline(2, x + y, m + y);
		for (size_t y = 0; y < p.n_years; y++)
			if (!isnan(m[y]))
				plpoin(1, x + y, m + y, 17);
		plwidth(1);
	}
	legend(c, &p);
	return 0;
}
