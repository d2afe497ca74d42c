/* test_report_words.c - the words the report puts around its numbers:
 * every table has a description in Dutch and in English, and no chart
 * title, caption or description speaks in command-line words (--min-cell)
 * or file names (value_summary.csv); numbers in charts are written as the
 * report's locale writes them (decimal comma in Dutch, 2,1·10⁻⁵ for small
 * q); long labels keep their start and their end. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <string.h>
#include <cmocka.h>
#include "goedwerk/analyse.h"
#include "../../src/report/chart.h"
#include "../../src/report/i18n.h"

static void no_cli_words(const char *what, const char *text)
{
	if (!text)
		fail_msg("%s: no text", what);
	if (strstr(text, "--") || strstr(text, ".csv"))
		fail_msg("%s speaks in command-line words or file names: %s", what, text);
}

static void every_table_described(void **state)
{
	(void)state;
	for (size_t i = 0; i < analyse_registry_len; i++) {
		const char *name = analyse_registry[i]->name;
		no_cli_words(name, report_table_text(name, LANG_NL));
		no_cli_words(name, report_table_text(name, LANG_EN));
		assert_string_not_equal(report_table_text(name, LANG_NL), report_table_text(name, LANG_EN));
	}
}

static void charts_speak_plainly(void **state)
{
	(void)state;
	for (size_t i = 0; i < chart_registry_len; i++) {
		const struct chart_def *d = &chart_registry[i];
		no_cli_words(d->name, d->title_nl);
		no_cli_words(d->name, d->title_en);
		no_cli_words(d->name, d->caption_nl);
		no_cli_words(d->name, d->caption_en);
	}
}

static void numbers_in_the_locale(void **state)
{
	(void)state;
	struct chart_ctx nl = {NULL, NULL, LANG_NL}, en = {NULL, NULL, LANG_EN};
	char buf[64];
	assert_string_equal(chart_num(&nl, buf, sizeof buf, 2.1e-05), "2,1\xc2\xb7" "10\xe2\x81\xbb\xe2\x81\xb5");
	assert_string_equal(chart_num(&en, buf, sizeof buf, 2.1e-05), "2.1\xc2\xb7" "10\xe2\x81\xbb\xe2\x81\xb5");
	assert_string_equal(chart_num(&nl, buf, sizeof buf, 0.00024), "2,4\xc2\xb7" "10\xe2\x81\xbb\xe2\x81\xb4");
	assert_string_equal(chart_num(&nl, buf, sizeof buf, 9.96e-05), "1,0\xc2\xb7" "10\xe2\x81\xbb\xe2\x81\xb4");
	assert_string_equal(chart_num(&nl, buf, sizeof buf, 1.2e-12), "1,2\xc2\xb7" "10\xe2\x81\xbb\xc2\xb9\xc2\xb2");
	assert_string_equal(chart_num(&nl, buf, sizeof buf, 0.023), "0,023");
	assert_string_equal(chart_num(&en, buf, sizeof buf, 0.023), "0.023");
	assert_string_equal(chart_num(&nl, buf, sizeof buf, 0), "0");
}

static void long_labels_keep_both_ends(void **state)
{
	(void)state;
	char buf[64];
	const char *org = "Ministerie van Binnenlandse Zaken, Directoraat-Generaal Belastingdienst";
	const char *s = chart_shorten(org, buf, 30);
	assert_true(strlen(s) <= 30);
	assert_memory_equal(s, "Ministerie", 10);
	assert_non_null(strstr(s, "\xe2\x80\xa6"));
	assert_string_equal(s + strlen(s) - 6, "dienst");
	assert_string_equal(chart_shorten("kort", buf, 30), "kort");
	/* never cut inside a character: "é" is two bytes */
	s = chart_shorten("ééééééééééééééééééééé", buf, 11);
	assert_true(strlen(s) <= 11);
	for (const char *p = s; *p; p++)
		if ((unsigned char)*p == 0xc3)
			assert_int_equal((unsigned char)p[1], 0xa9);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_table_described),
		cmocka_unit_test(charts_speak_plainly),
		cmocka_unit_test(numbers_in_the_locale),
		cmocka_unit_test(long_labels_keep_both_ends),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
