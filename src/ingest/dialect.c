/* dialect.c - the delimiter: the most frequent of , ; and tab in the header
 * line, counted outside double quotes (a header "a;b,c" is ';'-separated
 * only if ';' wins; leading blank lines are skipped).  Ties go to ';' then tab then ',' because a Dutch Excel
 * export uses ';' and a name may hold a comma. */
#include "internal.h"

char ingest_detect_dialect(const unsigned char *s, size_t n)
{
	size_t comma = 0, semi = 0, tab = 0, i = 0;
	int inq = 0;
	while (i < n && (s[i] == '\r' || s[i] == '\n' || s[i] == ' '))
		i++; /* the header is the first non-blank line */
	for (; i < n; i++) {
		unsigned char ch = s[i];
		if (ch == '"')
			inq = !inq;
		else if (inq)
			continue;
		else if (ch == '\n' || ch == '\r')
			break;
		else if (ch == ',')
			comma++;
		else if (ch == ';')
			semi++;
		else if (ch == '\t')
			tab++;
	}
	if (semi >= comma && semi >= tab && semi > 0)
		return ';';
	if (tab >= comma && tab > 0)
		return '\t';
	return ',';
}
