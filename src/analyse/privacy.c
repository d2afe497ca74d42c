/* privacy.c - the one suppression engine (see goedwerk/privacy.h).
 *
 * A plan per rule: the rows are grouped into cells (universe x stratum),
 * each cell gets its units (the largest count among its rows, read before
 * anything is emptied), primary suppression marks the small ones, and the
 * secondary pass walks families (a parent cell and its children of one
 * stratifier) until every family is safe.  The verdicts of all rules are
 * planned first and applied last, so one rule never reads what another
 * emptied. */
#include <inttypes.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/analyse.h"
#include "goedwerk/alloc.h"
#include "goedwerk/privacy.h"
#include "cache.h"
#include "dilemmas.h"

enum { WHY_NONE = 0, WHY_SMALL, WHY_SECONDARY };
#define NO_CELL ((size_t)-1)

struct pcell {
	size_t universe, first_row;
	const char *type, *level;   /* in the table's pool, or static */
	size_t count, total;
	int has_count, has_total;
	unsigned char why;
};

struct family {
	size_t parent;              /* a cell, or NO_CELL: a total published elsewhere */
	size_t universe;
	const char *type;           /* the children's stratifier */
	size_t *kids, n, cap;
	size_t sum_all, sum_hidden; /* units of all children, of the hidden ones */
};

/* A string -> index map, open addressing; keys are owned. */
struct map {
	char **key;
	size_t *val, cap, n;
};

static uint64_t hash(const char *s)
{
	uint64_t h = 1469598103934665603ull;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return h;
}

static void map_free(struct map *m)
{
	for (size_t i = 0; i < m->cap; i++)
		free(m->key[i]);
	free(m->key);
	free(m->val);
	memset(m, 0, sizeof *m);
}

static size_t *map_slot(struct map *m, const char *k, int *found);

static void map_grow(struct map *m)
{
	struct map old = *m;
	m->cap = old.cap ? 2 * old.cap : 64;
	m->key = xcalloc(m->cap, sizeof *m->key);
	m->val = xcalloc(m->cap, sizeof *m->val);
	m->n = 0;
	for (size_t i = 0; i < old.cap; i++)
		if (old.key[i]) {
			int found;
			*map_slot(m, old.key[i], &found) = old.val[i];
		}
	map_free(&old);
}

/* The value slot of k, inserted (with found = 0) when new. */
static size_t *map_slot(struct map *m, const char *k, int *found)
{
	if (2 * (m->n + 1) > m->cap)
		map_grow(m);
	size_t i = hash(k) & (m->cap - 1);
	while (m->key[i] && strcmp(m->key[i], k) != 0)
		i = (i + 1) & (m->cap - 1);
	*found = m->key[i] != NULL;
	if (!*found) {
		m->key[i] = xstrdup(k);
		m->n++;
	}
	return &m->val[i];
}

static size_t map_get(const struct map *m, const char *k)
{
	if (!m->cap)
		return NO_CELL;
	size_t i = hash(k) & (m->cap - 1);
	while (m->key[i] && strcmp(m->key[i], k) != 0)
		i = (i + 1) & (m->cap - 1);
	return m->key[i] ? m->val[i] : NO_CELL;
}

/* ---- what earlier tables of the run suppressed ---- */

/* Cells by unit, universe, stratifier and level: a group one table hides is
 * hidden in every later table that shows the same people (agreement's
 * traject is value_summary's), so that no table's count fills another's
 * gap.  Tables are applied in registry order, so the memo is deterministic. */
struct privacy_memo {
	struct map cells;
};

void privacy_memo_free(struct privacy_memo *m)
{
	if (!m)
		return;
	map_free(&m->cells);
	free(m);
}

/* ---- reading the table ---- */

struct plan {
	const struct privacy_rule *r;
	struct table *t;
	const struct dataset *ds;
	size_t min_cell;
	size_t c_count, c_type, c_level, c_total;
	size_t *u_cols, n_u;
	struct pcell *cells;
	size_t n_cells, cap_cells, n_universes;
	size_t *cell_of_row;
	struct map cell_map, universe_map;
	char **universe_key;             /* per universe id: its key text */
	char **universe_vals;            /* n_universes x n_u: the key columns' values */
	struct privacy_memo *memo;       /* NULL: this table alone */
};

