/* tbl_trends.c - trends.csv: per phase x perspective x card x metric the
 * yearly series (share in the top category, mean category) over the years
 * present, with Sen's slope per year and a trend test: Mann-Kendall Z for
 * the mean, Cochran-Armitage Z (scores = the years) for share_top.
 * A year with fewer than --min-cell people is left out of the series;
 * fewer than 3 years leaves the values empty.  p_value is the normal p of
 * the test (q is computed from it); p_exact, for the mean when the yearly
 * means have no ties, is the exact Mann-Kendall p (few years).  q: Benjamini-Hochberg across
 * the cards within phase x perspective x metric. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/stats/multiple.h"
#include "goedwerk/stats/trend.h"
#include "goedwerk/alloc.h"
#include "strata.h"
#include "empty.h"
#include "tables.h"

enum { C_PHASE, C_PERSP, C_CARD, C_LABEL, C_METRIC, C_FIRST, C_LAST, C_NYEARS, C_SCORES,
       C_SLOPE, C_STAT, C_P, C_Q, C_TEST, C_PEXACT };

static const struct column cols[] = {
	{"phase", 1}, {"perspective", 1}, {"card", 1}, {"label_nl", 1}, {"metric", 1},
	{"first_year", 0}, {"last_year", 0}, {"n_years", 0}, {"scores", 0}, {"slope", 0},
	{"statistic", 0}, {"p_value", 0}, {"q_value", 0}, {"test", 0}, {"p_exact", 0}};

static const char *const spec[] = {"card", "metric", "first_year", "last_year", "n_years",
				   "slope", "statistic", "p_value", "q_value", NULL};

struct ctx {
	const struct analysis *a;
	struct table *t;
};

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;
	return (x > y) - (x < y);
}

/* Distinct years of the cell's sorts with enough people to publish
 * (privacy_enough); the others are named in dropped. Returns the number kept. */
static size_t years_kept(const struct analysis *a, const struct strata_cell *c, int *years,
			 char *dropped, size_t cap)
{
	const struct dataset *ds = a->ds;
	size_t ny = 0, kept = 0;
	int *all = xmalloc((c->n + 1) * sizeof *all);
	char *seen = xcalloc(ds->n_people + 1, 1);
	for (size_t i = 0; i < c->n; i++)
		if (ds->year[c->rows[i]] > 0)
			all[ny++] = ds->year[c->rows[i]];
	qsort(all, ny, sizeof *all, cmp_int);
	dropped[0] = '\0';
	for (size_t i = 0; i < ny;) {
		size_t j = i, people = 0;
		memset(seen, 0, ds->n_people + 1);
		for (size_t k = 0; k < c->n; k++) {
			size_t r = c->rows[k];
			if (ds->year[r] == all[i] && !seen[ds->person[r]]) {
				seen[ds->person[r]] = 1;
				people++;
			}
		}
		while (j < ny && all[j] == all[i])
			j++;
		if (privacy_enough(a->sel, people))
			years[kept++] = all[i];
		else
			snprintf(dropped + strlen(dropped), cap - strlen(dropped), "%s%d",
				 dropped[0] ? "|" : "", all[i]);
		i = j;
	}
	free(all);
	free(seen);
	return kept;
}

/* Per kept year: sorts placing card j (n), in the top category (top), sum of categories. */
static void series(const struct dataset *ds, const struct strata_cell *c, size_t j,
		   const int *years, size_t ny, double *n, double *top, double *sum)
{
	for (size_t y = 0; y < ny; y++)
		n[y] = top[y] = sum[y] = 0;
	for (size_t k = 0; k < c->n; k++) {
		size_t r = c->rows[k];
		int cat = ds_cat(ds, r, j);
		if (cat == DS_MISSING)
			continue;
		for (size_t y = 0; y < ny; y++)
			if (years[y] == ds->year[r]) {
				n[y]++;
				sum[y] += cat;
				top[y] += cat == ds->scale_max;
			}
	}
}

static void set_keys(struct ctx *x, size_t r, const struct strata_cell *c, size_t j,
		     const char *metric)
{
	const struct dataset *ds = x->a->ds;
	table_set_text(x->t, r, C_PHASE, c->phase);
	table_set_text(x->t, r, C_PERSP, c->perspective);
	table_set_text(x->t, r, C_CARD, ds->card_id[j]);
	table_set_text(x->t, r, C_LABEL, ds->label_nl[j]);
	table_set_text(x->t, r, C_METRIC, metric);
}

