/* messages.h - the language of what goedwerk says to people (messages,
 * workbook headers): Dutch or English.  --lang wins; otherwise a Dutch LANG
 * (nl, nl_NL.UTF-8, nl_BE, ...) or LC_ALL / LC_MESSAGES means Dutch. */
#ifndef GOEDWERK_MESSAGES_H
#define GOEDWERK_MESSAGES_H

enum gw_lang { GW_LANG_EN, GW_LANG_NL };

/* "nl" / "en" -> 0 and *out; -1 for anything else. */
int gw_lang_parse(const char *s, enum gw_lang *out);
/* The language of the environment (LC_ALL, LC_MESSAGES, LANG in that order). */
enum gw_lang gw_lang_from_env(void);

#endif
