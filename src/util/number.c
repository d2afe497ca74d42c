/* number.c - numbers as text, identical in every locale (we never call
 * setlocale, so printf/strtod use '.'; a decimal comma is a formatting
 * option applied here, never an accident). */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "goedwerk/number.h"

static char *apply_comma(char *buf, int decimal_comma)
{
	if (decimal_comma) {
		char *dot = strchr(buf, '.');
		if (dot)
			*dot = ',';
	}
	return buf;
}

/* The reference: the shortest of %.15g, %.16g, %.17g that reads back as v.
 * fmt_real gives the same bytes, faster (tables of millions of rows). */
static char *fmt_real_slow(char *buf, size_t size, double v)
{
	for (int digits = 15; digits <= 17; digits++) {
		snprintf(buf, size, "%.*g", digits, v);
		if (strtod(buf, NULL) == v)
			break;
	}
	return buf;
}

/* Powers of ten that a double holds exactly (Clinger's fast path). */
static const double exact_pow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
				     1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
				     1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

/* Does the decimal m x 10^(x - p + 1) (m of p digits) read back as av?  One
 * correctly rounded IEEE operation on exact operands when m is below 2^53
 * and the power is at most 10^22 (Clinger 1990), else strtod. */
static int reads_back_m(uint64_t m, int p, int x, double av)
{
	int k = x - p + 1;
	if (m < (1ull << 53) && k >= -22 && k <= 22) {
		double d = (double)m;
		return (k >= 0 ? d * exact_pow10[k] : d / exact_pow10[-k]) == av;
	}
	char s[48];
	snprintf(s, sizeof s, "%llue%d", (unsigned long long)m, k);
	return strtod(s, NULL) == av;
}

static int reads_back(const char *digits, int p, int x, double av)
{
	uint64_t m = 0;
	for (int i = 0; i < p; i++)
		m = m * 10 + (uint64_t)(digits[i] - '0');
	return reads_back_m(m, p, x, av);
}

/* Write digits[0..p) with decimal exponent x as printf's %.{p}g would. */
static void write_g(char *out, int neg, const char *digits, int p, int x)
{
	int nd = p;
	while (nd > 1 && digits[nd - 1] == '0')
		nd--; /* %g drops trailing zeros */
	char *o = out;
	if (neg)
		*o++ = '-';
	if (x < -4 || x >= p) {
		*o++ = digits[0];
		if (nd > 1) {
			*o++ = '.';
			memcpy(o, digits + 1, (size_t)nd - 1);
			o += nd - 1;
		}
		*o++ = 'e';
		*o++ = x < 0 ? '-' : '+';
		int ax = x < 0 ? -x : x;
		if (ax >= 100)
			*o++ = (char)('0' + ax / 100);
		*o++ = (char)('0' + ax / 10 % 10);
		*o++ = (char)('0' + ax % 10);
	} else if (x < 0) {
		*o++ = '0';
		*o++ = '.';
		for (int i = -1; i > x; i--)
			*o++ = '0';
		memcpy(o, digits, (size_t)nd);
		o += nd;
	} else {
		for (int i = 0; i <= x; i++)
			*o++ = i < nd ? digits[i] : '0';
		if (nd > x + 1) {
			*o++ = '.';
			memcpy(o, digits + x + 1, (size_t)(nd - x - 1));
			o += nd - x - 1;
		}
	}
	*o = '\0';
}

/* Round the 17 digits d17 (exponent x17) to p digits.  0 when the 17-digit
 * string cannot decide (its tail is exactly half a unit: the exact binary
 * value may lie on either side). */
static int round_digits(const char *d17, int x17, int p, char *digits, int *x)
{
	const char *tail = d17 + p;
	int half = p == 15 ? (tail[0] == '5' && tail[1] == '0') : tail[0] == '5';
	if (half)
		return 0;
	memcpy(digits, d17, (size_t)p);
	*x = x17;
	if (tail[0] >= '5') {
		int i = p - 1;
		while (i >= 0 && digits[i] == '9')
			digits[i--] = '0';
		if (i < 0) {
			digits[0] = '1';
			(*x)++;
		} else {
			digits[i]++;
		}
	}
	return 1;
}

