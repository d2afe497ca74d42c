/* test_group_pairs.c - group_pairs on 9 sorts x 3 cards, piles 1..3, age
 * bands a<35 (4 people), b35-49 (3; one leaves card c3 out), c50+ (2).
 * Expected: tests/oracle/group_pairs.py (scipy 1.10.1 mannwhitneyu,
 * asymptotic with continuity since every pair has ties; Cliff's delta by
 * pair counting; BH over the 9 rows of the factor). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <string.h>
#include <cmocka.h>
#include "goedwerk/analyse.h"
#include "fixture.h"

static const int cats[] = {3, 1, 2, /**/ 2, 1, 3, /**/ 3, 2, 1, /**/ 3, 3, 2, /**/ 1, 2, 3,
			   2, 3, 3, /**/ 1, 3, 0, /**/ 1, 2, 1, /**/ 2, 1, 2};
static const char *const age[] = {"a<35",   "a<35",   "a<35", "a<35", "b35-49",
				  "b35-49", "b35-49", "c50+", "c50+"};

struct want {
	int card;
	const char *a, *b;
	double na, nb, u, p;
	int exact;
	double delta, q;
};

static const struct want want[] = {
	{0, "a<35", "b35-49", 4, 3, 11.5, 0.061368829139402156, 0, 0.9166666666666666, 0.392476635882355},
	{0, "a<35", "c50+", 4, 2, 7.5, 0.13361440253771614, 0, 0.875, 0.392476635882355},
	{0, "b35-49", "c50+", 3, 2, 2.5, 1.0, 0, -0.16666666666666666, 1.0},
	{1, "a<35", "b35-49", 4, 3, 2.5, 0.26165109058823666, 0, -0.5833333333333334, 0.392476635882355},
	{1, "a<35", "c50+", 4, 2, 4.5, 1.0, 0, 0.125, 1.0},
	{1, "b35-49", "c50+", 3, 2, 5.5, 0.2235428745713206, 0, 0.8333333333333334, 0.392476635882355},
	{2, "a<35", "b35-49", 4, 2, 1.0, 0.2112995473337107, 0, -0.75, 0.392476635882355},
	{2, "a<35", "c50+", 4, 2, 5.5, 0.6170750774519738, 0, 0.375, 0.793382242438252},
	{2, "b35-49", "c50+", 2, 2, 4.0, 0.22067136191984682, 0, 1.0, 0.392476635882355},
};

static long row_of(const struct table *t, const char *card, const char *a, const char *b)
{
	for (size_t r = 0; r < t->nrows; r++)
		if (!strcmp(table_get_text(t, r, table_col(t, "factor")), "age_band") &&
		    !strcmp(table_get_text(t, r, table_col(t, "card")), card) &&
		    !strcmp(table_get_text(t, r, table_col(t, "group_a")), a) &&
		    !strcmp(table_get_text(t, r, table_col(t, "group_b")), b))
			return (long)r;
	return -1;
}

static double get(const struct table *t, long r, const char *col)
{
	assert_true(r >= 0);
	const struct cell c_v = table_cell(t, (size_t)r, table_col(t, col)), *c = &c_v;
	if (c->kind == CELL_INT)
		return (double)c->v.i;
	return table_get_real(t, (size_t)r, table_col(t, col));
}

static void test_pairs(void **state)
{
	(void)state;
	struct dataset ds;
	fixture_dataset(&ds, 9, 3, 1, 3, cats);
	fixture_factor(&ds, DS_AGE_BAND, age);
	struct table *t = fixture_build("group_pairs", 2, &ds);
	const char *cards[] = {"c1", "c2", "c3"};
	size_t n_age = 0;
	for (size_t r = 0; r < t->nrows; r++)
		n_age += !strcmp(table_get_text(t, r, table_col(t, "factor")), "age_band");
	assert_int_equal(n_age, 9); /* 3 cards x 3 pairs, a before b only */
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		const struct want *w = &want[i];
		long r = row_of(t, cards[w->card], w->a, w->b);
		assert_float_equal(get(t, r, "n_a"), w->na, 0);
		assert_float_equal(get(t, r, "n_b"), w->nb, 0);
		assert_float_equal(get(t, r, "U"), w->u, 1e-12);
		assert_float_equal(get(t, r, "p_value"), w->p, 1e-12);
		assert_float_equal(get(t, r, "exact"), w->exact, 0);
		assert_float_equal(get(t, r, "cliffs_delta"), w->delta, 1e-12);
		assert_float_equal(get(t, r, "q_value"), w->q, 1e-12);
		/* z has the sign of delta */
		assert_true(get(t, r, "z") * w->delta >= 0);
	}
	table_free(t);
	/* min-cell 3: c50+ (2 people) takes part in no pair, and c3 a<35 vs
	 * b35-49 is suppressed (only 2 answers from b35-49) */
	t = fixture_build("group_pairs", 3, &ds);
	for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
		const struct want *w = &want[i];
		long r = row_of(t, cards[w->card], w->a, w->b);
		if (!strcmp(w->b, "c50+")) {
			assert_int_equal(r, -1);
			continue;
		}
		int small = w->card == 2;
		assert_int_equal(table_is_suppressed(t, (size_t)r), small);
		if (small)
			assert_true(isnan(get(t, r, "U")) && isnan(get(t, r, "q_value")));
	}
	/* two tests left in the family (c1 and c2, a<35 vs b35-49): q = min(2 p, 0.2617) */
	long r = row_of(t, "c1", "a<35", "b35-49");
	assert_float_equal(get(t, r, "q_value"), 2 * 0.061368829139402156, 1e-12);
	r = row_of(t, "c2", "a<35", "b35-49");
	assert_float_equal(get(t, r, "q_value"), 0.26165109058823666, 1e-12);
	table_free(t);
	dataset_free(&ds);
}

/* More groups than PAIRS_MAX_GROUPS (12): one row per factor that says so. */
static void test_too_many_groups(void **state)
{
	(void)state;
	enum { N = 26 };
	int c[N * 3];
	const char *org[N];
	static const char *const names[N] = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j",
					     "k", "l", "m", "n", "o", "p", "q", "r", "s", "t",
					     "u", "v", "w", "x", "y", "z"};
	for (int i = 0; i < N; i++) {
		c[3 * i] = 1 + i % 3;
		c[3 * i + 1] = 1 + (i + 1) % 3;
		c[3 * i + 2] = 1 + (i + 2) % 3;
		org[i] = names[i / 2]; /* 13 organisations of 2 people */
	}
	struct dataset ds;
	fixture_dataset(&ds, N, 3, 1, 3, c);
	fixture_factor(&ds, DS_ORGANISATION, org);
	struct table *t = fixture_build("group_pairs", 2, &ds);
	assert_int_equal(t->nrows, 1);
	assert_string_equal(table_get_text(t, 0, table_col(t, "factor")), "organisation");
	assert_non_null(strstr(table_get_text(t, 0, t->col_note), "13 groups"));
	table_free(t);
	t = fixture_build("group_pairs", 1, &ds); /* still 13 groups */
	assert_int_equal(t->nrows, 1);
	table_free(t);
	dataset_free(&ds);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pairs),
		cmocka_unit_test(test_too_many_groups),
	};
	return cmocka_run_group_tests_name("group_pairs", tests, NULL, NULL);
}
