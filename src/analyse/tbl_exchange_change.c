/* tbl_exchange_change.c - exchange_change.csv: how far a person's sort
 * moves between the individual phase and after the group exchange.
 *
 * Pairs: each exchange sort with the individual sort of the same person and
 * perspective by the one rule of pairing.h (same session, else the latest
 * session before); a person with several sessions gives several pairs (n
 * counts pairs, n_people people).  Exchange sorts left unpaired are counted
 * in the note of their perspective's "all" row and on stderr.  Distances are
 * over the cards placed in both sorts (stats/distance.h): Fagin's K^(1/2)
 * (also divided by n(n-1)/2), the footrule on mid-ranks, and whether the
 * set of cards in the top category changed.  Rows: perspective x stratum
 * (all, age_band, role, organisation; a pair's stratum is that of its
 * individual sort).  Suppression: by the privacy engine (people, per
 * perspective x stratum; goedwerk/privacy.h).
 *
 * Spread: median_footrule, q25_footrule, q75_footrule per row (quantiles
 * of the pairs' footrules, linear interpolation = R type 7, numpy default).
 * Between strata: kw_* is a Kruskal-Wallis test (tie-corrected) of the
 * per-pair footrule between the levels of the row's stratifier, with
 * epsilon-squared; the same values on every shown row of that perspective
 * x stratifier (empty on the "all" row).  Levels of fewer than --min-cell
 * people are left out of the test (kw_groups = levels tested). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>
#include "goedwerk/stats/differences.h"
#include "goedwerk/stats/proportion.h"
#include "goedwerk/alloc.h"
#include "goedwerk/stats/distance.h"
#include "pairing.h"
#include "strata.h"
#include "empty.h"
#include "goedwerk/messages.h"
#include "tables.h"

enum { C_PERSP, C_STYPE, C_STRATUM, C_N, C_N_PEOPLE, C_FOOT, C_KEND, C_KEND_NORM, C_TOP,
       C_TOP_LO, C_TOP_HI, C_TOP_KEPT, C_MED, C_Q25, C_Q75, C_KW, C_KW_DF, C_KW_P, C_KW_E2,
       C_KW_GROUPS };

static const struct column cols[] = {
	{"perspective", 1}, {"stratum_type", 1}, {"stratum", 1}, {"n", 0}, {"n_people", 0},
	{"mean_footrule", 0}, {"mean_kendall_distance", 0}, {"mean_kendall_distance_norm", 0},
	{"share_changed_top", 0}, {"share_changed_top_lo", 0}, {"share_changed_top_hi", 0},
	{"mean_top_kept", 0}, {"median_footrule", 0}, {"q25_footrule", 0}, {"q75_footrule", 0},
	{"kw_statistic", 0}, {"kw_df", 0}, {"kw_p_value", 0}, {"kw_epsilon2", 0}, {"kw_groups", 0}};

static const char *const spec[] = {"stratum_type", "stratum", "n", "mean_footrule",
				   "mean_kendall_distance", "share_changed_top", NULL};

struct exchange_pair {
	size_t ind, exch;
	int32_t person, persp;
	double foot, kend, kend_norm, kept;
	int changed;
};

struct acc {
	size_t n, people;
	int32_t last_person;
	double foot, kend, kend_norm, kept, changed;
};

/* Footrules of one perspective x stratifier, sorted within each level:
 * level l holds foot[start[l] .. start[l + 1]). */
struct spread {
	double *foot;
	size_t *start;
};

static void fill_row(struct table *t, size_t r, const struct acc *s, const double *foot)
{
	double n = (double)s->n, lo, hi;
	table_set_int(t, r, C_N, (long long)s->n);
	table_set_int(t, r, C_N_PEOPLE, (long long)s->people);
	table_set_real(t, r, C_FOOT, s->foot / n);
	table_set_real(t, r, C_KEND, s->kend / n);
	table_set_real(t, r, C_KEND_NORM, s->kend_norm / n);
	table_set_real(t, r, C_TOP, s->changed / n);
	if (stats_wilson(s->changed, n, 0.95, 0, &lo, &hi) == GW_OK) {
		table_set_real(t, r, C_TOP_LO, lo);
		table_set_real(t, r, C_TOP_HI, hi);
	}
	table_set_real(t, r, C_TOP_KEPT, s->kept / n);
	table_set_real(t, r, C_MED, gsl_stats_median_from_sorted_data(foot, 1, s->n));
	table_set_real(t, r, C_Q25, gsl_stats_quantile_from_sorted_data(foot, 1, s->n, 0.25));
	table_set_real(t, r, C_Q75, gsl_stats_quantile_from_sorted_data(foot, 1, s->n, 0.75));
}

