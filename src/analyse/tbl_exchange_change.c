/* tbl_exchange_change.c - exchange_change.csv: how far a person's sort
 * moves between the individual phase and after the group exchange.
 *
 * Pairs: per person x perspective x session, the first individual sort and
 * the first exchange sort (store order); a person with several sessions
 * gives several pairs (n counts pairs, n_people people).  Distances are
 * over the cards placed in both sorts (stats/distance.h): Fagin's K^(1/2)
 * (also divided by n(n-1)/2), the footrule on mid-ranks, and whether the
 * set of cards in the top category changed.  Rows: perspective x stratum
 * (all, age_band, role, organisation; a pair's stratum is that of its
 * individual sort).  Suppression: primary below --min-cell people;
 * secondary within perspective x stratifier as suppress.h. */
#include <stdlib.h>
#include <string.h>
#include "goedwerk/stats/distance.h"
#include "goedwerk/stats/proportion.h"
#include "goedwerk/util.h"
#include "strata.h"
#include "tables.h"

enum { C_PERSP, C_STYPE, C_STRATUM, C_N, C_N_PEOPLE, C_FOOT, C_KEND, C_KEND_NORM, C_TOP,
       C_TOP_LO, C_TOP_HI, C_TOP_KEPT };

static const struct column cols[] = {
	{"perspective", 1}, {"stratum_type", 1}, {"stratum", 1}, {"n", 0}, {"n_people", 0},
	{"mean_footrule", 0}, {"mean_kendall_distance", 0}, {"mean_kendall_distance_norm", 0},
	{"share_changed_top", 0}, {"share_changed_top_lo", 0}, {"share_changed_top_hi", 0},
	{"mean_top_kept", 0}};

static const char *const spec[] = {"stratum_type", "stratum", "n", "mean_footrule",
				   "mean_kendall_distance", "share_changed_top", NULL};

static const int strat[] = {STRATUM_ALL, DS_AGE_BAND, DS_ROLE, DS_ORGANISATION};

struct pair {
	size_t ind, exch;
	int32_t person, persp;
	double foot, kend, kend_norm, kept;
	int changed;
};

struct acc {
	size_t n, people;
	int32_t last_person;
	double foot, kend, kend_norm, kept, changed;
};

static const struct dataset *g_ds;
static int g_ind;

/* person, perspective, session, individual before exchange, store order */
static int cmp_sort(const void *pa, const void *pb)
{
	size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
	const struct dataset *ds = g_ds;
	int32_t ka[4] = {ds->person[a], ds->f[DS_PERSPECTIVE].code[a], ds->f[DS_SESSION].code[a],
			 ds->f[DS_PHASE].code[a] != g_ind};
	int32_t kb[4] = {ds->person[b], ds->f[DS_PERSPECTIVE].code[b], ds->f[DS_SESSION].code[b],
			 ds->f[DS_PHASE].code[b] != g_ind};
	for (int k = 0; k < 4; k++)
		if (ka[k] != kb[k])
			return ka[k] < kb[k] ? -1 : 1;
	return a < b ? -1 : a > b;
}

static int32_t level_of(const struct ds_factor *f, const char *name)
{
	for (size_t l = 0; l < f->n_levels; l++)
		if (strcmp(f->levels[l], name) == 0)
			return (int32_t)l;
	return -2; /* never matches a code (-1 is unknown) */
}

/* The pairs, with their distances; returns how many. */
static size_t make_pairs(const struct dataset *ds, struct pair **out)
{
	const struct ds_factor *ph = &ds->f[DS_PHASE];
	int32_t ind = level_of(ph, "individual"), exch = level_of(ph, "exchange");
	size_t *idx = xmalloc((ds->n_sorts ? ds->n_sorts : 1) * sizeof *idx), m = 0, np = 0;
	for (size_t i = 0; i < ds->n_sorts; i++)
		if (ph->code[i] == ind || ph->code[i] == exch)
			idx[m++] = i;
	g_ds = ds;
	g_ind = ind;
	qsort(idx, m, sizeof *idx, cmp_sort);
	struct pair *p = xmalloc((m ? m : 1) * sizeof *p);
	for (size_t a = 0; a < m;) {
		size_t b = a + 1, i0 = idx[a];
		const int32_t *pc = ds->f[DS_PERSPECTIVE].code, *sc = ds->f[DS_SESSION].code;
		while (b < m && ds->person[idx[b]] == ds->person[i0] && pc[idx[b]] == pc[i0] &&
		       sc[idx[b]] == sc[i0])
			b++;
		size_t e = a;
		while (e < b && ph->code[idx[e]] == ind)
			e++;
		if (ph->code[i0] == ind && e < b) {
			struct stats_sort_distance d;
			const int8_t *x = ds->cats + i0 * ds->n_cards, *y = ds->cats + idx[e] * ds->n_cards;
			if (stats_sort_distance(x, y, ds->n_cards, DS_MISSING, ds->scale_max, &d) == GW_OK)
				p[np++] = (struct pair){i0, idx[e], ds->person[i0], pc[i0], d.footrule,
							d.kendall, d.kendall_norm, (double)d.top_kept,
							d.top_changed};
		}
		a = b;
	}
	free(idx);
	*out = p;
	return np;
}

