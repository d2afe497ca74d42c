/* test_stats_distance.c - distances between two sorts (bucket orders).
 * Source: rank_distances.json - Wikipedia "Kendall tau distance" (K 4,
 * normalised 0.4), Kendall (1970) ties via scipy test_kendalltau_ties
 * (tau-b 0.8589556903873333), synthetic value-card pairs (R cor kendall /
 * spearman, scipy kendalltau). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <cmocka.h>
#include "goedwerk/stats/distance.h"

#define NA INT8_MIN

struct dcase {
	size_t n;
	int8_t a[10], b[10];
	size_t c, d, ta, tb, tboth;
	double k, f, tau_b;
};

static const struct dcase cases[] = {
	{5, {1, 2, 3, 4, 5}, {3, 4, 1, 2, 5}, 6, 4, 0, 0, 0, 4.0, 8.0, 0.2},
	{10, {1, 2, 2, 4, 4, 6, 6, 8, 9, 9}, {1, 2, 4, 4, 4, 4, 8, 8, 8, 10}, 33, 0, 3, 8, 1, 5.5,
	 8.0, 0.8589556903873333},
	{10, {5, 5, 4, 4, 3, 3, 2, 2, 1, 1}, {5, 4, 5, 3, 4, 2, 3, 1, 2, 1}, 31, 4, 5, 5, 0, 9.0,
	 16.0, 0.675},
	{10, {5, 5, 4, 4, 3, 3, 2, 2, 1, 1}, {1, 2, 3, 5, 4, 5, 2, 3, 4, 1}, 17, 18, 5, 5, 0, 23.0,
	 32.0, -0.025},
	{10, {5, 5, 4, 4, 3, 3, 2, 2, 1, 1}, {1, 1, 2, 2, 3, 3, 4, 4, 5, 5}, 0, 40, 0, 0, 5, 40.0,
	 48.0, -1.0},
};

static void test_published(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		const struct dcase *c = &cases[i];
		struct stats_sort_distance s;
		assert_int_equal(stats_sort_distance(c->a, c->b, c->n, NA, 5, &s), GW_OK);
		assert_int_equal(s.n, c->n);
		assert_int_equal(s.concordant, c->c);
		assert_int_equal(s.discordant, c->d);
		assert_int_equal(s.tied_a, c->ta);
		assert_int_equal(s.tied_b, c->tb);
		assert_int_equal(s.tied_both, c->tboth);
		assert_float_equal(s.kendall, c->k, 1e-12);
		assert_float_equal(s.footrule, c->f, 1e-12);
		assert_float_equal(s.tau_b, c->tau_b, 1e-12);
	}
	struct stats_sort_distance s; /* Wikipedia: normalised 0.4 */
	stats_sort_distance(cases[0].a, cases[0].b, 5, NA, 5, &s);
	assert_float_equal(s.kendall_norm, 0.4, 1e-12);
	/* permutations: K <= F <= 2K (Diaconis & Graham 1977) */
	assert_true(s.kendall <= s.footrule && s.footrule <= 2 * s.kendall);
}

static void test_top_and_missing(void **state)
{
	(void)state;
	struct stats_sort_distance s;
	/* P1 vs P2: top (5) {c1,c2} -> {c1,c3}: changed, one kept */
	assert_int_equal(stats_sort_distance(cases[2].a, cases[2].b, 10, NA, 5, &s), GW_OK);
	assert_int_equal(s.top_changed, 1);
	assert_int_equal(s.top_kept, 1);
	/* a sort with itself: distance 0, top unchanged */
	assert_int_equal(stats_sort_distance(cases[2].a, cases[2].a, 10, NA, 5, &s), GW_OK);
	assert_float_equal(s.kendall, 0, 0);
	assert_float_equal(s.footrule, 0, 0);
	assert_int_equal(s.top_changed, 0);
	assert_int_equal(s.top_kept, 2);
	/* missing cards: compared on the cards placed in both.  Leaving out c9
	 * in a and c10 in b leaves P1/P2 cards c1..c8; tests/oracle/
	 * distance_missing.py (scipy rankdata): C 18, D 3, ties a 4, b 3,
	 * footrule 12 */
	int8_t a[10], b[10];
	for (int j = 0; j < 10; j++) {
		a[j] = cases[2].a[j];
		b[j] = cases[2].b[j];
	}
	a[8] = NA;
	b[9] = NA;
	assert_int_equal(stats_sort_distance(a, b, 10, NA, 5, &s), GW_OK);
	assert_int_equal(s.n, 8);
	assert_int_equal(s.concordant + s.discordant + s.tied_a + s.tied_b + s.tied_both, 28);
	assert_int_equal(s.concordant, 18);
	assert_int_equal(s.discordant, 3);
	assert_int_equal(s.tied_a, 4);
	assert_int_equal(s.tied_b, 3);
	assert_float_equal(s.kendall, 3 + 3.5, 1e-12);
	assert_float_equal(s.footrule, 12.0, 1e-12);
	/* fewer than two common cards */
	int8_t one_a[3] = {5, NA, NA}, one_b[3] = {5, 4, NA};
	assert_int_equal(stats_sort_distance(one_a, one_b, 3, NA, 5, &s), GW_UNDEFINED);
	assert_int_equal(s.n, 1);
	assert_true(isnan(s.kendall));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_published),
		cmocka_unit_test(test_top_and_missing),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
