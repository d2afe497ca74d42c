/* test_agreement_tables.c - agreement, value_consensus and exchange_change
 * on hand-built datasets.  Expected values: tests/oracle/agreement_tables.py
 * (scipy friedmanchisquare, Krippendorff's alpha by the pairable-value
 * definition, scipy spearmanr, numpy percentile, pair enumeration), printed:
 *   agreement all: n_sorts 6 complete 5 W 0.5520000000000002 chi2 24.840000000000007
 *     p_chi2 0.0031533630927248002 perm_p 0.00044997750112494374
 *     alpha ord 0.4945198978181111 int 0.49461988304093507 nom 0.12499999999999889
 *     mean_spearman 0.44000000000000006
 *   agreement T1 (S0-S2): W 0.7555555555555555 chi2 20.4 p_chi2 0.015598100190125008
 *     perm_p 0.00119994000299985 alpha ord 0.6455555555555555 int 0.6455555555555555
 *     nom -0.047222222222222276 mean_spearman 0.6333333333333334
 *   consensus all c1: n 6 cns 0.4591479170272448 leik 0.5 iqr 1.0
 *   consensus all c10: n 5 cns 0.876413915867506 leik 0.09999999999999998 iqr 0.0
 *   consensus T2 (S3-S5) c1: n 3 cns 0.23210786988962018 leik 0.6666666666666667 iqr 2.0
 *   exchange all: K 10.0 F 15.75 Knorm 0.25277777777777777 changed 0.75 kept 1.25
 *   exchange age a: 9.0 16.0 0.2 1.0 1.0; age b: 11.0 15.5 0.3055555555555556 0.5 1.5
 * Suppression by SPEC.md's min-cell rule, worked by hand. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <string.h>
#include <cmocka.h>
#include "goedwerk/analyse.h"
#include "fixture.h"

static const int sorts[6 * 10] = {
	5, 5, 4, 4, 3, 3, 2, 2, 1, 1, /**/ 5, 4, 5, 3, 4, 2, 3, 1, 2, 1,
	4, 5, 3, 5, 2, 4, 1, 3, 1, 2, /**/ 1, 2, 3, 5, 4, 5, 2, 3, 4, 1,
	5, 4, 4, 5, 3, 2, 3, 1, 2, 0, /**/ 4, 4, 5, 5, 3, 3, 2, 1, 2, 1};
static const char *const traject[] = {"T1", "T1", "T1", "T2", "T2", "T2"};

/* The row whose key columns k1 = v1 and k2 = v2 (k2 may be NULL). */
static long find(const struct table *t, const char *k1, const char *v1, const char *k2,
		 const char *v2)
{
	for (size_t r = 0; r < t->nrows; r++) {
		if (strcmp(table_get_text(t, r, table_col(t, k1)), v1))
			continue;
		if (k2 && strcmp(table_get_text(t, r, table_col(t, k2)), v2))
			continue;
		return (long)r;
	}
	return -1;
}

static double get(const struct table *t, long row, const char *col)
{
	assert_true(row >= 0);
	const struct cell c_v = table_cell(t, (size_t)row, table_col(t, col)), *c = &c_v;
	return c->kind == CELL_INT ? (double)c->v.i : table_get_real(t, (size_t)row, table_col(t, col));
}