static void cell_text(const struct table *t, size_t row, size_t col, char *buf, size_t size)
{
	const struct cell *c = table_cell(t, row, col);
	if (c->kind == CELL_TEXT)
		snprintf(buf, size, "%s", c->v.text);
	else if (c->kind == CELL_INT)
		snprintf(buf, size, "%lld", c->v.i);
	else if (c->kind == CELL_REAL)
		snprintf(buf, size, "%.17g", c->v.r);
	else
		buf[0] = '\0';
}

static int cell_units(const struct table *t, size_t row, size_t col, size_t *units)
{
	const struct cell *c = table_cell(t, row, col);
	if (c->kind == CELL_INT && c->v.i >= 0)
		*units = (size_t)c->v.i;
	else if (c->kind == CELL_REAL && c->v.r >= 0)
		*units = (size_t)c->v.r;
	else
		return 0;
	return 1;
}

static size_t resolve(const struct table *t, const char *col, FILE *err, int *bad)
{
	if (!col)
		return NO_CELL;
	size_t j = table_col(t, col);
	if (j == NO_CELL) {
		if (err)
			fprintf(err, "goedwerk: table %s: privacy rule names column '%s', which it lacks\n",
				t->name, col);
		*bad = 1;
	}
	return j;
}

static int resolve_columns(struct plan *p, FILE *err)
{
	const struct privacy_rule *r = p->r;
	int bad = 0;
	p->c_count = resolve(p->t, r->count, err, &bad);
	p->c_type = resolve(p->t, r->stratum_type, err, &bad);
	p->c_level = resolve(p->t, r->stratum, err, &bad);
	p->c_total = resolve(p->t, r->stratum_total, err, &bad);
	for (p->n_u = 0; r->universe && r->universe[p->n_u]; p->n_u++)
		;
	p->u_cols = xcalloc(p->n_u + 1, sizeof *p->u_cols);
	for (size_t k = 0; k < p->n_u; k++)
		p->u_cols[k] = resolve(p->t, r->universe[k], err, &bad);
	if (!r->count) {
		if (err)
			fprintf(err, "goedwerk: table %s: privacy rule names no count column\n", p->t->name);
		bad = 1;
	}
	return bad ? -1 : 0;
}

static size_t universe_of(struct plan *p, size_t row)
{
	char *key = xstrdup(""), buf[512];
	for (size_t k = 0; k < p->n_u; k++) {
		cell_text(p->t, row, p->u_cols[k], buf, sizeof buf);
		char *next = xasprintf("%s%s\x1f", key, buf);
		free(key);
		key = next;
	}
	int found;
	size_t *v = map_slot(&p->universe_map, key, &found);
	if (!found) {
		*v = p->n_universes++;
		p->universe_key = xrealloc(p->universe_key, p->n_universes * sizeof *p->universe_key);
		p->universe_key[*v] = key;
		p->universe_vals = xrealloc(p->universe_vals,
					    (p->n_universes * p->n_u + 1) * sizeof *p->universe_vals);
		for (size_t k = 0; k < p->n_u; k++) {
			cell_text(p->t, row, p->u_cols[k], buf, sizeof buf);
			p->universe_vals[*v * p->n_u + k] = xstrdup(buf);
		}
	} else {
		free(key);
	}
	return *v;
}

/* The cell of one row: universe x stratum, or the row alone when the rule
 * names no stratum column. */
