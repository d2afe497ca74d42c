/* findings_values.c - which values matter most and least, and how much
 * people agree (Kendall's W). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "findings.h"
#include "tables_read.h"

static const struct table *sort_t; /* qsort has no argument: the table being ordered */
static const char *sort_col;

static int by_col(const void *x, const void *y)
{
	double a = report_number(sort_t, *(const size_t *)x, sort_col);
	double b = report_number(sort_t, *(const size_t *)y, sort_col);
	return (a > b) - (a < b);
}

/* Usable rows of the main cell, stratum all, ordered by column col
 * (ascending); *n rows; caller frees. */
static size_t *main_rows(const struct finding_ctx *c, const struct table *t, const char *col,
			 size_t *n)
{
	size_t *v = malloc((t->nrows + 1) * sizeof *v);
	*n = 0;
	for (size_t r = 0; v && r < t->nrows; r++)
		if (report_row_is(t, r, c->phase, c->persp, "all", "all") && frow_ok(c, t, r, "n") &&
		    !isnan(report_number(t, r, col)))
			v[(*n)++] = r;
	sort_t = t;
	sort_col = col;
	if (v && *n > 1)
		qsort(v, *n, sizeof *v, by_col);
	return v;
}

static void card_list(const struct finding_ctx *c, FILE *out, const struct table *t,
		      const size_t *rows, size_t n)
{
	for (size_t i = 0; i < n; i++)
		fprintf(out, "%s%s", i == 0 ? "" : i + 1 == n ? ft(c, " en ", " and ") : ", ",
			fcard(c, ftext(t, rows[i], "card")));
}

enum finding_result finding_values(const struct finding_ctx *c, FILE *out)
{
	const struct table *t = ftable(c, "value_summary");
	size_t n = 0, *rows = t ? main_rows(c, t, "rank", &n) : NULL;
	if (!rows || n < 6) {
		free(rows);
		return FINDING_NONE;
	}
	char a[32], b[32], m[32];
	size_t top = rows[0];
	fprintf(out, ft(c, "Het belangrijkst vinden de deelnemers %s (gemiddelde stapel %s; %s legt haar in de hoogste stapel), ",
			"Participants rate %s most important (mean pile %s; %s put it in the top pile), "),
		fcard(c, ftext(t, top, "card")), fnum(c, m, sizeof m, report_number(t, top, "mean"), 1),
		fpct(c, a, sizeof a, report_number(t, top, "share_top")));
	card_list(c, out, t, rows + 1, 2);
	fputs(ft(c, "; het minst belangrijk ", "; least important "), out);
	size_t low[3] = {rows[n - 1], rows[n - 2], rows[n - 3]};
	card_list(c, out, t, low, 3);
	fprintf(out, ft(c, " (gemiddelde stapel %s; n = %s).", " (mean pile %s; n = %s)."),
		fnum(c, m, sizeof m, report_number(t, low[0], "mean"), 1),
		fnum(c, b, sizeof b, report_number(t, top, "n"), 0));
	free(rows);
	return FINDING_STATED;
}

static size_t agreement_row(const struct finding_ctx *c, const struct table *t, const char *phase)
{
	for (size_t r = 0; r < t->nrows; r++)
		if (strcmp(ftext(t, r, "scope_type"), "all") == 0 && report_row_is(t, r, phase, c->persp, NULL, NULL) &&
		    frow_ok(c, t, r, "n_people") && !isnan(report_number(t, r, "kendall_w")))
			return r;
	return (size_t)-1;
}

enum finding_result finding_agreement(const struct finding_ctx *c, FILE *out)
{
	const struct table *t = ftable(c, "agreement");
	size_t r = t ? agreement_row(c, t, c->phase) : (size_t)-1;
	if (r == (size_t)-1)
		return FINDING_NONE;
	char w[32], p[32], n[32];
	double wv = report_number(t, r, "kendall_w"), pv = report_number(t, r, "p_value");
	fnum(c, w, sizeof w, wv, 2);
	fprob(c, p, sizeof p, pv);
	fnum(c, n, sizeof n, report_number(t, r, "n_people"), 0);
	if (!(pv < FIND_Q)) {
		fprintf(out, ft(c, "De sorteringen lijken niet duidelijk meer op elkaar dan bij toeval (Kendalls W = %s, p %s, n = %s).",
				"The sorts are not clearly more alike than chance (Kendall's W = %s, p %s, n = %s)."), w, p, n);
		return FINDING_UNCLEAR;
	}
	fprintf(out, ft(c, "De deelnemers zijn het in %s mate eens over de volgorde van de kaarten (Kendalls W = %s, p %s, n = %s; woorden naar Schmidt 1997).",
			"Participants show %s agreement on the order of the cards (Kendall's W = %s, p %s, n = %s; wording after Schmidt 1997)."),
		finding_w_label(c, wv), w, p, n);
	size_t e = strcmp(c->phase, "exchange") != 0 ? agreement_row(c, t, "exchange") : (size_t)-1;
	if (e != (size_t)-1) {
		fprintf(out, ft(c, " Na de uitwisseling aan tafel is W %s.", " After the exchange at the table W is %s."),
			fnum(c, w, sizeof w, report_number(t, e, "kendall_w"), 2));
	}
	return FINDING_STATED;
}
