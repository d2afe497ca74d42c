/* privacy_nest.c - which stratum lies wholly inside another, and which
 * strata share units, per universe, from the dataset's units (sorts,
 * dilemma cases or tables); see privacy_internal.h. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "dilemmas.h"
#include "privacy_internal.h"

int privacy_factor_of(const struct dataset *ds, const char *type)
{
	for (int f = 0; ds && type && f < DS_N_FACTORS; f++)
		if (ds->f[f].name && strcmp(ds->f[f].name, type) == 0)
			return f;
	return -1;
}

static size_t n_units(const struct plan *p)
{
	return p->r->unit == PRIVACY_CASES ? p->ds->n_dilemmas :
	       p->r->unit == PRIVACY_TABLES ? p->ds->n_tops : p->ds->n_sorts;
}

/* A table sits in one traject and one group; the strata above (organisation,
 * type, year) are those of a member.  A table without members is unknown
 * below its traject (LEVEL_MIXED: it never makes a parent look whole). */
void privacy_top_sorts(struct plan *p)
{
	const struct dataset *ds = p->ds;
	size_t nl = ds->f[DS_TABLE].n_levels;
	size_t *first = xmalloc((nl + 1) * sizeof *first);
	for (size_t l = 0; l <= nl; l++)
		first[l] = NO_CELL;
	for (size_t i = ds->n_sorts; i-- > 0;) {
		int32_t l = ds->f[DS_TABLE].code ? ds->f[DS_TABLE].code[i] : -1;
		if (l >= 0 && (size_t)l < nl)
			first[l] = i;
	}
	p->top_sort = xmalloc((ds->n_tops + 1) * sizeof *p->top_sort);
	for (size_t k = 0; k < ds->n_tops; k++) {
		int32_t l = ds->tops[k].table;
		p->top_sort[k] = l >= 0 && (size_t)l < nl ? first[l] : NO_CELL;
	}
	free(first);
}

static int32_t top_level(const struct plan *p, int f, size_t k)
{
	const struct ds_table_top *tp = &p->ds->tops[k];
	if (f == DS_TRAJECT)
		return tp->traject;
	if (f == DS_TABLE)
		return tp->table;
	size_t s = p->top_sort[k];
	return s == NO_CELL || !p->ds->f[f].code ? -1 : p->ds->f[f].code[s];
}

static int32_t level_of(const struct plan *p, int f, size_t i)
{
	if (p->r->unit == PRIVACY_CASES)
		return dil_level(&p->ds->dilemmas[i], f);
	if (p->r->unit == PRIVACY_TABLES)
		return top_level(p, f, i);
	return p->ds->f[f].code ? p->ds->f[f].code[i] : -1;
}

/* The units of universe u: those whose levels match its key columns that are
 * dataset factors (phase, perspective); other key columns (a factor number,
 * a tag) do not restrict the units. */
static size_t universe_units(const struct plan *p, size_t u, size_t **out)
{
	size_t n = 0, *v = xmalloc((n_units(p) + 1) * sizeof *v);
	int fk[8];
	int32_t code[8];
	size_t nk = 0;
	for (size_t k = 0; k < p->n_u && nk < 8 && p->r->unit == PRIVACY_PEOPLE; k++) {
		int f = privacy_factor_of(p->ds, p->r->universe[k]);
		if (f < 0)
			continue;
		fk[nk] = f;
		code[nk++] = ds_level_code(&p->ds->f[f], p->universe_vals[u * p->n_u + k]);
	}
	for (size_t i = 0; i < n_units(p); i++) {
		size_t k = 0;
		while (k < nk && level_of(p, fk[k], i) == code[k])
			k++;
		if (k == nk)
			v[n++] = i;
	}
	*out = v;
	return n;
}

/* A set of (level of b, level of a) pairs met in some unit. */
struct pairset {
	uint64_t *v;
	size_t cap, n;
};

static uint64_t pair_key(int32_t lb, int32_t la)
{
	return ((uint64_t)(uint32_t)lb << 32 | (uint32_t)la) + 1; /* 0: empty slot */
}

static void pairset_add(struct pairset *s, uint64_t k)
{
	if (2 * (s->n + 1) > s->cap) {
		struct pairset old = *s;
		s->cap = old.cap ? 2 * old.cap : 64;
		s->v = xcalloc(s->cap, sizeof *s->v);
		s->n = 0;
		for (size_t i = 0; i < old.cap; i++)
			if (old.v[i])
				pairset_add(s, old.v[i]);
		free(old.v);
	}
	/* Fibonacci hashing takes the product's high bits: its low bits depend
	 * on the key's low bits only (the level of a), which clustered a
	 * universe of thousands of groups in few organisations into long runs. */
	size_t i = (size_t)((k * 11400714819323198485ull) >> 32) & (s->cap - 1);
	while (s->v[i] && s->v[i] != k)
		i = (i + 1) & (s->cap - 1);
	if (!s->v[i]) {
		s->v[i] = k;
		s->n++;
	}
}

