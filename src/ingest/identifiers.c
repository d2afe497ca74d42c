/* identifiers.c - direct identifiers in the text of any field: e-mail
 * addresses, Dutch phone numbers, BSNs (nine digits that pass the
 * eleven-test), and pseudonyms that look like a personal name.  The store
 * holds pseudonyms only (SPEC), so the first three are errors; a name is a
 * guess and only a warning. */
#include <string.h>
#include "internal.h"

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int is_alnum(char c)
{
	return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* local@domain.tld anywhere in the text: a word character before the @,
 * and after it a domain with a dot followed by a letter or digit. */
static int has_email(const char *s)
{
	for (const char *at = strchr(s, '@'); at; at = strchr(at + 1, '@')) {
		int local = at > s && (is_alnum(at[-1]) || strchr("._%+-", at[-1]));
		const char *p = at + 1;
		int dot = 0;
		while (is_alnum(*p) || *p == '-' || (*p == '.' && is_alnum(p[1]) && (dot = 1)))
			p++;
		if (local && dot && is_alnum(at[1]))
			return 1;
	}
	return 0;
}

/* The BSN eleven-test: 9*d1 + 8*d2 + ... + 2*d8 - d9 is a multiple of 11
 * (and not all zeros). */
int ident_bsn_ok(const char *d9)
{
	long sum = 0, any = 0;
	for (int i = 0; i < 8; i++) {
		sum += (9 - i) * (d9[i] - '0');
		any |= d9[i] - '0';
	}
	sum -= d9[8] - '0';
	return any && sum % 11 == 0;
}

/* A run of exactly nine digits, not part of a longer number, that passes
 * the eleven-test. */
static int has_bsn(const char *s)
{
	for (const char *p = s; *p;) {
		if (!is_digit(*p)) {
			p++;
			continue;
		}
		const char *q = p;
		while (is_digit(*q))
			q++;
		int alone = (p == s || (p[-1] != '.' && p[-1] != ',')) && *q != '.' && *q != ',';
		if (q - p == 9 && alone && ident_bsn_ok(p))
			return 1;
		p = q;
	}
	return 0;
}

/* Dutch phone numbers: +31 or 0031 and nine digits, or 0 and nine digits
 * (06-12345678, 020-1234567, 0612345678), with spaces, hyphens or
 * brackets between groups.  A run that starts as a date (2013-05-01,
 * 01-05-2013) or holds a year range is no phone number: only runs of
 * exactly ten digits after a 0, or nine after +31, count. */
static int starts_with_date(const char *p)
{
	char tok[16];
	size_t n = strcspn(p, " T");
	if (n >= sizeof tok)
		return 0;
	memcpy(tok, p, n);
	tok[n] = '\0';
	char iso[11];
	return value_date(tok, iso) != 0;
}

static int phone_at(const char *p)
{
	if (starts_with_date(p))
		return 0;
	int intl = 0;
	if (p[0] == '+' && p[1] == '3' && p[2] == '1')
		intl = 1, p += 3;
	else if (strncmp(p, "0031", 4) == 0)
		intl = 1, p += 4;
	else if (p[0] != '0')
		return 0;
	int digits = 0, groups = 0, prev_sep = 1;
	char last = '(';
	for (; *p; p++) {
		if (is_digit(*p)) {
			digits++;
			groups += prev_sep;
			prev_sep = 0;
		} else if (*p == ' ' || *p == '-' || *p == '(' || *p == ')') {
			/* "06 - 1234" and "(020) 123" yes; "2013 - 12" ends the run at "- " */
			if (prev_sep && last != '(' && last != ')' && *p != '(' && !intl)
				break;
			prev_sep = 1;
			last = *p;
		} else {
			break;
		}
		if (digits > (intl ? 9 : 10))
			return 0;
	}
	if (is_alnum(*p) && !prev_sep) /* glued to a word: p0612345678x */
		return 0;
	return intl ? digits == 9 : digits == 10 && groups <= 4;
}

static int has_phone(const char *s)
{
	for (const char *p = s; *p; p++) {
		int start = p == s || !(is_alnum(p[-1]) || p[-1] == '-' || p[-1] == '+');
		if (start && (*p == '+' || *p == '0') && phone_at(p))
			return 1;
	}
	return 0;
}

enum ident_kind ident_scan(const char *s, size_t len)
{
	size_t digits = 0;
	int at = 0;
	for (size_t i = 0; i < len; i++) {
		digits += is_digit(s[i]);
		at |= s[i] == '@';
	}
	if (at && has_email(s))
		return ID_EMAIL;
	if (digits >= 9 && has_phone(s))
		return ID_PHONE;
	if (digits >= 9 && has_bsn(s))
		return ID_BSN;
	return ID_NONE;
}

const char *ident_what(enum ident_kind k)
{
	switch (k) {
	case ID_EMAIL: return msg_tr("an e-mail address");
	case ID_PHONE: return msg_tr("a phone number");
	case ID_BSN: return msg_tr("a citizen service number (BSN)");
	default: return msg_tr("nothing");
	}
}

static const char *const tussenvoegsels[] = {
	"van", "de", "der", "den", "het", "ter", "ten", "te", "op", "in", "'t", "la", "le", "du",
};

static int is_tussenvoegsel(const char *w, size_t n)
{
	for (size_t i = 0; i < sizeof tussenvoegsels / sizeof *tussenvoegsels; i++)
		if (strlen(tussenvoegsels[i]) == n && strncmp(w, tussenvoegsels[i], n) == 0)
			return 1;
	return 0;
}

/* A capitalised word: an upper-case letter then at least one lower-case
 * letter (UTF-8 letters count as lower case: Brontë, Çelik). */
static int capitalised(const char *w, size_t n)
{
	if (n < 2 || w[0] < 'A' || w[0] > 'Z')
		return 0;
	for (size_t i = 1; i < n; i++)
		if (!((w[i] >= 'a' && w[i] <= 'z') || (unsigned char)w[i] >= 0x80 || w[i] == '-'))
			return 0;
	return 1;
}

/* "Jan de Vries", "Piet Jansen", "Anna van der Berg": a capitalised given
 * name, any tussenvoegsels, and a capitalised surname, nothing else. */
int ident_looks_like_name(const char *s)
{
	const char *w[8];
	size_t n[8], k = 0;
	for (const char *p = s; *p;) {
		while (*p == ' ')
			p++;
		if (!*p)
			break;
		if (k == 8)
			return 0;
		w[k] = p;
		while (*p && *p != ' ')
			p++;
		n[k] = (size_t)(p - w[k]);
		k++;
	}
	if (k < 2 || !capitalised(w[0], n[0]) || !capitalised(w[k - 1], n[k - 1]))
		return 0;
	for (size_t i = 1; i + 1 < k; i++)
		if (!is_tussenvoegsel(w[i], n[i]))
			return 0;
	return 1;
}
