/* benchmark.c - see benchmark.h.  The reference is the store minus the
 * unit, loaded as a second dataset with the selection's other options:
 * the selection says who is benchmarked, not what the reference is.  The
 * rest is a second count of the engine (analyse_compare's rule on
 * n_people_b): a store that holds little besides the unit shows nothing. */
#include <stdlib.h>
#include "goedwerk/alloc.h"
#include "goedwerk/load.h"
#include "benchmark.h"

/* The one unit of the selection, or 0. */
static int unit_of(const struct selection *s, struct compare_side *u)
{
	if (s->n_org_types)
		return 0;
	if (s->n_organisations == 1 && s->n_trajecten == 0)
		*u = (struct compare_side){DS_ORGANISATION, s->organisations[0]};
	else if (s->n_trajecten == 1 && s->n_organisations == 0)
		*u = (struct compare_side){DS_TRAJECT, s->trajecten[0]};
	else
		return 0;
	return 1;
}

static void add(struct table_set *ts, struct table *t)
{
	ts->v = xrealloc(ts->v, (ts->n + 1) * sizeof *ts->v);
	ts->v[ts->n++] = t;
}

enum gw_status benchmark_add(struct pipeline *p)
{
	struct compare_side side[2] = {{0, NULL}, {0, NULL}};
	if (!unit_of(&p->a->sel, &side[0]))
		return GW_OK;
	side[1].factor = side[0].factor;
	struct selection all = p->a->sel;
	all.n_organisations = all.n_trajecten = 0;
	all.card_set = p->ds.card_set; /* the selection's cards, also when another set has more */
	struct dataset ds;
	enum gw_status st = dataset_load(&p->store, &all, &ds, stderr);
	if (st != GW_OK)
		return st;
	struct analysis an = {.ds = &ds, .sel = &all, .err = stderr};
	struct table *t = NULL;
	st = analyse_compare(&an, side, "benchmark", &t);
	if (st == GW_OK)
		add(&p->tables, t);
	dataset_free(&ds);
	return st;
}
