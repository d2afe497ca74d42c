/* tbl_dilemma_association.c - dilemma_association.csv and
 * dilemma_association_residuals.csv: is a tag (pillar, axis) brought in
 * more by some organisations, organisation types or roles than by others?
 *
 * Per factor x unit: a 2 x k table (cases with / without the unit, by the
 * factor's levels) and Pearson's chi-square with Cramer's V.  Levels with
 * fewer than --min-cell cases are left out of the test (the note says how
 * many): a test never describes a group smaller than --min-cell.  Where
 * the expected counts fail Cochran's rule (any below 1, or more than 20%
 * below 5) the p-value is a Monte Carlo one with fixed margins from
 * --seed (the method is in p_method).  BH q within factor x unit kind.
 * The residuals table holds, per tested level, the count, its expectation
 * and the adjusted standardised residual (|r| > 2: notably more or fewer
 * cases than independence predicts). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <gsl/gsl_rng.h>
#include "goedwerk/stats/contingency.h"
#include "goedwerk/stats/multiple.h"
#include "goedwerk/alloc.h"
#include "dilemmas.h"
#include "empty.h"
#include "goedwerk/messages.h"
#include "tables.h"

enum { C_FACTOR, C_LEVEL, C_UNIT, C_CASES, C_GROUPS, C_MIN_N, C_LEFT_OUT, C_COUNT, C_CHI2,
       C_DF, C_P, C_METHOD, C_NSIM, C_Q, C_V, C_MIN_EXP };

static const struct column cols[] = {
	{"factor", 1}, {"level", 1}, {"unit", 1}, {"n_cases", 0}, {"n_groups", 0},
	{"min_group_n", 0}, {"groups_left_out", 0}, {"count", 0}, {"chi2", 0}, {"df", 0},
	{"p_value", 0}, {"p_method", 0}, {"n_simulations", 0}, {"q_value", 0},
	{"cramers_v", 0}, {"min_expected", 0}};

static const char *const spec[] = {"factor", "unit", "chi2", "df", "p_value", "q_value",
				   "cramers_v", NULL};

enum { R_FACTOR, R_LEVEL, R_UNIT, R_GROUP, R_CASES, R_COUNT, R_SHARE, R_EXP, R_RESID };

static const struct column rcols[] = {
	{"factor", 1}, {"level", 1}, {"unit", 1}, {"group", 1}, {"n_cases", 0},
	{"count", 0}, {"share", 0}, {"expected", 0}, {"adjusted_residual", 0}};

static const char *const rspec[] = {"factor", "unit", "group", "count", "adjusted_residual",
				    NULL};

static const int factors[] = {DS_ORGANISATION, DS_ORG_TYPE, DS_GROUP, DS_ROLE};

/* Monte Carlo tables: 9999, enough for a p to about two digits; a table
 * costs O(groups) draws, so with hundreds of organisations fewer tables
 * (never under 999) keep a test near two million draws.  n_simulations
 * says how many were drawn. */
static size_t n_simulations(size_t groups)
{
	size_t n = 2000000 / (2 * groups);
	return n > 9999 ? 9999 : n < 999 ? 999 : n;
}

struct test_input {
	size_t k;          /* levels kept */
	size_t *level;     /* kept level -> factor level */
	size_t *cases;     /* per factor level */
	size_t left_out;   /* levels with cases, too few to publish */
};

static void kept_levels(const struct analysis *a, int f, struct test_input *in)
{
	const struct dataset *ds = a->ds;
	size_t nl = ds->f[f].n_levels;
	in->cases = xcalloc(nl + 1, sizeof *in->cases);
	in->level = xcalloc(nl + 1, sizeof *in->level);
	in->k = in->left_out = 0;
	for (size_t i = 0; i < ds->n_dilemmas; i++) {
		int32_t l = dil_level(&ds->dilemmas[i], f);
		if (l >= 0)
			in->cases[l]++;
	}
	for (size_t l = 0; l < nl; l++) {
		if (privacy_enough(a->sel, in->cases[l]))
			in->level[in->k++] = l;
		else if (in->cases[l] > 0)
			in->left_out++;
	}
}

