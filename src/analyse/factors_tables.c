/* factors_tables.c - the rows of the factor tables (see goedwerk/factors.h),
 * each with the people it rests on, for the privacy engine. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "factors_internal.h"

#define NCOLS(a) (sizeof(a) / sizeof((a)[0]))

const struct column factors_cols_loadings[] = {
	{"sort", 1}, {"factor", 1}, {"loading", 0}, {"flagged", 0}};
const struct column factors_cols_arrays[] = {
	{"card", 1}, {"label_nl", 1}, {"factor", 1}, {"z_score", 0}, {"rank", 0}, {"category", 0},
	{"distinguishing", 0}, {"distinguishing_p", 0}, {"consensus", 0}, {"n_defining_people", 0}};
const struct column factors_cols_characteristics[] = {
	{"factor", 1}, {"n_sorts", 0}, {"n_defining", 0}, {"n_defining_people", 0}, {"flipped", 0},
	{"variance", 0}, {"variance_share", 0}, {"average_reliability", 0}, {"reliability", 0},
	{"se_scores", 0}, {"n_people", 0}};
const struct column factors_cols_eigenvalues[] = {
	{"component", 1}, {"eigenvalue", 0}, {"variance_share", 0}, {"cumulative_share", 0},
	{"n_people", 0}};
const struct column factors_cols_differences[] = {
	{"card", 1}, {"factor_a", 1}, {"factor_b", 1}, {"difference", 0}, {"sed", 0},
	{"p_below", 0}, {"stars", 0}, {"n_people_a", 0}, {"n_people_b", 0}};
const struct column factors_cols_correlations[] = {{"factor_a", 1}, {"factor_b", 1}, {"r", 0},
	{"n_people_a", 0}, {"n_people_b", 0}};

size_t factors_defining_people(const struct factors_ctx *c, size_t f)
{
	size_t k = c->r->k, m = 0;
	size_t *rows = xmalloc((c->n_used ? c->n_used : 1) * sizeof *rows);
	for (size_t i = 0; i < c->n_used; i++)
		if (c->r->flagged[i * k + f])
			rows[m++] = c->used[i];
	size_t p = factors_count_people(c->ds, rows, m);
	free(rows);
	return p;
}

/* Why factor f (0-based) has no z-scores, naming the factor (so that a pair
 * row does not seem to blame both): no defining sorts (saying when the
 * factor explains no variance at all: alike sorts), or defining sorts that
 * load +-1, whose weights a/(1 - a^2) are infinite (identical sorts), or
 * that give every card the same score. */
static void undefined(const struct factors_ctx *c, struct table *t, size_t row, size_t col, size_t f)
{
	const struct factor_result *r = c->r;
	char why[200];
	int none = !(r->variance[f] > 1e-9 * (double)c->n_used), unit = 0;
	for (size_t i = 0; i < c->n_used; i++)
		unit |= r->flagged[i * r->k + f] && fabs(r->loadings[i * r->k + f]) > 1 - 1e-9;
	if (r->n_defining[f] == 0)
		snprintf(why, sizeof why, "factor %zu has no defining sorts%s", f + 1,
			 none ? ": it explains no variance (the sorts are alike)" : "");
	else
		snprintf(why, sizeof why, "factor %zu: its %zu defining sorts %s", f + 1, r->n_defining[f],
			 unit ? "load +-1 (identical sorts), so their weights a/(1-a^2) are infinite"
			      : "give every card the same score");
	table_set_undefined(t, row, col, why);
}

/* The same for a pair a < b of which one or both are undefined. */
static void undefined_pair(const struct factors_ctx *c, struct table *t, size_t row, size_t col,
			   size_t a, size_t b)
{
	undefined(c, t, row, col, c->r->defined[a] ? b : a);
	if (!c->r->defined[a] && !c->r->defined[b])
		undefined(c, t, row, col, b);
}

static void fill_loadings(struct factors_ctx *c, struct table *t)
{
	const struct factor_result *r = c->r;
	char buf[32];
	for (size_t i = 0; i < c->n_used; i++)
		for (size_t f = 0; f < r->k; f++) {
			size_t row = table_add_row(t);
			table_set_text(t, row, 0, factors_sort_name(c->ds, c->used[i], buf, sizeof buf));
			table_set_int(t, row, 1, (long long)f + 1);
			table_set_real(t, row, 2, r->loadings[i * r->k + f]);
			table_set_int(t, row, 3, r->flagged[i * r->k + f]);
		}
}

/* The people a factor rests on, when it has any (an undefined factor's rows
 * carry no value to protect). */
static void set_people(struct table *t, size_t row, size_t col, size_t people)
{
	if (people)
		table_set_int(t, row, col, (long long)people);
}

static void fill_arrays(struct factors_ctx *c, struct table *t, const size_t *people)
{
	const struct factor_result *r = c->r;
	size_t k = r->k;
	for (size_t f = 0; f < k; f++)
		for (size_t j = 0; j < r->n_cards; j++) {
			size_t row = table_add_row(t);
			table_set_text(t, row, 0, c->ds->card_id[j]);
			table_set_text(t, row, 1, c->ds->label_nl ? c->ds->label_nl[j] : NULL);
			table_set_int(t, row, 2, (long long)f + 1);
			set_people(t, row, 9, people[f]);
			if (!r->defined[f]) {
				undefined(c, t, row, 3, f);
				continue;
			}
			table_set_real(t, row, 3, r->zscores[j * k + f]);
			table_set_int(t, row, 4, r->rank[j * k + f]);
			table_set_int(t, row, 5, (long long)r->arrays[j * k + f]);
			if (k < 2) {
				table_set_undefined(t, row, 6, "one factor");
			} else {
				int d = r->distinguishing[j * k + f];
				table_set_int(t, row, 6, d >= 1);
				if (d >= 1)
					table_set_real(t, row, 7, d >= 2 ? 0.01 : 0.05);
				table_set_int(t, row, 8, r->consensus[j] == 1);
			}
		}
}

