/* test_util.c - util: SHA-256 against FIPS 180-2 appendix B vectors, the
 * string pool, locale-free number formatting. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>
#include "goedwerk/util.h"

static void hex_of(const char *msg, char hex[65])
{
	struct sha256 c;
	unsigned char d[32];
	sha256_init(&c);
	sha256_update(&c, msg, strlen(msg));
	sha256_final(&c, d);
	sha256_hex(d, hex);
}

/* FIPS 180-2, Appendix B.1 and B.2. */
static void test_sha256_fips(void **state)
{
	(void)state;
	char hex[65];
	hex_of("abc", hex);
	assert_string_equal(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	hex_of("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", hex);
	assert_string_equal(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
	hex_of("", hex);
	assert_string_equal(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

static void test_strpool(void **state)
{
	(void)state;
	struct strpool p;
	strpool_init(&p);
	const char *a = strpool_intern(&p, "traject-1xyz", 9);
	char buf[32];
	for (int i = 0; i < 5000; i++) { /* force rehash and new blocks */
		snprintf(buf, sizeof buf, "s%d", i);
		strpool_get(&p, buf);
	}
	assert_ptr_equal(a, strpool_get(&p, "traject-1"));
	assert_string_equal(a, "traject-1");
	assert_ptr_not_equal(strpool_get(&p, "s1"), strpool_get(&p, "s2"));
	strpool_free(&p);
}

static void test_numbers(void **state)
{
	(void)state;
	char buf[64];
	assert_string_equal(fmt_real(buf, sizeof buf, 0.1, 0), "0.1");
	assert_string_equal(fmt_real(buf, sizeof buf, 1.0 / 3, 0), "0.3333333333333333");
	assert_string_equal(fmt_real(buf, sizeof buf, 0.1 + 0.2, 0), "0.30000000000000004");
	assert_string_equal(fmt_real(buf, sizeof buf, -0.0, 0), "0");
	assert_string_equal(fmt_real(buf, sizeof buf, 2.5, 1), "2,5");
	assert_string_equal(fmt_fixed(buf, sizeof buf, -0.0004, 2, 0), "0.00");
	assert_string_equal(fmt_fixed(buf, sizeof buf, 0.125, 1, 1), "0,1");
	long l;
	assert_int_equal(parse_long("42", &l), 0);
	assert_int_equal(l, 42);
	assert_int_equal(parse_long("4x", &l), -1);
	assert_int_equal(parse_long("", &l), -1);
}

/* Levenshtein distances from the textbook examples (Wikipedia, "Levenshtein
 * distance": kitten/sitting 3, flaw/lawn 2). */
static void test_text_distance(void **state)
{
	(void)state;
	assert_int_equal(text_distance("kitten", "sitting"), 3);
	assert_int_equal(text_distance("flaw", "lawn"), 2);
	assert_int_equal(text_distance("", "abc"), 3);
	assert_int_equal(text_distance("same", "same"), 0);
	const char *known[] = {"regels", "loyaal", "regelz", "integriteit"};
	size_t pick[3];
	assert_int_equal(text_nearest("regelx", known, 4, pick, 3), 2);
	assert_int_equal(pick[0], 0);
	assert_int_equal(pick[1], 2);
	assert_int_equal(text_nearest("xyzxyzxyz", known, 4, pick, 3), 0);
	assert_int_equal(text_nearest("x", known, 0, pick, 3), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sha256_fips),
		cmocka_unit_test(test_strpool),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_text_distance),
	};
	return cmocka_run_group_tests_name("util", tests, NULL, NULL);
}
