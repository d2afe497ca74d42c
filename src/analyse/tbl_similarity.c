/* tbl_similarity.c - similarity.csv: per phase x perspective, every pair of
 * organisations, and every pair of groups within one traject: how alike
 * their value profiles are (stats/similarity.h: 1 - Spearman rho of the
 * mean piles, Euclidean distance of the top-pile shares), with percentile
 * bootstrap intervals (Efron & Tibshirani 1993, ch. 13): each unit's sorts
 * resampled with replacement SIM_BOOT times (--seed), the distance of the
 * two resampled profiles each time.  200 resamples: the 2.5% and 97.5%
 * points rest on 5 replicates each side, coarse but steady to about 0.01
 * here, and the groups of many trajecten stay affordable (ranks are taken
 * once per resampled profile, each pair then costs O(cards)).  Replicates where a profile has no
 * order (every card the same mean) are left out; n_boot says how many
 * count.  A distance between two noisy profiles is biased upwards (the
 * noise of both adds to it, and resampling adds it again), so with small
 * units the interval can lie above the estimate: *_bias is the bootstrap
 * estimate of that bias, mean(replicates) - estimate (ibid., ch. 10), for
 * the reader to see how much of a distance is noise.  Units of fewer than --min-cell people take no part (left_out);
 * more than SIM_MAX_ORGS organisations or SIM_MAX_GROUPS groups in a
 * scope: one row says so.
 * Cost: SIM_BOOT x the scope's sorts x cards to resample, SIM_BOOT x cards
 * per pair. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>
#include "goedwerk/alloc.h"
#include "goedwerk/stats/similarity.h"
#include "similarity_units.h"
#include "empty.h"
#include "goedwerk/messages.h"
#include "tables.h"

#define SIM_BOOT 200

enum { C_PHASE, C_PERSP, C_TYPE, C_SCOPE, C_A, C_B, C_NA, C_NB, C_RHO, C_DRHO, C_DRHO_LO,
       C_DRHO_HI, C_DRHO_BIAS, C_EUC, C_EUC_LO, C_EUC_HI, C_EUC_BIAS, C_BOOT, C_LEFT };

static const struct column cols[] = {
	{"phase", 1},         {"perspective", 1},  {"unit_type", 1},      {"scope", 1},
	{"unit_a", 1},        {"unit_b", 1},       {"n_people_a", 0},     {"n_people_b", 0},
	{"spearman_rho", 0},  {"distance_rho", 0}, {"distance_rho_lo", 0}, {"distance_rho_hi", 0},
	{"distance_rho_bias", 0}, {"distance_top", 0}, {"distance_top_lo", 0},
	{"distance_top_hi", 0}, {"distance_top_bias", 0}, {"n_boot", 0},
	{"units_left_out", 0}};

struct ctx {
	const struct analysis *a;
	struct table *t;
	gsl_rng *rng;
	size_t *draw;          /* a resample's rows */
	double *work;          /* 2 x cards for Spearman and Euclid */
	double *bm, *bt;       /* SIM_BOOT x m x cards: ranks of the resampled mean
				* piles (stats_profile_ranks), top shares */
	double *mean;          /* cards: one resampled mean profile */
	double *dr, *de;       /* SIM_BOOT: one pair's replicate distances */
};

static size_t start_row(struct ctx *x, const struct sim_scope *s)
{
	size_t r = table_add_row(x->t);
	table_set_text(x->t, r, C_PHASE, s->phase);
	table_set_text(x->t, r, C_PERSP, s->perspective);
	table_set_text(x->t, r, C_TYPE, s->unit_type);
	table_set_text(x->t, r, C_SCOPE, s->scope);
	table_set_int(x->t, r, C_LEFT, (long long)s->left_out);
	return r;
}

static void resample(struct ctx *x, const struct sim_scope *s)
{
	size_t nc = x->a->ds->n_cards;
	for (size_t u = 0; u < s->m; u++)
		for (size_t b = 0; b < SIM_BOOT; b++) {
			size_t n = s->n_rows[u];
			for (size_t i = 0; i < n; i++)
				x->draw[i] = s->rows[u][gsl_rng_uniform_int(x->rng, n)];
			sim_profile(x->a->ds, x->draw, n, x->mean, x->bt + (b * s->m + u) * nc);
			stats_profile_ranks(x->mean, nc, x->bm + (b * s->m + u) * nc);
		}
}

/* The 2.5% and 97.5% points of the replicates v[0..n) (sorted in place) and
 * their bias against the estimate into columns lo, lo + 1 (hi), lo + 2. */
static void interval(struct table *t, size_t r, size_t lo, double *v, size_t n, double estimate,
		     const char *why_none)
{
	if (!n) {
		table_set_undefined(t, r, lo, why_none);
		return;
	}
	gsl_sort(v, 1, n);
	table_set_real(t, r, lo, gsl_stats_quantile_from_sorted_data(v, 1, n, 0.025));
	table_set_real(t, r, lo + 1, gsl_stats_quantile_from_sorted_data(v, 1, n, 0.975));
	table_set_real(t, r, lo + 2, gsl_stats_mean(v, 1, n) - estimate);
}