static void test_agreement(void **state)
{
	(void)state;
	struct dataset ds;
	fixture_dataset(&ds, 6, 10, 1, 5, sorts);
	fixture_factor(&ds, DS_TRAJECT, traject);
	struct table *t = fixture_build("agreement", 3, &ds);
	long r = find(t, "scope_type", "all", NULL, NULL);
	assert_float_equal(get(t, r, "n_sorts"), 6, 0);
	assert_float_equal(get(t, r, "n_complete"), 5, 0);
	assert_float_equal(get(t, r, "n_cards"), 10, 0);
	assert_float_equal(get(t, r, "kendall_w"), 0.5520000000000002, 1e-12);
	assert_float_equal(get(t, r, "chi2"), 24.840000000000007, 1e-10);
	assert_float_equal(get(t, r, "df"), 9, 0);
	assert_float_equal(get(t, r, "p_chi2"), 0.0031533630927248002, 1e-12);
	/* 5 complete sorts, 10 cards: the chi-square p */
	assert_string_equal(table_get_text(t, (size_t)r, table_col(t, "p_method")), "chi2");
	assert_float_equal(get(t, r, "p_value"), 0.0031533630927248002, 1e-12);
	assert_float_equal(get(t, r, "alpha_ordinal"), 0.4945198978181111, 1e-12);
	assert_float_equal(get(t, r, "alpha_interval"), 0.49461988304093507, 1e-12);
	assert_float_equal(get(t, r, "alpha_nominal"), 0.12499999999999889, 1e-12);
	assert_float_equal(get(t, r, "mean_spearman"), 0.44000000000000006, 1e-12);
	r = find(t, "scope_type", "traject", "scope", "T1");
	assert_false(table_is_suppressed(t, (size_t)r));
	assert_float_equal(get(t, r, "kendall_w"), 0.7555555555555555, 1e-12);
	assert_float_equal(get(t, r, "chi2"), 20.4, 1e-10);
	/* 3 sorts < 5: permutation p (B = 1999, minimum 0.0005); oracle 0.0012 */
	assert_string_equal(table_get_text(t, (size_t)r, table_col(t, "p_method")), "permutation");
	assert_float_equal(get(t, r, "p_value"), 0.0012, 0.001);
	assert_float_equal(get(t, r, "alpha_ordinal"), 0.6455555555555555, 1e-12);
	assert_float_equal(get(t, r, "alpha_nominal"), -0.047222222222222276, 1e-12);
	assert_float_equal(get(t, r, "mean_spearman"), 0.6333333333333334, 1e-12);
	table_free(t);

	/* min-cell 4: the trajects (3 people each) are suppressed, all is not */
	t = fixture_build("agreement", 4, &ds);
	r = find(t, "scope_type", "traject", "scope", "T2");
	assert_true(table_is_suppressed(t, (size_t)r));
	assert_true(isnan(get(t, r, "kendall_w")));
	assert_true(isnan(get(t, r, "alpha_ordinal")));
	assert_false(table_is_suppressed(t, (size_t)find(t, "scope_type", "all", NULL, NULL)));
	table_free(t);
	dataset_free(&ds);

	/* identical sorts: W = 1 exactly; one sort: undefined W with a note */
	int same[3 * 10];
	for (int i = 0; i < 3; i++)
		memcpy(same + 10 * i, sorts, 10 * sizeof *same);
	fixture_dataset(&ds, 3, 10, 1, 5, same);
	t = fixture_build("agreement", 1, &ds);
	r = find(t, "scope_type", "all", NULL, NULL);
	assert_true(get(t, r, "kendall_w") == 1.0);
	assert_float_equal(get(t, r, "alpha_ordinal"), 1.0, 1e-12);
	table_free(t);
	dataset_free(&ds);
	fixture_dataset(&ds, 1, 10, 1, 5, sorts);
	t = fixture_build("agreement", 1, &ds);
	r = find(t, "scope_type", "all", NULL, NULL);
	assert_true(isnan(get(t, r, "kendall_w")));
	assert_non_null(strstr(table_get_text(t, (size_t)r, t->col_note), "fewer than 2"));
	table_free(t);
	dataset_free(&ds);
}

static void test_value_consensus(void **state)
{
	(void)state;
	struct dataset ds;
	fixture_dataset(&ds, 6, 10, 1, 5, sorts);
	fixture_factor(&ds, DS_TRAJECT, traject);
	struct table *t = fixture_build("value_consensus", 3, &ds);
	long r = find(t, "stratum_type", "all", "card", "c1");
	assert_float_equal(get(t, r, "n"), 6, 0);
	assert_float_equal(get(t, r, "consensus"), 0.4591479170272448, 1e-12);
	assert_float_equal(get(t, r, "leik_d"), 0.5, 1e-12);
	assert_float_equal(get(t, r, "iqr"), 1.0, 1e-12);
	r = find(t, "stratum_type", "all", "card", "c10");
	assert_float_equal(get(t, r, "n"), 5, 0);
	assert_float_equal(get(t, r, "consensus"), 0.876413915867506, 1e-12);
	assert_float_equal(get(t, r, "leik_d"), 0.1, 1e-12);
	assert_float_equal(get(t, r, "iqr"), 0.0, 0);
	r = find(t, "stratum", "T2", "card", "c1");
	assert_float_equal(get(t, r, "consensus"), 0.23210786988962018, 1e-12);
	assert_float_equal(get(t, r, "leik_d"), 0.6666666666666667, 1e-12);
	assert_float_equal(get(t, r, "iqr"), 2.0, 1e-12);
	table_free(t);
	/* min-cell 4: both trajects suppressed (primary), all shown */
	t = fixture_build("value_consensus", 4, &ds);
	assert_true(table_is_suppressed(t, (size_t)find(t, "stratum", "T1", "card", "c1")));
	assert_true(isnan(get(t, find(t, "stratum", "T1", "card", "c1"), "consensus")));
	assert_false(table_is_suppressed(t, (size_t)find(t, "stratum", "all", "card", "c1")));
	table_free(t);
	dataset_free(&ds);
}

