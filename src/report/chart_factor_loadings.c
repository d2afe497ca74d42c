/* chart_factor_loadings.c - each sort as a point by its loadings on
 * viewpoints 1 and 2; sorts that define one of them filled.  Points only:
 * a sort is never labelled.  Beyond CHART_MAX_MARKS sorts, a 2-D density
 * (how many sorts in each cell of a 40 x 40 grid) instead of the points. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <plplot.h>
#include "goedwerk/alloc.h"
#include "chart.h"

#define GRID 40

static void density(const PLFLT *x, const PLFLT *y, size_t n)
{
	size_t *count = xcalloc(GRID * GRID, sizeof *count), max = 1;
	for (size_t i = 0; i < n; i++) {
		int gx = (int)floor((x[i] + 1) / 2 * GRID), gy = (int)floor((y[i] + 1) / 2 * GRID);
		gx = gx < 0 ? 0 : gx >= GRID ? GRID - 1 : gx;
		gy = gy < 0 ? 0 : gy >= GRID ? GRID - 1 : gy;
		size_t k = ++count[gy * GRID + gx];
		max = k > max ? k : max;
	}
	for (int gy = 0; gy < GRID; gy++)
		for (int gx = 0; gx < GRID; gx++)
			if (count[gy * GRID + gx]) {
				int rgb[3];
				/* square root: a few sorts stay visible beside a dense cell */
				chart_ramp_colour(0.15 + 0.85 * sqrt((double)count[gy * GRID + gx] / (double)max), rgb);
				chart_box(-1 + 2.0 * gx / GRID, -1 + 2.0 * (gx + 1) / GRID, -1 + 2.0 * gy / GRID,
					  -1 + 2.0 * (gy + 1) / GRID, rgb, 0);
			}
	free(count);
}

int chart_factor_loadings_draw(const struct chart_ctx *c)
{
	const struct table *t = table_set_find(c->ts, "factor_loadings");
	if (!t || t->nrows == 0)
		return 1;
	size_t cs = table_col(t, "sort"), cf = table_col(t, "factor"), cl = table_col(t, "loading"),
	       cg = table_col(t, "flagged");
	size_t n = 0, cap = t->nrows;
	PLFLT *x = xcalloc(cap, sizeof *x), *y = xcalloc(cap, sizeof *y);
	int *flag = xcalloc(cap, sizeof *flag);
	/* rows come sort by sort: pair factor 1 and 2 of the same sort */
	for (size_t r = 0; r + 1 < t->nrows; r++) {
		const char *a = table_get_text(t, r, cs), *b = table_get_text(t, r + 1, cs);
		if (!a || !b || strcmp(a, b) != 0 || table_get_real(t, r, cf) != 1 ||
		    table_get_real(t, r + 1, cf) != 2)
			continue;
		x[n] = table_get_real(t, r, cl);
		y[n] = table_get_real(t, r + 1, cl);
		flag[n] = table_get_real(t, r, cg) == 1 || table_get_real(t, r + 1, cg) == 1;
		if (!isnan(x[n]) && !isnan(y[n]))
			n++;
	}
	if (n == 0) {
		free(x);
		free(y);
		free(flag);
		return 1;
	}
	plvpor(0.12, 0.92, 0.12, 0.92);
	plwind(-1, 1, -1, 1);
	static const int grey[3] = {170, 170, 170}, purple[3] = {94, 60, 153};
	chart_use_rgb(grey);
	PLFLT zx[2] = {-1, 1}, zy[2] = {0, 0};
	plline(2, zx, zy);
	plline(2, zy, zx);
	int dense = n > CHART_MAX_MARKS;
	if (dense)
		density(x, y, n);
	for (size_t i = 0; !dense && i < n; i++) {
		chart_use_rgb(flag[i] ? purple : grey);
		plpoin(1, &x[i], &y[i], flag[i] ? 17 : 4);
	}
	chart_use_black();
	plschr(0, 0.8);
	plbox("bcnsto", 0.5, 0, "bcnstvo", 0.5, 0);
	plmtex("b", 3.0, 0.5, 0.5, chart_text(c, "lading op gezichtspunt 1", "loading on viewpoint 1"));
	plmtex("l", 3.5, 0.5, 0.5, chart_text(c, "lading op gezichtspunt 2", "loading on viewpoint 2"));
	plmtex("t", 1.0, 0.5, 0.5, dense ? chart_text(c, "hoe donkerder, hoe meer sorteringen op die plek",
						     "the darker, the more sorts in that place")
				   : chart_text(c, "gevuld: sortering die een gezichtspunt bepaalt",
						"filled: a sort that defines a viewpoint"));
	free(x);
	free(y);
	free(flag);
	return 0;
}
