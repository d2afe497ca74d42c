/* tbl_distinctive.c - distinctive.csv: what is distinctive for one unit
 * (an organisation, org type, group or role) against all the other selected
 * sorts of the same phase x perspective ("the rest": every sort not of the
 * unit, also those whose level is unknown).  A group is compared within its
 * traject: its rest is the traject's other sorts, so that a directorate is
 * set against the other directorates of its own ministry (against all
 * others it would mostly show its organisation's profile again); a traject
 * of one group gives that group no rows.  Per unit x card: the difference
 * in mean pile with Welch's 95% interval, the difference in top-pile share
 * with Newcombe's hybrid score interval, Mann-Whitney U of the unit against
 * the rest with Cliff's delta (positive: the unit puts the card higher), BH
 * q within phase x perspective x unit type; rows of a unit run from the
 * largest absolute mean difference down (rank), and `direction` says
 * higher / lower where q < 0.05.
 *
 * Privacy: the unit is a stratum of the engine (unit_type, unit, counted in
 * people, nested like every stratum), and the rest a second count: the rest
 * is all minus the unit, so a row whose unit is hidden must hide the rest
 * too (it does: the row goes), and a rest of fewer than --min-cell people
 * is itself a small group (an organisation that is nearly the whole
 * selection).  A person has one level of each unit type (they are
 * attributes of the participant), so rest people = people - unit people.
 * Cost: one counting pass per phase x perspective x unit type, then O(piles)
 * per unit x card. */
#include <math.h>
#include <stdlib.h>
#include "goedwerk/alloc.h"
#include "adjust.h"
#include "contrast.h"
#include "group_counts.h"
#include "tables.h"

enum { C_PHASE, C_PERSP, C_TYPE, C_UNIT, C_CARD, C_LABEL, C_PEOPLE, C_REST_PEOPLE, C_N,
       C_N_REST, C_MEAN, C_MEAN_REST, C_DIFF, C_DIFF_LO, C_DIFF_HI, C_TOP, C_TOP_REST,
       C_TOP_DIFF, C_TOP_LO, C_TOP_HI, C_U, C_Z, C_P, C_EXACT, C_DELTA, C_Q, C_RANK, C_DIR };
_Static_assert(C_DELTA - C_N == CT_DELTA, "the contrast columns run from n to cliffs_delta");

static const struct column cols[] = {
	{"phase", 1},         {"perspective", 1},    {"unit_type", 1},     {"unit", 1},
	{"card", 1},          {"label_nl", 1},       {"n_people", 0},      {"n_people_rest", 0},
	{"n", 0},             {"n_rest", 0},         {"mean", 0},          {"mean_rest", 0},
	{"mean_diff", 0},     {"mean_diff_lo", 0},   {"mean_diff_hi", 0},  {"share_top", 0},
	{"share_top_rest", 0}, {"share_top_diff", 0}, {"share_top_diff_lo", 0},
	{"share_top_diff_hi", 0}, {"U", 0},           {"z", 0},             {"p_value", 0},
	{"exact", 0},         {"cliffs_delta", 0},   {"q_value", 0},       {"rank", 0},
	{"direction", 1}};

/* The unit types, as issue 13 names them: who a ministry benchmarks (all
 * ATTR_FACTOR attributes, so group_counts has room for their levels). */
static const int unit_types[] = {DS_ORGANISATION, DS_ORG_TYPE, DS_GROUP, DS_ROLE};

#define CLEAR_Q 0.05

/* Pile counts of every sort of one phase x perspective, per card, and its people. */
struct totals {
	double *c;      /* card x pile */
	size_t people;
	double *rest;   /* one card's rest: ns */
};

static void totals_fill(struct totals *T, const struct dataset *ds, int32_t a, int32_t b,
			unsigned char *seen)
{
	size_t nc = ds->n_cards, ns = ds->n_scale;
	for (size_t x = 0; x < nc * ns; x++)
		T->c[x] = 0;
	for (size_t p = 0; p < ds->n_people; p++)
		seen[p] = 0;
	T->people = 0;
	for (size_t i = 0; i < ds->n_sorts; i++) {
		if (ds->f[DS_PHASE].code[i] != a || ds->f[DS_PERSPECTIVE].code[i] != b)
			continue;
		if (!seen[ds->person[i]]) {
			seen[ds->person[i]] = 1;
			T->people++;
		}
		for (size_t j = 0; j < nc; j++) {
			int v = ds_cat(ds, i, j);
			if (v != DS_MISSING)
				T->c[j * ns + (size_t)(v - ds->scale_min)] += 1;
		}
	}
}

