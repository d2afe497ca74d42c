/* test_group_tops_summary.c - group_tops_summary and the tables privacy unit
 * on six hand-built tables.  Expected values: tests/oracle/group_tops_summary.py
 * (within-table Kendall's W by scipy.stats.friedmanchisquare, quartiles by
 * numpy.percentile, linear = R type 7), printed:
 *   t1 W 0.15839694656488518  t2 W 0.6590909090909085  t3 W 0.12090163934426171
 *   t4 W None (one member)  t5 W 0.12631578947368377  t6 W 0.31557377049180324
 *   all tables 6 {four 3, three 1, fewer 1, none 1} members 19 with_w 5
 *     q1 0.12631578947368377 median 0.15839694656488518 q3 0.31557377049180324
 *   T1 tables 4 {four 1, three 1, fewer 1, none 1} members 12 with_w 3
 *     q1 0.13964929295457346 median 0.15839694656488518 q3 0.4087439278278968
 * Suppression worked by hand from goedwerk/privacy.h: at --min-cell 5 only
 * `all` (6 tables) shows; at 4 traject T2 (2 tables) is under K, so T1 is
 * hidden too (the all row minus T1 would give T2). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <string.h>
#include <cmocka.h>
#include "goedwerk/alloc.h"
#include "goedwerk/analyse.h"
#include "fixture.h"

/* The sorts printed by the oracle (0 = card not placed). */
static const int cats[] = {
	4, 2, 5, 5, 1, 1, /**/ 1, 1, 3, 2, 3, 2, /**/ 5, 4, 4, 1, 1, 5, /**/ 2, 5, 4, 1, 3, 3, /* t1 */
	3, 1, 4, 2, 2, 3, /**/ 2, 3, 0, 3, 4, 5, /**/ 2, 2, 3, 1, 4, 4, /* t2 */
	4, 5, 3, 5, 5, 5, /**/ 2, 1, 5, 5, 2, 4, /**/ 1, 5, 5, 3, 4, 2, /**/ 5, 4, 5, 4, 1, 4, /* t3 */
	4, 2, 5, 1, 2, 4, /* t4 */
	4, 1, 2, 5, 3, 1, /**/ 2, 4, 1, 3, 2, 2, /**/ 4, 1, 5, 4, 4, 5, /* t5 */
	1, 4, 5, 4, 3, 4, /**/ 4, 3, 3, 3, 4, 5, /**/ 5, 2, 5, 2, 4, 5, /**/ 5, 5, 4, 3, 1, 5, /* t6 */
	3, 3, 3, 3, 3, 3, /* in no table */
};

static void make(struct dataset *ds)
{
	static const char *const table[20] = {"t1", "t1", "t1", "t1", "t2", "t2", "t2", "t3", "t3",
					      "t3", "t3", "t4", "t5", "t5", "t5", "t6", "t6", "t6",
					      "t6", NULL};
	static const int n_cards[6] = {4, 3, 2, 0, 4, 4};
	const char *traject[20], *org[20];
	for (size_t i = 0; i < 20; i++) {
		int t2 = i >= 12 && i < 19;
		traject[i] = t2 ? "T2" : "T1";
		org[i] = t2 ? "O2" : "O1";
	}
	fixture_dataset(ds, 20, 6, 1, 5, cats);
	fixture_factor(ds, DS_TRAJECT, traject);
	fixture_factor(ds, DS_ORGANISATION, org);
	fixture_factor(ds, DS_TABLE, table);
	ds->n_tops = 6;
	ds->tops = xcalloc(6, sizeof *ds->tops);
	for (int k = 0; k < 6; k++) {
		ds->tops[k].traject = k >= 4;
		ds->tops[k].table = k;
		ds->tops[k].scope = xasprintf("t%d", k + 1);
		ds->tops[k].consensus = n_cards[k] > 0;
		ds->tops[k].n_cards = n_cards[k];
		for (int c = 0; c < n_cards[k]; c++)
			ds->tops[k].cards[c] = c;
	}
}

