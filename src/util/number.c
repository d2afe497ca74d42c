/* number.c - numbers as text, identical in every locale (we never call
 * setlocale, so printf/strtod use '.'; a decimal comma is a formatting
 * option applied here, never an accident). */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/util.h"

static char *apply_comma(char *buf, int decimal_comma)
{
	if (decimal_comma) {
		char *dot = strchr(buf, '.');
		if (dot)
			*dot = ',';
	}
	return buf;
}

char *fmt_real(char *buf, size_t size, double v, int decimal_comma)
{
	if (v == 0)
		v = 0; /* no "-0" */
	for (int digits = 15; digits <= 17; digits++) {
		snprintf(buf, size, "%.*g", digits, v);
		if (strtod(buf, NULL) == v)
			break;
	}
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
