/* findings_change.c - what changes in the exchange at the table, and how
 * the personal sort differs from the professional one of the same people. */
#include <math.h>
#include <string.h>
#include "findings.h"
#include "tables_read.h"

/* Stratifiers of exchange_change in the order a reader asks about them. */
static const struct { const char *type, *nl, *en; } stratifiers[] = {
	{"age_band", "leeftijdsgroepen", "age bands"}, {"role", "rollen", "roles"},
	{"organisation", "organisaties", "organisations"}, {"org_type", "typen organisatie", "organisation types"},
	{"group", "groepen (afdelingen)", "groups (departments)"}, {"gender", "geslachten", "genders"}, {"tenure_band", "groepen naar dienstjaren", "tenure bands"},
};

static const char *eps2_words(const struct finding_ctx *c, double e)
{
	return e >= FIND_EPS2_STRONG ? ft(c, "relatief sterk", "relatively strong")
				     : ft(c, "matig", "moderate");
}

/* The first row of stratifier type that carries its Kruskal-Wallis, or -1. */
static size_t kw_row(const struct finding_ctx *c, const struct table *t, const char *type)
{
	for (size_t r = 0; r < t->nrows; r++)
		if (report_row_is(t, r, NULL, c->persp, type, NULL) && frow_ok(c, t, r, "n") &&
		    !isnan(report_number(t, r, "kw_p_value")))
			return r;
	return (size_t)-1;
}

static int kw_clear(const struct table *t, size_t r)
{
	return report_number(t, r, "kw_p_value") < FIND_Q &&
	       report_number(t, r, "kw_epsilon2") >= FIND_EPS2_MODERATE;
}

/* The share who changed their top, per group of a clear stratifier. */
static void exchange_stratifier(const struct finding_ctx *c, FILE *out, const struct table *t,
				const char *type, size_t first)
{
	double p = report_number(t, first, "kw_p_value"), e = report_number(t, first, "kw_epsilon2");
	char a[32], b[32];
	fputs(ft(c, " Het aandeel dat de eigen top veranderde, verschilt per groep: ",
		 " The share who changed their top differs between groups: "), out);
	int k = 0;
	for (size_t r = first; r < t->nrows; r++)
		if (report_row_is(t, r, NULL, c->persp, type, NULL) && frow_ok(c, t, r, "n") &&
		    !isnan(report_number(t, r, "share_changed_top")))
			fprintf(out, "%s%s (%s, n = %s)", k++ ? ", " : "", ftext(t, r, "stratum"),
				fpct(c, a, sizeof a, report_number(t, r, "share_changed_top")),
				fnum(c, b, sizeof b, report_number(t, r, "n"), 0));
	fprintf(out, ft(c, " (Kruskal-Wallis op de afstand tussen beide sorteringen, p %s, epsilon-kwadraat = %s: %s naar Rea & Parker 1992).",
			" (Kruskal-Wallis on the distance between the two sorts, p %s, epsilon-squared = %s: %s after Rea & Parker 1992)."),
		fprob(c, a, sizeof a, p), fnum(c, b, sizeof b, e, 2), eps2_words(c, e));
}

enum finding_result finding_exchange(const struct finding_ctx *c, FILE *out)
{
	const struct table *t = ftable(c, "exchange_change");
	size_t all = (size_t)-1;
	for (size_t r = 0; t && r < t->nrows && all == (size_t)-1; r++)
		if (report_row_is(t, r, NULL, c->persp, "all", "all") && frow_ok(c, t, r, "n") &&
		    !isnan(report_number(t, r, "share_changed_top")))
			all = r;
	if (all == (size_t)-1)
		return FINDING_NONE;
	char a[32], b[32], n[32];
	fprintf(out, ft(c, "Na de uitwisseling aan tafel legde %s van de deelnemers een andere top (gemiddeld bleven %s kaarten in de hoogste stapel; n = %s).",
			"After the exchange at the table %s of participants laid a different top (on average %s cards stayed in the top pile; n = %s)."),
		fpct(c, a, sizeof a, report_number(t, all, "share_changed_top")),
		fnum(c, b, sizeof b, report_number(t, all, "mean_top_kept"), 1),
		fnum(c, n, sizeof n, report_number(t, all, "n"), 0));
	int clear = 0, unclear = 0;
	for (size_t s = 0; s < sizeof stratifiers / sizeof *stratifiers; s++) {
		size_t r = kw_row(c, t, stratifiers[s].type);
		if (r != (size_t)-1 && kw_clear(t, r)) {
			exchange_stratifier(c, out, t, stratifiers[s].type, r);
			clear++;
		}
	}
	for (size_t s = 0; s < sizeof stratifiers / sizeof *stratifiers; s++) {
		size_t r = kw_row(c, t, stratifiers[s].type);
		if (r != (size_t)-1 && !kw_clear(t, r))
			fprintf(out, "%s%s", unclear++ ? ", " : ft(c, " Geen duidelijk verschil tussen ", " No clear difference between "),
				ft(c, stratifiers[s].nl, stratifiers[s].en));
	}
	if (unclear)
		fprintf(out, ft(c, " (p ≥ %s of epsilon-kwadraat < %s).", " (p ≥ %s or epsilon-squared < %s)."),
			fnum(c, a, sizeof a, FIND_Q, 2), fnum(c, b, sizeof b, FIND_EPS2_MODERATE, 2));
	return clear ? FINDING_STATED : FINDING_UNCLEAR;
}
