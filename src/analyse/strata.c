/* strata.c - walk the phase x perspective x stratum cells of a dataset.
 * Linear in the number of sorts per stratifier: rows are bucketed by level
 * with one counting pass, never by scanning the sorts once per level. */
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "goedwerk/attribute.h"
#include "strata.h"

size_t strata_value_tables(int out[STRATA_MAX], unsigned without)
{
	int attr[ATTR_MAX];
	size_t n = 0, na = attribute_factors(ATTR_STRATUM, attr);
	out[n++] = STRATUM_ALL;
	out[n++] = DS_TRAJECT;
	for (size_t k = 0; k < na; k++)
		if (!(attribute_of_factor(attr[k])->flags & without))
			out[n++] = attr[k];
	out[n++] = DS_YEAR;
	return n;
}

size_t strata_of_people(int out[ATTR_MAX])
{
	return attribute_factors(ATTR_STRATUM, out);
}

struct walk {
	const struct dataset *ds;
	size_t *rows, *bucket, *start;
	uint32_t *seen;   /* per person: stamp of the last cell that counted them */
	uint32_t stamp;
	enum gw_status (*fn)(const struct strata_cell *, void *);
	void *arg;
};

static size_t count_people(struct walk *w, const size_t *rows, size_t n)
{
	size_t people = 0;
	w->stamp++;
	for (size_t i = 0; i < n; i++) {
		int32_t p = w->ds->person[rows[i]];
		if (w->seen[p] != w->stamp) {
			w->seen[p] = w->stamp;
			people++;
		}
	}
	return people;
}

static enum gw_status emit(struct walk *w, struct strata_cell *c, const size_t *rows, size_t n)
{
	if (n == 0)
		return GW_OK;
	c->rows = rows;
	c->n = n;
	c->n_people = count_people(w, rows, n);
	return w->fn(c, w->arg);
}

/* Visit the levels of stratifier s over rows[0..n). */
static enum gw_status by_stratifier(struct walk *w, struct strata_cell *c, int s,
				    const size_t *rows, size_t n)
{
	if (s == STRATUM_ALL) {
		c->stratum_type = "all";
		c->stratum = "all";
		return emit(w, c, rows, n);
	}
	const struct ds_factor *f = &w->ds->f[s];
	size_t L = f->n_levels;
	memset(w->start, 0, (L + 1) * sizeof *w->start);
	for (size_t i = 0; i < n; i++) {
		int32_t code = f->code[rows[i]];
		if (code >= 0)
			w->start[code + 1]++;
	}
	for (size_t l = 0; l < L; l++)
		w->start[l + 1] += w->start[l];
	for (size_t i = 0; i < n; i++) {
		int32_t code = f->code[rows[i]];
		if (code >= 0)
			w->bucket[w->start[code]++] = rows[i];
	}
	/* start[l] now points past level l: walk back to the beginnings. */
	c->stratum_type = f->name;
	size_t begin = 0;
	for (size_t l = 0; l < L; l++) {
		size_t end = w->start[l];
		c->stratum = f->levels[l];
		enum gw_status st = emit(w, c, w->bucket + begin, end - begin);
		if (st != GW_OK)
			return st;
		begin = end;
	}
	return GW_OK;
}

static size_t max_levels(const struct dataset *ds, const int *strat, size_t ns)
{
	size_t m = 1;
	for (size_t k = 0; k < ns; k++)
		if (strat[k] != STRATUM_ALL && ds->f[strat[k]].n_levels > m)
			m = ds->f[strat[k]].n_levels;
	return m;
}

enum gw_status strata_each(const struct dataset *ds, const int *stratifiers, size_t n_stratifiers,
			   enum gw_status (*fn)(const struct strata_cell *c, void *arg), void *arg)
{
	struct walk w = {ds, NULL, NULL, NULL, NULL, 0, fn, arg};
	size_t n = ds->n_sorts;
	w.rows = xmalloc((n ? n : 1) * sizeof *w.rows);
	w.bucket = xmalloc((n ? n : 1) * sizeof *w.bucket);
	w.start = xcalloc(max_levels(ds, stratifiers, n_stratifiers) + 1, sizeof *w.start);
	w.seen = xcalloc(ds->n_people ? ds->n_people : 1, sizeof *w.seen);
	const struct ds_factor *ph = &ds->f[DS_PHASE], *pe = &ds->f[DS_PERSPECTIVE];
	enum gw_status st = GW_OK;
	for (size_t a = 0; a < ph->n_levels && st == GW_OK; a++)
		for (size_t b = 0; b < pe->n_levels && st == GW_OK; b++) {
			size_t m = 0;
			for (size_t i = 0; i < n; i++)
				if (ph->code[i] == (int32_t)a && pe->code[i] == (int32_t)b)
					w.rows[m++] = i;
			struct strata_cell c = {ph->levels[a], pe->levels[b], NULL, NULL, NULL, 0, 0};
			for (size_t k = 0; k < n_stratifiers && st == GW_OK; k++)
				st = by_stratifier(&w, &c, stratifiers[k], w.rows, m);
		}
	free(w.rows);
	free(w.bucket);
	free(w.start);
	free(w.seen);
	return st;
}
