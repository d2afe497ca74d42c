/* tbl_value_summary.c - value_summary.csv: per card n, mean, median, share in
 * the top and bottom category with a 95% Wilson interval, and the card's
 * rank by mean, per phase x perspective x stratum. */
#include <math.h>
#include <stdlib.h>
#include "goedwerk/stats/frequency.h"
#include "goedwerk/stats/proportion.h"
#include "goedwerk/alloc.h"
#include "strata.h"
#include "tables.h"
#include "value_counts.h"

enum { C_PHASE, C_PERSP, C_STYPE, C_STRATUM, C_CARD, C_LABEL, C_N_PEOPLE, C_N, C_MEAN,
       C_MEDIAN, C_TOP, C_TOP_LO, C_TOP_HI, C_BOTTOM, C_RANK };

static const struct column cols[] = {
	{"phase", 1}, {"perspective", 1}, {"stratum_type", 1}, {"stratum", 1}, {"card", 1},
	{"label_nl", 1}, {"n_people", 0}, {"n", 0}, {"mean", 0}, {"median", 0}, {"share_top", 0},
	{"share_top_lo", 0}, {"share_top_hi", 0}, {"share_bottom", 0}, {"rank", 0}};

static const char *const spec[] = {"phase", "perspective", "stratum_type", "stratum", "card",
				   "n", "mean", "median", "share_top", "share_top_lo",
				   "share_top_hi", "share_bottom", "rank", NULL};

struct ctx {
	const struct analysis *a;
	struct table *t;
	struct value_counts vc;
	double *mean;
	int *rank;
	size_t *order;
};

static void set_card(struct ctx *x, size_t r, size_t j, const struct strata_cell *c)
{
	const struct dataset *ds = x->a->ds;
	const size_t *counts = x->vc.counts + j * ds->n_scale;
	struct stats_count_summary s;
	table_set_int(x->t, r, C_N_PEOPLE, (long long)c->n_people);
	if (stats_count_summary(counts, ds->n_scale, ds->scale_min, &s) != GW_OK) {
		table_set_int(x->t, r, C_N, 0);
		table_set_undefined(x->t, r, C_MEAN, "card placed by nobody");
		return;
	}
	double lo, hi, top = (double)counts[ds->n_scale - 1];
	table_set_int(x->t, r, C_N, (long long)s.n);
	table_set_real(x->t, r, C_MEAN, s.mean);
	table_set_real(x->t, r, C_MEDIAN, s.median);
	table_set_real(x->t, r, C_TOP, stats_share(counts[ds->n_scale - 1], s.n));
	if (stats_wilson(top, (double)s.n, 0.95, 0, &lo, &hi) == GW_OK) {
		table_set_real(x->t, r, C_TOP_LO, lo);
		table_set_real(x->t, r, C_TOP_HI, hi);
	}
	table_set_real(x->t, r, C_BOTTOM, stats_share(counts[0], s.n));
	table_set_int(x->t, r, C_RANK, x->rank[j]);
}

/* Cards in rank order, ties and unplaced cards in card-set order. */
static _Thread_local const int *g_rank;
static int cmp_rank(const void *a, const void *b)
{
	size_t i = *(const size_t *)a, j = *(const size_t *)b;
	int ri = g_rank[i] ? g_rank[i] : 1 << 30, rj = g_rank[j] ? g_rank[j] : 1 << 30;
	if (ri != rj)
		return ri < rj ? -1 : 1;
	return i < j ? -1 : i > j;
}

static enum gw_status cell(const struct strata_cell *c, void *arg)
{
	struct ctx *x = arg;
	const struct dataset *ds = x->a->ds;
	value_counts_fill(&x->vc, ds, c->rows, c->n);
	for (size_t j = 0; j < ds->n_cards; j++) {
		struct stats_count_summary s;
		x->mean[j] = stats_count_summary(x->vc.counts + j * ds->n_scale, ds->n_scale,
						 ds->scale_min, &s) == GW_OK ? s.mean : NAN;
		x->order[j] = j;
	}
	stats_rank_desc(x->mean, ds->n_cards, x->rank);
	g_rank = x->rank;
	qsort(x->order, ds->n_cards, sizeof *x->order, cmp_rank);
	for (size_t o = 0; o < ds->n_cards; o++) {
		size_t j = x->order[o], r = table_add_row(x->t);
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
	size_t n_strat = strata_value_tables(strat, 0);
	const struct dataset *ds = a->ds;
	struct ctx x = {a, t, {0}, xcalloc(ds->n_cards, sizeof(double)),
			xcalloc(ds->n_cards, sizeof(int)), xcalloc(ds->n_cards, sizeof(size_t))};
	value_counts_init(&x.vc, ds);
	enum gw_status st = strata_each(ds, strat, n_strat, cell, &x);
	value_counts_free(&x.vc);
	free(x.mean);
	free(x.rank);
	free(x.order);
	return st;
}

const struct table_def table_value_summary = {
	"value_summary",
	"per card: n, mean, median, share in the top and bottom category (95% Wilson interval), rank by mean",
	cols, COUNT_OF(cols), spec, build,
	{.rule = {{.unit = PRIVACY_PEOPLE, .count = "n_people", .stratum_type = "stratum_type",
		   .stratum = "stratum", .universe = privacy_phase_perspective, .card_order = "card"}}}};