/* Integers below 10^15: %.15g prints them plainly, and they read back. */
static int fmt_integer(char *buf, size_t size, double v)
{
	if (!(fabs(v) < 1e15) || v != (double)(long long)v || size < 20)
		return 0;
	long long n = (long long)v;
	unsigned long long u = n < 0 ? 0ull - (unsigned long long)n : (unsigned long long)n;
	char tmp[24];
	int k = 0;
	do {
		tmp[k++] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	char *o = buf;
	if (n < 0)
		*o++ = '-';
	while (k)
		*o++ = tmp[--k];
	*o = '\0';
	return 1;
}

/* 10^k for 0 <= k <= 22 as a 128-bit integer: a constant table (one built
 * lazily would race when tables are written from several threads). */
#define P10_19 ((unsigned __int128)10000000000000000000ull)
static const unsigned __int128 pow10_table[23] = {
	1ull, 10ull, 100ull, 1000ull, 10000ull, 100000ull, 1000000ull, 10000000ull, 100000000ull,
	1000000000ull, 10000000000ull, 100000000000ull, 1000000000000ull, 10000000000000ull,
	100000000000000ull, 1000000000000000ull, 10000000000000000ull, 100000000000000000ull,
	1000000000000000000ull, P10_19, P10_19 * 10, P10_19 * 100, P10_19 * 1000};

static unsigned __int128 pow10_128(int k)
{
	return pow10_table[k];
}

/* The first 17 significant digits of av > 0, truncated (q, exponent x),
 * and where the rest lies (*rs: 0 nothing, 1 below half a unit, 2 exactly
 * half, 3 above), by exact integer arithmetic: av = m / 2^sh, so av x 10^k
 * = m x 10^k / 2^sh with m < 2^53 and 10^k <= 10^22 fits in 128 bits.  For
 * 1e-6 <= av < 1e17; 0 outside that. */
static int exact17(double av, uint64_t *q17, int *rs, int *x17)
{
	int e2;
	uint64_t m = (uint64_t)ldexp(frexp(av, &e2), 53);
	int sh = 53 - e2;
	if (!(av >= 1e-6 && av < 1e17) || sh <= 0 || sh > 100)
		return 0;
	int x = (int)floor(log10(av));
	for (int tries = 0; tries < 3; tries++) {
		int k = 16 - x;
		if (k < 0 || k > 22)
			return 0;
		unsigned __int128 n = (unsigned __int128)m * pow10_128(k);
		unsigned __int128 q = n >> sh, r = n - (q << sh), half = (unsigned __int128)1 << (sh - 1);
		if (q < 10000000000000000ull) { /* log10 was one too high */
			x--;
			continue;
		}
		if (q >= 100000000000000000ull) {
			x++;
			continue;
		}
		*q17 = (uint64_t)q;
		*rs = r == 0 ? 0 : r < half ? 1 : r == half ? 2 : 3;
		*x17 = x;
		return 1;
	}
	return 0;
}

/* Round the exact digits of exact17 to p (15..17) digits: mantissa and
 * exponent.  0 on an exact tie (printf's tie rule is left to printf). */
static int round_exact(uint64_t q, int rs, int x17, int p, uint64_t *mant, int *x)
{
	uint64_t div = p == 15 ? 100 : p == 16 ? 10 : 1, mid = div / 2, rem = q % div;
	int up;
	if (div == 1) {
		if (rs == 2)
			return 0;
		up = rs == 3;
	} else {
		if (rem == mid && rs == 0)
			return 0;
		up = rem > mid || (rem == mid && rs > 0);
	}
	uint64_t top = 100000000000000000ull / div; /* 10^p */
	*mant = q / div + (uint64_t)up;
	*x = x17;
	if (*mant == top) {
		*mant = top / 10;
		(*x)++;
	}
	return 1;
}

/* The shortest form through exact17; 0 when it cannot decide. */
static int fmt_exact(char *buf, int neg, double av)
{
	uint64_t q, mant;
	int rs, x17, x;
	char digits[18];
	if (!exact17(av, &q, &rs, &x17))
		return 0;
	for (int p = 15; p <= 17; p++) {
		if (!round_exact(q, rs, x17, p, &mant, &x))
			return 0;
		if (p == 17 || reads_back_m(mant, p, x, av)) {
			for (int i = p - 1; i >= 0; i--, mant /= 10)
				digits[i] = (char)('0' + mant % 10);
			write_g(buf, neg, digits, p, x);
			return 1;
		}
	}
	return 0;
}

/* The 17 digits through printf, for what digits17_exact leaves. */
static int digits17_printf(double av, char *d17, int *x17)
{
	char e17[40];
	if (snprintf(e17, sizeof e17, "%.16e", av) != 22)
		return 0;
	/* e17 is "d.dddddddddddddddde+XX" */
	d17[0] = e17[0];
	memcpy(d17 + 1, e17 + 2, 16);
	d17[17] = '\0';
	*x17 = atoi(e17 + 19);
	return 1;
}

static void fmt_real_fast(char *buf, size_t size, double v)
{
	if (fmt_integer(buf, size, v))
		return;
	char d17[18], digits[18];
	int x17, x;
	if (!isfinite(v) || size < 32) {
		fmt_real_slow(buf, size, v);
		return;
	}
	if (fmt_exact(buf, v < 0, fabs(v)))
		return;
	if (!digits17_printf(fabs(v), d17, &x17)) {
		fmt_real_slow(buf, size, v);
		return;
	}
	for (int p = 15; p <= 16; p++) {
		if (!round_digits(d17, x17, p, digits, &x)) {
			fmt_real_slow(buf, size, v);
			return;
		}
		if (reads_back(digits, p, x, fabs(v))) {
			write_g(buf, v < 0, digits, p, x);
			return;
		}
	}
	write_g(buf, v < 0, d17, 17, x17);
}

char *fmt_real(char *buf, size_t size, double v, int decimal_comma)
{
	if (v == 0)
		v = 0; /* no "-0" */
	fmt_real_fast(buf, size, v);
	return apply_comma(buf, decimal_comma);
}

char *fmt_fixed(char *buf, size_t size, double v, int decimals, int decimal_comma)
{
	snprintf(buf, size, "%.*f", decimals, v);
	if (strspn(buf, "-0.,") == strlen(buf) && buf[0] == '-')
		memmove(buf, buf + 1, strlen(buf)); /* "-0.00" reads as 0.00 */
	return apply_comma(buf, decimal_comma);
}

int parse_long(const char *s, long *out)
{
	if (!s || !*s)
		return -1;
	char *end;
	errno = 0;
	long v = strtol(s, &end, 10);
	if (errno || *end)
		return -1;
	*out = v;
	return 0;
}

int parse_double(const char *s, double *out)
{
	if (!s || !*s)
		return -1;
	char *end;
	errno = 0;
	double v = strtod(s, &end);
	if (errno || *end || !isfinite(v))
		return -1;
	*out = v;
	return 0;
}
