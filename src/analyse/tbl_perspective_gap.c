/* tbl_perspective_gap.c - perspective_gap.csv: per card, how a person places
 * it as a civil servant against as a person.  Pairs: each person's first
 * individual professional sort with their first individual personal sort.
 * Wilcoxon signed-rank of professional - personal (zeros dropped, as R),
 * matched-pairs rank-biserial, Benjamini-Hochberg q across cards.  A card
 * with fewer than --min-cell pairs is suppressed by the privacy engine and
 * left out of the BH family. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/stats/differences.h"
#include "goedwerk/stats/multiple.h"
#include "goedwerk/alloc.h"
#include "tables.h"

enum { C_CARD, C_LABEL, C_N, C_MPRO, C_MPER, C_MDIFF, C_STAT, C_P, C_Q, C_EFFECT, C_MEASURE, C_METHOD };

static const struct column cols[] = {
	{"card", 1}, {"label_nl", 1}, {"n", 0}, {"mean_professional", 0}, {"mean_personal", 0},
	{"mean_difference", 0}, {"statistic", 0}, {"p_value", 0}, {"q_value", 0},
	{"effect_size", 0}, {"effect_measure", 0}, {"p_method", 0}};

static const char *const spec[] = {"card", "n", "mean_professional", "mean_personal", "statistic",
				   "p_value", "q_value", "effect_size", NULL};

static int32_t level(const struct ds_factor *f, const char *name)
{
	for (size_t i = 0; i < f->n_levels; i++)
		if (strcmp(f->levels[i], name) == 0)
			return (int32_t)i;
	return -1;
}

/* first[p * 2 + k]: person p's first individual sort of perspective k
 * (0 professional, 1 personal), or -1. */
static long *pairs(const struct dataset *ds)
{
	int32_t ind = level(&ds->f[DS_PHASE], "individual");
	int32_t per[2] = {level(&ds->f[DS_PERSPECTIVE], "professional"),
			  level(&ds->f[DS_PERSPECTIVE], "personal")};
	long *first = xmalloc((ds->n_people ? ds->n_people : 1) * 2 * sizeof *first);
	for (size_t p = 0; p < 2 * ds->n_people; p++)
		first[p] = -1;
	for (size_t i = 0; i < ds->n_sorts; i++)
		for (int k = 0; k < 2; k++)
			if (ds->f[DS_PHASE].code[i] == ind && per[k] >= 0 &&
			    ds->f[DS_PERSPECTIVE].code[i] == per[k] && first[ds->person[i] * 2 + k] < 0)
				first[ds->person[i] * 2 + k] = (long)i;
	return first;
}

static void card_row(const struct analysis *a, struct table *t, const long *first, size_t j,
		     double *d, double *pval)
{
	const struct dataset *ds = a->ds;
	size_t r = table_add_row(t), n = 0;
	double spro = 0, sper = 0;
	table_set_text(t, r, C_CARD, ds->card_id[j]);
	table_set_text(t, r, C_LABEL, ds->label_nl[j]);
	for (size_t p = 0; p < ds->n_people; p++) {
		if (first[2 * p] < 0 || first[2 * p + 1] < 0)
			continue;
		int x = ds_cat(ds, (size_t)first[2 * p], j), y = ds_cat(ds, (size_t)first[2 * p + 1], j);
		if (x == DS_MISSING || y == DS_MISSING)
			continue;
		d[n++] = x - y;
		spro += x;
		sper += y;
	}
	*pval = NAN;
	table_set_int(t, r, C_N, (long long)n);
	if (!privacy_enough(a->sel, n))
		return; /* the engine suppresses it: not in the BH family */
	table_set_real(t, r, C_MPRO, spro / (double)n);
	table_set_real(t, r, C_MPER, sper / (double)n);
	table_set_real(t, r, C_MDIFF, (spro - sper) / (double)n);
	table_set_text(t, r, C_MEASURE, "rank-biserial");
	struct stats_wilcoxon w;
	if (stats_wilcoxon_signed_rank(d, n, &w) != GW_OK) {
		table_set_undefined(t, r, C_STAT, "no difference between the perspectives");
		return;
	}
	table_set_real(t, r, C_STAT, w.v_plus);
	table_set_real(t, r, C_P, w.p_value);
	table_set_real(t, r, C_EFFECT, w.rank_biserial);
	table_set_text(t, r, C_METHOD, w.exact ? "exact" : "normal, continuity");
	*pval = w.p_value;
}

static enum gw_status build(const struct analysis *a, struct table *t)
{
	const struct dataset *ds = a->ds;
	long *first = pairs(ds);
	double *d = xmalloc((ds->n_people ? ds->n_people : 1) * sizeof *d);
	double *p = xmalloc((ds->n_cards ? ds->n_cards : 1) * sizeof *p);
	double *q = xmalloc((ds->n_cards ? ds->n_cards : 1) * sizeof *q);
	size_t r0 = t->nrows;
	for (size_t j = 0; j < ds->n_cards; j++)
		card_row(a, t, first, j, d, &p[j]);
	stats_bh_adjust(p, ds->n_cards, q);
	for (size_t j = 0; j < ds->n_cards; j++)
		if (!isnan(q[j]))
			table_set_real(t, r0 + j, C_Q, q[j]);
	free(first);
	free(d);
	free(p);
	free(q);
	return GW_OK;
}

const struct table_def table_perspective_gap = {
	"perspective_gap",
	"card: the same person as civil servant and as a person: Wilcoxon signed-rank, rank-biserial, BH q",
	cols, COUNT_OF(cols), spec, build,
	{.rule = {{.unit = PRIVACY_PEOPLE, .count = "n", .small_why = "fewer pairs than --min-cell"}}}};
