/* test_ingest_identifiers.c - the identifier detectors of
 * src/ingest/identifiers.c, each with true and false positives.  BSN
 * check digits computed by hand with the eleven-test (9*d1 + 8*d2 + ... +
 * 2*d8 - d9 divisible by 11), as the Dutch government describes it. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "../../src/ingest/internal.h"

static enum ident_kind scan(const char *s)
{
	return ident_scan(s, strlen(s));
}

static void test_email(void **state)
{
	(void)state;
	assert_int_equal(scan("jan@gemeente.nl"), ID_EMAIL);
	assert_int_equal(scan("mail me at a.b-c@x.example.org please"), ID_EMAIL);
	assert_int_equal(scan("@handle"), ID_NONE);          /* no local part, no domain */
	assert_int_equal(scan("team @ work"), ID_NONE);
	assert_int_equal(scan("x@localhost"), ID_NONE);      /* no dot in the domain */
	assert_int_equal(scan("a@.nl"), ID_NONE);
}

static void test_phone(void **state)
{
	(void)state;
	assert_int_equal(scan("06-12345678"), ID_PHONE);
	assert_int_equal(scan("0612345678"), ID_PHONE);
	assert_int_equal(scan("+31 6 12345678"), ID_PHONE);
	assert_int_equal(scan("+31612345678"), ID_PHONE);
	assert_int_equal(scan("0031 20 1234567"), ID_PHONE);
	assert_int_equal(scan("bel 020-1234567 na vijven"), ID_PHONE);
	assert_int_equal(scan("(020) 123 45 67"), ID_PHONE);
	/* dates, year ranges, ids and longer numbers are not */
	assert_int_equal(scan("2015-2016"), ID_NONE);
	assert_int_equal(scan("01-05-2013"), ID_NONE);
	assert_int_equal(scan("01-05-2013 12:00"), ID_NONE);
	assert_int_equal(scan("2013-05-01 10:30"), ID_NONE);
	assert_int_equal(scan("2012-2013-2014"), ID_NONE);
	assert_int_equal(scan("p0612345678"), ID_NONE);     /* part of a pseudonym */
	assert_int_equal(scan("061234567890"), ID_NONE);    /* twelve digits */
	assert_int_equal(scan("06-1234567"), ID_NONE);      /* nine digits */
}

static void test_bsn(void **state)
{
	(void)state;
	/* 111222333: 9+8+7+12+10+8+9+6 - 3 = 66 = 6 * 11 */
	assert_true(ident_bsn_ok("111222333"));
	assert_int_equal(scan("111222333"), ID_BSN);
	assert_int_equal(scan("bsn 111222333."), ID_NONE);  /* a decimal: not alone */
	assert_int_equal(scan("nr 111222333 gemeld"), ID_BSN);
	/* 123456782: 9+16+21+24+25+24+21+16 - 2 = 154 = 14 * 11 */
	assert_true(ident_bsn_ok("123456782"));
	/* 123456789: 156 - 9 = 147, not a multiple of 11 */
	assert_false(ident_bsn_ok("123456789"));
	assert_int_equal(scan("123456789"), ID_NONE);
	assert_false(ident_bsn_ok("000000000"));
	assert_int_equal(scan("1112223330"), ID_NONE);      /* ten digits */
	assert_int_equal(scan("20150301"), ID_NONE);        /* a date */
}

static void test_name(void **state)
{
	(void)state;
	assert_true(ident_looks_like_name("Jan de Vries"));
	assert_true(ident_looks_like_name("Piet Jansen"));
	assert_true(ident_looks_like_name("Anna van der Berg"));
	assert_true(ident_looks_like_name("Zoë Brontë"));
	assert_false(ident_looks_like_name("p017"));
	assert_false(ident_looks_like_name("Jan"));
	assert_false(ident_looks_like_name("deelnemer 12"));
	assert_false(ident_looks_like_name("P1 A"));
	assert_false(ident_looks_like_name("Team Noord Oost West"));
	assert_false(ident_looks_like_name("jan de vries"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_email),
		cmocka_unit_test(test_phone),
		cmocka_unit_test(test_bsn),
		cmocka_unit_test(test_name),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
