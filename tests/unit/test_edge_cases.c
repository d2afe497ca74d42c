/* test_edge_cases.c - every registered table over the degenerate data that
 * issue 3 names: one sort, all sorts identical, a card nobody placed, a
 * group of one, all values tied.  No table may fail or crash (this test
 * also runs under ASan/UBSan and valgrind), and a value left empty in a row
 * that is not suppressed must say why in the note column: an undefined
 * statistic is an empty cell with a reason, never a silent blank. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include "goedwerk/analyse.h"
#include "fixture.h"

/* Columns that are legitimately blank without a reason. */
static int optional(const char *table, const char *col)
{
	static const char *const ok[] = {
		"label_nl", "label_en", "pillar", "axis", "tag", "note", "p_method",
		"kw_statistic", "kw_df", "kw_p_value", "kw_epsilon2", "kw_groups", NULL};
	(void)table;
	for (int i = 0; ok[i]; i++)
		if (strcmp(col, ok[i]) == 0)
			return 1;
	return 0;
}

static int check_all_tables(struct dataset *ds, const char *what)
{
	int bad = 0;
	for (size_t i = 0; i < analyse_registry_len; i++) {
		const struct table_def *d = analyse_registry[i];
		struct table *t = fixture_build(d->name, 1, ds);
		for (size_t r = 0; r < t->nrows; r++) {
			if (table_is_suppressed(t, r))
				continue;
			const char *note = table_get_text(t, r, t->col_note);
			for (size_t j = 0; j < t->ncols; j++) {
				if (t->cols[j].key || j == t->col_note || j == t->col_suppressed ||
				    optional(d->name, t->cols[j].name))
					continue;
				if (table_cell(t, r, j).kind == CELL_EMPTY && !(note && *note)) {
					if (bad < 20)
						fprintf(stderr, "%s: %s row %zu: %s empty without a reason\n",
							what, d->name, r, t->cols[j].name);
					bad++;
				}
			}
		}
		table_free(t);
	}
	return bad;
}

static void test_one_sort(void **state)
{
	(void)state;
	static const int cats[] = {1, 2, 3, 4, 5};
	struct dataset ds;
	fixture_dataset(&ds, 1, 5, 1, 5, cats);
	assert_int_equal(check_all_tables(&ds, "one sort"), 0);
	dataset_free(&ds);
}

/* Three people, each with an individual and an exchange professional sort
 * and an individual personal one, so that exchange_change and
 * perspective_gap have pairs: cats gives each sort's five placements. */
static void three_people(struct dataset *ds, const int *cats)
{
	static const int person[] = {0, 0, 0, 1, 1, 1, 2, 2, 2};
	static const char *const phase[] = {"individual", "exchange", "individual",
					    "individual", "exchange", "individual",
					    "individual", "exchange", "individual"};
	static const char *const persp[] = {"professional", "professional", "personal",
					    "professional", "professional", "personal",
					    "professional", "professional", "personal"};
	static const char *const age[] = {"<35", "<35", "<35", "50+", "50+", "50+",
					  "50+", "50+", "50+"};
	fixture_dataset(ds, 9, 5, 1, 5, cats);
	fixture_people(ds, person);
	ds->n_people = 3;
	fixture_factor(ds, DS_PHASE, phase);
	fixture_factor(ds, DS_PERSPECTIVE, persp);
	fixture_factor(ds, DS_AGE_BAND, age);
}

static void test_identical_sorts(void **state)
{
	(void)state;
	int cats[9 * 5];
	for (int i = 0; i < 45; i++)
		cats[i] = 1 + i % 5;
	struct dataset ds;
	three_people(&ds, cats);
	assert_int_equal(check_all_tables(&ds, "identical sorts"), 0);
	dataset_free(&ds);
}

static void test_card_nobody_placed(void **state)
{
	(void)state;
	static const int cats[] = {1, 2, 3, 0, 2, 3, 1, 0, 3, 1, 2, 0, 2, 2, 3, 0};
	struct dataset ds;
	fixture_dataset(&ds, 4, 4, 1, 3, cats);
	assert_int_equal(check_all_tables(&ds, "card nobody placed"), 0);
	dataset_free(&ds);
}

static void test_group_of_one(void **state)
{
	(void)state;
	static const int cats[] = {1, 2, 3, 3, 2, 1, 2, 1, 3, 1, 3, 2};
	static const char *const age[] = {"<35", "35-49", "35-49", "35-49"};
	struct dataset ds;
	fixture_dataset(&ds, 4, 3, 1, 3, cats);
	fixture_factor(&ds, DS_AGE_BAND, age);
	fixture_factor(&ds, DS_ORGANISATION, age);
	assert_int_equal(check_all_tables(&ds, "group of one"), 0);
	dataset_free(&ds);
}

static void test_all_tied(void **state)
{
	(void)state;
	int cats[9 * 5];
	for (int i = 0; i < 45; i++)
		cats[i] = 2;
	struct dataset ds;
	three_people(&ds, cats);
	assert_int_equal(check_all_tables(&ds, "all tied"), 0);
	dataset_free(&ds);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_one_sort),
		cmocka_unit_test(test_identical_sorts),
		cmocka_unit_test(test_card_nobody_placed),
		cmocka_unit_test(test_group_of_one),
		cmocka_unit_test(test_all_tied),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