/* 2 x k counts: row 0 with the unit, row 1 without. */
static double *unit_table(const struct dataset *ds, const struct dil_units *u, size_t unit, int f,
			  const struct test_input *in)
{
	size_t nl = ds->f[f].n_levels;
	size_t *col = xmalloc((nl + 1) * sizeof *col);
	for (size_t l = 0; l < nl; l++)
		col[l] = (size_t)-1;
	for (size_t c = 0; c < in->k; c++)
		col[in->level[c]] = c;
	double *t = xcalloc(2 * in->k + 1, sizeof *t);
	for (size_t i = 0; i < ds->n_dilemmas; i++) {
		int32_t l = dil_level(&ds->dilemmas[i], f);
		if (l >= 0 && col[l] != (size_t)-1)
			t[(dil_has(u, unit, ds->n_dilemmas, i) ? 0 : in->k) + col[l]] += 1;
	}
	free(col);
	return t;
}

struct run {
	const struct analysis *a;
	const struct dil_units *u;
	struct table *t, *res;  /* res: the residuals table, or NULL */
	gsl_rng *rng;
	int p_values;           /* 0: the residuals alone, no Monte Carlo p */
};

static void residual_rows(struct run *R, int f, size_t unit, const struct test_input *in,
			  const double *counts, const double *resid, double n)
{
	const struct dataset *ds = R->a->ds;
	double with = 0;
	for (size_t c = 0; c < in->k; c++)
		with += counts[c];
	for (size_t c = 0; c < in->k; c++) {
		size_t r = table_add_row(R->res);
		double nc = counts[c] + counts[in->k + c];
		table_set_text(R->res, r, R_FACTOR, ds->f[f].name);
		table_set_text(R->res, r, R_LEVEL, R->u->kind[unit]);
		table_set_text(R->res, r, R_UNIT, R->u->name[unit]);
		table_set_text(R->res, r, R_GROUP, ds->f[f].levels[in->level[c]]);
		table_set_int(R->res, r, R_CASES, (long long)nc);
		table_set_int(R->res, r, R_COUNT, (long long)counts[c]);
		table_set_real(R->res, r, R_SHARE, counts[c] / nc);
		table_set_real(R->res, r, R_EXP, with * nc / n);
		table_set_real(R->res, r, R_RESID, resid[c]);
	}
}

static void test_row(struct run *R, int f, size_t unit, const struct test_input *in)
{
	const struct dataset *ds = R->a->ds;
	struct table *t = R->t;
	size_t r = table_add_row(t), min_n = (size_t)-1, n = 0;
	table_set_text(t, r, C_FACTOR, ds->f[f].name);
	table_set_text(t, r, C_LEVEL, R->u->kind[unit]);
	table_set_text(t, r, C_UNIT, R->u->name[unit]);
	table_set_int(t, r, C_GROUPS, (long long)in->k);
	table_set_int(t, r, C_LEFT_OUT, (long long)in->left_out);
	for (size_t c = 0; c < in->k; c++) {
		n += in->cases[in->level[c]];
		min_n = in->cases[in->level[c]] < min_n ? in->cases[in->level[c]] : min_n;
	}
	table_set_int(t, r, C_CASES, (long long)n);
	if (in->k < 2) {
		table_set_undefined(t, r, C_CHI2, "fewer than two groups of --min-cell cases");
		return;
	}
	table_set_int(t, r, C_MIN_N, (long long)min_n);
	double *counts = unit_table(ds, R->u, unit, f, in);
	double *resid = xmalloc(2 * in->k * sizeof *resid), with = 0;
	for (size_t c = 0; c < in->k; c++)
		with += counts[c];
	table_set_int(t, r, C_COUNT, (long long)with);
	struct stats_chisq x;
	if (stats_chisq_independence(counts, 2, in->k, resid, 0, NULL, &x) != GW_OK) {
		table_set_undefined(t, r, C_CHI2, with > 0 ? "every case carries it" : "no case carries it");
	} else {
		int cochran = x.min_expected >= 1 && x.share_expected_below_5 <= 0.2;
		size_t sims = cochran || !R->p_values ? 0 : n_simulations(in->k);
		if (sims)
			stats_chisq_independence(counts, 2, in->k, NULL, sims, R->rng, &x);
		table_set_real(t, r, C_CHI2, x.chi2);
		table_set_real(t, r, C_DF, x.df);
		table_set_p(t, r, C_P, sims ? x.p_monte_carlo : x.p_value);
		table_set_text(t, r, C_METHOD, sims ? "monte_carlo" : "asymptotic");
		table_set_int(t, r, C_NSIM, (long long)sims);
		table_set_real(t, r, C_V, x.cramers_v);
		table_set_real(t, r, C_MIN_EXP, x.min_expected);
		if (R->res)
			residual_rows(R, f, unit, in, counts, resid, (double)n);
	}
	free(counts);
	free(resid);
}

