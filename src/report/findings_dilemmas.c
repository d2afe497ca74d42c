/* findings_dilemmas.c - the dilemmas brought in: most common codes, and the
 * dominant tension axis per organisation (descriptive: cases are few). */
#include <math.h>
#include <string.h>
#include "findings.h"
#include "tables_read.h"

static const char *tag_label(const struct finding_ctx *c, const char *tag)
{
	for (size_t k = 0; k < c->ds->n_tags; k++)
		if (strcmp(c->ds->tag[k], tag) == 0)
			return c->lang == LANG_EN ? c->ds->tag_label_en[k] : c->ds->tag_label_nl[k];
	return tag;
}

static const char *axis_words(const struct finding_ctx *c, const char *axis)
{
	static const struct { const char *id, *nl, *en; } axes[] = {
		{"profession-politics", "professie - politiek", "profession - politics"},
		{"profession-society", "professie - maatschappij", "profession - society"},
		{"politics-society", "politiek - maatschappij", "politics - society"},
	};
	for (size_t i = 0; i < sizeof axes / sizeof *axes; i++)
		if (strcmp(axes[i].id, axis) == 0)
			return ft(c, axes[i].nl, axes[i].en);
	return axis;
}

static int tag_row(const struct finding_ctx *c, const struct table *t, size_t r)
{
	return report_row_is(t, r, NULL, NULL, "all", "all") && strcmp(ftext(t, r, "level"), "tag") == 0 &&
	       frow_ok(c, t, r, "n_cases") && !isnan(report_number(t, r, "share"));
}

/* The most common codes, at most three, largest share first. */
static int common_tags(const struct finding_ctx *c, FILE *out, const struct table *t)
{
	size_t prev = (size_t)-1;
	int k = 0;
	char a[32];
	for (; k < 3; k++) {
		size_t best = (size_t)-1;
		for (size_t r = 0; r < t->nrows; r++) {
			double s = report_number(t, r, "share");
			double ps = prev == (size_t)-1 ? INFINITY : report_number(t, prev, "share");
			int after = s < ps || (s == ps && r > prev);
			if (tag_row(c, t, r) && after &&
			    (best == (size_t)-1 || s > report_number(t, best, "share")))
				best = r;
		}
		if (best == (size_t)-1)
			break;
		if (k == 0)
			fprintf(out, ft(c, "In de %s ingebrachte dilemma's komen deze codes het vaakst voor: ",
					"In the %s dilemmas brought in, these codes are most common: "),
				fnum(c, a, sizeof a, report_number(t, best, "n_cases"), 0));
		fprintf(out, "%s%s (%s)", k ? ", " : "", tag_label(c, ftext(t, best, "tag")),
			fpct(c, a, sizeof a, report_number(t, best, "share")));
		prev = best;
	}
	if (k)
		fputs(".", out);
	return k;
}

static int dominant_axes(const struct finding_ctx *c, FILE *out)
{
	const struct table *t = ftable(c, "dilemma_values");
	int k = 0;
	char a[32], b[32];
	for (size_t r = 0; t && r < t->nrows; r++)
		if (frow_ok(c, t, r, "n_cases") && report_number(t, r, "dominant") == 1)
			fprintf(out, "%s%s: %s (%s %s %s)", k++ ? "; " : ft(c, " De spanningsas met de meeste dilemma's per organisatie: ", " The tension axis with most dilemmas per organisation: "),
				ftext(t, r, "organisation"), axis_words(c, ftext(t, r, "axis")),
				fpct(c, a, sizeof a, report_number(t, r, "share")), ft(c, "van de casussen, n =", "of cases, n ="),
				fnum(c, b, sizeof b, report_number(t, r, "n_cases"), 0));
	if (k)
		fputs(ft(c, "; beschrijvend, zonder toets.", "; descriptive, not tested."), out);
	return k;
}

enum finding_result finding_dilemmas(const struct finding_ctx *c, FILE *out)
{
	const struct table *t = ftable(c, "dilemma_frequencies");
	int k = t ? common_tags(c, out, t) : 0;
	k += dominant_axes(c, out);
	return k ? FINDING_STATED : FINDING_NONE;
}
