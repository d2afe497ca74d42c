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

void chart_heat_cell(double x, double y, double v, const int missing[3])
{
	int rgb[3];
	if (isnan(v))
		rgb[0] = missing[0], rgb[1] = missing[1], rgb[2] = missing[2];
	else
		chart_ramp_colour(v, rgb);
	chart_box(x, x + 1, y, y + 1, rgb, 1);
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

/* World units per millimetre on the page in the current viewport and window. */
void chart_world_per_mm(double *wx, double *wy)
{
	PLFLT spx0, spx1, spy0, spy1, vx0, vx1, vy0, vy1, wx0, wx1, wy0, wy1;
	plgspa(&spx0, &spx1, &spy0, &spy1);
	plgvpd(&vx0, &vx1, &vy0, &vy1);
	plgvpw(&wx0, &wx1, &wy0, &wy1);
	*wx = (wx1 - wx0) / ((vx1 - vx0) * (spx1 - spx0));
	*wy = (wy1 - wy0) / ((vy1 - vy0) * (spy1 - spy0));
}

/* The circle is built in millimetres on the page and mapped to world
 * coordinates, so that it stays round whatever the axes' scales. */
void chart_circle(double x, double y, double r_mm, const int rgb[3], int filled)
{
	double rx, ry;
	chart_world_per_mm(&rx, &ry);
	rx *= r_mm;
	ry *= r_mm;
	PLFLT px[25], py[25];
	for (int i = 0; i < 25; i++) {
		double a = 6.283185307179586 * i / 24.0; /* 2 pi; M_PI is not C11 */
		px[i] = x + rx * cos(a);
		py[i] = y + ry * sin(a);
	}
	static const int white[3] = {255, 255, 255};
	chart_use_rgb(filled ? rgb : white);
	plfill(24, px, py);
	chart_use_rgb(rgb);
	plwidth(filled ? 0.5 : 1.5);
	plline(25, px, py);
	plwidth(1);
}

void chart_ramp_legend(double x0, double x1, double y0, double y1, const char *lo_text,
		       const char *hi_text)
{
	enum { STEPS = 20 };
	plvpor(x0, x1, y0, y1);
	plwind(0, STEPS, 0, 1);
	for (int k = 0; k < STEPS; k++) {
		int rgb[3];
		chart_ramp_colour(((double)k + 0.5) / STEPS, rgb);
		chart_box(k, k + 1, 0, 1, rgb, 0);
	}
	chart_use_black();
	plbox("bc", 0, 0, "bc", 0, 0);
	plschr(0, 0.6);
	plmtex("b", 1.3, 0.0, 0.0, lo_text);
	plmtex("b", 1.3, 1.0, 1.0, hi_text);
}