static void add_row(struct plan *p, size_t row)
{
	const struct privacy_rule *r = p->r;
	size_t u = universe_of(p, row);
	const char *type = p->c_type != NO_CELL ? table_get_text(p->t, row, p->c_type)
			 : r->fixed_type ? r->fixed_type : "row";
	const char *level = p->c_level != NO_CELL ? table_get_text(p->t, row, p->c_level) : NULL;
	type = type ? type : "";
	char *key = level ? xasprintf("%zu\x1f%s\x1f%s", u, type, level)
			  : xasprintf("%zu\x1f%s\x1frow %zu", u, type, row);
	int found;
	size_t *v = map_slot(&p->cell_map, key, &found);
	free(key);
	if (!found) {
		GROW(p->cells, p->cap_cells, p->n_cells + 1);
		*v = p->n_cells++;
		p->cells[*v] = (struct pcell){u, row, type, level ? level : "", 0, 0, 0, 0, WHY_NONE};
	}
	struct pcell *c = &p->cells[*v];
	size_t n;
	if (cell_units(p->t, row, p->c_count, &n) && (!c->has_count || n > c->count)) {
		c->count = n;
		c->has_count = 1;
	}
	if (p->c_total != NO_CELL && cell_units(p->t, row, p->c_total, &n) &&
	    (!c->has_total || n > c->total)) {
		c->total = n;
		c->has_total = 1;
	}
	p->cell_of_row[row] = *v;
}

/* Primary: under K units (0 included), or a stratum under K. */
static void primary(struct plan *p)
{
	for (size_t i = 0; i < p->n_cells; i++) {
		struct pcell *c = &p->cells[i];
		if (c->has_total && c->total < p->min_cell)
			c->why = WHY_SMALL;
		else if (c->has_count && c->count < p->min_cell && !(c->count == 0 && c->has_total))
			c->why = WHY_SMALL;
	}
}

/* ---- nesting: which stratum lies wholly inside another, per universe ---- */

static int factor_of(const struct dataset *ds, const char *type)
{
	for (int f = 0; ds && type && f < DS_N_FACTORS; f++)
		if (ds->f[f].name && strcmp(ds->f[f].name, type) == 0)
			return f;
	return -1;
}

static size_t n_units(const struct plan *p)
{
	return p->r->unit == PRIVACY_CASES ? p->ds->n_dilemmas : p->ds->n_sorts;
}

static int32_t level_of(const struct plan *p, int f, size_t i)
{
	if (p->r->unit == PRIVACY_CASES)
		return dil_level(&p->ds->dilemmas[i], f);
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
		int f = factor_of(p->ds, p->r->universe[k]);
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
	size_t i = (size_t)(k * 11400714819323198485ull) & (s->cap - 1);
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
#define LEVEL_MIXED (-3)
struct relation {
	int32_t *inside;
	size_t *off;
	int32_t *met;
};

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
		int f = factor_of(p->ds, t);
		if (k == n && f >= 0) {
			(*fid)[n] = f;
			(*types)[n++] = t;
		}
	}
	return n;
}

struct nesting {
	size_t nt;
	const char **types;
	int *fid;
	struct relation *rel;    /* nt x nt: [a * nt + b], fa holding fb */
	size_t **cell_by;        /* per type, per level: the cell of this universe */
};

static void nesting_free(struct nesting *n)
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

/* Per cell (of every universe): its type index (nt: none) and level code. */
struct cell_codes {
	size_t *type_of;
	int32_t *code;
};

static void nesting_init(struct plan *p, size_t u, const struct cell_codes *cc, struct nesting *n)
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

/* ---- families: a parent and its children of one stratifier ---- */

struct families {
	struct family *v;
	size_t n, cap;
	struct map index;
	size_t *mem_off, *mem;  /* per cell: the families it is a child of */
};

static size_t family_add(struct families *fs, size_t parent, size_t universe, const char *type,
			 size_t kid)
{
	char *key = xasprintf("%zu\x1f%zu\x1f%s", parent, universe, type);
	int found;
	size_t *v = map_slot(&fs->index, key, &found);
	free(key);
	if (!found) {
		GROW(fs->v, fs->cap, fs->n + 1);
		*v = fs->n++;
		fs->v[*v] = (struct family){parent, universe, type, NULL, 0, 0, 0, 0};
	}
	struct family *f = &fs->v[*v];
	GROW(f->kids, f->cap, f->n + 1);
	f->kids[f->n++] = kid;
	return *v;
}

static size_t find_cell(const struct plan *p, size_t u, const char *type, const char *level)
{
	char *key = xasprintf("%zu\x1f%s\x1f%s", u, type, level);
	size_t c = map_get(&p->cell_map, key);
	free(key);
	return c;
}

