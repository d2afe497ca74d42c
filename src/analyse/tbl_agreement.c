/* tbl_agreement.c - agreement.csv: how far the sorts of a scope (all,
 * traject, group, table) agree, per phase x perspective: Kendall's W over
 * the complete sorts (chi-square p, or a permutation p for small scopes),
 * Krippendorff's alpha over all sorts (missing placements allowed), the
 * mean pairwise Spearman correlation of the complete sorts.
 * A card that no sort of the scope placed is not part of its ranking: W,
 * chi2 and mean Spearman are over the other cards (n_cards says how many;
 * note says so); a card missing from only some sorts makes those sorts
 * incomplete (W and Spearman need complete rankings; alpha takes them).
 * Every sort of the scope is a rater: a person with sorts at several
 * sessions counts once per sort (n_sorts vs n_people).  Cards are the
 * units of alpha, sorts its coders.
 * Suppression: by the privacy engine (people, per phase x perspective x
 * scope; goedwerk/privacy.h); a scope it will hide is not computed.
 * p_value is the chi-square p (p_method "chi2"), or for fewer than 5
 * complete sorts or 8 cards a permutation p (1999 shuffles, gsl_rng_mt19937
 * seeded with --seed, p_method "permutation"); p_chi2 is always given. */
#include <math.h>
#include <stdlib.h>
#include "goedwerk/stats/agreement.h"
#include "goedwerk/alloc.h"
#include "scope_w.h"
#include "strata.h"
#include "tables.h"

/* The chi-square approximation of m(n-1)W needs n > 7 objects (cards; NAG
 * g08daf, Siegel 1956); with 30 cards it holds for a group, and the
 * permutation p is kept for the smallest scopes (a table of four).  At a
 * million sorts a permutation test per group would cost minutes. */
#define PERM_MIN_SORTS 5
#define PERM_MIN_CARDS 8
#define PERM_B 1999

enum { C_SCOPE_TYPE, C_SCOPE, C_PHASE, C_PERSP, C_N_PEOPLE, C_N_SORTS, C_N_COMPLETE, C_N_CARDS,
       C_W, C_CHI2, C_DF, C_P, C_P_METHOD, C_P_CHI2, C_A_ORD, C_A_INT, C_A_NOM, C_A_RATIO,
       C_SPEARMAN };

static const struct column cols[] = {
	{"scope_type", 1}, {"scope", 1}, {"phase", 1}, {"perspective", 1}, {"n_people", 0},
	{"n_sorts", 0}, {"n_complete", 0}, {"n_cards", 0}, {"kendall_w", 0}, {"chi2", 0},
	{"df", 0}, {"p_value", 0}, {"p_method", 0}, {"p_chi2", 0}, {"alpha_ordinal", 0},
	{"alpha_interval", 0}, {"alpha_nominal", 0}, {"alpha_ratio", 0}, {"mean_spearman", 0}};

static const char *const spec[] = {"scope_type", "scope", "phase", "perspective", "n_sorts",
				   "n_cards", "kendall_w", "chi2", "df", "p_value",
				   "alpha_ordinal", "alpha_interval", "alpha_nominal",
				   "mean_spearman", NULL};

static const int scopes[] = {STRATUM_ALL, DS_TRAJECT, DS_GROUP, DS_TABLE};

struct ctx {
	const struct analysis *a;
	struct table *t;
	double *x;       /* one sort (cards) */
	double *counts;  /* cards x categories */
	double *values;  /* the scale */
	size_t *card;    /* the scope's cards */
};

/* W over the complete sorts (streamed: O(cards) memory); for a small scope
 * the sorts are copied for the permutation test. */
