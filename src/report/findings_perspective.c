/* findings_perspective.c - the same people sorting as a civil servant and
 * as a person (perspective_gap: mean_difference = professional - personal). */
#include <math.h>
#include "findings.h"
#include "tables_read.h"

static int gap_clear(const struct finding_ctx *c, const struct table *t, size_t r)
{
	return frow_ok(c, t, r, "n") && report_number(t, r, "q_value") < FIND_Q &&
	       fabs(report_number(t, r, "effect_size")) >= FIND_R_MEDIUM;
}

/* Rows in order of |r| descending, then row index: 1 when a comes before b. */
static int before(const struct table *t, size_t a, size_t b)
{
	double ea = fabs(report_number(t, a, "effect_size")), eb = fabs(report_number(t, b, "effect_size"));
	return ea > eb || (ea == eb && a < b);
}

/* The next clear row on one side (sign +1: higher as a professional) after
 * row prev in that order (-1: the first), or -1. */
static size_t gap_next(const struct finding_ctx *c, const struct table *t, int sign, size_t prev)
{
	size_t best = (size_t)-1;
	for (size_t r = 0; r < t->nrows; r++)
		if (gap_clear(c, t, r) && report_number(t, r, "mean_difference") * sign > 0 &&
		    (prev == (size_t)-1 || before(t, prev, r)) && (best == (size_t)-1 || before(t, r, best)))
			best = r;
	return best;
}

/* At most three clear cards on one side, the largest effect first; how many. */
static int gap_side(const struct finding_ctx *c, FILE *out, const struct table *t, int sign)
{
	int k = 0;
	char d[32];
	for (size_t r = gap_next(c, t, sign, (size_t)-1); k < 3 && r != (size_t)-1;
	     r = gap_next(c, t, sign, r), k++) {
		double diff = report_number(t, r, "mean_difference");
		fprintf(out, "%s%s (%s%s)", k ? ", " : "", fcard(c, ftext(t, r, "card")),
			diff > 0 ? "+" : "", fnum(c, d, sizeof d, diff, 2));
	}
	return k;
}

enum finding_result finding_perspective(const struct finding_ctx *c, FILE *out)
{
	const struct table *t = ftable(c, "perspective_gap");
	if (!t)
		return FINDING_NONE;
	double n = NAN;
	int any = 0;
	for (size_t r = 0; r < t->nrows; r++) {
		any |= gap_clear(c, t, r);
		if (isnan(n) && frow_ok(c, t, r, "n"))
			n = report_number(t, r, "n");
	}
	if (isnan(n))
		return FINDING_NONE;
	char a[32], b[32], m[32];
	fnum(c, a, sizeof a, FIND_Q, 2);
	fnum(c, b, sizeof b, FIND_R_MEDIUM, 1);
	fnum(c, m, sizeof m, n, 0);
	if (!any) {
		fprintf(out, ft(c, "Tussen de professionele en de persoonlijke sortering van dezelfde mensen is er geen duidelijk verschil per kaart (Wilcoxon, q < %s en |r| ≥ %s; n = %s).",
				"Between the professional and the personal sort of the same people there is no clear difference per card (Wilcoxon, q < %s and |r| ≥ %s; n = %s)."), a, b, m);
		return FINDING_UNCLEAR;
	}
	fputs(ft(c, "Als professional leggen deelnemers hoger: ", "As professionals, participants rate higher: "), out);
	if (!gap_side(c, out, t, +1))
		fputs(ft(c, "geen kaart duidelijk", "no card clearly"), out);
	fputs(ft(c, "; als persoon hoger: ", "; as persons higher: "), out);
	if (!gap_side(c, out, t, -1))
		fputs(ft(c, "geen kaart duidelijk", "no card clearly"), out);
	fprintf(out, ft(c, " (verschil in gemiddelde stapel, professioneel min persoonlijk; Wilcoxon, q < %s en |r| ≥ %s, middelgroot naar Cohen 1988; n = %s).",
			" (difference in mean pile, professional minus personal; Wilcoxon, q < %s and |r| ≥ %s, medium after Cohen 1988; n = %s)."),
		a, b, m);
	return FINDING_STATED;
}