/* A parent minus one published child C: the children of another stratifier
 * (family fam) that share nothing with C are the children of P - C (all -
 * role uitvoering - the org types without uitvoering). */
struct derived {
	size_t fam, C;
};

struct secondary_state {
	struct families fs;
	struct derived *d;
	size_t nd, capd;
	struct nesting *nest;    /* per universe */
	struct cell_codes cc;
};

/* Cell x lies wholly inside cell y (of another stratifier). */
static int inside(const struct secondary_state *S, size_t x, size_t y, size_t u)
{
	const struct nesting *n = &S->nest[u];
	size_t tx = S->cc.type_of[x], ty = S->cc.type_of[y];
	if (tx >= n->nt || ty >= n->nt || tx == ty || S->cc.code[x] < 0 || S->cc.code[y] < 0)
		return 0;
	return n->rel[ty * n->nt + tx].inside[S->cc.code[x]] == S->cc.code[y];
}

static void cell_codes(struct plan *p, struct cell_codes *cc)
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

/* Every cell of universe u that lies inside another is that one's child. */
static void nest_parents(struct plan *p, size_t u, struct secondary_state *S)
{
	const struct nesting *n = &S->nest[u];
	for (size_t x = 0; x < p->n_cells; x++) {
		size_t tx = S->cc.type_of[x];
		if (p->cells[x].universe != u || tx >= n->nt || S->cc.code[x] < 0)
			continue;
		for (size_t a = 0; a < n->nt; a++) {
			int32_t la = a == tx ? -1 : n->rel[a * n->nt + tx].inside[S->cc.code[x]];
			size_t P = la >= 0 ? n->cell_by[a][la] : NO_CELL;
			if (P != NO_CELL)
				family_add(&S->fs, P, u, p->cells[x].type, x);
		}
	}
}

/* The derived families: per real parent, per published child C, per other
 * family of that parent. */
static void derive(struct plan *p, struct secondary_state *S)
{
	struct families *fs = &S->fs;
	size_t *order = xmalloc((fs->n + 1) * sizeof *order), *start = xcalloc(p->n_cells + 2,
									       sizeof *start);
	for (size_t i = 0; i < fs->n; i++)
		if (fs->v[i].parent != NO_CELL)
			start[fs->v[i].parent + 2]++;
	for (size_t c = 0; c < p->n_cells; c++)
		start[c + 2] += start[c + 1];
	for (size_t i = 0; i < fs->n; i++)
		if (fs->v[i].parent != NO_CELL)
			order[start[fs->v[i].parent + 1]++] = i;
	for (size_t P = 0; P < p->n_cells; P++)
		for (size_t a = start[P]; a < start[P + 1]; a++) {
			const struct family *F = &fs->v[order[a]];
			for (size_t k = 0; k < F->n; k++) {
				size_t C = F->kids[k];
				if (p->cells[C].why == WHY_SMALL)
					continue; /* never published: nothing is derived from it */
				for (size_t b = start[P]; b < start[P + 1]; b++)
					if (b != a) {
						GROW(S->d, S->capd, S->nd + 1);
						S->d[S->nd++] = (struct derived){order[b], C};
					}
			}
		}
	free(order);
	free(start);
}

/* Sums of the children, and which families each cell is a child of. */
static void index_members(struct plan *p, struct families *fs)
{
	fs->mem_off = xcalloc(p->n_cells + 2, sizeof *fs->mem_off);
	size_t total = 0;
	for (size_t i = 0; i < fs->n; i++) {
		struct family *f = &fs->v[i];
		for (size_t k = 0; k < f->n; k++) {
			const struct pcell *c = &p->cells[f->kids[k]];
			f->sum_all += c->count;
			f->sum_hidden += c->why ? c->count : 0;
			fs->mem_off[f->kids[k] + 2]++;
			total++;
		}
	}
	for (size_t c = 0; c < p->n_cells; c++)
		fs->mem_off[c + 2] += fs->mem_off[c + 1];
	fs->mem = xmalloc((total + 1) * sizeof *fs->mem);
	for (size_t i = 0; i < fs->n; i++)
		for (size_t k = 0; k < fs->v[i].n; k++)
			fs->mem[fs->mem_off[fs->v[i].kids[k] + 1]++] = i;
}

