/* privacy_secondary.c - secondary suppression (see goedwerk/privacy.h): the
 * families (a parent and its children of one stratifier; a parent minus one
 * published child), their sums, and the passes that suppress until every
 * family is safe. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "privacy_internal.h"

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
	size_t *v = privacy_map_slot(&fs->index, key, &found);
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
	size_t c = privacy_map_get(&p->cell_map, key);
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
 * cases that is every case of the selection (dilemma_frequencies' `all`),
 * for tables every table (group_tops' tables_total);
 * for people the table's own rows are all we know (0 unknown). */
static size_t all_cases(const struct plan *p)
{
	if (!p->ds)
		return 0;
	return p->r->unit == PRIVACY_CASES ? p->ds->n_dilemmas :
	       p->r->unit == PRIVACY_TABLES ? p->ds->n_tops : 0;
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

void privacy_secondary(struct plan *p)
{
	struct secondary_state S = {0};
	for (size_t i = 0; i < p->n_cells; i++)
		if (strcmp(p->cells[i].type, "all") != 0)
			family_add(&S.fs, find_cell(p, p->cells[i].universe, "all", "all"),
				   p->cells[i].universe, p->cells[i].type, i);
	int nested = p->c_type != NO_CELL && p->ds && p->r->unit != PRIVACY_NONE;
	if (nested) {
		privacy_cell_codes(p, &S.cc);
		S.nest = xcalloc(p->n_universes + 1, sizeof *S.nest);
		for (size_t u = 0; u < p->n_universes; u++) {
			privacy_nesting_init(p, u, &S.cc, &S.nest[u]);
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
		privacy_nesting_free(&S.nest[u]);
	for (size_t i = 0; i < S.fs.n; i++)
		free(S.fs.v[i].kids);
	free(S.fs.v);
	free(S.fs.mem_off);
	free(S.fs.mem);
	privacy_map_free(&S.fs.index);
	free(S.d);
	free(S.nest);
	free(S.cc.type_of);
	free(S.cc.code);
}