static void set_w(struct ctx *x, size_t r, const size_t *rows, size_t n_rows)
{
	const struct dataset *ds = x->a->ds;
	struct table *t = x->t;
	size_t n = scope_cards(ds, rows, n_rows, x->card);
	table_set_int(t, r, C_N_CARDS, (long long)n);
	if (n < ds->n_cards) {
		char *why = xasprintf("%zu of %zu cards placed by nobody in this scope: left out of "
				      "kendall_w, chi2 and mean_spearman", ds->n_cards - n, ds->n_cards);
		table_note(t, r, why);
		free(why);
	}
	struct stats_concordance c;
	stats_concordance_init(&c, n);
	size_t m = scope_complete_sorts(ds, rows, n_rows, x->card, n, NULL, &c, x->x);
	table_set_int(t, r, C_N_COMPLETE, (long long)m);
	struct stats_kendall_w w;
	double rho;
	size_t used;
	enum gw_status st = stats_concordance_w(&c, &w);
	enum gw_status st_rho = stats_concordance_spearman(&c, &rho, &used);
	stats_concordance_free(&c);
	if (st != GW_OK) {
		const char *why = m < 2 ? "fewer than 2 complete sorts" :
				  n < 2 ? "fewer than 2 cards" : "no variation";
		table_set_undefined(t, r, C_W, why);
		return;
	}
	table_set_real(t, r, C_W, w.w);
	table_set_real(t, r, C_CHI2, w.chi2);
	table_set_real(t, r, C_DF, w.df);
	table_set_p(t, r, C_P_CHI2, w.p);
	if (m < PERM_MIN_SORTS || n < PERM_MIN_CARDS) {
		double p, *xm = xmalloc(m * n * sizeof *xm);
		scope_complete_sorts(ds, rows, n_rows, x->card, n, xm, NULL, NULL);
		stats_kendall_w_perm(xm, m, n, PERM_B, x->a->sel->seed, &p);
		free(xm);
		table_set_p(t, r, C_P, p);
		table_set_text(t, r, C_P_METHOD, "permutation");
	} else {
		table_set_p(t, r, C_P, w.p);
		table_set_text(t, r, C_P_METHOD, "chi2");
	}
	if (st_rho == GW_OK)
		table_set_real(t, r, C_SPEARMAN, rho);
	else
		table_set_undefined(t, r, C_SPEARMAN, "no variation");
}

static void set_alpha(struct ctx *x, size_t r, const size_t *rows, size_t n)
{
	const struct dataset *ds = x->a->ds;
	size_t V = ds->n_scale;
	for (size_t k = 0; k < ds->n_cards * V; k++)
		x->counts[k] = 0.0;
	for (size_t i = 0; i < n; i++) {
		const int8_t *s = ds->cats + rows[i] * ds->n_cards;
		for (size_t j = 0; j < ds->n_cards; j++)
			if (s[j] != DS_MISSING)
				x->counts[j * V + (size_t)(s[j] - ds->scale_min)] += 1.0;
	}
	struct stats_alpha al;
	if (stats_krippendorff_alpha_counts(x->counts, ds->n_cards, x->values, V, &al) != GW_OK) {
		table_set_undefined(x->t, r, C_A_ORD, al.n_pairable < 2 ? "fewer than 2 sorts" :
							 "no variation");
		return;
	}
	table_set_real(x->t, r, C_A_ORD, al.ordinal);
	table_set_real(x->t, r, C_A_INT, al.interval);
	table_set_real(x->t, r, C_A_NOM, al.nominal);
	table_set_real(x->t, r, C_A_RATIO, al.ratio); /* empty for a scale with negatives */
}

static enum gw_status cell(const struct strata_cell *c, void *arg)
{
	struct ctx *x = arg;
	struct table *t = x->t;
	size_t r = table_add_row(t);
	table_set_text(t, r, C_SCOPE_TYPE, c->stratum_type);
	table_set_text(t, r, C_SCOPE, c->stratum);
	table_set_text(t, r, C_PHASE, c->phase);
	table_set_text(t, r, C_PERSP, c->perspective);
	table_set_int(t, r, C_N_PEOPLE, (long long)c->n_people);
	if (!privacy_enough(x->a->sel, c->n_people))
		return GW_OK; /* suppressed by the engine: not worth computing */
	table_set_int(t, r, C_N_SORTS, (long long)c->n);
	set_w(x, r, c->rows, c->n);
	set_alpha(x, r, c->rows, c->n);
	return GW_OK;
}

static enum gw_status build(const struct analysis *a, struct table *t)
{
	const struct dataset *ds = a->ds;
	size_t nc = ds->n_cards ? ds->n_cards : 1;
	struct ctx x = {a, t, xmalloc(nc * sizeof(double)),
			xmalloc(nc * ds->n_scale * sizeof(double)),
			xmalloc(ds->n_scale * sizeof(double)), xmalloc(nc * sizeof(size_t))};
	for (size_t k = 0; k < ds->n_scale; k++)
		x.values[k] = ds->scale_min + (double)k;
	enum gw_status st = strata_each(ds, scopes, COUNT_OF(scopes), cell, &x);
	free(x.x);
	free(x.counts);
	free(x.values);
	free(x.card);
	return st;
}

const struct table_def table_agreement = {
	"agreement",
	"per scope (all, traject, group, table): Kendall's W (complete sorts; chi-square or "
	"permutation p), Krippendorff's alpha, mean pairwise Spearman",
	cols, COUNT_OF(cols), spec, build,
	{.rule = {{.unit = PRIVACY_PEOPLE, .count = "n_people", .stratum_type = "scope_type",
		   .stratum = "scope", .universe = privacy_phase_perspective,
		   .small_why = "fewer than min-cell people"}}}};