struct unit_ctx {
	const struct analysis *a;
	struct table *t;
	const struct group_counts *k;
	struct totals *T;
	const char *phase, *persp;
	const struct ds_factor *fx;
	const struct group_counts *within; /* groups: their trajecten's counts; else NULL */
	const int32_t *traject_of;        /* groups: group level -> traject level */
};

/* The sorts a unit stands against: card j's pile counts and the people. */
static const double *reference(const struct unit_ctx *u, size_t lv, size_t j, size_t *people)
{
	if (!u->within) {
		*people = u->T->people;
		return u->T->c + j * u->k->ns;
	}
	size_t t = (size_t)u->traject_of[lv];
	*people = u->within->people[t];
	return group_counts_of(u->within, t, j);
}

/* The rest's counts of card j into T->rest; the unit's are returned. */
static const double *sides(const struct unit_ctx *u, size_t lv, size_t j)
{
	size_t ns = u->k->ns, all;
	const double *cu = group_counts_of(u->k, lv, j), *ct = reference(u, lv, j, &all);
	for (size_t s = 0; s < ns; s++)
		u->T->rest[s] = ct[s] - cu[s];
	return cu;
}

/* The statistics of unit lv, card j, in row r. */
static void card_stats(const struct unit_ctx *u, size_t lv, size_t j, size_t r)
{
	const double *cu = sides(u, lv, j);
	contrast_set(u->t, r, C_N, cu, u->T->rest, u->k->ns, u->a->ds->scale_min);
}

/* |mean(unit) - mean(rest)| of card j; NaN when either placed nobody. */
static double abs_diff(const struct unit_ctx *u, size_t lv, size_t j)
{
	const double *cu = sides(u, lv, j);
	return contrast_size(cu, u->T->rest, u->k->ns);
}

/* The cards of unit lv, largest absolute mean difference first, empty
 * last, ties in card order (insertion sort: tens of cards). */
static void order_cards(const struct unit_ctx *u, size_t lv, int tested, size_t *order,
			double *size)
{
	size_t nc = u->a->ds->n_cards;
	for (size_t j = 0; j < nc; j++) {
		double x = tested ? abs_diff(u, lv, j) : NAN;
		size_t at = j;
		while (at > 0 && (isnan(size[at - 1]) ? !isnan(x) : x > size[at - 1])) {
			size[at] = size[at - 1];
			order[at] = order[at - 1];
			at--;
		}
		size[at] = x;
		order[at] = j;
	}
}

static void unit_rows(const struct unit_ctx *u, size_t lv, size_t *order, double *size)
{
	const struct dataset *ds = u->a->ds;
	size_t people = u->k->people[lv], all;
	reference(u, lv, 0, &all);
	size_t rest = all - people;
	int tested = privacy_enough(u->a->sel, people) && privacy_enough(u->a->sel, rest);
	order_cards(u, lv, tested, order, size);
	for (size_t x = 0; x < ds->n_cards; x++) {
		size_t j = order[x], r = table_add_row(u->t);
		table_set_text(u->t, r, C_PHASE, u->phase);
		table_set_text(u->t, r, C_PERSP, u->persp);
		table_set_text(u->t, r, C_TYPE, u->fx->name);
		table_set_text(u->t, r, C_UNIT, u->fx->levels[lv]);
		table_set_text(u->t, r, C_CARD, ds->card_id[j]);
		table_set_text(u->t, r, C_LABEL, ds->label_nl[j]);
		table_set_int(u->t, r, C_PEOPLE, (long long)people);
		table_set_int(u->t, r, C_REST_PEOPLE, (long long)rest);
		if (tested) /* else the engine suppresses the row: not in the BH family */
			card_stats(u, lv, j, r);
	}
}

