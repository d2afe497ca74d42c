/* tbl_perspective_gap.c - perspective_gap.csv: per card, how a person places
 * it as a civil servant against as a person.  Pairs: each person's
 * individual personal sort with their professional one by the rule of
 * pairing.h (one pair a person).
 * Wilcoxon signed-rank of professional - personal (zeros dropped, as R),
 * matched-pairs rank-biserial, Benjamini-Hochberg q across cards.  A card
 * with fewer than --min-cell pairs is suppressed by the privacy engine and
 * left out of the BH family. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/stats/differences.h"
#include "goedwerk/stats/multiple.h"
#include "goedwerk/alloc.h"
#include "empty.h"
#include "goedwerk/messages.h"
#include "pairing.h"
#include "tables.h"

enum { C_CARD, C_LABEL, C_N, C_MPRO, C_MPER, C_MDIFF, C_STAT, C_P, C_Q, C_EFFECT, C_MEASURE, C_METHOD };

static const struct column cols[] = {
	{"card", 1}, {"label_nl", 1}, {"n", 0}, {"mean_professional", 0}, {"mean_personal", 0},
	{"mean_difference", 0}, {"statistic", 0}, {"p_value", 0}, {"q_value", 0},
	{"effect_size", 0}, {"effect_measure", 0}, {"p_method", 0}};

static const char *const spec[] = {"card", "n", "mean_professional", "mean_personal", "statistic",
				   "p_value", "q_value", "effect_size", NULL};

/* Each person's personal individual sort with their professional one, by
 * the rule of pairing.h (same session, else the nearest session; one pair a
 * person, so the pairs are independent). */
static const struct pair_rule rule = {"individual", "professional", "individual", "personal", 1, 1};

static void card_row(const struct analysis *a, struct table *t, const struct pairing *pg, size_t j,
		     double *d, double *pval)
{
	const struct dataset *ds = a->ds;
	size_t r = table_add_row(t), n = 0;
	double spro = 0, sper = 0;
	table_set_text(t, r, C_CARD, ds->card_id[j]);
	table_set_text(t, r, C_LABEL, ds->label_nl[j]);
	for (size_t k = 0; k < pg->n; k++) {
		int x = ds_cat(ds, pg->pair[k].early, j), y = ds_cat(ds, pg->pair[k].late, j);
		if (x == DS_MISSING || y == DS_MISSING)
			continue;
		d[n++] = x - y;
		spro += x;
		sper += y;
	}
	*pval = NAN;
	table_set_int(t, r, C_N, (long long)n);
	if (n == 0)
		table_set_undefined(t, r, C_MPRO, why_unplaced);
	if (!privacy_enough(a->sel, n))
		return; /* the engine suppresses it: not in the BH family */
	table_set_real(t, r, C_MPRO, spro / (double)n);
	table_set_real(t, r, C_MPER, sper / (double)n);
	table_set_real(t, r, C_MDIFF, (spro - sper) / (double)n);
	table_set_text(t, r, C_MEASURE, "rank-biserial");
	struct stats_wilcoxon w;
	if (stats_wilcoxon_signed_rank(d, n, &w) != GW_OK) {
		table_set_undefined(t, r, C_STAT, "no difference between the perspectives");
		return;
	}
	table_set_real(t, r, C_STAT, w.v_plus);
	table_set_p(t, r, C_P, w.p_value);
	table_set_real(t, r, C_EFFECT, w.rank_biserial);
	table_set_text(t, r, C_METHOD, w.exact ? "exact" : "normal, continuity");
	*pval = w.p_value;
}

/* Why there is no pair: a perspective missing, or nobody who sorted in both. */
static const char *why_no_pairs(const struct dataset *ds)
{
	if (empty_count_sorts(ds, "individual", "personal") == 0)
		return MSG("no individual sorts of the personal perspective in the selection");
	if (empty_count_sorts(ds, "individual", "professional") == 0)
		return MSG("no individual sorts of the professional perspective in the selection");
	return MSG("nobody has both a professional and a personal individual sort");
}

static enum gw_status build(const struct analysis *a, struct table *t)
{
	const struct dataset *ds = a->ds;
	struct pairing pg;
	pairing_make(ds, &rule, &pg);
	if (pg.n == 0) { /* no rows for a perspective nobody sorted in */
		table_set_empty_reason(t, why_no_pairs(ds));
		pairing_free(&pg);
		return GW_OK;
	}
	double *d = xmalloc((pg.n ? pg.n : 1) * sizeof *d);
	double *p = xmalloc((ds->n_cards ? ds->n_cards : 1) * sizeof *p);
	double *q = xmalloc((ds->n_cards ? ds->n_cards : 1) * sizeof *q);
	size_t r0 = t->nrows;
	for (size_t j = 0; j < ds->n_cards; j++)
		card_row(a, t, &pg, j, d, &p[j]);
	stats_bh_adjust(p, ds->n_cards, q);
	for (size_t j = 0; j < ds->n_cards; j++)
		if (!isnan(q[j]))
			table_set_real(t, r0 + j, C_Q, q[j]);
	pairing_free(&pg);
	free(d);
	free(p);
	free(q);
	return GW_OK;
}

const struct table_def table_perspective_gap = {
	"perspective_gap",
	"card: the same person as civil servant and as a person: Wilcoxon signed-rank, rank-biserial, BH q",
	cols, COUNT_OF(cols), spec, build,
	{.rule = {{.unit = PRIVACY_PEOPLE, .count = "n", .small_why = "fewer pairs with the card placed than --min-cell"}}}};
