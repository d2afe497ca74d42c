/* similarity_units.c - see similarity_units.h.  One bucketing pass per
 * phase x perspective x unit type; the groups of a traject are found from
 * their sorts (a group level is TRAJECT/GROUP, so it has one traject). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "goedwerk/privacy.h"
#include "goedwerk/stats/similarity.h"
#include "similarity_units.h"

struct buckets {
	size_t L;
	size_t *start, *rows, *people;
	int32_t *traject; /* per level: traject of its first sort */
};

static void bucket(const struct dataset *ds, int f, int32_t a, int32_t b, struct buckets *k,
		   uint32_t *seen)
{
	const struct ds_factor *fx = &ds->f[f];
	k->L = fx->n_levels;
	k->start = xcalloc(k->L + 2, sizeof *k->start);
	k->people = xcalloc(k->L + 1, sizeof *k->people);
	k->traject = xcalloc(k->L + 1, sizeof *k->traject);
	k->rows = xmalloc((ds->n_sorts + 1) * sizeof *k->rows);
	for (size_t i = 0; i < ds->n_sorts; i++)
		if (fx->code[i] >= 0 && ds->f[DS_PHASE].code[i] == a &&
		    ds->f[DS_PERSPECTIVE].code[i] == b)
			k->start[fx->code[i] + 2]++;
	for (size_t l = 0; l < k->L; l++)
		k->start[l + 2] += k->start[l + 1];
	for (size_t i = 0; i < ds->n_sorts; i++) {
		int32_t lv = fx->code[i];
		if (lv < 0 || ds->f[DS_PHASE].code[i] != a || ds->f[DS_PERSPECTIVE].code[i] != b)
			continue;
		size_t at = k->start[lv + 1]++;
		k->rows[at] = i;
		k->traject[lv] = ds->f[DS_TRAJECT].code[i];
		if (seen[ds->person[i]] != (uint32_t)lv + 1) { /* one level per person */
			seen[ds->person[i]] = (uint32_t)lv + 1;
			k->people[lv]++;
		}
	}
	/* start[l] .. start[l + 1] are level l's rows now */
}

static void buckets_free(struct buckets *k)
{
	free(k->start);
	free(k->rows);
	free(k->people);
	free(k->traject);
}

size_t sim_most_units(const struct sim_scope *s)
{
	return strcmp(s->unit_type, "group") == 0 ? SIM_MAX_GROUPS : SIM_MAX_ORGS;
}

void sim_profile(const struct dataset *ds, const size_t *rows, size_t n, double *mean, double *top)
{
	for (size_t j = 0; j < ds->n_cards; j++) {
		double sum = 0, placed = 0, tops = 0;
		for (size_t x = 0; x < n; x++) {
			int v = ds_cat(ds, rows[x], j);
			if (v == DS_MISSING)
				continue;
			sum += v;
			placed++;
			tops += v == ds->scale_max;
		}
		mean[j] = placed > 0 ? sum / placed : NAN;
		top[j] = placed > 0 ? tops / placed : NAN;
	}
}

double *sim_rho_matrix(const struct dataset *ds, const struct sim_scope *s)
{
	size_t m = s->m, nc = ds->n_cards;
	double *d = xcalloc(m * m + 1, sizeof *d), *work = xmalloc((2 * nc + 1) * sizeof *work);
	for (size_t x = 0; x < m; x++)
		for (size_t y = x + 1; y < m; y++) {
			double v = stats_spearman_distance(s->mean + x * nc, s->mean + y * nc, nc, work);
			d[x * m + y] = d[y * m + x] = isnan(v) ? 1 : v;
		}
	free(work);
	return d;
}

/* The scope of the levels l with pick(l) true, in level order. */
static enum gw_status visit(const struct analysis *a, struct sim_scope *s, const struct buckets *k,
			    const struct ds_factor *fx, int32_t traject,
			    enum gw_status (*fn)(const struct sim_scope *, void *), void *arg)
{
	size_t nc = a->ds->n_cards;
	s->m = s->left_out = 0;
	for (size_t l = 0; l < k->L; l++) {
		if (k->people[l] == 0 || (traject >= 0 && k->traject[l] != traject))
			continue;
		if (!privacy_enough(a->sel, k->people[l])) {
			s->left_out++;
			continue;
		}
		size_t u = s->m++;
		s->unit[u] = fx->levels[l];
		s->people[u] = k->people[l];
		s->rows[u] = k->rows + k->start[l];
		s->n_rows[u] = k->start[l + 1] - k->start[l];
		sim_profile(a->ds, s->rows[u], s->n_rows[u], s->mean + u * nc, s->top + u * nc);
	}
	return s->m ? fn(s, arg) : GW_OK;
}

static enum gw_status by_type(const struct analysis *a, struct sim_scope *s, int f, int32_t pa,
			      int32_t pb, uint32_t *seen,
			      enum gw_status (*fn)(const struct sim_scope *, void *), void *arg)
{
	const struct dataset *ds = a->ds;
	struct buckets k;
	for (size_t p = 0; p < ds->n_people; p++)
		seen[p] = 0;
	bucket(ds, f, pa, pb, &k, seen);
	s->unit_type = ds->f[f].name;
	enum gw_status st = GW_OK;
	if (f == DS_ORGANISATION) {
		s->scope = "all";
		st = visit(a, s, &k, &ds->f[f], -1, fn, arg);
	} else
		for (size_t t = 0; t < ds->f[DS_TRAJECT].n_levels && st == GW_OK; t++) {
			s->scope = ds->f[DS_TRAJECT].levels[t];
			st = visit(a, s, &k, &ds->f[f], (int32_t)t, fn, arg);
		}
	buckets_free(&k);
	return st;
}

enum gw_status sim_scopes_each(const struct analysis *a,
			       enum gw_status (*fn)(const struct sim_scope *s, void *arg), void *arg)
{
	const struct dataset *ds = a->ds;
	const struct ds_factor *ph = &ds->f[DS_PHASE], *pe = &ds->f[DS_PERSPECTIVE];
	size_t L = ds->f[DS_ORGANISATION].n_levels > ds->f[DS_GROUP].n_levels
		? ds->f[DS_ORGANISATION].n_levels : ds->f[DS_GROUP].n_levels;
	struct sim_scope s = {0};
	s.unit = xcalloc(L + 1, sizeof *s.unit);
	s.people = xcalloc(L + 1, sizeof *s.people);
	s.rows = xcalloc(L + 1, sizeof *s.rows);
	s.n_rows = xcalloc(L + 1, sizeof *s.n_rows);
	s.mean = xcalloc((L + 1) * ds->n_cards, sizeof *s.mean);
	s.top = xcalloc((L + 1) * ds->n_cards, sizeof *s.top);
	uint32_t *seen = xcalloc(ds->n_people + 1, sizeof *seen);
	static const int types[] = {DS_ORGANISATION, DS_GROUP};
	enum gw_status st = GW_OK;
	for (size_t pa = 0; pa < ph->n_levels && st == GW_OK; pa++)
		for (size_t pb = 0; pb < pe->n_levels && st == GW_OK; pb++) {
			s.phase = ph->levels[pa];
			s.perspective = pe->levels[pb];
			for (size_t t = 0; t < 2 && st == GW_OK; t++)
				st = by_type(a, &s, types[t], (int32_t)pa, (int32_t)pb, seen, fn, arg);
		}
	free(seen);
	free(s.unit);
	free(s.people);
	free(s.rows);
	free(s.n_rows);
	free(s.mean);
	free(s.top);
	return st;
}
