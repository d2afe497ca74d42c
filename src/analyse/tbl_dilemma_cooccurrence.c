/* tbl_dilemma_cooccurrence.c - dilemma_cooccurrence.csv: per pair of
 * codebook tags (tag_a before tag_b in codebook order, every pair, also
 * those that never meet), the cases carrying both, with Jaccard, ATLAS.ti's
 * c-coefficient and lift (stats/cooccurrence.h).  Over all cases; with
 * --cooccurrence-by FACTOR also per level of that factor (org_type,
 * organisation or role).  Pair counts come from each case's own tags, so
 * the cost is the sum of squared tags per case, not cases x pairs.
 * The privacy engine suppresses strata by their cases (n_cases). */
#include <math.h>
#include <stdlib.h>
#include "goedwerk/stats/cooccurrence.h"
#include "goedwerk/alloc.h"
#include "dilemmas.h"
#include "empty.h"
#include "tables.h"

enum { C_STYPE, C_STRATUM, C_A, C_B, C_CASES, C_NA, C_NB, C_COUNT, C_EXP, C_JAC, C_CCOEF,
       C_LIFT };

static const struct column cols[] = {
	{"stratum_type", 1}, {"stratum", 1}, {"tag_a", 1}, {"tag_b", 1}, {"n_cases", 0},
	{"count_a", 0}, {"count_b", 0}, {"count", 0}, {"expected", 0}, {"jaccard", 0},
	{"c_coefficient", 0}, {"lift", 0}};

static const char *const spec[] = {"tag_a", "tag_b", "count", "jaccard", "lift", NULL};

static void measures(struct table *t, size_t r, const struct pair_counts *pc, size_t a, size_t b)
{
	double na = (double)pc->single[a], nb = (double)pc->single[b];
	double nab = (double)pc->both[a * pc->n + b];
	struct stats_cooc m;
	stats_cooccurrence(nab, na, nb, (double)pc->cases, &m);
	table_set_int(t, r, C_NA, (long long)na);
	table_set_int(t, r, C_NB, (long long)nb);
	table_set_int(t, r, C_COUNT, (long long)nab);
	table_set_real(t, r, C_EXP, m.expected);
	if (isnan(m.jaccard)) {
		table_set_undefined(t, r, C_JAC, "neither tag used");
		table_set_undefined(t, r, C_CCOEF, "neither tag used");
	} else {
		table_set_real(t, r, C_JAC, m.jaccard);
		table_set_real(t, r, C_CCOEF, m.c_coefficient);
	}
	if (isnan(m.lift))
		table_set_undefined(t, r, C_LIFT, "a tag used in no case");
	else
		table_set_real(t, r, C_LIFT, m.lift);
}

static void one_level(const struct dataset *ds, int s, size_t l, struct table *t)
{
	struct pair_counts pc = {ds->n_tags, 0, xcalloc(ds->n_tags + 1, sizeof(size_t)),
				 xcalloc(ds->n_tags * ds->n_tags + 1, sizeof(size_t))};
	dil_pair_counts(ds, s, (int32_t)l, &pc);
	for (size_t a = 0; a < pc.n && pc.cases > 0; a++)
		for (size_t b = a + 1; b < pc.n; b++) {
			size_t r = table_add_row(t);
			table_set_text(t, r, C_STYPE, dil_stratum_type(ds, s));
			table_set_text(t, r, C_STRATUM, dil_level_name(ds, s, l));
			table_set_text(t, r, C_A, ds->tag[a]);
			table_set_text(t, r, C_B, ds->tag[b]);
			table_set_int(t, r, C_CASES, (long long)pc.cases);
			measures(t, r, &pc, a, b);
		}
	free(pc.single);
	free(pc.both);
}

static void one_stratifier(const struct analysis *a, int s, struct table *t)
{
	size_t *cases = dil_cases(a->ds, s);
	for (size_t l = 0; l < dil_n_levels(a->ds, s); l++)
		if (cases[l] > 0)
			one_level(a->ds, s, l, t);
	free(cases);
}

static enum gw_status build(const struct analysis *a, struct table *t)
{
	if (empty_why_dilemmas(a->ds, 2)) {
		table_set_empty_reason(t, empty_why_dilemmas(a->ds, 2));
		return GW_OK;
	}
	one_stratifier(a, STRATUM_ALL, t);
	if (a->sel->cooccurrence_by >= 0)
		one_stratifier(a, a->sel->cooccurrence_by, t);
	return GW_OK;
}

const struct table_def table_dilemma_cooccurrence = {
	"dilemma_cooccurrence",
	"per pair of tags: cases with both, Jaccard, ATLAS.ti c-coefficient, lift (per org_type with --cooccurrence-by)",
	cols, COUNT_OF(cols), spec, build, PRIVACY_STRATA(PRIVACY_CASES, "n_cases", NULL)};
