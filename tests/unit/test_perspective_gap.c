/* test_perspective_gap.c - perspective_gap on a hand-built dataset: three
 * people, each with a professional (sorts 1-3) and a personal sort (4-6).
 * Worked by hand (the Wilcoxon p itself is tested against R in
 * test_stats_differences.c):
 *   c1: professional 3 3 2, personal 3 1 3 -> d 0 2 -1: zero dropped, ranks
 *       |2| = 2, |-1| = 1: V+ 2, V- 1, rank-biserial 1/3; means 8/3, 7/3
 *   c2: d 0 -1 1 -> V+ 1.5, V- 1.5, rank-biserial 0
 *   c3: person 3 left c3 out of the personal sort: 2 pairs, d 0 -1 -> V+ 0, rb -1
 *   c4: person 1 left c4 out; d 0 0 -> no difference (empty, with a reason) */
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

static double get(const struct table *t, size_t r, const char *col)
{
	return table_get_real(t, r, table_col(t, col));
}

static void test_gap(void **state)
{
	(void)state;
	struct dataset ds;
	fixture_dataset(&ds, 6, 4, 1, 3, cats);
	const int person[] = {0, 1, 2, 0, 1, 2};
	const char *persp[] = {"professional", "professional", "professional",
			       "personal", "personal", "personal"};
	fixture_people(&ds, person);
	fixture_factor(&ds, DS_PERSPECTIVE, persp);
	struct table *t = fixture_build("perspective_gap", 2, &ds);
	assert_int_equal(t->nrows, 4);
	assert_float_equal(get(t, 0, "n"), 3, 0);
	assert_float_equal(get(t, 0, "mean_professional"), 8.0 / 3, 1e-15);
	assert_float_equal(get(t, 0, "mean_personal"), 7.0 / 3, 1e-15);
	assert_float_equal(get(t, 0, "statistic"), 2, 0);
	assert_float_equal(get(t, 0, "effect_size"), 1.0 / 3, 1e-15);
	assert_float_equal(get(t, 1, "statistic"), 1.5, 0);
	assert_float_equal(get(t, 1, "effect_size"), 0, 0);
	assert_float_equal(get(t, 2, "n"), 2, 0);
	assert_float_equal(get(t, 2, "effect_size"), -1, 0);
	assert_true(isnan(get(t, 3, "statistic")));
	assert_non_null(strstr(table_get_text(t, 3, t->col_note), "no difference"));
	table_free(t);
	t = fixture_build("perspective_gap", 3, &ds); /* c3 and c4 have two pairs only */
	assert_false(table_is_suppressed(t, 0));
	assert_true(table_is_suppressed(t, 2));
	assert_true(table_is_suppressed(t, 3));
	table_free(t);
	dataset_free(&ds);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_gap),
	};
	return cmocka_run_group_tests_name("perspective_gap", tests, NULL, NULL);
}