/* Kruskal-Wallis between the levels with --min-cell people, written on the
 * shown rows [first, t->nrows). */
static void kw_rows(const struct analysis *a, struct table *t, size_t first, const struct acc *acc,
		    size_t L, const struct spread *sp)
{
	size_t n = sp->start[L], m = 0, k = 0;
	double *x = xmalloc((n ? n : 1) * sizeof *x);
	size_t *g = xmalloc((n ? n : 1) * sizeof *g);
	for (size_t l = 0; l < L; l++) {
		if (acc[l].n == 0 || !privacy_enough(a->sel, acc[l].people))
			continue;
		for (size_t i = sp->start[l]; i < sp->start[l + 1]; i++) {
			x[m] = sp->foot[i];
			g[m++] = k;
		}
		k++;
	}
	struct stats_kw kw;
	enum gw_status st = k >= 2 ? stats_kruskal_wallis(x, g, m, k, &kw) : GW_UNDEFINED;
	for (size_t r = first; r < t->nrows; r++) {
		table_set_int(t, r, C_KW_GROUPS, (long long)k);
		if (st != GW_OK) {
			table_set_undefined(t, r, C_KW, k < 2 ? "kw: fewer than two strata of min-cell people"
							      : "kw: no variation");
			continue;
		}
		table_set_real(t, r, C_KW, kw.h);
		table_set_real(t, r, C_KW_DF, kw.df);
		table_set_p(t, r, C_KW_P, kw.p_value);
		table_set_real(t, r, C_KW_E2, kw.epsilon2);
	}
	free(x);
	free(g);
}

/* Rows of one perspective x stratifier; accumulators per level (level L
 * is "all"). */
static void emit_group(const struct analysis *a, struct table *t, const char *persp, int s,
		       const struct acc *acc, size_t L, const struct spread *sp)
{
	const struct dataset *ds = a->ds;
	size_t first = t->nrows;
	for (size_t l = 0; l < L; l++) {
		if (acc[l].n == 0)
			continue;
		size_t r = table_add_row(t);
		table_set_text(t, r, C_PERSP, persp);
		table_set_text(t, r, C_STYPE, s == STRATUM_ALL ? "all" : ds->f[s].name);
		table_set_text(t, r, C_STRATUM, s == STRATUM_ALL ? "all" : ds->f[s].levels[l]);
		fill_row(t, r, &acc[l], sp->foot + sp->start[l]);
	}
	if (s != STRATUM_ALL)
		kw_rows(a, t, first, acc, L, sp);
}

/* The level of pair q for stratifier s (0 for "all"), -1 when unknown. */
static int32_t pair_level(const struct dataset *ds, const struct exchange_pair *q, int s)
{
	return s == STRATUM_ALL ? 0 : ds->f[s].code[q->ind];
}

/* Sums per level over the pairs of perspective v. */
static void accumulate(const struct dataset *ds, const struct exchange_pair *p, size_t np, int32_t v, int s,
		       struct acc *acc, size_t L)
{
	for (size_t l = 0; l < L; l++)
		acc[l] = (struct acc){0, 0, -1, 0, 0, 0, 0, 0};
	for (size_t i = 0; i < np; i++) { /* pairs are in person order */
		int32_t l = pair_level(ds, &p[i], s);
		if (p[i].persp != v || l < 0)
			continue;
		struct acc *c = &acc[l];
		c->n++;
		c->people += c->last_person != p[i].person;
		c->last_person = p[i].person;
		c->foot += p[i].foot;
		c->kend += p[i].kend;
		c->kend_norm += p[i].kend_norm;
		c->kept += p[i].kept;
		c->changed += p[i].changed;
	}
}

/* The footrules of perspective v by level, each level sorted. */
static void bucket(const struct dataset *ds, const struct exchange_pair *p, size_t np, int32_t v, int s,
		   const struct acc *acc, size_t L, struct spread *sp, size_t *pos)
{
	sp->start[0] = 0;
	for (size_t l = 0; l < L; l++)
		pos[l] = sp->start[l + 1] = sp->start[l] + acc[l].n;
	for (size_t i = np; i-- > 0;) {
		int32_t l = pair_level(ds, &p[i], s);
		if (p[i].persp == v && l >= 0)
			sp->foot[--pos[l]] = p[i].foot;
	}
	for (size_t l = 0; l < L; l++)
		gsl_sort(sp->foot + sp->start[l], 1, acc[l].n);
}

static const char *const universe[] = {"perspective", NULL};