static void pair_row(struct ctx *x, const struct sim_scope *s, size_t ua, size_t ub)
{
	size_t nc = x->a->ds->n_cards, r = start_row(x, s), nb = 0, ne = 0;
	table_set_text(x->t, r, C_A, s->unit[ua]);
	table_set_text(x->t, r, C_B, s->unit[ub]);
	table_set_int(x->t, r, C_NA, (long long)s->people[ua]);
	table_set_int(x->t, r, C_NB, (long long)s->people[ub]);
	double d = stats_spearman_distance(s->mean + ua * nc, s->mean + ub * nc, nc, x->work);
	table_set_real(x->t, r, C_RHO, 1 - d);
	table_set_real(x->t, r, C_DRHO, d);
	double e = stats_euclidean(s->top + ua * nc, s->top + ub * nc, nc, x->work);
	table_set_real(x->t, r, C_EUC, e);
	if (isnan(d))
		table_set_undefined(x->t, r, C_DRHO, "a profile with every card at the same mean");
	for (size_t b = 0; b < SIM_BOOT; b++) {
		const double *ma = x->bm + (b * s->m + ua) * nc, *mb = x->bm + (b * s->m + ub) * nc;
		double v = stats_rank_distance(ma, mb, nc);
		if (!isnan(v))
			x->dr[nb++] = v;
		v = stats_euclidean(x->bt + (b * s->m + ua) * nc, x->bt + (b * s->m + ub) * nc, nc, x->work);
		if (!isnan(v))
			x->de[ne++] = v;
	}
	table_set_int(x->t, r, C_BOOT, (long long)nb);
	interval(x->t, r, C_DRHO_LO, x->dr, nb, d, "no resample has an order of the cards");
	interval(x->t, r, C_EUC_LO, x->de, ne, e, "a card nobody placed");
}

static enum gw_status scope_rows(const struct sim_scope *s, void *arg)
{
	struct ctx *x = arg;
	char note[160];
	size_t most_units = sim_most_units(s);
	if (s->m < 2 || s->m > most_units) {
		size_t r = start_row(x, s);
		if (s->m < 2)
			snprintf(note, sizeof note, "one unit of --min-cell people: nothing to compare");
		else
			snprintf(note, sizeof note, "%zu units: pairs are made for at most %zu", s->m,
				 most_units);
		table_set_undefined(x->t, r, C_DRHO, note);
		return GW_OK;
	}
	size_t nc = x->a->ds->n_cards, most = 0;
	for (size_t u = 0; u < s->m; u++)
		most = s->n_rows[u] > most ? s->n_rows[u] : most;
	x->draw = xrealloc(x->draw, (most + 1) * sizeof *x->draw);
	x->bm = xrealloc(x->bm, (SIM_BOOT * s->m * nc + 1) * sizeof *x->bm);
	x->bt = xrealloc(x->bt, (SIM_BOOT * s->m * nc + 1) * sizeof *x->bt);
	resample(x, s);
	for (size_t ua = 0; ua < s->m; ua++)
		for (size_t ub = ua + 1; ub < s->m; ub++)
			pair_row(x, s, ua, ub);
	return GW_OK;
}

static enum gw_status build(const struct analysis *a, struct table *t)
{
	struct ctx x = {a, t, gsl_rng_alloc(gsl_rng_mt19937), NULL, NULL, NULL, NULL, NULL, NULL, NULL};
	gsl_rng_set(x.rng, a->sel->seed);
	x.work = xmalloc((2 * a->ds->n_cards + 1) * sizeof *x.work);
	x.mean = xmalloc((a->ds->n_cards + 1) * sizeof *x.mean);
	x.dr = xmalloc(SIM_BOOT * sizeof *x.dr);
	x.de = xmalloc(SIM_BOOT * sizeof *x.de);
	enum gw_status st = sim_scopes_each(a, scope_rows, &x);
	gsl_rng_free(x.rng);
	free(x.draw);
	free(x.work);
	free(x.mean);
	free(x.bm);
	free(x.bt);
	free(x.dr);
	free(x.de);
	empty_because(t, MSG("no organisation or group of --min-cell people"));
	return st;
}

static const char *const universe[] = {"phase", "perspective", NULL};

const struct table_def table_similarity = {
	"similarity",
	"pairs of organisations, and of groups within a traject: 1 - Spearman rho of the mean piles, Euclidean distance of the top-pile shares, percentile bootstrap intervals (--seed)",
	cols, COUNT_OF(cols), NULL, build,
	{.rule = {{.unit = PRIVACY_PEOPLE, .count = "n_people_a", .stratum_type = "unit_type",
		   .stratum = "unit_a", .universe = universe},
		  {.unit = PRIVACY_PEOPLE, .count = "n_people_b", .stratum_type = "unit_type",
		   .stratum = "unit_b", .universe = universe}}}};
