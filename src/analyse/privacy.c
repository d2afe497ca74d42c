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
	size_t guard;               /* NO_CELL, or: the parent is parent - guard */
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

static int pairset_has(const struct pairset *s, uint64_t k)
{
	if (!s->cap)
		return 0;
	size_t i = (size_t)(k * 11400714819323198485ull) & (s->cap - 1);
	while (s->v[i] && s->v[i] != k)
		i = (i + 1) & (s->cap - 1);
	return s->v[i] == k;
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
 * spread or one is unknown); met holds every pair that shares a unit. */
#define LEVEL_MIXED (-3)
struct relation {
	int32_t *inside;
	struct pairset met;
};

static void relate(const struct plan *p, const size_t *units, size_t n, int fa, int fb,
		   struct relation *r)
{
	size_t L = p->ds->f[fb].n_levels;
	r->inside = xmalloc((L ? L : 1) * sizeof *r->inside);
	memset(&r->met, 0, sizeof r->met);
	for (size_t l = 0; l < L; l++)
		r->inside[l] = DS_NO_LEVEL;
	for (size_t k = 0; k < n; k++) {
		int32_t b = level_of(p, fb, units[k]), a = level_of(p, fa, units[k]);
		if (b < 0 || (size_t)b >= L)
			continue;
		if (a >= 0)
			pairset_add(&r->met, pair_key(b, a));
		if (r->inside[b] != LEVEL_MIXED)
			r->inside[b] = a < 0 || (r->inside[b] != DS_NO_LEVEL && r->inside[b] != a)
				       ? LEVEL_MIXED : a;
	}
}

/* ---- families ---- */

struct families {
	struct family *v;
	size_t n, cap;
	struct map index;
};

/* guard: the published cell a derived parent was made without (NO_CELL for
 * a plain parent); total: the derived parent's units. */
static struct family *family_get(struct families *fs, size_t parent, size_t guard,
				 size_t universe, const char *type)
{
	char *key = xasprintf("%zu\x1f%zu\x1f%zu\x1f%s", parent, guard, universe, type);
	int found;
	size_t *v = map_slot(&fs->index, key, &found);
	free(key);
	if (!found) {
		GROW(fs->v, fs->cap, fs->n + 1);
		*v = fs->n++;
		fs->v[*v] = (struct family){parent, universe, type, NULL, 0, 0, guard};
	}
	return &fs->v[*v];
}

static void family_add(struct families *fs, size_t parent, size_t universe, const char *type,
		       size_t kid)
{
	struct family *f = family_get(fs, parent, NO_CELL, universe, type);
	GROW(f->kids, f->cap, f->n + 1);
	f->kids[f->n++] = kid;
}

static size_t find_cell(const struct plan *p, size_t u, const char *type, const char *level)
{
	char *key = xasprintf("%zu\x1f%s\x1f%s", u, type, level);
	size_t c = map_get(&p->cell_map, key);
	free(key);
	return c;
}

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
	size_t nt, u;
	const char **types;
	int *fid;
	struct relation *rel;    /* nt x nt: [a * nt + b], fa holding fb */
	int32_t *code;           /* per cell: its level code (or -1) */
	size_t *type_of;         /* per cell: index into types, or nt */
};

static void nesting_free(struct nesting *n)
{
	for (size_t k = 0; k < n->nt * n->nt; k++) {
		free(n->rel[k].inside);
		free(n->rel[k].met.v);
	}
	free(n->rel);
	free(n->code);
	free(n->type_of);
	free(n->types);
	free(n->fid);
}

static void nesting_init(struct plan *p, size_t u, struct nesting *n)
{
	n->u = u;
	n->nt = table_types(p, &n->types, &n->fid);
	n->rel = xcalloc(n->nt * n->nt + 1, sizeof *n->rel);
	size_t *units, nu = universe_units(p, u, &units);
	for (size_t a = 0; a < n->nt; a++)
		for (size_t b = 0; b < n->nt; b++)
			if (a != b)
				relate(p, units, nu, n->fid[a], n->fid[b], &n->rel[a * n->nt + b]);
	free(units);
	n->code = xcalloc(p->n_cells + 1, sizeof *n->code);
	n->type_of = xcalloc(p->n_cells + 1, sizeof *n->type_of);
	for (size_t i = 0; i < p->n_cells; i++) {
		size_t t = 0;
		while (t < n->nt && strcmp(n->types[t], p->cells[i].type) != 0)
			t++;
		n->type_of[i] = t;
		n->code[i] = t < n->nt ? ds_level_code(&p->ds->f[n->fid[t]], p->cells[i].level) : -1;
	}
}

/* Cell x (of a type) lies wholly inside cell y (of another). */
static int inside(const struct nesting *n, size_t x, size_t y)
{
	size_t tx = n->type_of[x], ty = n->type_of[y];
	if (tx >= n->nt || ty >= n->nt || tx == ty || n->code[x] < 0 || n->code[y] < 0)
		return 0;
	return n->rel[ty * n->nt + tx].inside[n->code[x]] == n->code[y];
}

/* Cells x and y share no unit. */
static int disjoint(const struct nesting *n, size_t x, size_t y)
{
	size_t tx = n->type_of[x], ty = n->type_of[y];
	if (tx >= n->nt || ty >= n->nt || n->code[x] < 0 || n->code[y] < 0)
		return 0;
	if (tx == ty)
		return n->code[x] != n->code[y];
	return !pairset_has(&n->rel[ty * n->nt + tx].met, pair_key(n->code[x], n->code[y]));
}

/* P minus one published cell C inside it is known too: the cells of another
 * stratifier inside P that share nothing with C are children of P - C
 * (all - role uitvoering - the org types without uitvoering).  A family per
 * C and stratifier, guarded by C. */
