/* findings_tables.c - what the tables of the exchange reached: how many came
 * to a common top four, a top three, fewer cards or none, how alike the
 * members of a table sorted (the quartiles of W over the tables), and which
 * cards stood in every common top.  All of it from group_tops_summary and
 * group_tops, whose counts the privacy engine shows only over --min-cell
 * tables. */
#include <math.h>
#include <string.h>
#include "findings.h"
#include "tables_read.h"

static size_t all_row(const struct table *t)
{
	for (size_t r = 0; t && r < t->nrows; r++)
		if (strcmp(ftext(t, r, "scope_type"), "all") == 0)
			return r;
	return (size_t)-1;
}

/* "39 van de 47 tafels kwamen tot een gezamenlijke top vier, 5 tot een top drie en 3 tot geen." */
static void outcomes(const struct finding_ctx *c, FILE *out, const struct table *t, size_t r)
{
	static const char *const col[] = {"top_three", "fewer_cards", "no_consensus"};
	static const char *const nl[] = {"tot een top drie", "tot een top van minder kaarten",
					 "tot geen gezamenlijke top"};
	static const char *const en[] = {"a top three", "a top of fewer cards", "no common top"};
	char a[32], b[32];
	fprintf(out, ft(c, "%s van de %s tafels kwamen tot een gezamenlijke top vier",
			"%s of %s tables reached a common top four"),
		fnum(c, a, sizeof a, report_number(t, r, "top_four"), 0),
		fnum(c, b, sizeof b, report_number(t, r, "tables"), 0));
	size_t shown[3], n = 0;
	for (size_t k = 0; k < 3; k++)
		if (report_number(t, r, col[k]) > 0)
			shown[n++] = k;
	for (size_t i = 0; i < n; i++)
		fprintf(out, "%s%s %s", i + 1 < n ? ", " : ft(c, " en ", " and "),
			fnum(c, a, sizeof a, report_number(t, r, col[shown[i]]), 0),
			ft(c, nl[shown[i]], en[shown[i]]));
	fprintf(out, ft(c, " (%s deelnemers).", " (%s participants)."),
		fnum(c, a, sizeof a, report_number(t, r, "n_members"), 0));
}

static void within(const struct finding_ctx *c, FILE *out, const struct table *t, size_t r)
{
	if (isnan(report_number(t, r, "w_median")))
		return;
	char m[32], q1[32], q3[32], n[32];
	fprintf(out, ft(c, " Binnen een tafel sorteerden de leden met een mediane Kendalls W van %s (kwartielen %s en %s, over %s tafels).",
			" Within a table the members sorted with a median Kendall's W of %s (quartiles %s and %s, over %s tables)."),
		fnum(c, m, sizeof m, report_number(t, r, "w_median"), 2),
		fnum(c, q1, sizeof q1, report_number(t, r, "w_q1"), 2),
		fnum(c, q3, sizeof q3, report_number(t, r, "w_q3"), 2),
		fnum(c, n, sizeof n, report_number(t, r, "tables_with_w"), 0));
}

/* The cards in every common top, from group_tops. */
static void every_top(const struct finding_ctx *c, FILE *out)
{
	const struct table *t = ftable(c, "group_tops");
	double reached = t ? report_number(t, 0, "consensus_reached") : NAN;
	if (!(reached > 0))
		return;
	size_t n_every = 0;
	for (size_t r = 0; r < t->nrows; r++)
		if (frow_ok(c, t, r, NULL) && report_number(t, r, "tables") == reached)
			fprintf(out, "%s%s", n_every++ ? ", " : ft(c, " In elke gezamenlijke top stond ", " Every common top held "),
				fcard(c, ftext(t, r, "card")));
	fputs(n_every ? "." : ft(c, " Geen kaart stond in elke gezamenlijke top.", " No card was in every common top."), out);
}

enum finding_result finding_group_tops(const struct finding_ctx *c, FILE *out)
{
	const struct table *t = ftable(c, "group_tops_summary");
	size_t r = all_row(t);
	if (r == (size_t)-1)
		return FINDING_NONE;
	if (table_is_suppressed(t, r) || isnan(report_number(t, r, "top_four"))) {
		fprintf(out, ft(c, "Wat de tafels samen bereikten blijft weg: het zijn minder dan %d tafels of deelnemers.",
				"What the tables reached together is left out: there are fewer than %d tables or participants."),
			c->min_cell);
		return FINDING_UNCLEAR;
	}
	outcomes(c, out, t, r);
	within(c, out, t, r);
	every_top(c, out);
	return FINDING_STATED;
}
