/* test_dilemma_tables.c - the dilemma tables over twelve hand-made cases.
 *
 * Codebook: a (ethics, profession-politics), b (ethics, politics-society),
 * c (excellence, profession-politics), d (engagement, politics-society;
 * used by no case).  Cases: organisation X: a|b a a|c a b; Y: b b|c c b a;
 * Z: a c.  Hand counts: a 6, b 5, c 4 of 12 cases; pillar ethics 10 cases;
 * axis profession-politics 9, politics-society 5.
 *  - Wilson intervals: statsmodels proportion_confint(method='wilson'):
 *    6/12 -> (0.253781597633706, 0.746218402366294).
 *  - Co-occurrence by hand: (a,b) 1 case, Jaccard 1/(6+5-1) = 0.1, lift
 *    1*12/(6*5) = 0.4, expected 2.5; (b,c) 1/8, lift 0.6.
 *  - Association of a with organisation (Z, 2 cases, left out at
 *    --min-cell 5): [[4,1],[1,4]]: X2 = 10 (16-1)^2 / 5^4 = 3.6, V = 0.6,
 *    adjusted residuals +-sqrt(3.6) (2 x 2); every expected count is 2.5 so
 *    the p is a Monte Carlo one; the exact permutation p is
 *    P(k in {0,1,4,5}) for k ~ Hypergeometric(10, 5, 5) = 52/252. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <string.h>
#include <cmocka.h>
#include "goedwerk/table.h"
#include "fixture.h"

static const char *const tag[] = {"a", "b", "c", "d"};
static const char *const pillar[] = {"ethics", "ethics", "excellence", "engagement"};
static const char *const axis[] = {"profession-politics", "politics-society",
				   "profession-politics", "politics-society"};
static const char *const cases[] = {"a|b", "a", "a|c", "a", "b", "b", "b|c", "c", "b", "a",
				    "a", "c"};
static const char *const case_org[] = {"X", "X", "X", "X", "X", "Y", "Y", "Y", "Y", "Y",
				       "Z", "Z"};

/* Six sorts of three cards: two per organisation. */
static void make(struct dataset *ds)
{
	static const int cats[] = {3, 1, 2, 3, 2, 1, 1, 3, 2, 1, 3, 2, 2, 1, 3, 3, 1, 2};
	static const char *const org[] = {"X", "X", "Y", "Y", "Z", "Z"};
	fixture_dataset(ds, 6, 3, 1, 3, cats);
	fixture_factor(ds, DS_ORGANISATION, org);
	fixture_codebook(ds, 4, tag, pillar, axis);
	fixture_dilemmas(ds, 12, cases, case_org);
}

/* The row whose key columns hold the given values (NULL: any). */
static size_t find(const struct table *t, const char *const *keys, const char *const *vals,
		   size_t n)
{
	for (size_t r = 0; r < t->nrows; r++) {
		size_t k = 0;
		for (; k < n; k++) {
			const char *v = table_get_text(t, r, table_col(t, keys[k]));
			if (vals[k] && (!v || strcmp(v, vals[k]) != 0))
				break;
			if (!vals[k] && v)
				break;
		}
		if (k == n)
			return r;
	}
	fail_msg("row not found");
	return 0;
}

static double num(const struct table *t, size_t r, const char *col)
{
	const struct cell c_v = table_cell(t, r, table_col(t, col)), *c = &c_v;
	return c->kind == CELL_INT ? (double)c->v.i : table_get_real(t, r, table_col(t, col));
}

static void test_frequencies(void **state)
{
	(void)state;
	struct dataset ds;
	make(&ds);
	struct table *t = fixture_build("dilemma_frequencies", 5, &ds);
	const char *k[] = {"stratum_type", "stratum", "level", "tag", "pillar", "axis"};
	const char *ra[] = {"all", "all", "tag", "a", "ethics", "profession-politics"};
	size_t r = find(t, k, ra, 6);
	assert_float_equal(num(t, r, "n_cases"), 12, 0);
	assert_float_equal(num(t, r, "count"), 6, 0);
	assert_float_equal(num(t, r, "share"), 0.5, 1e-15);
	assert_float_equal(num(t, r, "share_lo"), 0.253781597633706, 1e-12);
	assert_float_equal(num(t, r, "share_hi"), 0.746218402366294, 1e-12);
	const char *rp[] = {"all", "all", "pillar", NULL, "ethics", NULL};
	assert_float_equal(num(t, find(t, k, rp, 6), "count"), 10, 0);
	const char *rx[] = {"all", "all", "axis", NULL, NULL, "profession-politics"};
	assert_float_equal(num(t, find(t, k, rx, 6), "count"), 9, 0);
	const char *ry[] = {"all", "all", "axis", NULL, NULL, "politics-society"};
	assert_float_equal(num(t, find(t, k, ry, 6), "count"), 5, 0);
	const char *rd[] = {"all", "all", "tag", "d", "engagement", "politics-society"};
	assert_float_equal(num(t, find(t, k, rd, 6), "count"), 0, 0);
	/* Z (2 cases) is suppressed; X and Y have 5 each, so X (the first of
	 * the smallest) goes too, or Z = all - X - Y would give Z away. */
	const char *rz[] = {"organisation", "Z", "tag", "a", "ethics", "profession-politics"};
	const char *rX[] = {"organisation", "X", "tag", "a", "ethics", "profession-politics"};
	const char *rY[] = {"organisation", "Y", "tag", "a", "ethics", "profession-politics"};
	assert_true(table_is_suppressed(t, find(t, k, rz, 6)));
	assert_true(table_is_suppressed(t, find(t, k, rX, 6)));
	r = find(t, k, rY, 6);
	assert_false(table_is_suppressed(t, r));
	assert_float_equal(num(t, r, "share"), 0.2, 1e-15);
	table_free(t);
	dataset_free(&ds);
}

