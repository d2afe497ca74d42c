/* number.h - numbers as text, the same in every locale.
 *
 * fmt_real writes the shortest decimal that reads back as the same double
 * (15 to 17 digits), with ',' instead of '.' when decimal_comma.  Both
 * formatters return buf. */
#ifndef GOEDWERK_NUMBER_H
#define GOEDWERK_NUMBER_H

#include <stddef.h>

char *fmt_real(char *buf, size_t size, double v, int decimal_comma);
/* Round for reading: fixed decimals. */
char *fmt_fixed(char *buf, size_t size, double v, int decimals, int decimal_comma);
/* Parse a whole string as an integer / a '.'-decimal; 0 on success. */
int parse_long(const char *s, long *out);
int parse_double(const char *s, double *out);

#endif
