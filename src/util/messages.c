/* messages.c - which language people are spoken to in (goedwerk/messages.h). */
#include <stdlib.h>
#include <string.h>
#include "goedwerk/messages.h"

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