static void suppress_cell(struct plan *p, struct families *fs, size_t c)
{
	p->cells[c].why = WHY_SECONDARY;
	for (size_t m = fs->mem_off[c]; m < fs->mem_off[c + 1]; m++)
		fs->v[fs->mem[m]].sum_hidden += p->cells[c].count;
}

/* The levels of type t that share a unit with cell c: met[*lo .. *hi). */
static const int32_t *meeting(const struct secondary_state *S, size_t c, size_t t, size_t u,
			      size_t *n)
{
	const struct nesting *ns = &S->nest[u];
	size_t tc = S->cc.type_of[c];
	*n = 0;
	if (tc >= ns->nt || t >= ns->nt || t == tc || S->cc.code[c] < 0)
		return NULL;
	const struct relation *r = &ns->rel[t * ns->nt + tc];
	*n = r->off[S->cc.code[c] + 1] - r->off[S->cc.code[c]];
	return r->met + r->off[S->cc.code[c]];
}

/* Cells x and c share no unit (unknown: they may). */
static int disjoint_cells(const struct plan *p, const struct secondary_state *S, size_t x,
			  size_t c, size_t u)
{
	size_t tx = S->cc.type_of[x], tc = S->cc.type_of[c], n;
	(void)p;
	if (x == c || tx >= S->nest[u].nt || tc >= S->nest[u].nt || S->cc.code[x] < 0 ||
	    S->cc.code[c] < 0)
		return 0;
	if (tx == tc)
		return S->cc.code[x] != S->cc.code[c];
	const int32_t *m = meeting(S, c, tx, u, &n);
	for (size_t k = 0; k < n; k++)
		if (m[k] == S->cc.code[x])
			return 0;
	return 1;
}

/* Take the children of f that touch C out of its sums. */
static void touching_sums(const struct plan *p, const struct secondary_state *S,
			  const struct family *f, size_t C, size_t *sum_all, size_t *sum_hidden)
{
	size_t u = f->universe, n, t = S->cc.type_of[f->kids[0]];
	const int32_t *m = meeting(S, C, t, u, &n);
	int under_all = strcmp(p->cells[f->parent].type, "all") == 0;
	for (size_t k = 0; k < n; k++) {
		size_t X = S->nest[u].cell_by[t][m[k]];
		if (X == NO_CELL || (!under_all && !inside(S, X, f->parent, u)))
			continue;
		*sum_all -= p->cells[X].count;
		if (p->cells[X].why)
			*sum_hidden -= p->cells[X].count;
	}
}

/* A family without a parent row: its total is published elsewhere.  For
 * cases that is every case of the selection (dilemma_frequencies' `all`);
 * for people the table's own rows are all we know (0 unknown). */
static size_t all_cases(const struct plan *p)
{
	return p->r->unit == PRIVACY_CASES && p->ds ? p->ds->n_dilemmas : 0;
}

/* The units a reader can work out from a total and the children published
 * inside it: the hidden children and the unknown rest. */
static size_t rest_units(size_t total, size_t sum_all, size_t sum_hidden)
{
	return sum_hidden + (total > sum_all ? total - sum_all : 0);
}

/* The child to suppress next: the smallest that brings hidden to need,
 * else the largest; NO_CELL when none is left.  skip: a cell whose
 * children are not candidates (the C of a derived family), or NO_CELL. */
static size_t pick(const struct plan *p, const struct secondary_state *S, const struct family *f,
		   size_t hidden, size_t skip)
{
	size_t best = NO_CELL, largest = NO_CELL;
	for (size_t k = 0; k < f->n; k++) {
		size_t x = f->kids[k];
		const struct pcell *c = &p->cells[x];
		if (c->why || !c->has_count || c->count == 0)
			continue;
		if (skip != NO_CELL && !disjoint_cells(p, S, x, skip, f->universe))
			continue;
		if (hidden + c->count >= p->min_cell && (best == NO_CELL || c->count < p->cells[best].count))
			best = x;
		if (largest == NO_CELL || c->count > p->cells[largest].count)
			largest = x;
	}
	return best != NO_CELL ? best : largest;
}

