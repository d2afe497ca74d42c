/* chart_similarity.c - which organisations sort alike: a heat map of
 * 1 - Spearman rho of their mean piles (similarity.csv, the main phase and
 * perspective), in the UPGMA leaf order of similarity_order.csv, with the
 * dendrogram above it drawn from the cophenetic heights between neighbours
 * (the highest neighbour height splits the leaves in two, and so on down).
 * Suppressed organisations are left out: similarity_order clusters without
 * them, so the heights of the others still join up into one tree. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <plplot.h>
#include "goedwerk/alloc.h"
#include "chart.h"
#include "tables_read.h"

struct sim_map {
	size_t n;
	const char **unit;
	double *height; /* n - 1 */
	double *d;      /* n x n */
	int tree;       /* every height known */
};

static int main_org_row(const struct table *t, size_t r, const char *phase, const char *persp)
{
	const char *type = table_get_text(t, r, table_col(t, "unit_type"));
	return report_row_is(t, r, phase, persp, NULL, NULL) && type &&
	       !strcmp(type, "organisation") && !table_is_suppressed(t, r);
}

static void read_order(const struct table *t, const char *phase, const char *persp,
		       struct sim_map *m)
{
	m->unit = xcalloc(t->nrows + 1, sizeof *m->unit);
	m->height = xcalloc(t->nrows + 1, sizeof *m->height);
	m->tree = 1;
	for (size_t r = 0; r < t->nrows; r++)
		if (main_org_row(t, r, phase, persp)) {
			m->height[m->n] = report_number(t, r, "height_next");
			m->unit[m->n++] = table_get_text(t, r, table_col(t, "unit"));
		}
	for (size_t p = 0; p + 1 < m->n; p++)
		m->tree &= !isnan(m->height[p]);
}

static long index_of(const struct sim_map *m, const char *u)
{
	for (size_t k = 0; u && k < m->n; k++)
		if (!strcmp(m->unit[k], u))
			return (long)k;
	return -1;
}

static void read_distances(const struct table *t, const char *phase, const char *persp,
			   struct sim_map *m)
{
	m->d = xcalloc(m->n * m->n + 1, sizeof *m->d);
	for (size_t q = 0; q < m->n * m->n; q++)
		m->d[q] = NAN;
	for (size_t r = 0; t && r < t->nrows; r++) {
		if (!main_org_row(t, r, phase, persp))
			continue;
		long a = index_of(m, table_get_text(t, r, table_col(t, "unit_a")));
		long b = index_of(m, table_get_text(t, r, table_col(t, "unit_b")));
		if (a >= 0 && b >= 0)
			m->d[a * (long)m->n + b] = m->d[b * (long)m->n + a] =
				report_number(t, r, "distance_rho");
	}
}

/* The subtree of leaves [lo, hi]: its centre and height, lines drawn. */
static void tree(const struct sim_map *m, size_t lo, size_t hi, double *x, double *h)
{
	if (lo == hi) {
		*x = (double)lo + 0.5;
		*h = 0;
		return;
	}
	size_t k = lo;
	for (size_t p = lo; p < hi; p++)
		k = m->height[p] > m->height[k] ? p : k;
	double xl, hl, xr, hr, top = m->height[k];
	tree(m, lo, k, &xl, &hl);
	tree(m, k + 1, hi, &xr, &hr);
	pljoin(xl, hl, xl, top);
	pljoin(xr, hr, xr, top);
	pljoin(xl, top, xr, top);
	*x = (xl + xr) / 2;
	*h = top;
}

static void cells(const struct sim_map *m)
{
	static const int diag[3] = {235, 235, 235};
	char buf[64];
	double most = 0;
	for (size_t q = 0; q < m->n * m->n; q++)
		most = m->d[q] > most ? m->d[q] : most;
	plvpor(0.32, 0.97, 0.08, 0.72);
	plwind(0, (double)m->n, 0, (double)m->n);
	for (size_t a = 0; a < m->n; a++) {
		double y = (double)(m->n - 1 - a);
		for (size_t b = 0; b < m->n; b++) {
			double v = a == b ? NAN : m->d[a * m->n + b];
			chart_heat_cell((double)b, y, 1 - v / (most > 0 ? most : 1), diag); /* dark: alike */
		}
		chart_use_black();
		plschr(0, 0.6);
		plmtex("lv", 0.5, (y + 0.5) / (double)m->n, 1.0, chart_shorten(m->unit[a], buf, 40));
	}
	snprintf(buf, sizeof buf, "1 - rho = %.2f", most);
	chart_ramp_legend(0.04, 0.24, 0.025, 0.045, buf, "0");
}

int chart_similarity_draw(const struct chart_ctx *c)
{
	const struct table *t = table_set_find(c->ts, "similarity_order");
	const char *phase = NULL, *persp = NULL;
	if (!t || report_main_cell(c->ts, &phase, &persp) != 0)
		return 1;
	struct sim_map m = {0};
	read_order(t, phase, persp, &m);
	int rc = 1;
	if (m.n >= 2) {
		read_distances(table_set_find(c->ts, "similarity"), phase, persp, &m);
		cells(&m);
		if (m.tree) {
			double top = 0, x, h;
			for (size_t p = 0; p + 1 < m.n; p++)
				top = fmax(top, m.height[p]);
			plvpor(0.32, 0.97, 0.74, 0.97);
			plwind(0, (double)m.n, 0, top > 0 ? top * 1.05 : 1);
			chart_use_black();
			tree(&m, 0, m.n - 1, &x, &h);
		}
		rc = 0;
	}
	free(m.unit);
	free(m.height);
	free(m.d);
	return rc;
}
