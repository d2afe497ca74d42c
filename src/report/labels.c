/* labels.c - text that charts put on the page: shortened labels and the
 * codebook's tag labels in the report language. */
#include <string.h>
#include "chart.h"

const char *chart_shorten(const char *s, char *buf, size_t max)
{
	if (strlen(s) <= max)
		return s;
	size_t n = max - 3;
	while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80) /* inside a UTF-8 character */
		n--;
	memcpy(buf, s, n);
	memcpy(buf + n, "\xe2\x80\xa6", 4); /* U+2026 and the terminator */
	return buf;
}

int chart_tag_index(const struct dataset *ds, const char *tag)
{
	for (size_t k = 0; tag && k < ds->n_tags; k++)
		if (strcmp(ds->tag[k], tag) == 0)
			return (int)k;
	return -1;
}

const char *chart_tag_label(const struct chart_ctx *c, size_t tag)
{
	const struct dataset *ds = c->a->ds;
	return c->lang == LANG_EN ? ds->tag_label_en[tag] : ds->tag_label_nl[tag];
}
