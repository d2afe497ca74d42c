/* findings_viewpoints.c - the shared viewpoints of the Q analysis: how many,
 * how large (defining sorts, variance share) and which cards top each. */
#include <math.h>
#include "findings.h"
#include "tables_read.h"

/* The card of factor f at rank k in factor_arrays, or NULL. */
static const char *array_card(const struct finding_ctx *c, const struct table *t, double f, int k)
{
	for (size_t r = 0; t && r < t->nrows; r++)
		if (!table_is_suppressed(t, r) && report_number(t, r, "factor") == f &&
		    report_number(t, r, "rank") == k)
			return fcard(c, ftext(t, r, "card"));
	return NULL;
}

static void one_viewpoint(const struct finding_ctx *c, FILE *out, const struct table *ch, size_t r,
			  const struct table *arr)
{
	char f[32], n[32], v[32];
	double fac = report_number(ch, r, "factor");
	fnum(c, f, sizeof f, fac, 0);
	fprintf(out, ft(c, " Gezichtspunt %s (%s bepalende sorteringen, %s van de variantie)",
			" Viewpoint %s (%s defining sorts, %s of the variance)"),
		f, fnum(c, n, sizeof n, report_number(ch, r, "n_defining"), 0),
		fpct(c, v, sizeof v, report_number(ch, r, "variance_share")));
	const char *c1 = array_card(c, arr, fac, 1), *c2 = array_card(c, arr, fac, 2);
	if (c1 && c2)
		fprintf(out, ft(c, " legt %s en %s het hoogst.", " puts %s and %s highest."), c1, c2);
	else
		fputs(".", out);
}

enum finding_result finding_viewpoints(const struct finding_ctx *c, FILE *out)
{
	const struct table *ch = ftable(c, "factor_characteristics"), *arr = ftable(c, "factor_arrays");
	size_t k = 0;
	for (size_t r = 0; ch && r < ch->nrows; r++)
		k += frow_ok(c, ch, r, "n_defining_people") && !isnan(report_number(ch, r, "n_defining"));
	if (!k)
		return FINDING_NONE;
	char n[32];
	fprintf(out, ft(c, "De Q-analyse onderscheidt %s gedeelde gezichtspunten (sorteringen die op elkaar lijken).",
			"The Q analysis distinguishes %s shared viewpoints (sorts that resemble each other)."),
		fnum(c, n, sizeof n, (double)k, 0));
	for (size_t r = 0; r < ch->nrows; r++)
		if (frow_ok(c, ch, r, "n_defining_people") && !isnan(report_number(ch, r, "n_defining")))
			one_viewpoint(c, out, ch, r, arr);
	return FINDING_STATED;
}