/* What a family must keep hidden.  Under a published parent: nothing or K
 * units.  Under a parent suppressed to protect another group: K units (or
 * all of it), else the parent could be rebuilt from its published children
 * and its suppression would protect nothing. */
static int family_safe(const struct plan *p, const struct family *f, size_t hidden)
{
	const struct pcell *parent = f->parent != NO_CELL ? &p->cells[f->parent] : NULL;
	if (parent && parent->why == WHY_SECONDARY) {
		size_t need = parent->count < p->min_cell ? parent->count : p->min_cell;
		return hidden >= need;
	}
	return hidden == 0 || hidden >= p->min_cell;
}

static int secure_family(struct plan *p, struct secondary_state *S, size_t fi)
{
	const struct family *f = &S->fs.v[fi];
	size_t total = f->parent != NO_CELL ? p->cells[f->parent].count : all_cases(p);
	size_t hidden = rest_units(total, f->sum_all, f->sum_hidden);
	if (family_safe(p, f, hidden))
		return 0;
	size_t c = pick(p, S, f, hidden, NO_CELL);
	if (c == NO_CELL) {
		if (f->parent == NO_CELL || p->cells[f->parent].why)
			return 0;
		c = f->parent;
	}
	suppress_cell(p, &S->fs, c);
	return 1;
}

/* P - C - the children of family fam that share nothing with C. */
static int secure_derived(struct plan *p, struct secondary_state *S, const struct derived *d)
{
	const struct family *f = &S->fs.v[d->fam];
	const struct pcell *P = &p->cells[f->parent], *C = &p->cells[d->C];
	if (C->why)
		return 0; /* C is hidden: nothing is derived */
	size_t sum_all = f->sum_all, sum_hidden = f->sum_hidden;
	touching_sums(p, S, f, d->C, &sum_all, &sum_hidden);
	size_t total = P->count > C->count ? P->count - C->count : 0;
	size_t hidden = rest_units(total, sum_all, sum_hidden);
	if (hidden == 0 || hidden >= p->min_cell)
		return 0;
	size_t c = pick(p, S, f, hidden, d->C);
	suppress_cell(p, &S->fs, c != NO_CELL ? c : d->C);
	return 1;
}

static void secondary(struct plan *p)
{
	struct secondary_state S = {0};
	for (size_t i = 0; i < p->n_cells; i++)
		if (strcmp(p->cells[i].type, "all") != 0)
			family_add(&S.fs, find_cell(p, p->cells[i].universe, "all", "all"),
				   p->cells[i].universe, p->cells[i].type, i);
	int nested = p->c_type != NO_CELL && p->ds && p->r->unit != PRIVACY_NONE;
	if (nested) {
		cell_codes(p, &S.cc);
		S.nest = xcalloc(p->n_universes + 1, sizeof *S.nest);
		for (size_t u = 0; u < p->n_universes; u++) {
			nesting_init(p, u, &S.cc, &S.nest[u]);
			nest_parents(p, u, &S);
		}
		derive(p, &S);
	}
	index_members(p, &S.fs);
	for (int changed = 1; changed;) {
		changed = 0;
		for (size_t i = 0; i < S.fs.n; i++)
			while (secure_family(p, &S, i))
				changed = 1;
		for (size_t i = 0; i < S.nd; i++)
			while (secure_derived(p, &S, &S.d[i]))
				changed = 1;
	}
	for (size_t u = 0; nested && u < p->n_universes; u++)
		nesting_free(&S.nest[u]);
	for (size_t i = 0; i < S.fs.n; i++)
		free(S.fs.v[i].kids);
	free(S.fs.v);
	free(S.fs.mem_off);
	free(S.fs.mem);
	map_free(&S.fs.index);
	free(S.d);
	free(S.nest);
	free(S.cc.type_of);
	free(S.cc.code);
}

/* The memo's key of a stratum cell; NULL for a cell that is a row alone. */
static char *memo_key(const struct plan *p, const struct pcell *c)
{
	if (!p->r->stratum)
		return NULL;
	return xasprintf("%d\x1f%s\x1f%s\x1f%s", (int)p->r->unit, p->universe_key[c->universe],
			 c->type, c->level);
}