/* The distances of every pair, over the cards placed in both sorts. */
static size_t exchange_pairs(const struct dataset *ds, const struct pairing *pg, struct exchange_pair *p)
{
	size_t np = 0;
	for (size_t k = 0; k < pg->n; k++) {
		size_t i0 = pg->pair[k].early, i1 = pg->pair[k].late;
		struct stats_sort_distance d;
		const int8_t *x = ds->cats + i0 * ds->n_cards, *y = ds->cats + i1 * ds->n_cards;
		if (stats_sort_distance(x, y, ds->n_cards, DS_MISSING, ds->scale_max, &d) == GW_OK)
			p[np++] = (struct exchange_pair){i0, i1, ds->person[i0],
							 ds->f[DS_PERSPECTIVE].code[i0], d.footrule, d.kendall,
							 d.kendall_norm, (double)d.top_kept, d.top_changed};
	}
	return np;
}

/* Unpaired exchange sorts: a note on each perspective's "all" row, one
 * stderr line for the table. */
static void report_unpaired(const struct analysis *a, struct table *t, const struct pairing *pg)
{
	const struct dataset *ds = a->ds;
	if (!pg->n_unpaired)
		return;
	for (size_t r = 0; r < t->nrows; r++) {
		const char *v = table_get_text(t, r, C_PERSP);
		int32_t code = ds_level_code(&ds->f[DS_PERSPECTIVE], v), n = 0;
		if (strcmp(table_get_text(t, r, C_STYPE), "all") != 0)
			continue;
		for (size_t k = 0; k < pg->n_unpaired; k++)
			n += ds->f[DS_PERSPECTIVE].code[pg->unpaired[k]] == code;
		if (n) {
			char *why = xasprintf("%d exchange sorts without an individual sort of the same "
					      "person and perspective at or before their session left out", n);
			table_note(t, r, why);
			free(why);
		}
	}
	if (a->err)
		fprintf(a->err, "goedwerk: exchange_change: %zu exchange sorts have no individual sort of "
			"the same person and perspective at or before their session; left out\n",
			pg->n_unpaired);
}

static enum gw_status build(const struct analysis *a, struct table *t)
{
	const struct dataset *ds = a->ds;
	struct pairing pg;
	pairing_make(ds, &pair_exchange, &pg);
	struct exchange_pair *p = xmalloc((pg.n ? pg.n : 1) * sizeof *p);
	size_t np = exchange_pairs(ds, &pg, p), maxl = 1;
	int strat[STRATA_MAX] = {STRATUM_ALL}; /* all, then the registry's strata */
	size_t n_strat = 1 + strata_of_people(strat + 1);
	for (size_t k = 0; k < n_strat; k++)
		if (strat[k] != STRATUM_ALL && ds->f[strat[k]].n_levels > maxl)
			maxl = ds->f[strat[k]].n_levels;
	struct acc *acc = xmalloc(maxl * sizeof *acc);
	struct spread sp = {xmalloc((np ? np : 1) * sizeof *sp.foot),
			    xmalloc((maxl + 1) * sizeof *sp.start)};
	size_t *pos = xmalloc(maxl * sizeof *pos);
	const struct ds_factor *pe = &ds->f[DS_PERSPECTIVE];
	for (size_t v = 0; v < pe->n_levels; v++)
		for (size_t k = 0; k < n_strat; k++) {
			int s = strat[k];
			size_t L = s == STRATUM_ALL ? 1 : ds->f[s].n_levels;
			accumulate(ds, p, np, (int32_t)v, s, acc, L);
			bucket(ds, p, np, (int32_t)v, s, acc, L, &sp, pos);
			emit_group(a, t, pe->levels[v], s, acc, L, &sp);
		}
	free(acc);
	free(sp.foot);
	free(sp.start);
	free(pos);
	free(p);
	report_unpaired(a, t, &pg);
	if (empty_count_sorts(ds, "exchange", NULL) == 0)
		empty_because(t, MSG("no exchange sorts in the selection"));
	else if (empty_count_sorts(ds, "individual", NULL) == 0)
		empty_because(t, MSG("no individual sorts in the selection to compare the exchange sorts with"));
	else
		empty_because(t, MSG("no exchange sort has an individual sort of the same person and "
			      "perspective at or before its session"));
	pairing_free(&pg);
	return GW_OK;
}

const struct table_def table_exchange_change = {
	"exchange_change",
	"how far sorts move from individual to after the exchange: footrule, Kendall distance "
	"K^(1/2), share whose top category changed, footrule median and quartiles, per "
	"perspective x stratum; Kruskal-Wallis of the footrule between strata (kw_*)",
	cols, COUNT_OF(cols), spec, build, PRIVACY_STRATA(PRIVACY_PEOPLE, "n_people", universe)};
