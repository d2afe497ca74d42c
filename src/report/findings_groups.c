/* findings_groups.c - where organisations, roles, age bands ... differ
 * (group_differences: Kruskal-Wallis with epsilon-squared, BH q within the
 * factor; group_pairs: Mann-Whitney with Cliff's delta). */
#include <math.h>
#include <string.h>
#include "findings.h"
#include "tables_read.h"

static const struct { const char *name, *nl, *en; } factor_words[] = {
	{"organisation", "organisaties", "organisations"}, {"org_type", "typen organisatie", "organisation types"},
	{"role", "rollen", "roles"}, {"age_band", "leeftijdsgroepen", "age bands"},
	{"group", "groepen (afdelingen)", "groups (departments)"}, {"gender", "geslachten", "genders"}, {"tenure_band", "groepen naar dienstjaren", "tenure bands"},
};

static const char *factor_name(const struct finding_ctx *c, const char *f)
{
	for (size_t i = 0; i < sizeof factor_words / sizeof *factor_words; i++)
		if (strcmp(factor_words[i].name, f) == 0)
			return ft(c, factor_words[i].nl, factor_words[i].en);
	return f;
}

static int kw_row_of(const struct finding_ctx *c, const struct table *t, size_t r, const char *factor)
{
	return report_row_is(t, r, c->phase, c->persp, NULL, NULL) &&
	       strcmp(ftext(t, r, "factor"), factor) == 0 && strcmp(ftext(t, r, "test"), "kruskal-wallis") == 0 &&
	       frow_ok(c, t, r, "n");
}

static int kw_clear(const struct table *t, size_t r)
{
	return report_number(t, r, "q_value") < FIND_Q && report_number(t, r, "effect_size") >= FIND_EPS2_MODERATE;
}

/* The pair of groups that differs most on card within factor, as a clause. */
static void strongest_pair(const struct finding_ctx *c, FILE *out, const char *factor, const char *card)
{
	const struct table *t = ftable(c, "group_pairs");
	size_t best = (size_t)-1;
	for (size_t r = 0; t && r < t->nrows; r++) {
		double d = fabs(report_number(t, r, "cliffs_delta"));
		if (report_row_is(t, r, c->phase, c->persp, NULL, NULL) && !table_is_suppressed(t, r) &&
		    strcmp(ftext(t, r, "factor"), factor) == 0 && strcmp(ftext(t, r, "card"), card) == 0 &&
		    report_number(t, r, "q_value") < FIND_Q && d >= FIND_DELTA_MEDIUM &&
		    (best == (size_t)-1 || d > fabs(report_number(t, best, "cliffs_delta"))))
			best = r;
	}
	if (best == (size_t)-1)
		return;
	double d = report_number(t, best, "cliffs_delta");
	char a[32];
	int hi = d > 0;
	fprintf(out, ft(c, "; %s legt haar hoger dan %s (Cliffs delta = %s, %s naar Romano et al. 2006)",
			"; %s rate it higher than %s (Cliff's delta = %s, %s after Romano et al. 2006)"),
		ftext(t, best, hi ? "group_a" : "group_b"), ftext(t, best, hi ? "group_b" : "group_a"),
		fnum(c, a, sizeof a, fabs(d), 2),
		fabs(d) >= FIND_DELTA_LARGE ? ft(c, "groot", "large") : ft(c, "middelgroot", "medium"));
}

/* One factor: a sentence when some card differs clearly; 1 then, else 0. */
static int factor_sentence(const struct finding_ctx *c, FILE *out, const struct table *t, const char *factor)
{
	size_t n = 0, best = (size_t)-1;
	for (size_t r = 0; r < t->nrows; r++)
		if (kw_row_of(c, t, r, factor) && kw_clear(t, r)) {
			n++;
			if (best == (size_t)-1 || report_number(t, r, "effect_size") > report_number(t, best, "effect_size"))
				best = r;
		}
	if (!n)
		return 0;
	char a[32], b[32], q[32], m[32];
	fprintf(out, ft(c, " Tussen %s verschillen %s kaarten duidelijk, het sterkst %s (epsilon-kwadraat = %s, q %s, n = %s",
			" Between %s, %s cards differ clearly, most of all %s (epsilon-squared = %s, q %s, n = %s"),
		factor_name(c, factor), fnum(c, a, sizeof a, (double)n, 0), fcard(c, ftext(t, best, "card")),
		fnum(c, b, sizeof b, report_number(t, best, "effect_size"), 2),
		fprob(c, q, sizeof q, report_number(t, best, "q_value")), fnum(c, m, sizeof m, report_number(t, best, "n"), 0));
	strongest_pair(c, out, factor, ftext(t, best, "card"));
	fputs(").", out);
	return 1;
}

enum finding_result finding_groups(const struct finding_ctx *c, FILE *out)
{
	const struct table *t = ftable(c, "group_differences");
	if (!t)
		return FINDING_NONE;
	char a[32], b[32];
	fprintf(out, ft(c, "Verschillen tussen groepen tellen als duidelijk bij Kruskal-Wallis q < %s en epsilon-kwadraat ≥ %s (matig naar Rea & Parker 1992).",
			"Differences between groups count as clear at Kruskal-Wallis q < %s and epsilon-squared ≥ %s (moderate after Rea & Parker 1992)."),
		fnum(c, a, sizeof a, FIND_Q, 2), fnum(c, b, sizeof b, FIND_EPS2_MODERATE, 2));
	int clear = 0, tested = 0, unclear = 0;
	const char *seen[32];
	size_t n_seen = 0;
	for (size_t r = 0; r < t->nrows && n_seen < 32; r++) {
		const char *f = ftext(t, r, "factor");
		int dup = 0;
		for (size_t i = 0; i < n_seen; i++)
			dup |= strcmp(seen[i], f) == 0;
		if (dup || !kw_row_of(c, t, r, f))
			continue;
		seen[n_seen++] = f;
		tested++;
		clear += factor_sentence(c, out, t, f);
	}
	for (size_t i = 0; i < n_seen; i++) {
		int any = 0;
		for (size_t r = 0; r < t->nrows && !any; r++)
			any = kw_row_of(c, t, r, seen[i]) && kw_clear(t, r);
		if (!any)
			fprintf(out, "%s%s", unclear++ ? ", " : ft(c, " Geen duidelijk verschil tussen ", " No clear difference between "),
				factor_name(c, seen[i]));
	}
	if (unclear)
		fputs(".", out);
	if (!tested)
		return FINDING_NONE;
	return clear ? FINDING_STATED : FINDING_UNCLEAR;
}
