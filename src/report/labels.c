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

const char *report_label(const struct dataset *ds, enum report_lang lang, const char *col, const char *text)
{
	int en = lang == LANG_EN;
	if (strncmp(col, "card", 4) == 0 || strncmp(col, "top_card", 8) == 0)
		for (size_t j = 0; j < ds->n_cards; j++)
			if (strcmp(ds->card_id[j], text) == 0)
				return en ? ds->label_en[j] : ds->label_nl[j];
	int k = strncmp(col, "tag", 3) == 0 ? chart_tag_index(ds, text) : -1;
	if (k >= 0)
		return en ? ds->tag_label_en[k] : ds->tag_label_nl[k];
	return text;
}
