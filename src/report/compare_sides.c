/* compare_sides.c - the side-by-side sections of compare.html beyond the
 * value profiles: exchange change, agreement, the dilemma triangle and the
 * viewpoints each side holds, each read from the table `goedwerk analyse`
 * writes for the same selection (already through the privacy engine: a
 * hidden row shows its note, never a number).  One row of the registry
 * below per section.  The rest (--against rest) is no stratum of those
 * tables: the whole selection stands beside the unit there, said so. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "goedwerk/report.h"
#include "compare_internal.h"
#include "html_util.h"
#include "tables_read.h"

struct side_value {
	const char *col, *head, *fmt;
};

struct side_section {
	const char *title, *intro, *table;
	const char *type_col, *level_col;     /* the stratum columns */
	const char *filter_col, *filter;      /* only rows with this value; NULL: all */
	const char *label[2];                 /* what a row is about */
	struct side_value v[3];
};

static const struct side_section sections[] = {
	{"Verandering door de uitwisseling",
	 "Hoeveel deelnemers hun sortering na de uitwisseling veranderden (Spearmans footrule, 0 = gelijk "
	 "gebleven; aandeel met een andere hoogste stapel).",
	 "exchange_change", "stratum_type", "stratum", NULL, NULL, {"perspective", NULL},
	 {{"n_people", "deelnemers", "%.0f"}, {"mean_footrule", "footrule", "%.1f"},
	  {"share_changed_top", "andere top", "%.2f"}}},
	{"Overeenstemming",
	 "Hoe gelijk de deelnemers hun kaarten sorteerden: Kendalls W en Krippendorffs alfa (ordinaal).",
	 "agreement", "scope_type", "scope", NULL, NULL, {"phase", "perspective"},
	 {{"n_people", "deelnemers", "%.0f"}, {"kendall_w", "W", "%.2f"},
	  {"alpha_ordinal", "alfa", "%.2f"}}},
	{"Dilemma's in de driehoek",
	 "Welk deel van de ingebrachte dilemma's op elke spanningsas van de driehoek ligt.",
	 "dilemma_frequencies", "stratum_type", "stratum", "level", "axis", {"axis", NULL},
	 {{"n_cases", "casussen", "%.0f"}, {"count", "op deze as", "%.0f"},
	  {"share", "aandeel", "%.2f"}}},
	{"Gezichtspunten",
	 "Wie welk gedeeld gezichtspunt (Q-factor) inneemt: bepalende deelnemers van de eenheid per "
	 "gezichtspunt, van haar deelnemers in de factoranalyse.",
	 "factor_composition", "stratum_type", "stratum", NULL, NULL, {"factor", NULL},
	 {{"n_people", "bepalend", "%.0f"}, {"stratum_n_people", "van", "%.0f"},
	  {"share", "aandeel v.h. gezichtspunt", "%.2f"}}},
};

/* The unit type as the page names it. */
static const char *type_nl(const char *type)
{
	static const char *const nl[][2] = {{"organisation", "organisatie"}, {"group", "groep"},
					    {"role", "rol"}, {"traject", "traject"}};
	for (size_t k = 0; k < sizeof nl / sizeof nl[0]; k++)
		if (strcmp(type, nl[k][0]) == 0)
			return nl[k][1];
	return type;
}

static int text_is(const struct table *t, size_t r, const char *col, const char *want)
{
	const char *s = col ? table_get_text(t, r, table_col(t, col)) : NULL;
	return !col || (s && want && strcmp(s, want) == 0);
}

/* Whether row r is about side u (the rest: the whole selection's row). */
static int of_side(const struct side_section *s, const struct table *t, size_t r,
		   const struct compare_unit *u)
{
	const char *type = u->level ? u->type : "all", *level = u->level ? u->level : "all";
	return text_is(t, r, s->type_col, type) && text_is(t, r, s->level_col, level) &&
	       text_is(t, r, s->filter_col, s->filter);
}

/* "professional" or "individual, professional": what row r is about. */
static void row_label(const struct side_section *s, const struct table *t, size_t r, char *buf,
		      size_t size)
{
	buf[0] = 0;
	for (size_t k = 0; k < 2 && s->label[k]; k++) {
		size_t j = table_col(t, s->label[k]);
		struct cell c = table_cell(t, r, j);
		size_t len = strlen(buf);
		if (c.kind == CELL_INT) /* a factor number */
			snprintf(buf + len, size - len, "%sgezichtspunt %lld", k ? ", " : "", c.v.i);
		else
			snprintf(buf + len, size - len, "%s%s", k ? ", " : "",
				 c.kind == CELL_TEXT ? c.v.text : "");
	}
}