static void memo_impose(struct plan *p)
{
	for (size_t i = 0; p->memo && i < p->n_cells; i++) {
		char *key = memo_key(p, &p->cells[i]);
		if (key && !p->cells[i].why && map_get(&p->memo->cells, key) != NO_CELL)
			p->cells[i].why = WHY_SECONDARY;
		free(key);
	}
}

static void memo_record(struct plan *p)
{
	for (size_t i = 0; p->memo && i < p->n_cells; i++) {
		char *key = p->cells[i].why ? memo_key(p, &p->cells[i]) : NULL;
		int found;
		if (key)
			*map_slot(&p->memo->cells, key, &found) = 1;
		free(key);
	}
}

static void plan_free(struct plan *p)
{
	for (size_t u = 0; u < p->n_universes; u++)
		free(p->universe_key[u]);
	for (size_t k = 0; k < p->n_universes * p->n_u; k++)
		free(p->universe_vals[k]);
	free(p->universe_key);
	free(p->universe_vals);
	free(p->u_cols);
	free(p->cells);
	free(p->cell_of_row);
	map_free(&p->cell_map);
	map_free(&p->universe_map);
}

/* why[row] for rule r. */
static int plan_rule(const struct privacy_rule *r, struct table *t, const struct dataset *ds,
		     int min_cell, struct privacy_memo *memo, unsigned char *why, FILE *err)
{
	struct plan p = {r, t, ds, min_cell > 0 ? (size_t)min_cell : 0, 0, 0, 0, 0, NULL, 0,
			 NULL, 0, 0, 0, NULL, {0}, {0}, NULL, NULL, memo};
	if (resolve_columns(&p, err) != 0) {
		plan_free(&p);
		return -1;
	}
	p.cell_of_row = xcalloc(t->nrows + 1, sizeof *p.cell_of_row);
	for (size_t row = 0; row < t->nrows; row++)
		add_row(&p, row);
	primary(&p);
	memo_impose(&p);
	if (r->stratum || r->rows_add_up)
		secondary(&p);
	memo_record(&p);
	for (size_t row = 0; row < t->nrows; row++) {
		unsigned char w = p.cells[p.cell_of_row[row]].why;
		why[row] = w > why[row] ? w : why[row];
	}
	plan_free(&p);
	return 0;
}

static const char *reason(const struct privacy_rule *r, unsigned char why)
{
	if (why == WHY_SECONDARY)
		return "suppressed so that a small group cannot be worked out";
	if (r->small_why)
		return r->small_why;
	return r->unit == PRIVACY_CASES ? "fewer cases than --min-cell" : "fewer people than --min-cell";
}

static void hide_columns(const struct privacy_rule *r, struct table *t, size_t row, const char *why)
{
	for (size_t k = 0; r->hides[k]; k++) {
		size_t j = table_col(t, r->hides[k]);
		if (j != NO_CELL)
			table_set_undefined(t, row, j, k == 0 ? why : NULL);
	}
}

static void apply(const struct privacy_rule *r, struct table *t, const unsigned char *why)
{
	for (size_t row = 0; row < t->nrows; row++) {
		if (!why[row])
			continue;
		if (r->hides)
			hide_columns(r, t, row, reason(r, why[row]));
		else if (!table_is_suppressed(t, row))
			table_suppress_row(t, row, reason(r, why[row]));
	}
}

/* ---- card order of suppressed cells ---- */

static int same_cell(const struct privacy_rule *r, const struct table *t, size_t a, size_t b)
{
	const char *cols[] = {r->stratum_type, r->stratum};
	char x[512], y[512];
	for (size_t k = 0; r->universe && r->universe[k]; k++) {
		size_t j = table_col(t, r->universe[k]);
		cell_text(t, a, j, x, sizeof x);
		cell_text(t, b, j, y, sizeof y);
		if (strcmp(x, y) != 0)
			return 0;
	}
	for (size_t k = 0; k < 2; k++) {
		size_t j = cols[k] ? table_col(t, cols[k]) : NO_CELL;
		if (j == NO_CELL)
			continue;
		cell_text(t, a, j, x, sizeof x);
		cell_text(t, b, j, y, sizeof y);
		if (strcmp(x, y) != 0)
			return 0;
	}
	return 1;
}

