/* values.c - small value rules shared by the readers: dates, integers,
 * e-mail-like pseudonyms, case-insensitive comparison. */
#include <string.h>
#include "internal.h"

int value_ieq(const char *a, const char *b)
{
	for (;; a++, b++) {
		char x = *a, y = *b;
		if (x >= 'A' && x <= 'Z')
			x = (char)(x - 'A' + 'a');
		if (y >= 'A' && y <= 'Z')
			y = (char)(y - 'A' + 'a');
		if (x != y)
			return 0;
		if (!x)
			return 1;
	}
}

/* something@something.something, the shape of an address */
int value_looks_like_email(const char *s)
{
	const char *at = strchr(s, '@');
	return at && at > s && strchr(at + 1, '.') && !strchr(s, ' ') && at[1] != '.';
}

int value_int(const char *s, long *out)
{
	long v = 0;
	int neg = 0;
	const char *p = s;
	if (*p == '+' || *p == '-')
		neg = *p++ == '-';
	if (!*p || strlen(p) > 9)
		return -1;
	for (; *p; p++) {
		if (*p < '0' || *p > '9')
			return -1;
		v = v * 10 + (*p - '0');
	}
	*out = neg ? -v : v;
	return 0;
}

static int digits(const char *s, int n, int *out)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (s[i] - '0');
	}
	*out = v;
	return 0;
}

/* D-M-YYYY with a day and month of one or two digits, '-' or '/' between. */
static int dutch_date(const char *s, size_t n, int *day, int *m, int *y)
{
	size_t a = 0, b;
	while (a < n && s[a] >= '0' && s[a] <= '9')
		a++;
	if (a < 1 || a > 2 || a >= n || (s[a] != '-' && s[a] != '/'))
		return -1;
	for (b = a + 1; b < n && s[b] >= '0' && s[b] <= '9'; b++)
		;
	if (b - a - 1 < 1 || b - a - 1 > 2 || b >= n || s[b] != s[a] || n - b - 1 != 4)
		return -1;
	if (digits(s, (int)a, day) || digits(s + a + 1, (int)(b - a - 1), m) || digits(s + b + 1, 4, y))
		return -1;
	return 0;
}

static int month_days(int y, int m)
{
	static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	return m == 2 && leap ? 29 : days[m - 1];
}

int value_date(const char *s, char iso[11])
{
	size_t n = strlen(s);
	int y = 0, m = 0, day = 0;
	if (n == 4 && digits(s, 4, &y) == 0) {
		;
	} else if (n == 7 && s[4] == '-' && digits(s, 4, &y) == 0 && digits(s + 5, 2, &m) == 0) {
		if (m < 1 || m > 12)
			return 0;
	} else if (n == 10 && s[4] == '-' && s[7] == '-' && digits(s, 4, &y) == 0 &&
		   digits(s + 5, 2, &m) == 0 && digits(s + 8, 2, &day) == 0) {
		;
	} else if (dutch_date(s, n, &day, &m, &y) == 0) {
		; /* as Dutch Excel writes it: 14-3-2017, 14-03-2017, 14/3/2017 */
	} else {
		return 0;
	}
	if (y < 1900 || y > 2999)
		return 0;
	if (day && (m < 1 || m > 12 || day > month_days(y, m)))
		return 0;
	if (iso) { /* by hand: this runs for every sort's date */
		size_t k = 0;
		for (int i = 3, v = y; i >= 0; i--, v /= 10)
			iso[i] = (char)('0' + v % 10);
		k = 4;
		if (m) {
			iso[k++] = '-';
			iso[k++] = (char)('0' + m / 10);
			iso[k++] = (char)('0' + m % 10);
		}
		if (day) {
			iso[k++] = '-';
			iso[k++] = (char)('0' + day / 10);
			iso[k++] = (char)('0' + day % 10);
		}
		iso[k] = '\0';
	}
	return y;
}