static void test_exchange_change(void **state)
{
	(void)state;
	/* people 0..3: individual = sorts[0..3]; exchange: p0 -> S1, p1 -> S0,
	 * p2 -> S2 (no change), p3 -> S4 (c10 left out) */
	int cats[9 * 10];
	const int ex[4] = {1, 0, 2, 4};
	for (int p = 0; p < 4; p++) {
		memcpy(cats + 10 * p, sorts + 10 * p, 10 * sizeof *cats);
		memcpy(cats + 10 * (4 + p), sorts + 10 * ex[p], 10 * sizeof *cats);
	}
	/* person 4 has only an individual sort: no pair, counted nowhere */
	memcpy(cats + 80, sorts + 50, 10 * sizeof *cats);
	const int person[9] = {0, 1, 2, 3, 0, 1, 2, 3, 4};
	const char *const phase[9] = {"individual", "individual", "individual", "individual",
				      "exchange", "exchange", "exchange", "exchange", "individual"};
	const char *const age[9] = {"a", "a", "b", "b", "a", "a", "b", "b", "a"};
	const char *const role[9] = {"r1", "r1", "r1", "r2", "r1", "r1", "r1", "r2", "r1"};
	struct dataset ds;
	fixture_dataset(&ds, 9, 10, 1, 5, cats);
	fixture_people(&ds, person);
	fixture_factor(&ds, DS_PHASE, phase);
	fixture_factor(&ds, DS_AGE_BAND, age);
	fixture_factor(&ds, DS_ROLE, role);
	struct table *t = fixture_build("exchange_change", 2, &ds);
	long r = find(t, "stratum_type", "all", NULL, NULL);
	assert_float_equal(get(t, r, "n"), 4, 0);
	assert_float_equal(get(t, r, "n_people"), 4, 0);
	assert_float_equal(get(t, r, "mean_kendall_distance"), 10.0, 1e-12);
	assert_float_equal(get(t, r, "mean_footrule"), 15.75, 1e-12);
	assert_float_equal(get(t, r, "mean_kendall_distance_norm"), 0.25277777777777777, 1e-12);
	assert_float_equal(get(t, r, "share_changed_top"), 0.75, 1e-12);
	assert_float_equal(get(t, r, "mean_top_kept"), 1.25, 1e-12);
	r = find(t, "stratum_type", "age_band", "stratum", "a");
	assert_float_equal(get(t, r, "n"), 2, 0);
	assert_float_equal(get(t, r, "mean_kendall_distance"), 9.0, 1e-12);
	assert_float_equal(get(t, r, "mean_footrule"), 16.0, 1e-12);
	assert_float_equal(get(t, r, "share_changed_top"), 1.0, 1e-12);
	r = find(t, "stratum_type", "age_band", "stratum", "b");
	assert_float_equal(get(t, r, "mean_kendall_distance"), 11.0, 1e-12);
	assert_float_equal(get(t, r, "mean_footrule"), 15.5, 1e-12);
	assert_float_equal(get(t, r, "mean_kendall_distance_norm"), 0.3055555555555556, 1e-12);
	assert_float_equal(get(t, r, "share_changed_top"), 0.5, 1e-12);
	/* role r2 has one person: suppressed; r1 (3) = all - r2 would give
	 * r2 away, so r1 is suppressed too (secondary) */
	assert_true(table_is_suppressed(t, (size_t)find(t, "stratum_type", "role", "stratum", "r2")));
	assert_true(table_is_suppressed(t, (size_t)find(t, "stratum_type", "role", "stratum", "r1")));
	assert_true(isnan(get(t, find(t, "stratum_type", "role", "stratum", "r1"), "mean_footrule")));
	assert_false(table_is_suppressed(t, (size_t)find(t, "stratum_type", "all", NULL, NULL)));
	table_free(t);
	dataset_free(&ds);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_agreement),
		cmocka_unit_test(test_value_consensus),
		cmocka_unit_test(test_exchange_change),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