/* Ranks and directions of the rows [first, last) of one unit, after BH. */
static void rank_unit(struct table *t, size_t first, size_t last)
{
	for (size_t r = first; r < last; r++) {
		double q = table_get_real(t, r, C_Q), delta = table_get_real(t, r, C_DELTA);
		table_set_int(t, r, C_RANK, (long long)(r - first + 1));
		table_set_text(t, r, C_DIR, q < CLEAR_Q ? (delta > 0 ? "higher" : "lower") : "neither");
	}
}

/* A group whose traject has no other sorts: nothing to set it against. */
static int alone(const struct unit_ctx *u, size_t lv)
{
	size_t all;
	reference(u, lv, 0, &all);
	return all == u->k->people[lv];
}

static void type_rows(struct unit_ctx *u)
{
	size_t first = u->t->nrows, nc = u->a->ds->n_cards;
	size_t *order = xmalloc((nc + 1) * sizeof *order);
	double *size = xmalloc((nc + 1) * sizeof *size);
	for (size_t lv = 0; lv < u->k->L; lv++)
		if (u->k->people[lv] > 0 && (!u->within || !alone(u, lv)))
			unit_rows(u, lv, order, size);
	free(order);
	free(size);
	adjust_bh_rows(u->t, first, u->t->nrows, C_P, C_Q);
	for (size_t r = first; r < u->t->nrows; r += nc)
		rank_unit(u->t, r, r + nc);
}

/* The traject of each group level (a level is TRAJECT/GROUP: one traject). */
static int32_t *traject_of_groups(const struct dataset *ds)
{
	int32_t *v = xcalloc(ds->f[DS_GROUP].n_levels + 1, sizeof *v);
	for (size_t i = 0; i < ds->n_sorts; i++)
		if (ds->f[DS_GROUP].code[i] >= 0)
			v[ds->f[DS_GROUP].code[i]] = ds->f[DS_TRAJECT].code[i];
	return v;
}

static enum gw_status build(const struct analysis *a, struct table *t)
{
	const struct dataset *ds = a->ds;
	const struct ds_factor *ph = &ds->f[DS_PHASE], *pe = &ds->f[DS_PERSPECTIVE];
	struct group_counts k;
	group_counts_init(&k, ds);
	struct totals T = {xcalloc(ds->n_cards * ds->n_scale + 1, sizeof *T.c), 0,
			   xcalloc(ds->n_scale + 1, sizeof *T.rest)};
	unsigned char *seen = xcalloc(ds->n_people + 1, 1);
	struct group_counts tr;
	group_counts_init_factor(&tr, ds, DS_TRAJECT);
	int32_t *traject_of = traject_of_groups(ds);
	for (size_t pa = 0; pa < ph->n_levels; pa++)
		for (size_t pb = 0; pb < pe->n_levels; pb++) {
			totals_fill(&T, ds, (int32_t)pa, (int32_t)pb, seen);
			group_counts_fill(&tr, ds, DS_TRAJECT, (int32_t)pa, (int32_t)pb);
			for (size_t f = 0; f < COUNT_OF(unit_types); f++) {
				int g = unit_types[f] == DS_GROUP;
				struct unit_ctx u = {a, t, &k, &T, ph->levels[pa], pe->levels[pb],
						     &ds->f[unit_types[f]], g ? &tr : NULL,
						     g ? traject_of : NULL};
				group_counts_fill(&k, ds, unit_types[f], (int32_t)pa, (int32_t)pb);
				type_rows(&u);
			}
		}
	free(traject_of);
	group_counts_free(&tr);
	free(seen);
	free(T.c);
	free(T.rest);
	group_counts_free(&k);
	return GW_OK;
}

static const char *const universe[] = {"phase", "perspective", NULL};

const struct table_def table_distinctive = {
	"distinctive",
	"unit (organisation, org type, group, role) x card against all other sorts (a group: the other sorts of its traject): mean and top-share differences with 95% intervals, Mann-Whitney, Cliff's delta, BH q per unit type; by size within the unit",
	cols, COUNT_OF(cols), NULL, build,
	{.rule = {{.unit = PRIVACY_PEOPLE, .count = "n_people", .stratum_type = "unit_type",
		   .stratum = "unit", .universe = universe, .card_order = "card"},
		  {.unit = PRIVACY_PEOPLE, .count = "n_people_rest",
		   .small_why = "the other sorts are fewer than --min-cell people: the unit is nearly the whole selection (a group: its traject)"}}}};
