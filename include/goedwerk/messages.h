/* messages.h - the language of what goedwerk says to people (messages,
 * workbook headers): Dutch or English.  --lang wins; otherwise a Dutch LANG
 * (nl, nl_NL.UTF-8, nl_BE, ...) or LC_ALL / LC_MESSAGES means Dutch.
 *
 * Messages are written in English at the call site; msg_tr() gives the
 * Dutch of a format from the one catalogue (src/util/messages_nl.c) when the
 * language is Dutch.  diag_error/diag_warn and the CLI's message functions
 * call it themselves; a format built elsewhere and passed on is marked
 * MSG("...") so the catalogue test (tests/unit/test_messages.c) finds it. */
#ifndef GOEDWERK_MESSAGES_H
#define GOEDWERK_MESSAGES_H

#include <stddef.h>

enum gw_lang { GW_LANG_EN, GW_LANG_NL };

/* "nl" / "en" -> 0 and *out; -1 for anything else. */
int gw_lang_parse(const char *s, enum gw_lang *out);
/* The language of the environment (LC_ALL, LC_MESSAGES, LANG in that order). */
enum gw_lang gw_lang_from_env(void);

/* The language of messages for the whole process (default English); set
 * once by main before any thread starts. */
void msg_set_lang(enum gw_lang lang);
enum gw_lang msg_lang(void);

/* en in the language of messages: its Dutch entry when Dutch and the entry
 * takes the same conversions, else en itself.  format_arg: -Wformat checks
 * printf(msg_tr("..."), ...) against the English. */
__attribute__((format_arg(1))) const char *msg_tr(const char *en);

/* Marks a literal that becomes a message format elsewhere (identity). */
#define MSG(s) (s)

/* The catalogue: the Dutch of en, or NULL; and its entries, sorted by en. */
const char *msg_nl(const char *en);
struct msg_pair {
	const char *en, *nl;
};
extern const struct msg_pair msg_catalogue_nl[];
extern const size_t msg_catalogue_nl_len;

/* 1 when a and b take the same printf conversions in the same order
 * (flags and widths aside; "%%" is no conversion). */
int msg_same_conversions(const char *a, const char *b);

#endif
