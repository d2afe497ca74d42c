/* messages.c - which language people are spoken to in, and the lookup of a
 * message's Dutch (goedwerk/messages.h; the pairs: messages_nl.c). */
#include <stdlib.h>
#include <string.h>
#include "goedwerk/messages.h"

static enum gw_lang lang = GW_LANG_EN;

int gw_lang_parse(const char *s, enum gw_lang *out)
{
	if (strcmp(s, "nl") == 0)
		*out = GW_LANG_NL;
	else if (strcmp(s, "en") == 0)
		*out = GW_LANG_EN;
	else
		return -1;
	return 0;
}

/* POSIX order: the first of LC_ALL, LC_MESSAGES, LANG that is set decides. */
enum gw_lang gw_lang_from_env(void)
{
	static const char *const vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
	for (size_t i = 0; i < sizeof vars / sizeof *vars; i++) {
		const char *v = getenv(vars[i]);
		if (v && *v)
			return strncmp(v, "nl", 2) == 0 && (v[2] == '\0' || v[2] == '_' || v[2] == '.')
				       ? GW_LANG_NL : GW_LANG_EN;
	}
	return GW_LANG_EN;
}

void msg_set_lang(enum gw_lang l)
{
	lang = l;
}

enum gw_lang msg_lang(void)
{
	return lang;
}

static int cmp_pair(const void *key, const void *elem)
{
	return strcmp(key, ((const struct msg_pair *)elem)->en);
}

const char *msg_nl(const char *en)
{
	const struct msg_pair *p = bsearch(en, msg_catalogue_nl, msg_catalogue_nl_len,
					   sizeof *msg_catalogue_nl, cmp_pair);
	return p ? p->nl : NULL;
}

/* The next conversion of *s as the arguments it takes ("*" per starred
 * width or precision, then length and conversion letter) into out; 0 at the
 * end of the string. */
static int next_conversion(const char **s, char out[16])
{
	const char *p = *s;
	for (;;) {
		p = strchr(p, '%');
		if (!p)
			return 0;
		if (p[1] != '%')
			break;
		p += 2;
	}
	p++;
	size_t n = 0;
	while (*p && strchr("-+ #0'123456789.*$", *p)) {
		if ((*p == '*' || *p == '$') && n < 8)
			out[n++] = *p; /* '$': positional, never equal to plain */
		p++;
	}
	while (*p && strchr("hlLqjzt", *p) && n < 14)
		out[n++] = *p++;
	if (*p)
		out[n++] = *p++;
	out[n] = '\0';
	*s = p;
	return 1;
}

int msg_same_conversions(const char *a, const char *b)
{
	char ca[16], cb[16];
	for (;;) {
		int ha = next_conversion(&a, ca), hb = next_conversion(&b, cb);
		if (ha != hb || (ha && strcmp(ca, cb) != 0))
			return 0;
		if (!ha)
			return 1;
	}
}

const char *msg_tr(const char *en)
{
	if (lang != GW_LANG_NL || !en)
		return en;
	const char *nl = msg_nl(en);
	return nl && msg_same_conversions(en, nl) ? nl : en;
}