static long find(const struct table *t, const char *type, const char *scope)
{
	for (size_t r = 0; r < t->nrows; r++)
		if (!strcmp(table_get_text(t, r, table_col(t, "scope_type")), type) &&
		    !strcmp(table_get_text(t, r, table_col(t, "scope")), scope))
			return (long)r;
	return -1;
}

static double get(const struct table *t, long row, const char *col)
{
	assert_true(row >= 0);
	const struct cell c_v = table_cell(t, (size_t)row, table_col(t, col)), *c = &c_v;
	return c->kind == CELL_INT ? (double)c->v.i : table_get_real(t, (size_t)row, table_col(t, col));
}

/* A value that must be there: NaN would pass assert_float_equal. */
static double val(const struct table *t, long row, const char *col)
{
	double v = get(t, row, col);
	assert_false(isnan(v));
	return v;
}

static void counts(const struct table *t, long r, int tables, int four, int three, int fewer,
		   int none, int members, int with_w)
{
	assert_false(table_is_suppressed(t, (size_t)r));
	assert_float_equal(val(t, r, "tables"), tables, 0);
	assert_float_equal(val(t, r, "top_four"), four, 0);
	assert_float_equal(val(t, r, "top_three"), three, 0);
	assert_float_equal(val(t, r, "fewer_cards"), fewer, 0);
	assert_float_equal(val(t, r, "no_consensus"), none, 0);
	assert_float_equal(val(t, r, "n_members"), members, 0);
	assert_float_equal(val(t, r, "tables_with_w"), with_w, 0);
}

static void test_all_tables(void **state)
{
	(void)state;
	struct dataset ds;
	make(&ds);
	struct table *t = fixture_build("group_tops_summary", 5, &ds);
	long r = find(t, "all", "all");
	counts(t, r, 6, 3, 1, 1, 1, 19, 5);
	assert_float_equal(val(t, r, "w_q1"), 0.12631578947368377, 1e-12);
	assert_float_equal(val(t, r, "w_median"), 0.15839694656488518, 1e-12);
	assert_float_equal(val(t, r, "w_q3"), 0.31557377049180324, 1e-12);
	/* four and two tables: under K = 5 tables */
	assert_true(table_is_suppressed(t, (size_t)find(t, "traject", "T1")));
	assert_true(table_is_suppressed(t, (size_t)find(t, "traject", "T2")));
	assert_true(table_is_suppressed(t, (size_t)find(t, "organisation", "O1")));
	assert_non_null(strstr(table_get_text(t, (size_t)find(t, "traject", "T1"), t->col_note),
			       "fewer than min-cell tables"));
	table_free(t);
	dataset_free(&ds);
}

static void test_per_traject(void **state)
{
	(void)state;
	struct dataset ds;
	make(&ds);
	struct table *t = fixture_build("group_tops_summary", 2, &ds);
	long r = find(t, "traject", "T1");
	counts(t, r, 4, 1, 1, 1, 1, 12, 3);
	assert_float_equal(val(t, r, "w_q1"), 0.13964929295457346, 1e-12);
	assert_float_equal(val(t, r, "w_median"), 0.15839694656488518, 1e-12);
	assert_float_equal(val(t, r, "w_q3"), 0.4087439278278968, 1e-12);
	counts(t, find(t, "organisation", "O1"), 4, 1, 1, 1, 1, 12, 3);
	counts(t, find(t, "traject", "T2"), 2, 2, 0, 0, 0, 7, 2);
	table_free(t);
	/* K = 4: T2 (2 tables) is under K and T1 goes with it (secondary) */
	t = fixture_build("group_tops_summary", 4, &ds);
	assert_false(table_is_suppressed(t, (size_t)find(t, "all", "all")));
	assert_true(table_is_suppressed(t, (size_t)find(t, "traject", "T2")));
	assert_true(table_is_suppressed(t, (size_t)find(t, "traject", "T1")));
	table_free(t);
	/* group_tops_tables shows a traject's outcomes only over K tables */
	t = fixture_build("group_tops_tables", 4, &ds);
	assert_int_equal(t->nrows, 2);
	assert_true(isnan(get(t, 1, "top_four")));
	assert_true(isnan(get(t, 0, "top_four")));
	table_free(t);
	dataset_free(&ds);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_all_tables),
		cmocka_unit_test(test_per_traject),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