/* How the levels of two stratifiers meet in one universe: inside[lb] is the
 * level of fa holding every unit of level lb of fb (LEVEL_MIXED when they
 * spread or one is unknown); met[off[lb] .. off[lb + 1]) are the levels of
 * fa that share a unit with lb. */

static void relate(const struct plan *p, const size_t *units, size_t n, int fa, int fb,
		   struct relation *r)
{
	size_t L = p->ds->f[fb].n_levels;
	struct pairset met = {0};
	r->inside = xmalloc((L ? L : 1) * sizeof *r->inside);
	r->off = xcalloc(L + 2, sizeof *r->off);
	for (size_t l = 0; l < L; l++)
		r->inside[l] = DS_NO_LEVEL;
	for (size_t k = 0; k < n; k++) {
		int32_t b = level_of(p, fb, units[k]), a = level_of(p, fa, units[k]);
		if (b < 0 || (size_t)b >= L)
			continue;
		if (a >= 0)
			pairset_add(&met, pair_key(b, a));
		if (r->inside[b] != LEVEL_MIXED)
			r->inside[b] = a < 0 || (r->inside[b] != DS_NO_LEVEL && r->inside[b] != a)
				       ? LEVEL_MIXED : a;
	}
	for (size_t i = 0; i < met.cap; i++)
		if (met.v[i])
			r->off[((met.v[i] - 1) >> 32) + 2]++;
	for (size_t l = 0; l < L; l++)
		r->off[l + 2] += r->off[l + 1];
	r->met = xmalloc((met.n + 1) * sizeof *r->met);
	for (size_t i = 0; i < met.cap; i++)
		if (met.v[i]) {
			uint64_t k = met.v[i] - 1;
			r->met[r->off[(k >> 32) + 1]++] = (int32_t)(uint32_t)k;
		}
	free(met.v);
}

/* ---- the strata of one universe ---- */

/* Distinct stratifiers of the table (not "all") that are dataset factors. */
static size_t table_types(const struct plan *p, const char ***types, int **fid)
{
	size_t n = 0;
	*types = xcalloc(p->n_cells + 1, sizeof **types);
	*fid = xcalloc(p->n_cells + 1, sizeof **fid);
	for (size_t i = 0; i < p->n_cells; i++) {
		const char *t = p->cells[i].type;
		size_t k = 0;
		while (k < n && strcmp((*types)[k], t) != 0)
			k++;
		int f = privacy_factor_of(p->ds, t);
		if (k == n && f >= 0) {
			(*fid)[n] = f;
			(*types)[n++] = t;
		}
	}
	return n;
}


void privacy_nesting_free(struct nesting *n)
{
	for (size_t k = 0; k < n->nt * n->nt; k++) {
		free(n->rel[k].inside);
		free(n->rel[k].off);
		free(n->rel[k].met);
	}
	for (size_t t = 0; t < n->nt; t++)
		free(n->cell_by[t]);
	free(n->cell_by);
	free(n->rel);
	free(n->types);
	free(n->fid);
}


void privacy_nesting_init(struct plan *p, size_t u, const struct cell_codes *cc,
			  struct nesting *n)
{
	n->nt = table_types(p, &n->types, &n->fid);
	n->rel = xcalloc(n->nt * n->nt + 1, sizeof *n->rel);
	size_t *units, nu = universe_units(p, u, &units);
	for (size_t a = 0; a < n->nt; a++)
		for (size_t b = 0; b < n->nt; b++)
			if (a != b)
				relate(p, units, nu, n->fid[a], n->fid[b], &n->rel[a * n->nt + b]);
	free(units);
	n->cell_by = xcalloc(n->nt + 1, sizeof *n->cell_by);
	for (size_t t = 0; t < n->nt; t++) {
		size_t L = p->ds->f[n->fid[t]].n_levels;
		n->cell_by[t] = xmalloc((L + 1) * sizeof **n->cell_by);
		for (size_t l = 0; l <= L; l++)
			n->cell_by[t][l] = NO_CELL;
	}
	for (size_t i = 0; i < p->n_cells; i++)
		if (p->cells[i].universe == u && cc->type_of[i] < n->nt && cc->code[i] >= 0)
			n->cell_by[cc->type_of[i]][cc->code[i]] = i;
}

void privacy_cell_codes(struct plan *p, struct cell_codes *cc)
{
	const char **types;
	int *fid;
	size_t nt = table_types(p, &types, &fid);
	cc->type_of = xcalloc(p->n_cells + 1, sizeof *cc->type_of);
	cc->code = xcalloc(p->n_cells + 1, sizeof *cc->code);
	for (size_t i = 0; i < p->n_cells; i++) {
		size_t t = 0;
		while (t < nt && strcmp(types[t], p->cells[i].type) != 0)
			t++;
		cc->type_of[i] = t;
		cc->code[i] = t < nt ? ds_level_code(&p->ds->f[fid[t]], p->cells[i].level) : -1;
	}
	free(types);
	free(fid);
}