/* BH over the rows [from, to) of one factor and unit kind. */
static void bh_rows(struct table *t, size_t from, size_t to)
{
	size_t n = 0;
	double *p = xmalloc((to - from + 1) * sizeof *p);
	size_t *row = xmalloc((to - from + 1) * sizeof *row);
	for (size_t r = from; r < to; r++) {
		double v = table_get_real(t, r, C_P);
		if (!isnan(v)) {
			p[n] = v;
			row[n++] = r;
		}
	}
	stats_bh_adjust(p, n, p);
	for (size_t k = 0; k < n; k++)
		table_set_real(t, row[k], C_Q, p[k]);
	free(p);
	free(row);
}

static void run_all(struct run *R)
{
	for (size_t fi = 0; fi < COUNT_OF(factors); fi++) {
		struct test_input in;
		kept_levels(R->a, factors[fi], &in);
		size_t from = R->t->nrows;
		for (size_t k = 0; k < R->u->n; k++) {
			if (k > 0 && strcmp(R->u->kind[k], R->u->kind[k - 1]) != 0) {
				bh_rows(R->t, from, R->t->nrows);
				from = R->t->nrows;
			}
			test_row(R, factors[fi], k, &in);
		}
		bh_rows(R->t, from, R->t->nrows);
		free(in.cases);
		free(in.level);
	}
}

/* Both tables come from one run; each builder keeps the one it needs. */
static enum gw_status build_with(const struct analysis *a, struct table *t, int residuals)
{
	if (empty_why_dilemmas(a->ds, 0)) {
		table_set_empty_reason(t, empty_why_dilemmas(a->ds, 0));
		return GW_OK;
	}
	struct dil_units u;
	dil_units_build(a->ds, &u);
	struct table *tests = residuals ? table_new("tests", cols, COUNT_OF(cols)) : t;
	struct run R = {a, &u, tests, residuals ? t : NULL, gsl_rng_alloc(gsl_rng_mt19937), !residuals};
	gsl_rng_set(R.rng, a->sel->seed);
	run_all(&R);
	gsl_rng_free(R.rng);
	if (residuals)
		table_free(tests);
	dil_units_free(&u);
	empty_because(t, residuals ? MSG("no association test could be computed (dilemma_association "
			 "says why per test)") : MSG("no tag, pillar or axis to test"));
	return GW_OK;
}

static enum gw_status build(const struct analysis *a, struct table *t)
{
	return build_with(a, t, 0);
}

static enum gw_status build_residuals(const struct analysis *a, struct table *t)
{
	return build_with(a, t, 1);
}

const struct table_def table_dilemma_association = {
	"dilemma_association",
	"per tag, pillar and axis x organisation, org_type, group, role: chi-square, Cramer's V, Monte Carlo p where counts are small, BH q",
	cols, COUNT_OF(cols), spec, build,
	{.rule = {{.unit = PRIVACY_CASES, .count = "min_group_n"}}}};

const struct table_def table_dilemma_association_residuals = {
	"dilemma_association_residuals",
	"per tested tag x group: count, expected count and adjusted standardised residual",
	rcols, COUNT_OF(rcols), rspec, build_residuals,
	{.rule = {{.unit = PRIVACY_CASES, .count = "n_cases", .stratum_type = "factor",
		   .stratum = "group", }}}};
