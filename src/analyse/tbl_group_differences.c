/* tbl_group_differences.c - group_differences.csv: per phase x perspective
 * x factor (age_band, role, organisation, org_type, gender) x card, does the
 * pile a card lands in differ between the groups?  Kruskal-Wallis with the
 * tie correction (from pile counts: linear in the sorts), epsilon-squared,
 * Benjamini-Hochberg q within phase x perspective x factor.
 * Groups of fewer than --min-cell people are left out before testing (and
 * counted in groups_dropped); a test with fewer than two groups left is
 * empty with a reason. */
#include <math.h>
#include <stdlib.h>
#include "goedwerk/stats/differences.h"
#include "goedwerk/util.h"
#include "adjust.h"
#include "group_counts.h"
#include "tables.h"

enum { C_PHASE, C_PERSP, C_FACTOR, C_CARD, C_TEST, C_STAT, C_DF, C_P, C_Q, C_EFFECT, C_MEASURE,
       C_NGROUPS, C_MIN_N, C_N, C_DROPPED };

static const struct column cols[] = {
	{"phase", 1}, {"perspective", 1}, {"factor", 1}, {"card", 1}, {"test", 0},
	{"statistic", 0}, {"df", 0}, {"p_value", 0}, {"q_value", 0}, {"effect_size", 0},
	{"effect_measure", 0}, {"n_groups", 0}, {"min_group_n", 0}, {"n", 0}, {"groups_dropped", 0}};

static const char *const spec[] = {"phase", "perspective", "factor", "card", "test", "statistic",
				   "df", "p_value", "q_value", "effect_size", "effect_measure",
				   "n_groups", "min_group_n", NULL};

/* Rows for one card: the groups kept form a small counts table. */
static void test_card(const struct analysis *a, struct table *t, const struct group_counts *k, size_t j,
		      size_t r, double *sub)
{
	const struct dataset *ds = a->ds;
	size_t kept = 0, dropped = 0, min_n = 0, n = 0;
	for (size_t lv = 0; lv < k->L; lv++) {
		if (k->people[lv] == 0)
			continue;
		if (k->people[lv] < (size_t)a->sel->min_cell) {
			dropped++;
			continue;
		}
		double ng = 0;
		for (size_t p = 0; p < k->ns; p++)
			ng += sub[kept * k->ns + p] = group_counts_of(k, lv, j)[p];
		if (ng == 0)
			continue;
		min_n = kept == 0 || k->people[lv] < min_n ? k->people[lv] : min_n;
		n += (size_t)ng;
		kept++;
	}
	table_set_text(t, r, C_TEST, "kruskal-wallis");
	table_set_text(t, r, C_MEASURE, "epsilon2");
	table_set_int(t, r, C_NGROUPS, (long long)kept);
	table_set_int(t, r, C_DROPPED, (long long)dropped);
	table_set_int(t, r, C_N, (long long)n);
	if (kept)
		table_set_int(t, r, C_MIN_N, (long long)min_n);
	struct stats_kw kw;
	if (kept < 2) {
		table_set_undefined(t, r, C_STAT, "fewer than two groups of --min-cell people");
		return;
	}
	if (stats_kruskal_wallis_counts(sub, kept, k->ns, &kw) != GW_OK) {
		table_set_undefined(t, r, C_STAT, "no variation");
		return;
	}
	table_set_real(t, r, C_STAT, kw.h);
	table_set_real(t, r, C_DF, kw.df);
	table_set_real(t, r, C_P, kw.p_value);
	table_set_real(t, r, C_EFFECT, kw.epsilon2);
	(void)ds;
}

static enum gw_status build(const struct analysis *a, struct table *t)
{
	const struct dataset *ds = a->ds;
	const struct ds_factor *ph = &ds->f[DS_PHASE], *pe = &ds->f[DS_PERSPECTIVE];
	struct group_counts k;
	group_counts_init(&k, ds);
	double *sub = xcalloc((k.L ? k.L : 1) * k.ns, sizeof *sub);
	for (size_t pa = 0; pa < ph->n_levels; pa++)
		for (size_t pb = 0; pb < pe->n_levels; pb++)
			for (size_t f = 0; f < group_factors_len; f++) {
				const struct ds_factor *fx = &ds->f[group_factors[f]];
				if (fx->n_levels == 0)
					continue;
				group_counts_fill(&k, ds, group_factors[f], (int32_t)pa, (int32_t)pb);
				size_t first = t->nrows;
				for (size_t j = 0; j < ds->n_cards; j++) {
					size_t r = table_add_row(t);
					table_set_text(t, r, C_PHASE, ph->levels[pa]);
					table_set_text(t, r, C_PERSP, pe->levels[pb]);
					table_set_text(t, r, C_FACTOR, fx->name);
					table_set_text(t, r, C_CARD, ds->card_id[j]);
					test_card(a, t, &k, j, r, sub);
				}
				adjust_bh_rows(t, first, t->nrows, C_P, C_Q);
			}
	group_counts_free(&k);
	free(sub);
	return GW_OK;
}

const struct table_def table_group_differences = {
	"group_differences",
	"phase x perspective x factor x card: Kruskal-Wallis between age bands, roles, organisations, org types, genders; epsilon2; BH q",
	cols, COUNT_OF(cols), spec, build};
