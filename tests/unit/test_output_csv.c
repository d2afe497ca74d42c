/* test_output_csv.c - the CSV writer neutralises text cells a spreadsheet
 * would run as formulas (OWASP "CSV Injection": cells beginning with = + -
 * @, tab or CR get a leading apostrophe), and leaves numbers alone. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "goedwerk/output.h"
#include "goedwerk/table.h"

static void test_formula_risk(void **state)
{
	(void)state;
	const char *risky[] = {"=SUM(A1:A9)", "+31 6", "-2+3", "@cmd", "\t=1", "\r=1", "=",
			       "-", "+"};
	const char *safe[] = {"-1.5", "+3", "-0", "50+", "<35", "a=b", "", "2015-2016", "1e3"};
	for (size_t i = 0; i < sizeof risky / sizeof *risky; i++)
		assert_true(output_formula_risk(risky[i]));
	for (size_t i = 0; i < sizeof safe / sizeof *safe; i++)
		assert_false(output_formula_risk(safe[i]));
}

static void test_csv_neutralised(void **state)
{
	(void)state;
	const struct column cols[] = {{"label", 1}, {"n", 0}};
	struct table *t = table_new("t", cols, 2);
	const char *labels[] = {"=HYPERLINK(\"x\")", "@a", "-1.5", "plain", "-3"};
	for (size_t i = 0; i < 5; i++) {
		size_t r = table_add_row(t);
		table_set_text(t, r, 0, labels[i]);
		table_set_int(t, r, 1, -(long long)i);
	}
	char *buf = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&buf, &n);
	assert_int_equal(table_write_csv(t, f, NULL), 0);
	fclose(f);
	const char *want_rows = "\"'=HYPERLINK(\"\"x\"\")\",0,0,\n\"'@a\",-1,0,\n-1.5,-2,0,\nplain,-3,0,\n-3,-4,0,\n";
	const char *nl = strchr(buf, '\n');
	assert_non_null(nl);
	assert_string_equal(nl + 1, want_rows);
	free(buf);
	table_free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_formula_risk),
		cmocka_unit_test(test_csv_neutralised),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
