/* test_table_cells.c - the 8-byte cell encoding (table.h) gives back what
 * was set: every kind, the edges of the integers kept inline (+-2^47) and
 * those beyond (kept wide), -0.0, the largest and smallest doubles, text
 * pointers from the pool; an overwritten or suppressed cell is empty. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <float.h>
#include <limits.h>
#include <math.h>
#include <string.h>
#include <cmocka.h>
#include "goedwerk/table.h"

static const struct column cols[] = {{"key", 1}, {"value", 0}};

static void test_ints(void **state)
{
	(void)state;
	static const long long v[] = {0, 1, -1, 140737488355327LL, -140737488355328LL,
				      140737488355328LL, -140737488355329LL, LLONG_MAX, LLONG_MIN};
	struct table *t = table_new("x", cols, 2);
	for (size_t i = 0; i < sizeof v / sizeof *v; i++)
		table_set_int(t, table_add_row(t), 1, v[i]);
	for (size_t i = 0; i < sizeof v / sizeof *v; i++) {
		struct cell c = table_cell(t, i, 1);
		assert_int_equal(c.kind, CELL_INT);
		assert_true(c.v.i == v[i]);
	}
	table_free(t);
}

static void test_reals(void **state)
{
	(void)state;
	const double v[] = {0.0, -0.0, 1.5, -2.25e-300, DBL_MAX, -DBL_MAX, DBL_MIN, 4.9e-324};
	struct table *t = table_new("x", cols, 2);
	for (size_t i = 0; i < sizeof v / sizeof *v; i++)
		table_set_real(t, table_add_row(t), 1, v[i]);
	for (size_t i = 0; i < sizeof v / sizeof *v; i++) {
		struct cell c = table_cell(t, i, 1);
		assert_int_equal(c.kind, CELL_REAL);
		assert_memory_equal(&c.v.r, &v[i], sizeof v[i]); /* -0.0 stays -0.0 */
	}
	size_t r = table_add_row(t);
	table_set_real(t, r, 1, NAN);
	assert_int_equal(table_cell(t, r, 1).kind, CELL_EMPTY);
	table_set_real(t, r, 1, -INFINITY);
	assert_int_equal(table_cell(t, r, 1).kind, CELL_EMPTY);
	table_free(t);
}

static void test_text_and_empty(void **state)
{
	(void)state;
	struct table *t = table_new("x", cols, 2);
	size_t r = table_add_row(t), s = table_add_row(t);
	assert_int_equal(table_cell(t, r, 0).kind, CELL_EMPTY);
	table_set_text(t, r, 0, "phase 1");
	table_set_text(t, s, 0, "phase 1");
	table_set_int(t, r, 1, 7);
	assert_string_equal(table_get_text(t, s, 0), "phase 1");
	assert_ptr_equal(table_get_text(t, r, 0), table_get_text(t, s, 0)); /* pooled once */
	assert_null(table_get_text(t, r, 1));
	table_set_text(t, r, 1, "now text");
	assert_string_equal(table_get_text(t, r, 1), "now text");
	table_suppress_row(t, r, "fewer than 10 people");
	assert_int_equal(table_cell(t, r, 1).kind, CELL_EMPTY);
	assert_string_equal(table_get_text(t, r, 0), "phase 1"); /* a key stays */
	assert_true(table_is_suppressed(t, r));
	assert_false(table_is_suppressed(t, s));
	assert_string_equal(table_get_text(t, r, t->col_note), "fewer than 10 people");
	table_free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {cmocka_unit_test(test_ints), cmocka_unit_test(test_reals),
					   cmocka_unit_test(test_text_and_empty)};
	return cmocka_run_group_tests_name("table_cells", tests, NULL, NULL);
}
