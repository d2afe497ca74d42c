/* test_group_differences.c - group_differences on the fixture of
 * test_value_tables.c (6 sorts x 4 cards, piles 1..3; age bands a<35 = sorts
 * 1-4, b50+ = sorts 5-6).  Expected: tests/oracle/group_differences.py
 * (scipy.stats.kruskal, statsmodels multipletests fdr_bh), printed:
 *   c1 0.6750000000000007 0.4113137917762586 0.13500000000000015 6
 *   c2 0.9375000000000006 0.332921608065563 0.1875000000000001 6
 *   c3 0.6666666666666666 0.4142161782425251 0.16666666666666666 5
 *   c4 0.11111111111110954 0.7388826803635289 0.027777777777777384 5
 *   q ['0.5522882376567001', '0.5522882376567001', '0.5522882376567001', '0.7388826803635289']
 * test_chi_square: 40 sorts, groups a/b of 20, piles 1..3; expected from
 * tests/oracle/group_differences_chisq.py (scipy chi2_contingency,
 * correction=False):
 *   c1 chi2 6.417582417582417 df 2 p 0.04040542548731574 V 0.40054907369704457 cochran_ok True
 *   c2 chi2 0.3619047619047619 df 2 p 0.8344750946589572 V 0.09511897312113418 cochran_ok False */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <string.h>
#include <cmocka.h>
#include "goedwerk/analyse.h"
#include "fixture.h"

static const int cats[] = {3, 1, 2, 2, /**/ 3, 2, 1, 2, /**/ 2, 3, 1, 1,
			   3, 1, 2, 0, /**/ 1, 3, 2, 2, /**/ 3, 2, 0, 1};
static const char *const age[] = {"a<35", "a<35", "a<35", "a<35", "b50+", "b50+"};

static long row_test(const struct table *t, const char *factor, const char *card,
		     const char *test)
{
	for (size_t r = 0; r < t->nrows; r++)
		if (!strcmp(table_get_text(t, r, table_col(t, "factor")), factor) &&
		    !strcmp(table_get_text(t, r, table_col(t, "card")), card) &&
		    !strcmp(table_get_text(t, r, table_col(t, "test")), test))
			return (long)r;
	return -1;
}

static long row_of(const struct table *t, const char *factor, const char *card)
{
	return row_test(t, factor, card, "kruskal-wallis");
}

static double get(const struct table *t, long r, const char *col)
{
	assert_true(r >= 0);
	return table_get_real(t, (size_t)r, table_col(t, col));
}

static void test_age_bands(void **state)
{
	(void)state;
	struct dataset ds;
	fixture_dataset(&ds, 6, 4, 1, 3, cats);
	fixture_factor(&ds, DS_AGE_BAND, age);
	struct table *t = fixture_build("group_differences", 2, &ds);
	static const double h[] = {0.6750000000000007, 0.9375000000000006, 0.6666666666666666,
				   0.11111111111110954};
	static const double p[] = {0.4113137917762586, 0.332921608065563, 0.4142161782425251,
				   0.7388826803635289};
	static const double e[] = {0.13500000000000015, 0.1875000000000001, 0.16666666666666666,
				   0.027777777777777384};
	static const double q[] = {0.5522882376567001, 0.5522882376567001, 0.5522882376567001,
				   0.7388826803635289};
	const char *cards[] = {"c1", "c2", "c3", "c4"};
	for (int j = 0; j < 4; j++) {
		long r = row_of(t, "age_band", cards[j]);
		assert_float_equal(get(t, r, "statistic"), h[j], 1e-12);
		assert_float_equal(get(t, r, "df"), 1, 0);
		assert_float_equal(get(t, r, "p_value"), p[j], 1e-12);
		assert_float_equal(get(t, r, "effect_size"), e[j], 1e-12);
		assert_float_equal(get(t, r, "q_value"), q[j], 1e-12);
		assert_float_equal(get(t, r, "min_group_n"), 2, 0);
	}
	table_free(t);
	/* min-cell 3: the 50+ group (2 people) is dropped, one group is left */
	t = fixture_build("group_differences", 3, &ds);
	long r = row_of(t, "age_band", "c1");
	assert_true(isnan(get(t, r, "statistic")));
	assert_float_equal(get(t, r, "groups_dropped"), 1, 0);
	assert_non_null(strstr(table_get_text(t, (size_t)r, t->col_note), "fewer than two groups"));
	table_free(t);
	dataset_free(&ds);
}

/* Piles of group a then b for c1 and c2 (counts per pile 1, 2, 3). */
static void test_chi_square(void **state)
{
	(void)state;
	static const int tab[2][2][3] = {{{10, 6, 4}, {18, 1, 1}}, {{3, 7, 10}, {17, 2, 1}}};
	int piles[40 * 2];
	const char *grp[40];
	for (int g = 0; g < 2; g++)
		for (int card = 0; card < 2; card++) {
			int i = 20 * g;
			for (int pile = 0; pile < 3; pile++)
				for (int c = 0; c < tab[g][card][pile]; c++, i++)
					piles[2 * i + card] = pile + 1;
		}
	for (int i = 0; i < 40; i++)
		grp[i] = i < 20 ? "a" : "b";
	struct dataset ds;
	fixture_dataset(&ds, 40, 2, 1, 3, piles);
	fixture_factor(&ds, DS_AGE_BAND, grp);
	struct table *t = fixture_build("group_differences", 5, &ds);
	long r = row_test(t, "age_band", "c1", "chi_square");
	assert_string_equal(table_get_text(t, (size_t)r, table_col(t, "effect_measure")), "cramers_v");
	assert_float_equal(get(t, r, "statistic"), 6.417582417582417, 1e-12);
	assert_float_equal(get(t, r, "df"), 2, 0);
	assert_float_equal(get(t, r, "p_value"), 0.04040542548731574, 1e-12);
	assert_float_equal(get(t, r, "effect_size"), 0.40054907369704457, 1e-12);
	/* c2 fails Cochran's rule: the only chi-square in the family, q = p */
	assert_float_equal(get(t, r, "q_value"), 0.04040542548731574, 1e-12);
	r = row_test(t, "age_band", "c2", "chi_square");
	assert_true(isnan(get(t, r, "statistic")) && isnan(get(t, r, "p_value")));
	assert_non_null(strstr(table_get_text(t, (size_t)r, t->col_note), "Cochran"));
	/* the Kruskal-Wallis rows have their own family: two q values */
	assert_true(get(t, row_of(t, "age_band", "c1"), "q_value") >=
		    get(t, row_of(t, "age_band", "c1"), "p_value"));
	assert_false(isnan(get(t, row_of(t, "age_band", "c2"), "q_value")));
	table_free(t);
	dataset_free(&ds);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_age_bands),
		cmocka_unit_test(test_chi_square),
	};
	return cmocka_run_group_tests_name("group_differences", tests, NULL, NULL);
}