static void derived_families(struct plan *p, const struct nesting *n, size_t P,
			     const size_t *in, size_t nin, struct families *fs)
{
	for (size_t ci = 0; ci < nin; ci++) {
		size_t C = in[ci];
		for (size_t k = 0; k < nin; k++) {
			size_t X = in[k];
			if (n->type_of[X] == n->type_of[C] || !disjoint(n, X, C))
				continue;
			struct family *f = family_get(fs, P, C, n->u, p->cells[X].type);
			GROW(f->kids, f->cap, f->n + 1);
			f->kids[f->n++] = X;
		}
	}
}

/* Parents of every stratum cell of universe u: the cells it lies inside. */
static void nest_parents(struct plan *p, size_t u, struct families *fs)
{
	struct nesting n = {0};
	nesting_init(p, u, &n);
	size_t *in = xmalloc((p->n_cells + 1) * sizeof *in);
	for (size_t P = 0; P < p->n_cells; P++) {
		if (p->cells[P].universe != u)
			continue;
		int all = strcmp(p->cells[P].type, "all") == 0;
		size_t nin = 0;
		for (size_t x = 0; x < p->n_cells; x++)
			if (x != P && p->cells[x].universe == u && n.type_of[x] < n.nt &&
			    (all || inside(&n, x, P)))
				in[nin++] = x;
		for (size_t k = 0; k < nin && !all; k++)
			family_add(fs, P, u, p->cells[in[k]].type, in[k]);
		derived_families(p, &n, P, in, nin, fs);
	}
	free(in);
	nesting_free(&n);
}

static void build_families(struct plan *p, struct families *fs)
{
	for (size_t i = 0; i < p->n_cells; i++) {
		const struct pcell *c = &p->cells[i];
		if (strcmp(c->type, "all") == 0)
			continue;
		family_add(fs, find_cell(p, c->universe, "all", "all"), c->universe, c->type, i);
	}
	if (p->c_type != NO_CELL && p->ds && p->r->unit != PRIVACY_NONE)
		for (size_t u = 0; u < p->n_universes; u++)
			nest_parents(p, u, fs);
}

/* A family without a parent row: its total is published elsewhere.  For
 * cases that is every case of the selection (dilemma_frequencies' `all`);
 * for people the table's own rows are all we know (0 unknown). */
static size_t all_cases(const struct plan *p)
{
	return p->r->unit == PRIVACY_CASES && p->ds ? p->ds->n_dilemmas : 0;
}

/* The units of a family that a reader can work out from its parent and the
 * published children: the suppressed children and the unknown rest. */
static size_t hidden_units(const struct plan *p, const struct family *f)
{
	size_t hidden = 0, known = 0;
	for (size_t k = 0; k < f->n; k++) {
		const struct pcell *c = &p->cells[f->kids[k]];
		known += c->count;
		hidden += c->why ? c->count : 0;
	}
	size_t total = f->parent != NO_CELL ? p->cells[f->parent].count : all_cases(p);
	if (f->guard != NO_CELL)
		total = total > p->cells[f->guard].count ? total - p->cells[f->guard].count : 0;
	if (total > known)
		hidden += total - known;
	return hidden;
}

/* The child to suppress next: the smallest that brings hidden to K, else
 * the largest; NO_CELL when none is left. */
static size_t pick(const struct plan *p, const struct family *f, size_t hidden, size_t need)
{
	size_t best = NO_CELL, largest = NO_CELL;
	for (size_t k = 0; k < f->n; k++) {
		const struct pcell *c = &p->cells[f->kids[k]];
		if (c->why || !c->has_count || c->count == 0)
			continue;
		if (hidden + c->count >= need &&
		    (best == NO_CELL || c->count < p->cells[best].count))
			best = f->kids[k];
		if (largest == NO_CELL || c->count > p->cells[largest].count)
			largest = f->kids[k];
	}
	return best != NO_CELL ? best : largest;
}

/* What a family must keep hidden.  Under a published parent: nothing or K
 * units.  Under a parent suppressed to protect another group: K units (or
 * all of it), else the parent could be rebuilt from its published children
 * and its suppression would protect nothing. */
static int family_safe(const struct plan *p, const struct family *f, size_t hidden)
{
	if (f->guard != NO_CELL && p->cells[f->guard].why)
		return 1; /* the cell it was made without is hidden: nothing derived */
	const struct pcell *parent = f->parent != NO_CELL && f->guard == NO_CELL
				     ? &p->cells[f->parent] : NULL;
	if (parent && parent->why == WHY_SECONDARY) {
		size_t need = parent->count < p->min_cell ? parent->count : p->min_cell;
		return hidden >= need;
	}
	return hidden == 0 || hidden >= p->min_cell;
}

static int secure_family(struct plan *p, const struct family *f)
{
	size_t hidden = hidden_units(p, f);
	if (family_safe(p, f, hidden))
		return 0;
	size_t c = pick(p, f, hidden, p->min_cell);
	if (c == NO_CELL) {
		if (f->parent == NO_CELL || p->cells[f->parent].why)
			return 0;
		c = f->parent;
	}
	p->cells[c].why = WHY_SECONDARY;
	return 1;
}

static void secondary(struct plan *p)
{
	struct families fs = {0};
	build_families(p, &fs);
	for (int changed = 1; changed;) {
		changed = 0;
		for (size_t i = 0; i < fs.n; i++)
			while (secure_family(p, &fs.v[i]))
				changed = 1;
	}
	for (size_t i = 0; i < fs.n; i++)
		free(fs.v[i].kids);
	free(fs.v);
	map_free(&fs.index);
}

/* ---- one rule: plan; then apply ---- */

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
