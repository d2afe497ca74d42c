/* chart_distinctive.c - what sets each organisation and each group apart
 * (distinctive.csv, the main phase and perspective): per unit a line with
 * the cards it ranks clearly higher than all other sorts and those it ranks
 * clearly lower (direction higher / lower: BH q < 0.05), at most two of
 * each, largest difference first, with the difference in mean pile.
 * Suppressed units are left out; a unit with no clear card says so. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <plplot.h>
#include "goedwerk/number.h"
#include "chart.h"
#include "tables_read.h"

#define DC_MAX_UNITS 24
#define DC_PER_SIDE 2

static const int rgb_high[3] = {230, 97, 1}, rgb_low[3] = {84, 39, 136};

/* The unit rows of t run together, largest |difference| first. */
static size_t unit_end(const struct table *t, size_t r)
{
	size_t cu = table_col(t, "unit"), ct = table_col(t, "unit_type"), e = r;
	while (e < t->nrows && !strcmp(table_get_text(t, e, cu), table_get_text(t, r, cu)) &&
	       !strcmp(table_get_text(t, e, ct), table_get_text(t, r, ct)))
		e++;
	return e;
}

/* "Creativiteit +0.8, Visie +0.6" of the rows [r, e) going direction. */
static int side(const struct chart_ctx *c, const struct table *t, size_t r, size_t e,
		const char *direction, char *buf, size_t size)
{
	size_t cd = table_col(t, "direction"), used = 0;
	int n = 0;
	buf[0] = 0;
	for (; r < e && n < DC_PER_SIDE; r++) {
		const char *d = table_get_text(t, r, cd);
		int j = report_card_index(c->a->ds, table_get_text(t, r, table_col(t, "card")));
		if (!d || strcmp(d, direction) != 0 || j < 0)
			continue;
		char name[40], diff[32];
		double md = report_number(t, r, "mean_diff");
		int k = snprintf(buf + used, size - used, "%s%s %s%s", n ? ", " : "",
				 chart_shorten(chart_card_label(c, (size_t)j), name, 18), md > 0 ? "+" : "",
				 fmt_fixed(diff, sizeof diff, md, 1, c->lang != LANG_EN));
		if (k < 0 || (size_t)k >= size - used)
			break;
		used += (size_t)k;
		n++;
	}
	return n;
}

static void unit_line(const struct chart_ctx *c, const struct table *t, size_t r, size_t e, double y)
{
	char hi[256], lo[256], name[64];
	int nh = side(c, t, r, e, "higher", hi, sizeof hi), nl = side(c, t, r, e, "lower", lo, sizeof lo);
	chart_use_black();
	plschr(0, 0.62);
	plptex(0.005, y, 1, 0, 0, chart_shorten(table_get_text(t, r, table_col(t, "unit")), name, 34));
	if (!nh && !nl) {
		plptex(0.25, y, 1, 0, 0, chart_text(c, "geen kaart duidelijk anders", "no card clearly different"));
		return;
	}
	chart_use_rgb(rgb_high);
	plptex(0.25, y, 1, 0, 0, nh ? hi : "-");
	chart_use_rgb(rgb_low);
	plptex(0.625, y, 1, 0, 0, nl ? lo : "-");
}

int chart_distinctive_draw(const struct chart_ctx *c)
{
	const struct table *t = table_set_find(c->ts, "distinctive");
	const char *phase = NULL, *persp = NULL;
	if (!t || report_main_cell(c->ts, &phase, &persp) != 0)
		return 1;
	size_t first[DC_MAX_UNITS], last[DC_MAX_UNITS], n = 0;
	for (size_t r = 0; r < t->nrows && n < DC_MAX_UNITS;) {
		size_t e = unit_end(t, r);
		const char *type = table_get_text(t, r, table_col(t, "unit_type"));
		int kind = !strcmp(type, "organisation") || !strcmp(type, "group");
		if (kind && !table_is_suppressed(t, r) && report_row_is(t, r, phase, persp, NULL, NULL)) {
			first[n] = r;
			last[n++] = e;
		}
		r = e;
	}
	if (!n)
		return 1;
	plvpor(0.02, 0.98, 0.02, 0.92);
	plwind(0, 1, 0, (double)n + 1);
	chart_use_black();
	plschr(0, 0.7);
	plptex(0.25, (double)n + 0.5, 1, 0, 0, chart_text(c, "hoger dan de rest", "higher than the rest"));
	plptex(0.625, (double)n + 0.5, 1, 0, 0, chart_text(c, "lager dan de rest", "lower than the rest"));
	for (size_t k = 0; k < n; k++)
		unit_line(c, t, first[k], last[k], (double)(n - k) - 0.5);
	return 0;
}
