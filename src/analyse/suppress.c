/* suppress.c - plan primary and secondary min-cell suppression. */
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "suppress.h"

struct visit {
	size_t *people, *sorts;
	const char **phase, **persp, **type; /* group key of each cell */
	size_t n, cap;
};

static enum gw_status record(const struct strata_cell *c, void *arg)
{
	struct visit *v = arg;
	if (v->n == v->cap) {
		v->cap = v->cap ? 2 * v->cap : 256;
		v->people = xrealloc(v->people, v->cap * sizeof *v->people);
		v->sorts = xrealloc(v->sorts, v->cap * sizeof *v->sorts);
		v->phase = xrealloc(v->phase, v->cap * sizeof *v->phase);
		v->persp = xrealloc(v->persp, v->cap * sizeof *v->persp);
		v->type = xrealloc(v->type, v->cap * sizeof *v->type);
	}
	v->people[v->n] = c->n_people;
	v->sorts[v->n] = c->n;
	v->phase[v->n] = c->phase; /* level strings live as long as the dataset */
	v->persp[v->n] = c->perspective;
	v->type[v->n] = c->stratum_type;
	v->n++;
	return GW_OK;
}

static int same_group(const struct visit *v, size_t a, size_t b)
{
	return v->phase[a] == v->phase[b] && v->persp[a] == v->persp[b] &&
	       strcmp(v->type[a], v->type[b]) == 0;
}

/* Sorts of one phase x perspective: the total the levels add up to. */
static size_t total_sorts(const struct dataset *ds, const char *phase, const char *persp)
{
	size_t n = 0;
	const struct ds_factor *ph = &ds->f[DS_PHASE], *pe = &ds->f[DS_PERSPECTIVE];
	for (size_t i = 0; i < ds->n_sorts; i++)
		n += ph->levels[ph->code[i]] == phase && pe->levels[pe->code[i]] == persp;
	return n;
}

/* Cells of one group are consecutive in the walk: [begin, end).  Sorts of an
 * unknown level (no age band, say) are a hidden cell the total reveals: when
 * they are fewer than min_cell they count as one suppressed cell. */
static void secondary(const struct dataset *ds, const struct visit *v, unsigned char *why,
		      size_t begin, size_t end, int min_cell)
{
	size_t small = 0, pick = (size_t)-1, known = 0;
	for (size_t i = begin; i < end; i++) {
		small += why[i] != SUPPRESS_NONE;
		known += v->sorts[i];
	}
	size_t unknown = total_sorts(ds, v->phase[begin], v->persp[begin]) - known;
	small += unknown > 0 && unknown < (size_t)min_cell;
	if (small != 1)
		return;
	for (size_t i = begin; i < end; i++)
		if (why[i] == SUPPRESS_NONE && (pick == (size_t)-1 || v->people[i] < v->people[pick]))
			pick = i;
	if (pick != (size_t)-1)
		why[pick] = SUPPRESS_SECONDARY;
}

enum gw_status suppress_plan(const struct dataset *ds, const int *stratifiers, size_t n_strat,
			     int min_cell, struct suppress_plan *plan)
{
	struct visit v = {0};
	memset(plan, 0, sizeof *plan);
	enum gw_status st = strata_each(ds, stratifiers, n_strat, record, &v);
	plan->n = v.n;
	plan->min_cell = min_cell;
	plan->why = xcalloc(v.n ? v.n : 1, 1);
	for (size_t i = 0; i < v.n; i++)
		plan->why[i] = v.people[i] < (size_t)min_cell ? SUPPRESS_SMALL : SUPPRESS_NONE;
	for (size_t b = 0, e; b < v.n; b = e) {
		for (e = b + 1; e < v.n && same_group(&v, b, e); e++)
			;
		if (strcmp(v.type[b], "all") != 0)
			secondary(ds, &v, plan->why, b, e, min_cell);
	}
	free(v.people);
	free(v.sorts);
	free(v.phase);
	free(v.persp);
	free(v.type);
	return st;
}

enum suppress_why suppress_next(struct suppress_plan *plan, const char **reason)
{
	if (plan->next >= plan->n)
		abort(); /* the walks differ: a programming error */
	enum suppress_why w = plan->why[plan->next++];
	*reason = w == SUPPRESS_SMALL ? "fewer people than --min-cell"
		: w == SUPPRESS_SECONDARY ? "suppressed so that a small group cannot be worked out"
		: NULL;
	return w;
}

void suppress_plan_free(struct suppress_plan *plan)
{
	free(plan->why);
	memset(plan, 0, sizeof *plan);
}
