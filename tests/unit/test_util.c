/* test_util.c - util: the bounded file reader, SHA-256 against FIPS 180-2
 * appendix B vectors, the string pool, locale-free number formatting. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <sys/stat.h>
#include <unistd.h>
#include "goedwerk/file.h"
#include "goedwerk/number.h"
#include "goedwerk/sha256.h"
#include "goedwerk/strpool.h"
#include "goedwerk/textdist.h"

/* read_file_max: the bound holds (a file of max bytes is read, one more is
 * refused), a FIFO is refused at once without a writer, /dev/zero too. */
static void test_read_file_bounded(void **state)
{
	(void)state;
	char dir[] = "/tmp/gw-test-file-XXXXXX";
	assert_non_null(mkdtemp(dir));
	char path[64], fifo[64];
	snprintf(path, sizeof path, "%s/f", dir);
	snprintf(fifo, sizeof fifo, "%s/p", dir);
	FILE *f = fopen(path, "wb");
	assert_non_null(f);
	fputs("0123456789", f);
	fclose(f);
	size_t n = 0;
	const char *why = NULL;
	char *buf = read_file_max(path, 10, &n, &why);
	assert_non_null(buf);
	assert_int_equal(n, 10);
	assert_string_equal(buf, "0123456789");
	free(buf);
	assert_null(read_file_max(path, 9, &n, &why));
	assert_string_equal(why, FILE_TOO_LARGE);
	assert_int_equal(mkfifo(fifo, 0600), 0);
	assert_null(read_file_max(fifo, 100, &n, &why));
	assert_string_equal(why, "is a named pipe, not a regular file");
	assert_null(read_file_max("/dev/zero", 100, &n, &why));
	assert_string_equal(why, "is a device, not a regular file");
	assert_null(read_file_max(dir, 100, &n, &why));
	assert_string_equal(why, "is a folder, not a regular file");
	unlink(path);
	unlink(fifo);
	rmdir(dir);
}

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
	/* FIPS 180-2 B.3: a million 'a', fed in uneven pieces */
	static char a[1000000];
	memset(a, 'a', sizeof a);
	struct sha256 c;
	unsigned char d[32];
	sha256_init(&c);
	for (size_t at = 0, k = 1; at < sizeof a; at += k, k = k * 3 % 1021 + 1)
		sha256_update(&c, a + at, at + k > sizeof a ? sizeof a - at : k);
	sha256_final(&c, d);
	sha256_hex(d, hex);
	assert_string_equal(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
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

/* The definition fmt_real must keep byte for byte: the shortest of %.15g,
 * %.16g, %.17g that strtod reads back as v (fmt_real takes a faster road). */
static void reference_real(char *buf, size_t size, double v)
{
	if (v == 0)
		v = 0;
	for (int digits = 15; digits <= 17; digits++) {
		snprintf(buf, size, "%.*g", digits, v);
		if (strtod(buf, NULL) == v)
			break;
	}
}

static void check_real(double v)
{
	char got[64], want[64];
	fmt_real(got, sizeof got, v, 0);
	reference_real(want, sizeof want, v);
	if (strcmp(got, want) != 0)
		fail_msg("fmt_real(%a): got %s, want %s", v, got, want);
}

static uint64_t next_rand(uint64_t *s) /* xorshift64*: reproducible without a library */
{
	*s ^= *s >> 12;
	*s ^= *s << 25;
	*s ^= *s >> 27;
	return *s * 2685821657736338717ull;
}

/* fmt_real against its definition: decimals, integers, probabilities down to
 * 1e-300, shares k/n, halves and ties at the 15th and 16th digit, random bit
 * patterns (every finite double the tables could hold). */
static void test_numbers_shortest(void **state)
{
	(void)state;
	static const double fixed[] = {0.5, 1.5, 2.5, 1e15, 1e15 + 1, 1e16, 123456789012345.0,
				       1e-5, 1e-4, 0.0001234, 9.9999999999999995e-5, 1e21, 1e22,
				       1e23, 1e100, 1e-100, 1e300, 5e-324, 2.2250738585072014e-308,
				       1.7976931348623157e308, 0.1 + 0.2, 1.0 / 3, 2.0 / 3,
				       99999999999999.99, 9.999999999999999, 0.30000000000000004,
				       -1234.5678, -1e-7, 1.0000000000000002, 0.9999999999999999,
				       4.35, 0.15, 1.005, 8.675309e-11, -3.0, 1e14 - 0.5};
	for (size_t i = 0; i < sizeof fixed / sizeof fixed[0]; i++) {
		check_real(fixed[i]);
		check_real(-fixed[i]);
	}
	uint64_t s = 2012;
	for (int i = 0; i < 50000; i++) {
		uint64_t r = next_rand(&s);
		double u = (double)(r >> 11) / 9007199254740992.0; /* [0, 1) */
		check_real(u);
		check_real(u * pow(10.0, (double)(int)(r % 40) - 30.0));
		check_real((double)(r % 1000) / (double)(1 + (r >> 20) % 997));
		check_real(ldexp(u, -(int)(r % 1000)));
		check_real((double)(int64_t)(r >> 10) * 1e-3);
		double bits;
		uint64_t b = next_rand(&s);
		memcpy(&bits, &b, sizeof bits);
		if (isfinite(bits))
			check_real(bits);
		/* decimals with 15 or 16 significant digits, and neighbours */
		double d = (double)(r % 1000000000000000ull) * 1e-15;
		check_real(d);
		check_real(nextafter(d, 1));
		check_real(nextafter(d, 0));
	}
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
		cmocka_unit_test(test_read_file_bounded),
		cmocka_unit_test(test_sha256_fips),
		cmocka_unit_test(test_strpool),
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_numbers_shortest),
		cmocka_unit_test(test_text_distance),
	};
	return cmocka_run_group_tests_name("util", tests, NULL, NULL);
}
