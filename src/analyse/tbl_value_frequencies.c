/* tbl_value_frequencies.c - value_frequencies.csv: how many sorts put each
 * card in each category, per phase x perspective x stratum. */
#include "goedwerk/stats/frequency.h"
#include "goedwerk/attribute.h"
#include "strata.h"
#include "tables.h"
#include "value_counts.h"

enum { C_PHASE, C_PERSP, C_STYPE, C_STRATUM, C_CARD, C_CATEGORY, C_LABEL, C_N_PEOPLE, C_N,
       C_COUNT, C_SHARE };

static const struct column cols[] = {
	{"phase", 1}, {"perspective", 1}, {"stratum_type", 1}, {"stratum", 1}, {"card", 1},
	{"category", 1}, {"category_label", 1}, {"n_people", 0}, {"n", 0}, {"count", 0}, {"share", 0}};

static const char *const spec[] = {"phase", "perspective", "stratum_type", "stratum", "card",
				   "category", "count", "share", NULL};

struct ctx {
	const struct analysis *a;
	struct table *t;
	struct value_counts vc;
};

static enum gw_status cell(const struct strata_cell *c, void *arg)
{
	struct ctx *x = arg;
	const struct dataset *ds = x->a->ds;
	value_counts_fill(&x->vc, ds, c->rows, c->n);
	for (size_t j = 0; j < ds->n_cards; j++)
		for (size_t k = 0; k < ds->n_scale; k++) {
			size_t r = table_add_row(x->t);
			table_set_text(x->t, r, C_PHASE, c->phase);
			table_set_text(x->t, r, C_PERSP, c->perspective);
			table_set_text(x->t, r, C_STYPE, c->stratum_type);
			table_set_text(x->t, r, C_STRATUM, c->stratum);
			table_set_text(x->t, r, C_CARD, ds->card_id[j]);
			table_set_int(x->t, r, C_CATEGORY, ds->scale_min + (int)k);
			table_set_text(x->t, r, C_LABEL, ds->scale_label_nl[k]);
			size_t count = x->vc.counts[j * ds->n_scale + k], placed = x->vc.placed[j];
			table_set_int(x->t, r, C_N_PEOPLE, (long long)c->n_people);
			table_set_int(x->t, r, C_N, (long long)placed);
			table_set_int(x->t, r, C_COUNT, (long long)count);
			if (placed)
				table_set_real(x->t, r, C_SHARE, stats_share(count, placed));
			else
				table_set_undefined(x->t, r, C_SHARE, "card placed by nobody");
		}
	return GW_OK;
}

static enum gw_status build(const struct analysis *a, struct table *t)
{
	int strat[STRATA_MAX];
	size_t n_strat = strata_value_tables(strat, ATTR_NO_PILES);
	struct ctx x = {a, t, {0}};
	value_counts_init(&x.vc, a->ds);
	enum gw_status st = strata_each(a->ds, strat, n_strat, cell, &x);
	value_counts_free(&x.vc);
	return st;
}

const struct table_def table_value_frequencies = {
	"value_frequencies",
	"count and share of each card in each category, per phase, perspective and stratum (not per group: value_summary has the group profiles)",
	cols, COUNT_OF(cols), spec, build, PRIVACY_STRATA(PRIVACY_PEOPLE, "n_people", privacy_phase_perspective)};
