/* test_table_bounds.c - issue 10 item 5: a p-value that underflowed is
 * written as the bound a double can state, with a note, never as 0; a share
 * summed past 1 by rounding (1.0000000000000013 was seen in
 * factor_eigenvalues.cumulative_share) is 1. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <float.h>
#include <string.h>
#include <cmocka.h>
#include "goedwerk/table.h"

static void test_bounds(void **state)
{
	(void)state;
	static const struct column cols[] = {{"p_value", 0}, {"share", 0}};
	struct table *t = table_new("x", cols, 2);
	size_t r = table_add_row(t), s = table_add_row(t);
	table_set_p(t, r, 0, 0.0);
	table_set_share(t, r, 1, 1.0000000000000013);
	table_set_p(t, s, 0, 0.25);
	table_set_share(t, s, 1, 0.5);
	assert_true(table_get_real(t, r, 0) == DBL_MIN);
	assert_true(table_get_real(t, r, 0) > 0);
	assert_true(table_get_real(t, r, 1) == 1.0);
	assert_non_null(strstr(table_get_text(t, r, t->col_note), "p_value below 2.2e-308"));
	assert_true(table_get_real(t, s, 0) == 0.25);
	assert_true(table_get_real(t, s, 1) == 0.5);
	assert_null(table_get_text(t, s, t->col_note));
	table_free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {cmocka_unit_test(test_bounds)};
	return cmocka_run_group_tests_name("table_bounds", tests, NULL, NULL);
}