/* Fill one row; returns its p (NaN when undefined). */
static double fill(struct ctx *x, size_t r, int mean, const int *years, size_t ny,
		   const double *n, const double *top, const double *sum, const char *scores)
{
	double *tv = xmalloc(ny * sizeof *tv), *v = xmalloc(ny * sizeof *v), p = NAN, slope;
	size_t m = 0;
	for (size_t y = 0; y < ny; y++)
		if (n[y] > 0) {
			tv[m] = years[y];
			v[m++] = mean ? sum[y] / n[y] : top[y] / n[y];
		}
	table_set_text(x->t, r, C_TEST, mean ? "mann_kendall" : "cochran_armitage");
	if (m < 3) {
		table_set_int(x->t, r, C_NYEARS, (long long)m);
		table_set_undefined(x->t, r, C_STAT, m == 0 && ny > 0 ? why_unplaced : "fewer than 3 years");
		goto out;
	}
	table_set_int(x->t, r, C_FIRST, (long long)tv[0]);
	table_set_int(x->t, r, C_LAST, (long long)tv[m - 1]);
	table_set_int(x->t, r, C_NYEARS, (long long)m);
	if (stats_sen_slope(tv, v, m, &slope, NULL) == GW_OK)
		table_set_real(x->t, r, C_SLOPE, slope);
	if (mean) {
		struct stats_mann_kendall mk;
		if (stats_mann_kendall(tv, v, m, &mk) == GW_OK) {
			table_set_real(x->t, r, C_STAT, mk.z);
			table_set_real(x->t, r, C_PEXACT, mk.p_exact);
			p = mk.p;
		} else
			table_set_undefined(x->t, r, C_STAT, "no variation");
	} else {
		struct stats_cochran_armitage ca;
		double *ev = xmalloc(ny * sizeof *ev), *nn = xmalloc(ny * sizeof *nn);
		size_t k = 0;
		for (size_t y = 0; y < ny; y++)
			if (n[y] > 0) {
				ev[k] = top[y];
				nn[k++] = n[y];
			}
		table_set_text(x->t, r, C_SCORES, scores);
		double ne = 0, nt = 0;
		for (size_t y = 0; y < k; y++)
			ne += ev[y], nt += nn[y];
		if (stats_cochran_armitage(ev, nn, tv, k, &ca) == GW_OK) {
			table_set_real(x->t, r, C_STAT, ca.z);
			p = ca.p;
		} else
			table_set_undefined(x->t, r, C_STAT,
					    ne == 0 ? "card in nobody's top category"
					    : ne == nt ? "card in everybody's top category" : "no variation");
		free(ev);
		free(nn);
	}
	if (!isnan(p))
		table_set_p(x->t, r, C_P, p);
out:
	free(tv);
	free(v);
	return p;
}

static enum gw_status cell(const struct strata_cell *c, void *arg)
{
	struct ctx *x = arg;
	const struct dataset *ds = x->a->ds;
	int *years = xmalloc((c->n + 1) * sizeof *years);
	char dropped[512], scores[512] = "", note[600];
	size_t ny = years_kept(x->a, c, years, dropped, sizeof dropped);
	for (size_t y = 0; y < ny; y++)
		snprintf(scores + strlen(scores), sizeof scores - strlen(scores), "%s%d",
			 y ? "|" : "", years[y]);
	snprintf(note, sizeof note, "years with fewer than %d people left out: %s",
		 x->a->sel->min_cell, dropped);
	double *n = xcalloc(ny + 1, sizeof *n), *top = xcalloc(ny + 1, sizeof *top),
	       *sum = xcalloc(ny + 1, sizeof *sum);
	for (int mean = 0; mean < 2; mean++) {
		double *p = xmalloc(ds->n_cards * sizeof *p);
		size_t *rows = xmalloc(ds->n_cards * sizeof *rows);
		for (size_t j = 0; j < ds->n_cards; j++) {
			size_t r = table_add_row(x->t);
			rows[j] = r;
			set_keys(x, r, c, j, mean ? "mean" : "share_top");
			series(ds, c, j, years, ny, n, top, sum);
			p[j] = fill(x, r, mean, years, ny, n, top, sum, scores);
			if (dropped[0])
				table_set_undefined(x->t, r, C_Q, note);
		}
		stats_bh_adjust(p, ds->n_cards, p);
		for (size_t j = 0; j < ds->n_cards; j++) {
			table_set_real(x->t, rows[j], C_Q, p[j]);
		}
		free(p);
		free(rows);
	}
	free(n);
	free(top);
	free(sum);
	free(years);
	return GW_OK;
}

static enum gw_status build(const struct analysis *a, struct table *t)
{
	static const int all[] = {STRATUM_ALL};
	struct ctx x = {a, t};
	return strata_each(a->ds, all, 1, cell, &x);
}

const struct table_def table_trends = {
	"trends",
	"per card and metric (share_top, mean): yearly trend, Sen slope per year, Mann-Kendall / Cochran-Armitage Z, p, BH q",
	cols, COUNT_OF(cols), spec, build,
	{.rule = {{.unit = PRIVACY_NONE, .none_why = "a trend is over years of --min-cell people "
		   "each (smaller years are left out before the test)"}}}};
