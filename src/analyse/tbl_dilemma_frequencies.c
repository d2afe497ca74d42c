/* tbl_dilemma_frequencies.c - dilemma_frequencies.csv: per stratum of
 * cases (all, traject, organisation, org_type, role, session, year) and
 * per unit (each tag, then each pillar and axis: a case counts once for a
 * pillar however many of its tags belong to it), the cases carrying it and
 * their share of the stratum's cases with a Wilson 95% interval.
 * Suppression counts cases: a stratum of fewer than --min-cell cases, and
 * the secondary rule of dilemmas.h. */
#include <stdlib.h>
#include "goedwerk/stats/proportion.h"
#include "goedwerk/alloc.h"
#include "dilemmas.h"
#include "empty.h"
#include "tables.h"

enum { C_STYPE, C_STRATUM, C_LEVEL, C_TAG, C_PILLAR, C_AXIS, C_LABEL, C_CASES, C_COUNT,
       C_SHARE, C_LO, C_HI };

static const struct column cols[] = {
	{"stratum_type", 1}, {"stratum", 1}, {"level", 1}, {"tag", 1}, {"pillar", 1},
	{"axis", 1}, {"label_nl", 1}, {"n_cases", 0}, {"count", 0}, {"share", 0},
	{"share_lo", 0}, {"share_hi", 0}};

static const char *const spec[] = {"stratum_type", "stratum", "tag", "pillar", "axis",
				   "count", "share", NULL};

static void unit_keys(const struct dataset *ds, const struct dil_units *u, size_t k,
		      struct table *t, size_t r)
{
	table_set_text(t, r, C_LEVEL, u->kind[k]);
	if (u->tag[k] >= 0) {
		int g = u->tag[k];
		table_set_text(t, r, C_TAG, ds->tag[g]);
		table_set_text(t, r, C_LABEL, ds->tag_label_nl[g]);
		if (ds->tag_pillar[g])
			table_set_text(t, r, C_PILLAR, ds->tag_pillar[g]);
		if (ds->tag_axis[g])
			table_set_text(t, r, C_AXIS, ds->tag_axis[g]);
	} else {
		table_set_text(t, r, u->kind[k][0] == 'p' ? C_PILLAR : C_AXIS, u->name[k]);
	}
}

static void add_row(const struct dataset *ds, const struct dil_units *u, size_t k, int s,
		    size_t l, size_t cases, size_t count, struct table *t)
{
	size_t r = table_add_row(t);
	table_set_text(t, r, C_STYPE, dil_stratum_type(ds, s));
	table_set_text(t, r, C_STRATUM, dil_level_name(ds, s, l));
	unit_keys(ds, u, k, t, r);
	table_set_int(t, r, C_CASES, (long long)cases);
	double lo, hi;
	table_set_int(t, r, C_COUNT, (long long)count);
	table_set_real(t, r, C_SHARE, (double)count / (double)cases);
	if (stats_wilson((double)count, (double)cases, 0.95, 0, &lo, &hi) == GW_OK) {
		table_set_real(t, r, C_LO, lo);
		table_set_real(t, r, C_HI, hi);
	}
}

static void one_stratifier(const struct analysis *a, const struct dil_units *u, int s,
			   struct table *t)
{
	const struct dataset *ds = a->ds;
	size_t nl = dil_n_levels(ds, s), nc = ds->n_dilemmas, *cases = dil_cases(ds, s);
	size_t *count = xcalloc(nl * u->n + 1, sizeof *count);
	for (size_t i = 0; i < nc; i++) {
		int32_t l = dil_level(&ds->dilemmas[i], s);
		for (size_t k = 0; k < u->n && l >= 0; k++)
			count[(size_t)l * u->n + k] += dil_has(u, k, nc, i);
	}
	for (size_t l = 0; l < nl; l++)
		for (size_t k = 0; k < u->n && cases[l] > 0; k++)
			add_row(ds, u, k, s, l, cases[l], count[l * u->n + k], t);
	free(count);
	free(cases);
}

static enum gw_status build(const struct analysis *a, struct table *t)
{
	if (empty_why_dilemmas(a->ds, 0)) {
		table_set_empty_reason(t, empty_why_dilemmas(a->ds, 0));
		return GW_OK;
	}
	struct dil_units u;
	dil_units_build(a->ds, &u);
	for (size_t s = 0; s < dil_strata_len; s++)
		one_stratifier(a, &u, dil_strata[s], t);
	dil_units_free(&u);
	return GW_OK;
}

const struct table_def table_dilemma_frequencies = {
	"dilemma_frequencies",
	"per stratum of cases and per tag, pillar and triangle axis: cases carrying it and their share",
	cols, COUNT_OF(cols), spec, build, PRIVACY_STRATA(PRIVACY_CASES, "n_cases", NULL)};
