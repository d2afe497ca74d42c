/* tbl_value_consensus.c - value_consensus.csv: per card how far the people
 * of a stratum agree on its category: Tastle-Wierman consensus (d = width
 * of the scale), Leik's ordinal dispersion D, interquartile range (R type
 * 7), per phase x perspective x stratum; suppressed by the privacy engine
 * like value_summary. */
#include <stdlib.h>
#include "goedwerk/stats/consensus.h"
#include "goedwerk/attribute.h"
#include "strata.h"
#include "tables.h"
#include "value_counts.h"

enum { C_PHASE, C_PERSP, C_STYPE, C_STRATUM, C_CARD, C_LABEL, C_N_PEOPLE, C_N, C_CONS,
       C_LEIK, C_IQR };

static const struct column cols[] = {
	{"phase", 1}, {"perspective", 1}, {"stratum_type", 1}, {"stratum", 1}, {"card", 1},
	{"label_nl", 1}, {"n_people", 0}, {"n", 0}, {"consensus", 0}, {"leik_d", 0},
	{"iqr", 0}};

static const char *const spec[] = {"phase", "perspective", "stratum_type", "stratum", "card",
				   "n", "consensus", "iqr", NULL};

struct ctx {
	const struct analysis *a;
	struct table *t;
	struct value_counts vc;
};

static void set_card(struct ctx *x, size_t r, size_t j, const struct strata_cell *c)
{
	const struct dataset *ds = x->a->ds;
	const size_t *counts = x->vc.counts + j * ds->n_scale;
	double v;
	table_set_int(x->t, r, C_N_PEOPLE, (long long)c->n_people);
	table_set_int(x->t, r, C_N, (long long)x->vc.placed[j]);
	if (x->vc.placed[j] == 0) {
		table_set_undefined(x->t, r, C_CONS, "card placed by nobody");
		return;
	}
	if (stats_consensus_tw(counts, ds->n_scale, &v) == GW_OK)
		table_set_real(x->t, r, C_CONS, v);
	if (stats_leik_d(counts, ds->n_scale, &v) == GW_OK)
		table_set_real(x->t, r, C_LEIK, v);
	if (stats_iqr_counts(counts, ds->n_scale, ds->scale_min, &v) == GW_OK)
		table_set_real(x->t, r, C_IQR, v);
}

static enum gw_status cell(const struct strata_cell *c, void *arg)
{
	struct ctx *x = arg;
	const struct dataset *ds = x->a->ds;
	value_counts_fill(&x->vc, ds, c->rows, c->n);
	for (size_t j = 0; j < ds->n_cards; j++) {
		size_t r = table_add_row(x->t);
		table_set_text(x->t, r, C_PHASE, c->phase);
		table_set_text(x->t, r, C_PERSP, c->perspective);
		table_set_text(x->t, r, C_STYPE, c->stratum_type);
		table_set_text(x->t, r, C_STRATUM, c->stratum);
		table_set_text(x->t, r, C_CARD, ds->card_id[j]);
		table_set_text(x->t, r, C_LABEL, ds->label_nl[j]);
		set_card(x, r, j, c);
	}
	return GW_OK;
}

static enum gw_status build(const struct analysis *a, struct table *t)
{
	int strat[STRATA_MAX];
	size_t n_strat = strata_value_tables(strat, ATTR_NO_PILES);
	const struct dataset *ds = a->ds;
	struct ctx x = {a, t, {0}};
	if (ds->n_scale < 2)
		return GW_OK; /* one category: nothing to agree on */
	value_counts_init(&x.vc, ds);
	enum gw_status st = strata_each(ds, strat, n_strat, cell, &x);
	value_counts_free(&x.vc);
	return st;
}

const struct table_def table_value_consensus = {
	"value_consensus",
	"per card: Tastle-Wierman consensus (1 = all agree), Leik's ordinal dispersion, "
	"interquartile range (R type 7); not per group (value_summary has the group profiles)",
	cols, COUNT_OF(cols), spec, build, PRIVACY_STRATA(PRIVACY_PEOPLE, "n_people", privacy_phase_perspective)};