static size_t card_pos(const struct dataset *ds, const char *id)
{
	for (size_t j = 0; id && j < ds->n_cards; j++)
		if (strcmp(ds->card_id[j], id) == 0)
			return j;
	return NO_CELL;
}

/* Rows [first, last) of one suppressed cell, by card position (insertion
 * sort: a cell holds one row per card). */
static void card_sort(struct table *t, const struct dataset *ds, size_t col, size_t first,
		      size_t last)
{
	struct cell *tmp = xmalloc(t->ncols * sizeof *tmp);
	for (size_t i = first + 1; i < last; i++) {
		size_t pi = card_pos(ds, table_get_text(t, i, col)), k = i;
		memcpy(tmp, &t->cells[i * t->ncols], t->ncols * sizeof *tmp);
		for (; k > first; k--) {
			const struct cell *c = &t->cells[(k - 1) * t->ncols + col];
			if (card_pos(ds, c->kind == CELL_TEXT ? c->v.text : NULL) <= pi)
				break;
			memcpy(&t->cells[k * t->ncols], &t->cells[(k - 1) * t->ncols],
			       t->ncols * sizeof *tmp);
		}
		memcpy(&t->cells[k * t->ncols], tmp, t->ncols * sizeof *tmp);
	}
	free(tmp);
}

static void card_order(const struct privacy_rule *r, struct table *t, const struct dataset *ds,
		       const unsigned char *why)
{
	size_t col = table_col(t, r->card_order);
	if (col == NO_CELL || !ds)
		return;
	for (size_t first = 0, last; first < t->nrows; first = last) {
		for (last = first + 1; last < t->nrows && same_cell(r, t, first, last); last++)
			;
		if (why[first])
			card_sort(t, ds, col, first, last);
	}
}

static int declared(const struct privacy_decl *p)
{
	for (size_t i = 0; i < PRIVACY_MAX_RULES; i++)
		if (p->rule[i].unit != PRIVACY_UNDECLARED)
			return 1;
	return 0;
}

static int threshold(const struct selection *sel)
{
	return sel ? sel->min_cell : 5;
}

static struct privacy_memo *memo_of(const struct analysis *a)
{
	if (!a->cache)
		return NULL;
	if (!a->cache->privacy)
		a->cache->privacy = xcalloc(1, sizeof *a->cache->privacy);
	return a->cache->privacy;
}

enum gw_status privacy_apply(const struct privacy_decl *p, struct table *t,
			     const struct analysis *a)
{
	const struct dataset *ds = a->ds;
	FILE *err = a->err;
	int min_cell = threshold(a->sel);
	struct privacy_memo *memo = memo_of(a);
	if (!p || !declared(p)) {
		if (err)
			fprintf(err, "goedwerk: table %s declares no privacy unit (people, cases or none);"
				" nothing of it is written\n", t->name);
		return GW_EINTERNAL;
	}
	unsigned char *why[PRIVACY_MAX_RULES] = {0};
	enum gw_status st = GW_OK;
	for (size_t i = 0; i < PRIVACY_MAX_RULES && st == GW_OK; i++) {
		const struct privacy_rule *r = &p->rule[i];
		if (r->unit == PRIVACY_UNDECLARED || r->unit == PRIVACY_NONE)
			continue;
		why[i] = xcalloc(t->nrows + 1, 1);
		if (plan_rule(r, t, ds, min_cell, memo, why[i], err) != 0)
			st = GW_EINTERNAL;
	}
	for (size_t i = 0; i < PRIVACY_MAX_RULES && st == GW_OK; i++)
		if (why[i]) {
			apply(&p->rule[i], t, why[i]);
			if (p->rule[i].card_order)
				card_order(&p->rule[i], t, ds, why[i]);
		}
	for (size_t i = 0; i < PRIVACY_MAX_RULES; i++)
		free(why[i]);
	return st;
}

int privacy_enough(const struct selection *sel, size_t units)
{
	int k = threshold(sel);
	return units > 0 && units >= (size_t)(k > 0 ? k : 0);
}
