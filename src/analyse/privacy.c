/* privacy.c - the one suppression engine (see goedwerk/privacy.h).
 *
 * A plan per rule: the rows are grouped into cells (universe x stratum),
 * each cell gets its units (the largest count among its rows, read before
 * anything is emptied), primary suppression marks the small ones, and the
 * secondary pass walks families (a parent cell and its children of one
 * stratifier) until every family is safe.  The verdicts of all rules are
 * planned first and applied last, so one rule never reads what another
 * emptied.  Nesting and secondary suppression: privacy_nest.c,
 * privacy_secondary.c. */
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "goedwerk/analyse.h"
#include "goedwerk/privacy.h"
#include "cache.h"
#include "privacy_internal.h"

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
	privacy_map_free(&m->cells);
	free(m);
}

static void cell_text(const struct table *t, size_t row, size_t col, char *buf, size_t size)
{
	struct cell c = table_cell(t, row, col);
	if (c.kind == CELL_TEXT)
		snprintf(buf, size, "%s", c.v.text);
	else if (c.kind == CELL_INT)
		snprintf(buf, size, "%lld", c.v.i);
	else if (c.kind == CELL_REAL)
		snprintf(buf, size, "%.17g", c.v.r);
	else
		buf[0] = '\0';
}

static int cell_units(const struct table *t, size_t row, size_t col, size_t *units)
{
	struct cell c = table_cell(t, row, col);
	if (c.kind == CELL_INT && c.v.i >= 0)
		*units = (size_t)c.v.i;
	else if (c.kind == CELL_REAL && c.v.r >= 0)
		*units = (size_t)c.v.r;
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
	size_t *v = privacy_map_slot(&p->universe_map, key, &found);
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

static int same_value(const struct table *t, size_t a, size_t b, size_t col)
{
	struct cell x = table_cell(t, a, col), y = table_cell(t, b, col);
	if (x.kind != y.kind)
		return 0;
	switch (x.kind) {
	case CELL_TEXT: return x.v.text == y.v.text || strcmp(x.v.text, y.v.text) == 0;
	case CELL_INT: return x.v.i == y.v.i;
	case CELL_REAL: return memcmp(&x.v.r, &y.v.r, sizeof x.v.r) == 0;
	default: return 1;
	}
}

/* Does row fall in the cell of the row before (same universe, type and
 * level)?  Rows of one stratum come together (a card x pile each), so this
 * spares formatting and hashing their keys. */
static int same_as_last(const struct plan *p, size_t row)
{
	if (!p->have_last || p->c_level == NO_CELL || !table_get_text(p->t, row, p->c_level))
		return 0;
	for (size_t k = 0; k < p->n_u; k++)
		if (!same_value(p->t, row, p->last_row, p->u_cols[k]))
			return 0;
	return (p->c_type == NO_CELL || same_value(p->t, row, p->last_row, p->c_type)) &&
	       same_value(p->t, row, p->last_row, p->c_level);
}

/* The cell of one row: universe x stratum, or the row alone when the rule
 * names no stratum column. */
static size_t cell_of(struct plan *p, size_t row)
{
	const struct privacy_rule *r = p->r;
	if (same_as_last(p, row))
		return p->cell_of_row[p->last_row];
	size_t u = universe_of(p, row);
	const char *type = p->c_type != NO_CELL ? table_get_text(p->t, row, p->c_type)
			 : r->fixed_type ? r->fixed_type : "row";
	const char *level = p->c_level != NO_CELL ? table_get_text(p->t, row, p->c_level) : NULL;
	type = type ? type : "";
	char *key = level ? xasprintf("%zu\x1f%s\x1f%s", u, type, level)
			  : xasprintf("%zu\x1f%s\x1frow %zu", u, type, row);
	int found;
	size_t *v = privacy_map_slot(&p->cell_map, key, &found);
	free(key);
	if (!found) {
		GROW(p->cells, p->cap_cells, p->n_cells + 1);
		*v = p->n_cells++;
		p->cells[*v] = (struct pcell){u, row, type, level ? level : "", 0, 0, 0, 0, WHY_NONE};
	}
	return *v;
}

static void add_row(struct plan *p, size_t row)
{
	size_t v = cell_of(p, row);
	p->last_row = row;
	p->have_last = 1;
	struct pcell *c = &p->cells[v];
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
	p->cell_of_row[row] = v;
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
		if (key && !p->cells[i].why && privacy_map_get(&p->memo->cells, key) != NO_CELL)
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
			*privacy_map_slot(&p->memo->cells, key, &found) = 1;
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
	free(p->top_sort);
	privacy_map_free(&p->cell_map);
	privacy_map_free(&p->universe_map);
}

/* why[row] for rule r. */
static int plan_rule(const struct privacy_rule *r, struct table *t, const struct dataset *ds,
		     int min_cell, struct privacy_memo *memo, unsigned char *why, FILE *err)
{
	struct plan p = {r, t, ds, min_cell > 0 ? (size_t)min_cell : 0, 0, 0, 0, 0, NULL, 0,
			 NULL, 0, 0, 0, NULL, {0}, {0}, NULL, NULL, memo, NULL, 0, 0};
	if (resolve_columns(&p, err) != 0) {
		plan_free(&p);
		return -1;
	}
	if (r->unit == PRIVACY_TABLES && ds)
		privacy_top_sorts(&p);
	p.cell_of_row = xcalloc(t->nrows + 1, sizeof *p.cell_of_row);
	for (size_t row = 0; row < t->nrows; row++)
		add_row(&p, row);
	primary(&p);
	memo_impose(&p);
	if (r->stratum || r->rows_add_up)
		privacy_secondary(&p);
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
	return r->unit == PRIVACY_CASES ? "fewer cases than --min-cell" :
	       r->unit == PRIVACY_TABLES ? "fewer tables than --min-cell" : "fewer people than --min-cell";
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
	uint64_t *tmp = xmalloc(t->ncols * sizeof *tmp);
	for (size_t i = first + 1; i < last; i++) {
		size_t pi = card_pos(ds, table_get_text(t, i, col)), k = i;
		memcpy(tmp, &t->cells[i * t->ncols], t->ncols * sizeof *tmp);
		for (; k > first; k--) {
			if (card_pos(ds, table_get_text(t, k - 1, col)) <= pi)
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
	if (st == GW_OK && p->rederive)
		st = p->rederive(t, a);
	return st;
}

int privacy_enough(const struct selection *sel, size_t units)
{
	int k = threshold(sel);
	return units > 0 && units >= (size_t)(k > 0 ? k : 0);
}
