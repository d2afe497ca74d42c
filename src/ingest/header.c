/* header.c - header names: case-insensitive, spaces and hyphens read as
 * underscores, Dutch aliases (SPEC), direct identifiers refused. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"
#include "goedwerk/textdist.h"
#include "goedwerk/alloc.h"
#include "goedwerk/attribute.h"

static const char *const aliases[][2] = {
	{"deelnemer", "participant"}, {"kaart", "card"}, {"categorie", "category"},
	{"sessie", "session"}, {"fase", "phase"}, {"perspectief", "perspective"},
	{"kaartset", "card_set"}, {"datum", "date"}, {"groep", "group"}, {"rol", "role"},
	{"geslacht", "gender"}, {"organisatie", "organisation"}, {"tafel", "table"},
	{"leeftijd", "age"}, {"geboortejaar", "birth_year"}, {"leeftijdsgroep", "age_band"},
	{"organization", "organisation"}, {"grp", "group"}, {"tbl", "table"},
	{"case_id", "case"}, {"casus", "case"}, {"rang", "rank"}, {"stapel", "category"}, {"pijler", "pillar"},
	{"omschrijving", "description"}, {"beschrijving", "description"},
	{"pseudonym", "participant"}, {"aantal", "count"}, {"codeboek", "codebook"},
};

/* Direct identifiers, Dutch and English (compared after spaces and hyphens
 * became underscores, and before). */
static const char *const identifiers[] = {
	"naam", "name", "voornaam", "achternaam", "familienaam", "roepnaam", "volledige_naam",
	"voorletters", "first_name", "last_name", "surname", "full_name", "given_name",
	"email", "e-mail", "e_mail", "mail", "emailadres", "e_mailadres", "mailadres",
	"email_address", "e_mail_address", "telefoon", "telefoonnummer", "telefoonnr", "telnr",
	"tel", "mobiel", "mobiel_nummer", "mobielnummer", "gsm", "phone", "phone_number",
	"telephone", "mobile", "bsn", "burgerservicenummer", "sofinummer", "sofi_nummer",
	"ssn", "adres", "address", "straat", "huisnummer", "postcode", "geboortedatum",
	"date_of_birth", "birth_date", "dob", "personeelsnummer", "employee_id",
};

int header_is_identifier(const char *lname)
{
	for (size_t i = 0; i < sizeof identifiers / sizeof *identifiers; i++)
		if (strcmp(lname, identifiers[i]) == 0)
			return 1;
	return 0;
}

const char *header_canonical(const char *lname)
{
	for (size_t i = 0; i < sizeof aliases / sizeof *aliases; i++)
		if (strcmp(lname, aliases[i][0]) == 0)
			return aliases[i][1];
	const struct attribute *a = attribute_by_header(lname); /* the registry's aliases */
	return a ? a->name : lname;
}

/* lower case, trimmed; with under != 0 also ' ' and '-' as '_' */
static char *lower(const char *s, size_t n, int under)
{
	while (n && (*s == ' ' || *s == '\t'))
		s++, n--;
	while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
		n--;
	char *o = xmalloc(n + 1);
	for (size_t i = 0; i < n; i++) {
		char ch = s[i];
		if (ch >= 'A' && ch <= 'Z')
			ch = (char)(ch - 'A' + 'a');
		if (under && (ch == ' ' || ch == '-'))
			ch = '_';
		o[i] = ch;
	}
	o[n] = '\0';
	return o;
}

static void expected_list(char *buf, size_t size, const struct col_spec *specs, size_t n,
			  int required)
{
	size_t k = 0;
	buf[0] = '\0';
	for (size_t i = 0; i < n && k < size; i++)
		if (!required || (specs[i].flags & COL_REQUIRED))
			k += (size_t)snprintf(buf + k, size - k, "%s%s", k ? ", " : "", specs[i].name);
}

const char *header_hint(const struct col_spec *specs, size_t n_specs, const char *word,
			char *buf, size_t size)
{
	struct text_known k = {0};
	for (size_t s = 0; s < n_specs; s++)
		text_known_add(&k, specs[s].name);
	text_known_hint(&k, word, buf, size);
	text_known_free(&k);
	return buf;
}

void header_read(struct header *h, const struct col_spec *specs, size_t n_specs,
		 const struct csv_row *row, const char *file, int others_ok, struct diag *d)
{
	memset(h, 0, sizeof *h);
	h->n_fields = row->n;
	h->spec_of = xmalloc(row->n * sizeof *h->spec_of);
	h->lname = xcalloc(row->n, sizeof *h->lname);
	for (size_t s = 0; s < n_specs; s++)
		h->idx[s] = -1;
	char expected[512], required[256];
	expected_list(expected, sizeof expected, specs, n_specs, 0);
	expected_list(required, sizeof required, specs, n_specs, 1);
	for (size_t i = 0; i < row->n; i++) {
		long line = row->line[i], col = (long)i + 1;
		char *raw = lower(row->f[i], row->len[i], 0);
		char *norm = lower(row->f[i], row->len[i], 1);
		h->lname[i] = raw;
		h->spec_of[i] = -1;
		if (!*raw) {
			h->spec_of[i] = -2;
		} else if (header_is_identifier(raw) || header_is_identifier(norm)) {
			diag_error(d, file, line, col, "column '%s' is a direct identifier "
				   "(expected pseudonyms only: remove the column)", row->f[i]);
			h->spec_of[i] = -2;
		} else {
			const char *canon = header_canonical(norm);
			for (size_t s = 0; s < n_specs; s++)
				if (strcmp(canon, specs[s].name) == 0) {
					if (h->idx[s] >= 0)
						diag_error(d, file, line, col, "column '%s' given twice "
							   "(expected each column once)", specs[s].name);
					else
						h->idx[s] = (int)i;
					h->spec_of[i] = (int)s;
					break;
				}
			if (h->spec_of[i] == -1 && !others_ok) {
				char hint[600];
				diag_warn(d, file, line, col, "unknown column '%s' ignored (expected one of "
					  "%s%s)", row->f[i], expected,
					  header_hint(specs, n_specs, row->f[i], hint, sizeof hint));
				h->spec_of[i] = -2;
			}
		}
		free(norm);
	}
	h->ok = 1;
	for (size_t s = 0; s < n_specs; s++)
		if ((specs[s].flags & COL_REQUIRED) && h->idx[s] < 0) {
			diag_error(d, file, row->row_line, 0, "missing column '%s' (expected the "
				   "columns %s)", specs[s].name, required);
			h->ok = 0;
		}
}

void header_free(struct header *h)
{
	for (size_t i = 0; i < h->n_fields; i++)
		free(h->lname[i]);
	free(h->lname);
	free(h->spec_of);
	memset(h, 0, sizeof *h);
}
