/* findings_trends.c - cards whose place changes over the years (trends:
 * Cochran-Armitage for the top-pile share, Mann-Kendall for the mean). */
#include <math.h>
#include <string.h>
#include "findings.h"
#include "tables_read.h"

static int trend_clear(const struct finding_ctx *c, const struct table *t, size_t r)
{
	return report_row_is(t, r, c->phase, c->persp, NULL, NULL) && !table_is_suppressed(t, r) &&
	       report_number(t, r, "q_value") < FIND_Q && !isnan(report_number(t, r, "slope"));
}

enum finding_result finding_trends(const struct finding_ctx *c, FILE *out)
{
	const struct table *t = ftable(c, "trends");
	size_t any = (size_t)-1;
	for (size_t r = 0; t && r < t->nrows && any == (size_t)-1; r++)
		if (report_row_is(t, r, c->phase, c->persp, NULL, NULL) && !isnan(report_number(t, r, "q_value")))
			any = r;
	if (any == (size_t)-1)
		return FINDING_NONE;
	char a[32], b[32];
	int k = 0;
	for (size_t r = 0; r < t->nrows; r++) {
		if (!trend_clear(c, t, r))
			continue;
		double s = report_number(t, r, "slope");
		int share = strcmp(ftext(t, r, "metric"), "share_top") == 0;
		fprintf(out, "%s%s %s %s (%s%s %s %s, q %s)", k++ ? "; " : "",
			share ? ft(c, "Het aandeel in de hoogste stapel van", "The share in the top pile of")
			      : ft(c, "De gemiddelde stapel van", "The mean pile of"),
			fcard(c, ftext(t, r, "card")), s > 0 ? ft(c, "stijgt", "rises") : ft(c, "daalt", "falls"),
			s > 0 ? "+" : "", share ? fnum(c, a, sizeof a, 100 * s, 1) : fnum(c, a, sizeof a, s, 2),
			share ? ft(c, "procentpunt", "percentage points") : ft(c, "stapel", "pile"),
			ft(c, "per jaar", "a year"), fprob(c, b, sizeof b, report_number(t, r, "q_value")));
	}
	fprintf(out, k ? ft(c, " over de jaren %s tot %s.", " over the years %s to %s.") : ft(c, "Over de jaren %s tot %s verandert geen kaart duidelijk (q ≥ 0,05).", "Over the years %s to %s no card changes clearly (q ≥ 0.05)."),
		fnum(c, a, sizeof a, report_number(t, any, "first_year"), 0),
		fnum(c, b, sizeof b, report_number(t, any, "last_year"), 0));
	return k ? FINDING_STATED : FINDING_UNCLEAR;
}