static void fill_characteristics(struct factors_ctx *c, struct table *t, const size_t *people)
{
	const struct factor_result *r = c->r;
	for (size_t f = 0; f < r->k; f++) {
		size_t row = table_add_row(t);
		table_set_int(t, row, 0, (long long)f + 1);
		table_set_int(t, row, 1, (long long)c->n_used);
		table_set_int(t, row, 2, (long long)r->n_defining[f]);
		table_set_int(t, row, 3, (long long)people[f]);
		table_set_int(t, row, 4, r->flipped[f]);
		table_set_int(t, row, 10, (long long)c->ft->n_people_used);
		table_set_real(t, row, 5, r->variance[f]);
		table_set_real(t, row, 6, r->variance[f] / (double)c->n_used);
		table_set_real(t, row, 7, 0.8);
		table_set_real(t, row, 8, r->reliability[f]);
		if (r->defined[f])
			table_set_real(t, row, 9, r->se_scores[f]);
		else
			undefined(c, t, row, 9, f);
	}
}

static void fill_eigenvalues(struct factors_ctx *c, struct table *t)
{
	const struct factor_result *r = c->r;
	double cum = 0;
	for (size_t e = 0; e < r->n_eigen; e++) {
		size_t row = table_add_row(t);
		double share = r->eigenvalues[e] / (double)c->n_used;
		cum += share;
		table_set_int(t, row, 0, (long long)e + 1);
		table_set_real(t, row, 1, r->eigenvalues[e]);
		table_set_share(t, row, 2, share);
		table_set_share(t, row, 3, cum); /* the sum of the shares can round above 1 */
		table_set_int(t, row, 4, (long long)c->ft->n_people_used);
	}
}

static void fill_differences(struct factors_ctx *c, struct table *t, const size_t *people)
{
	static const double level_p[5] = {0, 0.05, 0.01, 0.001, 0.000001};
	static const char *const level_stars[5] = {"", "*", "**", "***", "6*"};
	const struct factor_result *r = c->r;
	size_t k = r->k;
	for (size_t j = 0; j < r->n_cards; j++)
		for (size_t a = 0; a < k; a++)
			for (size_t b = a + 1; b < k; b++) {
				size_t row = table_add_row(t);
				table_set_text(t, row, 0, c->ds->card_id[j]);
				table_set_int(t, row, 1, (long long)a + 1);
				table_set_int(t, row, 2, (long long)b + 1);
				set_people(t, row, 7, people[a]);
				set_people(t, row, 8, people[b]);
				int s = r->sig[j * r->n_pairs + stats_factor_pair(k, a, b)];
				if (s < 0) {
					undefined_pair(c, t, row, 3, a, b);
					continue;
				}
				table_set_real(t, row, 3, r->zscores[j * k + a] - r->zscores[j * k + b]);
				table_set_real(t, row, 4, r->sed[a * k + b]);
				if (s > 0)
					table_set_real(t, row, 5, level_p[s]);
				table_set_text(t, row, 6, level_stars[s]);
			}
}

static void fill_correlations(struct factors_ctx *c, struct table *t, const size_t *people)
{
	const struct factor_result *r = c->r;
	size_t k = r->k;
	for (size_t a = 0; a < k; a++)
		for (size_t b = a + 1; b < k; b++) {
			size_t row = table_add_row(t);
			table_set_int(t, row, 0, (long long)a + 1);
			table_set_int(t, row, 1, (long long)b + 1);
			set_people(t, row, 3, people[a]);
			set_people(t, row, 4, people[b]);
			if (r->defined[a] && r->defined[b])
				table_set_real(t, row, 2, r->zcor[a * k + b]);
			else
				undefined_pair(c, t, row, 2, a, b);
		}
}

void factors_fill_tables(struct factors_ctx *c)
{
	struct factors_tables *ft = c->ft;
	size_t k = c->r->k;
	size_t *people = xcalloc(k, sizeof *people);
	for (size_t f = 0; f < k; f++)
		people[f] = factors_defining_people(c, f);
	ft->t[FACTORS_LOADINGS] = table_new("factor_loadings", factors_cols_loadings, NCOLS(factors_cols_loadings));
	ft->t[FACTORS_ARRAYS] = table_new("factor_arrays", factors_cols_arrays, NCOLS(factors_cols_arrays));
	ft->t[FACTORS_CHARACTERISTICS] = table_new("factor_characteristics", factors_cols_characteristics, NCOLS(factors_cols_characteristics));
	ft->t[FACTORS_EIGENVALUES] = table_new("factor_eigenvalues", factors_cols_eigenvalues, NCOLS(factors_cols_eigenvalues));
	ft->t[FACTORS_DIFFERENCES] = table_new("factor_differences", factors_cols_differences, NCOLS(factors_cols_differences));
	ft->t[FACTORS_CORRELATIONS] = table_new("factor_correlations", factors_cols_correlations, NCOLS(factors_cols_correlations));
	fill_loadings(c, ft->t[FACTORS_LOADINGS]);
	fill_arrays(c, ft->t[FACTORS_ARRAYS], people);
	fill_characteristics(c, ft->t[FACTORS_CHARACTERISTICS], people);
	fill_eigenvalues(c, ft->t[FACTORS_EIGENVALUES]);
	fill_differences(c, ft->t[FACTORS_DIFFERENCES], people);
	fill_correlations(c, ft->t[FACTORS_CORRELATIONS], people);
	free(people);
}