/* The row of side x about label, or NO_ROW. */
#define NO_ROW ((size_t)-1)
static size_t side_row(const struct side_section *s, const struct table *t,
		       const struct compare_unit *u, const char *label)
{
	char buf[256];
	for (size_t r = 0; r < t->nrows; r++) {
		if (!of_side(s, t, r, u))
			continue;
		row_label(s, t, r, buf, sizeof buf);
		if (strcmp(buf, label) == 0)
			return r;
	}
	return NO_ROW;
}

static void side_cells(FILE *out, const struct side_section *s, const struct table *t, size_t r)
{
	if (r == NO_ROW) {
		fputs("<td colspan=\"3\">geen rij in de tabel</td>", out);
		return;
	}
	if (table_is_suppressed(t, r)) {
		fputs("<td colspan=\"3\">", out);
		html_text(out, table_get_text(t, r, t->col_note));
		fputs("</td>", out);
		return;
	}
	for (size_t k = 0; k < 3; k++) {
		double v = report_number(t, r, s->v[k].col);
		fputs("<td>", out);
		if (!isnan(v))
			fprintf(out, s->v[k].fmt, v);
		fputs("</td>", out);
	}
}

static void head(FILE *out, const struct side_section *s, const struct compare_unit side[2])
{
	fputs("<table>\n<tr><th></th>", out);
	for (int x = 0; x < 2; x++) {
		fputs("<th colspan=\"3\">", out);
		html_text(out, side[x].level ? side[x].level : "iedereen (hele selectie)");
		fputs("</th>", out);
	}
	fputs("</tr>\n<tr><th></th>", out);
	for (int x = 0; x < 2; x++)
		for (size_t k = 0; k < 3; k++) {
			fputs("<th>", out);
			html_text(out, s->v[k].head);
			fputs("</th>", out);
		}
	fputs("</tr>\n", out);
}

/* The labels of the rows of either side, first seen first. */
static size_t labels(const struct side_section *s, const struct table *t,
		     const struct compare_unit side[2], char (*lab)[64], size_t max)
{
	size_t n = 0;
	for (int x = 0; x < 2; x++) {
		for (size_t r = 0; r < t->nrows && n < max; r++) {
			if (!of_side(s, t, r, &side[x]))
				continue;
			char buf[64];
			row_label(s, t, r, buf, sizeof buf);
			size_t k = 0;
			while (k < n && strcmp(lab[k], buf) != 0)
				k++;
			if (k == n)
				memcpy(lab[n++], buf, sizeof buf);
		}
	}
	return n;
}

static void section(FILE *out, const struct side_section *s, const struct table_set *ts,
		    const struct compare_unit side[2])
{
	char lab[64][64];
	const struct table *t = table_set_find(ts, s->table);
	fputs("<h2>", out);
	html_text(out, s->title);
	fputs("</h2>\n<p>", out);
	html_text(out, s->intro);
	fprintf(out, " Uit %s.csv van <code>goedwerk analyse</code> met dezelfde selectie.", s->table);
	if (!side[1].level)
		fputs(" De rest is daar geen groep: naast de eenheid staat de hele selectie, de eenheid "
		      "inbegrepen.", out);
	fputs("</p>\n", out);
	size_t n = t ? labels(s, t, side, lab, 64) : 0;
	if (!n) {
		fputs("<p>Geen rijen voor deze eenheden: ", out);
		html_text(out, s->table);
		fputs(" wordt niet per ", out);
		html_text(out, type_nl(side[0].type));
		fputs(" berekend, of de selectie heeft er geen gegevens voor.</p>\n", out);
		return;
	}
	head(out, s, side);
	for (size_t i = 0; i < n; i++) {
		fputs("<tr><td>", out);
		html_text(out, lab[i]);
		fputs("</td>", out);
		for (int x = 0; x < 2; x++)
			side_cells(out, s, t, side_row(s, t, &side[x], lab[i]));
		fputs("</tr>\n", out);
	}
	fputs("</table>\n", out);
}

void compare_sides_write(FILE *out, const struct table_set *ts, const struct compare_unit side[2])
{
	for (size_t i = 0; i < sizeof sections / sizeof sections[0]; i++)
		section(out, &sections[i], ts, side);
}
