/* palette.c - colours shared by every chart, so that a pile has one colour
 * throughout the report. */
#include <math.h>
#include <plplot.h>
#include "chart.h"

/* ColorBrewer PuOr, 5 classes, reversed so that "most important" is purple;
 * the neutral middle is a light grey that shows on white. */
static const int pile5[5][3] = {
	{230, 97, 1}, {253, 184, 99}, {221, 221, 221}, {178, 171, 210}, {94, 60, 153}};

void chart_pile_colour(size_t k, size_t n, int rgb[3])
{
	double t = n > 1 ? 4.0 * (double)k / (double)(n - 1) : 2.0;
	size_t i = (size_t)floor(t);
	if (i >= 4)
		i = 3;
	double f = t - (double)i;
	for (int c = 0; c < 3; c++)
		rgb[c] = (int)lround(pile5[i][c] * (1 - f) + pile5[i + 1][c] * f);
}

void chart_ramp_colour(double v, int rgb[3])
{
	static const int lo[3] = {247, 251, 255}, hi[3] = {8, 69, 148}; /* Blues */
	if (v < 0)
		v = 0;
	if (v > 1)
		v = 1;
	for (int c = 0; c < 3; c++)
		rgb[c] = (int)lround(lo[c] + (hi[c] - lo[c]) * v);
}

void chart_use_rgb(const int rgb[3])
{
	plscol0(15, rgb[0], rgb[1], rgb[2]);
	plcol0(15);
}

void chart_use_black(void)
{
	static const int black[3] = {0, 0, 0};
	chart_use_rgb(black);
}

void chart_box(double x0, double x1, double y0, double y1, const int rgb[3], int outline)
{
	PLFLT x[5] = {x0, x1, x1, x0, x0}, y[5] = {y0, y0, y1, y1, y0};
	chart_use_rgb(rgb);
	plfill(4, x, y);
	if (outline) {
		static const int grey[3] = {120, 120, 120};
		chart_use_rgb(grey);
		plwidth(0.5);
		plline(5, x, y);
		plwidth(1);
	}
}

const char *chart_text(const struct chart_ctx *c, const char *nl, const char *en)
{
	return c->lang == LANG_EN ? en : nl;
}

const char *chart_card_label(const struct chart_ctx *c, size_t card)
{
	const struct dataset *ds = c->a->ds;
	return c->lang == LANG_EN ? ds->label_en[card] : ds->label_nl[card];
}
