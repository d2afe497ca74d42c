/* tbl_group_differences.c - group_differences.csv: per phase x perspective
 * x factor (age_band, role, organisation, org_type, gender) x card, does the
 * pile a card lands in differ between the groups?  Kruskal-Wallis with the
 * tie correction (from pile counts: linear in the sorts), epsilon-squared,
 * Benjamini-Hochberg q within phase x perspective x factor.
 * Also per card a Pearson chi-square of the group x pile counts with
 * Cramer's V (test chi_square, effect_measure cramers_v), empty with a
 * reason unless Cochran's rule holds (every expected count >= 1, at most
 * 20% below 5); BH within phase x perspective x factor per test.
 * Groups of fewer than --min-cell people are left out before testing (and
 * counted in groups_dropped); a test with fewer than two groups left is
 * empty with a reason.  The privacy engine checks each row by its smallest
 * group (min_group_n). */
#include <math.h>
#include <stdlib.h>
#include "goedwerk/stats/contingency.h"
#include "goedwerk/stats/differences.h"
#include "goedwerk/alloc.h"
#include "adjust.h"
#include "group_counts.h"
#include "empty.h"
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

enum test { T_KW, T_CHISQ };

static void put(struct table *t, size_t r, double stat, double df, double p, double effect)
{
	table_set_real(t, r, C_STAT, stat);
	table_set_real(t, r, C_DF, df);
	table_set_p(t, r, C_P, p);
	table_set_real(t, r, C_EFFECT, effect);
}

/* Kruskal-Wallis on the kept groups x piles table: statistic, df, p, effect. */
static void kw_cells(struct table *t, size_t r, const double *sub, size_t kept, size_t ns)
{
	struct stats_kw kw;
	if (stats_kruskal_wallis_counts(sub, kept, ns, &kw) != GW_OK) {
		table_set_undefined(t, r, C_STAT, "no variation");
		return;
	}
	put(t, r, kw.h, kw.df, kw.p_value, kw.epsilon2);
}

/* Pearson chi-square of groups x piles, only where Cochran's rule holds
 * (every expected count >= 1 and at most 20% below 5): the asymptotic p
 * is not trusted below that. */
static void chisq_cells(struct table *t, size_t r, const double *sub, size_t kept, size_t ns)
{
	struct stats_chisq cs;
	if (stats_chisq_independence(sub, kept, ns, NULL, 0, NULL, &cs) != GW_OK) {
		table_set_undefined(t, r, C_STAT, "no variation");
		return;
	}
	if (!(cs.min_expected >= 1 && cs.share_expected_below_5 <= 0.2)) {
		table_set_undefined(t, r, C_STAT, "expected counts too small (Cochran)");
		return;
	}
	put(t, r, cs.chi2, cs.df, cs.p_value, cs.cramers_v);
}

/* Why fewer than two groups are tested: the true cause first. */
static const char *why_few_groups(size_t answers, size_t dropped)
{
	if (answers == 0)
		return why_unplaced;
	return dropped ? "fewer than two groups of --min-cell people" : "fewer than two groups answered";
}

/* One row for card j: the groups kept form a small counts table. */
static void test_card(const struct analysis *a, struct table *t, const struct group_counts *k,
		      size_t j, size_t r, double *sub, enum test which)
{
	size_t kept = 0, dropped = 0, min_n = 0, n = 0, answers = 0;
	for (size_t lv = 0; lv < k->L; lv++) {
		if (k->people[lv] == 0)
			continue;
		for (size_t p = 0; p < k->ns; p++)
			answers += (size_t)group_counts_of(k, lv, j)[p];
		if (!privacy_enough(a->sel, k->people[lv])) {
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
	table_set_text(t, r, C_TEST, which == T_KW ? "kruskal-wallis" : "chi_square");
	table_set_text(t, r, C_MEASURE, which == T_KW ? "epsilon2" : "cramers_v");
	table_set_int(t, r, C_NGROUPS, (long long)kept);
	table_set_int(t, r, C_DROPPED, (long long)dropped);
	table_set_int(t, r, C_N, (long long)n);
	if (kept)
		table_set_int(t, r, C_MIN_N, (long long)min_n);
	if (kept < 2)
		table_set_undefined(t, r, C_STAT, why_few_groups(answers, dropped));
	else if (which == T_KW)
		kw_cells(t, r, sub, kept, k->ns);
	else
		chisq_cells(t, r, sub, kept, k->ns);
}

/* Every card of one phase x perspective x factor, for one test; BH within. */
static void test_cards(const struct analysis *a, struct table *t, const struct group_counts *k,
		       const char *phase, const char *persp, const char *factor, double *sub,
		       enum test which)
{
	size_t first = t->nrows;
	for (size_t j = 0; j < k->nc; j++) {
		size_t r = table_add_row(t);
		table_set_text(t, r, C_PHASE, phase);
		table_set_text(t, r, C_PERSP, persp);
		table_set_text(t, r, C_FACTOR, factor);
		table_set_text(t, r, C_CARD, a->ds->card_id[j]);
		test_card(a, t, k, j, r, sub, which);
	}
	adjust_bh_rows(t, first, t->nrows, C_P, C_Q);
}

static enum gw_status build(const struct analysis *a, struct table *t)
{
	const struct dataset *ds = a->ds;
	const struct ds_factor *ph = &ds->f[DS_PHASE], *pe = &ds->f[DS_PERSPECTIVE];
	struct group_counts k;
	group_counts_init(&k, ds);
	double *sub = xcalloc((k.L ? k.L : 1) * k.ns, sizeof *sub);
	int fs[ATTR_MAX];
	size_t nf = group_factors(fs);
	for (size_t pa = 0; pa < ph->n_levels; pa++)
		for (size_t pb = 0; pb < pe->n_levels; pb++)
			for (size_t f = 0; f < nf && empty_cell_has_sorts(ds, (int32_t)pa, (int32_t)pb); f++) {
				const struct ds_factor *fx = &ds->f[fs[f]];
				if (fx->n_levels == 0)
					continue;
				group_counts_fill(&k, ds, fs[f], (int32_t)pa, (int32_t)pb);
				for (int w = T_KW; w <= T_CHISQ; w++)
					test_cards(a, t, &k, ph->levels[pa], pe->levels[pb], fx->name,
						   sub, (enum test)w);
			}
	group_counts_free(&k);
	free(sub);
	return GW_OK;
}

const struct table_def table_group_differences = {
	"group_differences",
	"phase x perspective x factor x card: Kruskal-Wallis between age bands, roles, organisations, org types, genders, epsilon2; chi-square of the pile distribution, Cramer's V (where Cochran's rule allows); BH q per test",
	cols, COUNT_OF(cols), spec, build,
	{.rule = {{.unit = PRIVACY_PEOPLE, .count = "min_group_n"}}}};
