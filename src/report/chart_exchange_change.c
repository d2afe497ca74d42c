/* chart_exchange_change.c - how much the sorts changed in the exchange
 * (exchange_change.csv: Spearman footrule between a person's individual
 * and exchange sort), for everyone and by age band.  When the table has
 * the quartile columns (q25_footrule, median_footrule, q75_footrule) each
 * band is a box from the first to the third quartile with a line at the
 * median and a dot at the mean; without them, a bar of mean_footrule.
 * Suppressed bands are left out. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <plplot.h>
#include "chart.h"
#include "tables_read.h"

#define MAX_BANDS 16

struct ec_band {
	const char *name;
	double mean, q25, med, q75, n;
};

struct ec_cols {
	size_t mean, q25, med, q75, n, stype, stratum;
	int boxes; /* 1 when the quartile columns are there */
};

static const int rgb_box[3] = {178, 171, 210}, rgb_dark[3] = {84, 39, 136}, rgb_all[3] = {200, 200, 200};

static void find_cols(const struct table *t, struct ec_cols *k)
{
	k->mean = table_col(t, "mean_footrule");
	k->q25 = table_col(t, "q25_footrule");
	k->med = table_col(t, "median_footrule");
	k->q75 = table_col(t, "q75_footrule");
	k->n = table_col(t, "n_people");
	k->stype = table_col(t, "stratum_type");
	k->stratum = table_col(t, "stratum");
	k->boxes = k->q25 != (size_t)-1 && k->med != (size_t)-1 && k->q75 != (size_t)-1;
}

static double get(const struct table *t, size_t r, size_t col)
{
	return col == (size_t)-1 ? NAN : table_get_real(t, r, col);
}

static size_t collect(const struct table *t, const char *persp, const struct ec_cols *k, struct ec_band *b)
{
	size_t n = 0;
	for (size_t r = 0; r < t->nrows && n < MAX_BANDS; r++) {
		const char *st = table_get_text(t, r, k->stype);
		if (!st || (strcmp(st, "all") != 0 && strcmp(st, "age_band") != 0) || table_is_suppressed(t, r) ||
		    !report_row_is(t, r, NULL, persp, NULL, NULL))
			continue;
		struct ec_band e = {table_get_text(t, r, k->stratum), get(t, r, k->mean), get(t, r, k->q25),
				    get(t, r, k->med), get(t, r, k->q75), get(t, r, k->n)};
		if (!e.name || (k->boxes ? isnan(e.med) : isnan(e.mean)))
			continue;
		b[n++] = e;
	}
	return n;
}

static double top_of(const struct ec_band *b, size_t n, int boxes)
{
	double m = 0;
	for (size_t i = 0; i < n; i++) {
		m = fmax(m, b[i].mean);
		if (boxes)
			m = fmax(m, b[i].q75);
	}
	return m > 0 ? m * 1.15 : 1;
}

static void draw_band(const struct chart_ctx *c, const struct ec_band *e, double x, size_t n_bands, int boxes)
{
	/* Everyone together in grey, apart from the bands. */
	const int *fill = strcmp(e->name, "all") == 0 ? rgb_all : rgb_box;
	if (boxes) {
		chart_box(x - 0.3, x + 0.3, e->q25, e->q75, fill, 1);
		PLFLT lx[2] = {x - 0.3, x + 0.3}, ly[2] = {e->med, e->med};
		chart_use_rgb(rgb_dark);
		plwidth(3);
		plline(2, lx, ly);
		plwidth(1);
		if (!isnan(e->mean))
			chart_circle(x, e->mean, 1.6, rgb_dark, 0);
	} else
		chart_box(x - 0.3, x + 0.3, 0, e->mean, fill, 1);
	char buf[64];
	snprintf(buf, sizeof buf, "n = %.0f", e->n);
	chart_use_black();
	plschr(0, 0.8);
	const char *name = strcmp(e->name, "all") == 0 ? chart_text(c, "iedereen", "everyone") : e->name;
	double at = (x - 0.4) / ((double)n_bands + 0.2);
	plmtex("b", 1.5, at, 0.5, name);
	plschr(0, 0.65);
	plmtex("b", 4.2, at, 0.5, buf);
}

static void legend(const struct chart_ctx *c, int boxes)
{
	plvpor(0.10, 0.97, 0.92, 0.98);
	plwind(0, 2, 0, 1);
	plschr(0, 0.75);
	if (!boxes) {
		chart_box(0.02, 0.08, 0.2, 0.8, rgb_box, 1);
		chart_use_black();
		plptex(0.11, 0.5, 1, 0, 0, chart_text(c, "gemiddelde footrule", "mean footrule"));
		return;
	}
	chart_box(0.02, 0.08, 0.2, 0.8, rgb_box, 1);
	chart_use_black();
	plptex(0.11, 0.5, 1, 0, 0, chart_text(c, "middelste helft (kwartiel 1-3), streep: mediaan",
					      "middle half (quartiles 1-3), bar: median"));
	chart_circle(1.25, 0.5, 1.6, rgb_dark, 0);
	chart_use_black();
	plptex(1.30, 0.5, 1, 0, 0, chart_text(c, "gemiddelde", "mean"));
}

int chart_exchange_change_draw(const struct chart_ctx *c)
{
	const struct table *t = table_set_find(c->ts, "exchange_change");
	const char *phase, *persp;
	if (!t || t->nrows == 0 || report_main_cell(c->ts, &phase, &persp) != 0)
		return 1;
	struct ec_cols k;
	find_cols(t, &k);
	if (k.mean == (size_t)-1 || k.stype == (size_t)-1 || k.stratum == (size_t)-1)
		return 1;
	struct ec_band b[MAX_BANDS];
	size_t n = collect(t, persp, &k, b);
	if (n == 0)
		return 1;
	plvpor(0.10, 0.97, 0.16, 0.88);
	plwind(0.4, (double)n + 0.6, 0, top_of(b, n, k.boxes));
	static const int grid[3] = {225, 225, 225};
	chart_use_rgb(grid);
	plbox("", 0, 0, "g", 0, 0);
	for (size_t i = 0; i < n; i++)
		draw_band(c, &b[i], (double)i + 1, n, k.boxes);
	chart_use_black();
	plschr(0, 0.85);
	plbox("bc", 0, 0, "bcnstvo", 0, 0);
	plmtex("l", 4.0, 0.5, 0.5, chart_text(c, "verandering (Spearmans footrule)", "change (Spearman's footrule)"));
	plmtex("b", 5.6, 0.5, 0.5, chart_text(c, "leeftijdsgroep", "age band"));
	legend(c, k.boxes);
	return 0;
}