static void test_cooccurrence(void **state)
{
	(void)state;
	struct dataset ds;
	make(&ds);
	struct table *t = fixture_build("dilemma_cooccurrence", 5, &ds);
	assert_int_equal(t->nrows, 6); /* 4 tags: 6 pairs, over all cases */
	const char *k[] = {"tag_a", "tag_b"};
	const char *ab[] = {"a", "b"}, *bc[] = {"b", "c"}, *ad[] = {"a", "d"};
	size_t r = find(t, k, ab, 2);
	assert_float_equal(num(t, r, "count"), 1, 0);
	assert_float_equal(num(t, r, "jaccard"), 0.1, 1e-15);
	assert_float_equal(num(t, r, "c_coefficient"), 0.1, 1e-15);
	assert_float_equal(num(t, r, "lift"), 0.4, 1e-15);
	assert_float_equal(num(t, r, "expected"), 2.5, 1e-15);
	r = find(t, k, bc, 2);
	assert_float_equal(num(t, r, "jaccard"), 0.125, 1e-15);
	assert_float_equal(num(t, r, "lift"), 0.6, 1e-15);
	r = find(t, k, ad, 2);
	assert_float_equal(num(t, r, "jaccard"), 0, 0);
	assert_true(isnan(num(t, r, "lift"))); /* d is in no case */
	table_free(t);
	dataset_free(&ds);
}

static void test_association(void **state)
{
	(void)state;
	struct dataset ds;
	make(&ds);
	struct table *t = fixture_build("dilemma_association", 5, &ds);
	const char *k[] = {"factor", "level", "unit"};
	const char *ra[] = {"organisation", "tag", "a"};
	size_t r = find(t, k, ra, 3);
	assert_float_equal(num(t, r, "n_groups"), 2, 0);
	assert_float_equal(num(t, r, "groups_left_out"), 1, 0);
	assert_float_equal(num(t, r, "n_cases"), 10, 0);
	assert_float_equal(num(t, r, "chi2"), 3.6, 1e-12);
	assert_float_equal(num(t, r, "df"), 1, 0);
	assert_float_equal(num(t, r, "cramers_v"), 0.6, 1e-12);
	assert_string_equal(table_get_text(t, r, table_col(t, "p_method")), "monte_carlo");
	assert_float_equal(num(t, r, "p_value"), 52.0 / 252.0, 0.015);
	assert_false(isnan(num(t, r, "q_value")));
	const char *rd[] = {"organisation", "tag", "d"};
	assert_true(isnan(num(t, find(t, k, rd, 3), "chi2"))); /* no case carries d */
	table_free(t);
	t = fixture_build("dilemma_association_residuals", 5, &ds);
	const char *rk[] = {"factor", "unit", "group"};
	const char *rx[] = {"organisation", "a", "X"}, *ry[] = {"organisation", "a", "Y"};
	assert_float_equal(num(t, find(t, rk, rx, 3), "adjusted_residual"), 1.8973665961010275, 1e-12);
	assert_float_equal(num(t, find(t, rk, ry, 3), "adjusted_residual"), -1.8973665961010275, 1e-12);
	assert_float_equal(num(t, find(t, rk, rx, 3), "expected"), 2.5, 1e-12);
	table_free(t);
	dataset_free(&ds);
}

static void test_values_and_unused(void **state)
{
	(void)state;
	struct dataset ds;
	make(&ds);
	struct table *t = fixture_build("dilemma_values", 2, &ds);
	const char *k[] = {"organisation", "axis"};
	const char *xp[] = {"X", "profession-politics"}, *xs[] = {"X", "politics-society"};
	const char *zs[] = {"Z", "politics-society"};
	size_t r = find(t, k, xp, 2);
	assert_float_equal(num(t, r, "share"), 0.8, 1e-15);
	assert_float_equal(num(t, r, "dominant"), 1, 0);
	assert_float_equal(num(t, r, "n_people"), 2, 0);
	assert_string_equal(table_get_text(t, r, table_col(t, "top_card_1")), "c1");
	assert_float_equal(num(t, r, "top_share_1"), 1, 0);
	r = find(t, k, xs, 2);
	assert_float_equal(num(t, r, "share"), 0.4, 1e-15);
	assert_float_equal(num(t, r, "dominant"), 0, 0);
	assert_float_equal(num(t, find(t, k, zs, 2), "share"), 0, 0);
	table_free(t);
	t = fixture_build("dilemma_unused_tags", 5, &ds);
	assert_int_equal(t->nrows, 1);
	assert_string_equal(table_get_text(t, 0, 0), "d");
	table_free(t);
	dataset_free(&ds);
}

static void test_no_dilemmas(void **state)
{
	(void)state;
	static const int cats[] = {1, 2, 3};
	struct dataset ds;
	fixture_dataset(&ds, 1, 3, 1, 3, cats);
	const char *names[] = {"dilemma_frequencies", "dilemma_cooccurrence", "dilemma_association",
			       "dilemma_association_residuals", "dilemma_values",
			       "dilemma_unused_tags"};
	for (size_t k = 0; k < 6; k++) {
		struct table *t = fixture_build(names[k], 5, &ds);
		assert_int_equal(t->nrows, 0);
		table_free(t);
	}
	dataset_free(&ds);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_frequencies),
		cmocka_unit_test(test_cooccurrence),
		cmocka_unit_test(test_association),
		cmocka_unit_test(test_values_and_unused),
		cmocka_unit_test(test_no_dilemmas),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
