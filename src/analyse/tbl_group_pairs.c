/* tbl_group_pairs.c - group_pairs.csv, the companion of group_differences:
 * per phase x perspective x factor (age_band, role, organisation, org_type,
 * gender) x card x pair of groups (group_a before group_b in level order),
 * Mann-Whitney U of the piles, two-sided (exact p when the pair's answers
 * have no ties and both n <= 50, else the normal approximation with the tie
 * correction and a continuity correction), and Cliff's delta.
 *
 * Direction: U is U of group_a, and cliffs_delta = (U_a - U_b)/(n_a n_b) is
 * positive when group_a puts the card in HIGHER piles than group_b; z has
 * the same sign.
 * q_value: Benjamini-Hochberg over every pair and card of one phase x
 * perspective x factor (the family of group_differences' q), suppressed and
 * undefined rows left out.
 * Privacy: the engine suppresses a pair row when either group has fewer
 * than --min-cell answers to the card (n_a, n_b; goedwerk/privacy.h).
 * Pairs are made between the groups of at least --min-cell people (the
 * others could only give suppressed rows), and only when there are at most
 * PAIRS_MAX_GROUPS of them: with hundreds of organisations the pairs run to
 * tens of millions of rows that nobody reads (and a quadratic cost); such a
 * factor gets one row whose note says so, and group_differences holds its
 * omnibus test.
 * Cost: one counting pass per phase x perspective x factor, then each pair
 * from pile counts (O(piles)). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include "goedwerk/stats/mannwhitney.h"
#include "adjust.h"
#include "group_counts.h"
#include "empty.h"
#include "goedwerk/messages.h"
#include "tables.h"

enum { C_PHASE, C_PERSP, C_FACTOR, C_CARD, C_A, C_B, C_NA, C_NB, C_U, C_Z, C_P, C_EXACT, C_Q,
       C_DELTA };

static const struct column cols[] = {
	{"phase", 1},   {"perspective", 1}, {"factor", 1}, {"card", 1},       {"group_a", 1},
	{"group_b", 1}, {"n_a", 0},         {"n_b", 0},    {"U", 0},          {"z", 0},
	{"p_value", 0}, {"exact", 0},       {"q_value", 0}, {"cliffs_delta", 0}};

static double total(const double *c, size_t n)
{
	double s = 0;
	for (size_t i = 0; i < n; i++)
		s += c[i];
	return s;
}

/* One row: groups la < lb of the counted factor, card j. */
static void pair_row(const struct analysis *a, struct table *t, const struct group_counts *k,
		     size_t j, size_t la, size_t lb, size_t r)
{
	const double *ca = group_counts_of(k, la, j), *cb = group_counts_of(k, lb, j);
	double na = total(ca, k->ns), nb = total(cb, k->ns);
	table_set_int(t, r, C_NA, (long long)na);
	table_set_int(t, r, C_NB, (long long)nb);
	if (na == 0 && nb == 0)
		table_set_undefined(t, r, C_U, why_unplaced);
	if (!privacy_enough(a->sel, (size_t)na) || !privacy_enough(a->sel, (size_t)nb))
		return; /* the engine suppresses it: not in the BH family */
	struct stats_mw mw;
	enum gw_status st = stats_mann_whitney_counts(ca, cb, k->ns, &mw);
	table_set_real(t, r, C_U, mw.u1);
	table_set_real(t, r, C_DELTA, mw.cliffs_delta);
	if (st != GW_OK) {
		table_set_undefined(t, r, C_P, "no variation");
		return;
	}
	table_set_real(t, r, C_Z, mw.z);
	table_set_p(t, r, C_P, mw.p_value);
	table_set_int(t, r, C_EXACT, mw.exact);
}

#define PAIRS_MAX_GROUPS 12

static int big(const struct analysis *a, const struct group_counts *k, size_t l)
{
	return privacy_enough(a->sel, k->people[l]);
}

/* The factor has too many groups for pairs: one row that says so. */
static void too_many(struct table *t, const char *phase, const char *persp,
		     const struct ds_factor *fx, size_t groups)
{
	char note[160];
	size_t r = table_add_row(t);
	table_set_text(t, r, C_PHASE, phase);
	table_set_text(t, r, C_PERSP, persp);
	table_set_text(t, r, C_FACTOR, fx->name);
	snprintf(note, sizeof note, "%zu groups: pairs are made for at most %d groups "
		 "(see group_differences)", groups, PAIRS_MAX_GROUPS);
	table_set_undefined(t, r, C_P, note);
}

/* Every card and pair of the groups of --min-cell people, for the counted factor. */
static void factor_rows(const struct analysis *a, struct table *t, const struct group_counts *k,
			const char *phase, const char *persp, const struct ds_factor *fx)
{
	size_t first = t->nrows, groups = 0;
	for (size_t l = 0; l < k->L; l++)
		groups += big(a, k, l);
	if (groups > PAIRS_MAX_GROUPS) {
		too_many(t, phase, persp, fx, groups);
		return;
	}
	for (size_t j = 0; j < k->nc; j++)
		for (size_t la = 0; la < k->L; la++)
			for (size_t lb = la + 1; lb < k->L && big(a, k, la); lb++) {
				if (!big(a, k, lb))
					continue;
				size_t r = table_add_row(t);
				table_set_text(t, r, C_PHASE, phase);
				table_set_text(t, r, C_PERSP, persp);
				table_set_text(t, r, C_FACTOR, fx->name);
				table_set_text(t, r, C_CARD, a->ds->card_id[j]);
				table_set_text(t, r, C_A, fx->levels[la]);
				table_set_text(t, r, C_B, fx->levels[lb]);
				pair_row(a, t, k, j, la, lb, r);
			}
	adjust_bh_rows(t, first, t->nrows, C_P, C_Q);
}

static enum gw_status build(const struct analysis *a, struct table *t)
{
	const struct dataset *ds = a->ds;
	const struct ds_factor *ph = &ds->f[DS_PHASE], *pe = &ds->f[DS_PERSPECTIVE];
	struct group_counts k;
	group_counts_init(&k, ds);
	int fs[ATTR_MAX];
	size_t nf = group_factors(fs);
	for (size_t pa = 0; pa < ph->n_levels; pa++)
		for (size_t pb = 0; pb < pe->n_levels; pb++)
			for (size_t f = 0; f < nf; f++) {
				const struct ds_factor *fx = &ds->f[fs[f]];
				if (fx->n_levels < 2)
					continue;
				group_counts_fill(&k, ds, fs[f], (int32_t)pa, (int32_t)pb);
				factor_rows(a, t, &k, ph->levels[pa], pe->levels[pb], fx);
			}
	group_counts_free(&k);
	empty_because(t, MSG("no factor has two groups of --min-cell people"));
	return GW_OK;
}

#define SMALL_PAIR "a group with fewer than --min-cell answers to the card"

const struct table_def table_group_pairs = {
	"group_pairs",
	"phase x perspective x factor x card x pair of groups: Mann-Whitney U (exact when untied and small), z, Cliff's delta (positive: group_a higher), BH q within phase x perspective x factor",
	cols, COUNT_OF(cols), NULL, build,
	{.rule = {{.unit = PRIVACY_PEOPLE, .count = "n_a", .small_why = SMALL_PAIR},
		  {.unit = PRIVACY_PEOPLE, .count = "n_b", .small_why = SMALL_PAIR}}}};
