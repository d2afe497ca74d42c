/* chart_factor_scree.c - scree plot: the eigenvalues of the correlations
 * between sorts, the first ten components, with the factors kept marked. */
#include <math.h>
#include <stdio.h>
#include <plplot.h>
#include "chart.h"

#define MAX_COMPONENTS 10

int chart_factor_scree_draw(const struct chart_ctx *c)
{
	const struct table *e = table_set_find(c->ts, "factor_eigenvalues");
	const struct table *ch = table_set_find(c->ts, "factor_characteristics");
	if (!e || e->nrows == 0)
		return 1;
	PLFLT x[MAX_COMPONENTS], y[MAX_COMPONENTS], ymax = 0;
	int n = 0;
	for (size_t r = 0; r < e->nrows && n < MAX_COMPONENTS; r++) {
		double v = table_get_real(e, r, table_col(e, "eigenvalue"));
		if (isnan(v))
			return 1; /* suppressed: too few people */
		x[n] = n + 1;
		y[n] = v;
		ymax = v > ymax ? v : ymax;
		n++;
	}
	size_t kept = ch ? ch->nrows : 0;
	plvpor(0.10, 0.95, 0.12, 0.90);
	plwind(0.5, n + 0.5, 0, ymax * 1.12);
	chart_use_black();
	plschr(0, 0.8);
	plbox("bcnto", 1, 0, "bcnstvo", 0, 0);
	static const int blue[3] = {94, 60, 153}, grey[3] = {150, 150, 150};
	chart_use_rgb(blue);
	plwidth(2);
	plline(n, x, y);
	plwidth(1);
	char buf[32];
	for (int i = 0; i < n; i++) {
		chart_use_rgb((size_t)i < kept ? blue : grey);
		plpoin(1, &x[i], &y[i], 17);
		double share = table_get_real(e, (size_t)i, table_col(e, "variance_share"));
		snprintf(buf, sizeof buf, "%.0f%%", 100 * share);
		chart_use_black();
		plschr(0, 0.65);
		plptex(x[i], y[i] + ymax * 0.04, 1, 0, 0.5, buf);
	}
	if (kept > 0 && (int)kept < n) {
		PLFLT lx[2] = {kept + 0.5, kept + 0.5}, ly[2] = {0, ymax * 1.1};
		chart_use_rgb(grey);
		pllsty(2);
		plline(2, lx, ly);
		pllsty(1);
	}
	chart_use_black();
	plschr(0, 0.8);
	plmtex("b", 3.2, 0.5, 0.5,
	       chart_text(c, "component (links van de stippellijn: de gezichtspunten die zijn gehouden)",
			  "component (left of the dashed line: the viewpoints kept)"));
	plmtex("l", 3.0, 0.5, 0.5, chart_text(c, "eigenwaarde", "eigenvalue"));
	return 0;
}