static void fill_row(struct table *t, size_t r, const struct acc *s)
{
	double n = (double)s->n, lo, hi;
	table_set_int(t, r, C_N, (long long)s->n);
	table_set_int(t, r, C_N_PEOPLE, (long long)s->people);
	table_set_real(t, r, C_FOOT, s->foot / n);
	table_set_real(t, r, C_KEND, s->kend / n);
	table_set_real(t, r, C_KEND_NORM, s->kend_norm / n);
	table_set_real(t, r, C_TOP, s->changed / n);
	if (stats_wilson(s->changed, n, 0.95, 0, &lo, &hi) == GW_OK) {
		table_set_real(t, r, C_TOP_LO, lo);
		table_set_real(t, r, C_TOP_HI, hi);
	}
	table_set_real(t, r, C_TOP_KEPT, s->kept / n);
}

/* Rows of one perspective x stratifier; accumulators per level (level L
 * is "all"). */
static void emit_group(const struct analysis *a, struct table *t, const char *persp, int s,
		       const struct acc *acc, size_t L)
{
	const struct dataset *ds = a->ds;
	size_t first = t->nrows, n_small = 0;
	for (size_t l = 0; l < L; l++) {
		if (acc[l].n == 0)
			continue;
		size_t r = table_add_row(t);
		table_set_text(t, r, C_PERSP, persp);
		table_set_text(t, r, C_STYPE, s == STRATUM_ALL ? "all" : ds->f[s].name);
		table_set_text(t, r, C_STRATUM, s == STRATUM_ALL ? "all" : ds->f[s].levels[l]);
		if (acc[l].people < (size_t)a->sel->min_cell) {
			table_suppress_row(t, r, "fewer than min-cell people");
			n_small++;
		} else {
			fill_row(t, r, &acc[l]);
		}
	}
	if (s == STRATUM_ALL || n_small != 1)
		return;
	/* one suppressed level = total minus the others: hide the next smallest */
	size_t best = (size_t)-1;
	long long best_n = 0;
	for (size_t r = first; r < t->nrows; r++) {
		if (table_is_suppressed(t, r))
			continue;
		long long n = table_cell(t, r, C_N_PEOPLE)->v.i;
		if (best == (size_t)-1 || n < best_n) {
			best = r;
			best_n = n;
		}
	}
	if (best != (size_t)-1)
		table_suppress_row(t, best, "secondary suppression");
}

static enum gw_status build(const struct analysis *a, struct table *t)
{
	const struct dataset *ds = a->ds;
	struct pair *p;
	size_t np = make_pairs(ds, &p), maxl = 1;
	for (size_t k = 0; k < COUNT_OF(strat); k++)
		if (strat[k] != STRATUM_ALL && ds->f[strat[k]].n_levels > maxl)
			maxl = ds->f[strat[k]].n_levels;
	struct acc *acc = xmalloc(maxl * sizeof *acc);
	const struct ds_factor *pe = &ds->f[DS_PERSPECTIVE];
	for (size_t v = 0; v < pe->n_levels; v++)
		for (size_t k = 0; k < COUNT_OF(strat); k++) {
			int s = strat[k];
			size_t L = s == STRATUM_ALL ? 1 : ds->f[s].n_levels;
			for (size_t l = 0; l < L; l++)
				acc[l] = (struct acc){0, 0, -1, 0, 0, 0, 0, 0};
			for (size_t i = 0; i < np; i++) { /* pairs are in person order */
				if (p[i].persp != (int32_t)v)
					continue;
				int32_t l = s == STRATUM_ALL ? 0 : ds->f[s].code[p[i].ind];
				if (l < 0)
					continue;
				struct acc *c = &acc[l];
				c->n++;
				c->people += c->last_person != p[i].person;
				c->last_person = p[i].person;
				c->foot += p[i].foot;
				c->kend += p[i].kend;
				c->kend_norm += p[i].kend_norm;
				c->kept += p[i].kept;
				c->changed += p[i].changed;
			}
			emit_group(a, t, pe->levels[v], s, acc, L);
		}
	free(acc);
	free(p);
	return GW_OK;
}

const struct table_def table_exchange_change = {
	"exchange_change",
	"how far sorts move from individual to after the exchange: footrule, Kendall distance "
	"K^(1/2), share whose top category changed, per perspective x stratum",
	cols, COUNT_OF(cols), spec, build};
