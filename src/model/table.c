/* table.c - result tables in memory and their CSV writer. */
#include <math.h>
#include <float.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/table.h"
#include "goedwerk/alloc.h"
#include "goedwerk/number.h"
#include "goedwerk/strpool.h"

struct table *table_new(const char *name, const struct column *cols, size_t ncols)
{
	struct table *t = xcalloc(1, sizeof *t);
	t->name = xstrdup(name);
	t->ncols = ncols + 2;
	t->cols = xcalloc(t->ncols, sizeof *t->cols);
	memcpy(t->cols, cols, ncols * sizeof *cols);
	t->col_suppressed = ncols;
	t->col_note = ncols + 1;
	t->cols[ncols] = (struct column){"suppressed", 0};
	t->cols[ncols + 1] = (struct column){"note", 0};
	strpool_init(&t->pool);
	return t;
}

static void cell_clear(struct cell *c)
{
	c->kind = CELL_EMPTY; /* text stays in the pool until table_free */
}

void table_free(struct table *t)
{
	if (!t)
		return;
	free(t->cells);
	strpool_free(&t->pool);
	free(t->cols);
	free(t->name);
	free(t);
}

size_t table_col(const struct table *t, const char *name)
{
	for (size_t j = 0; j < t->ncols; j++)
		if (strcmp(t->cols[j].name, name) == 0)
			return j;
	return (size_t)-1;
}

size_t table_add_row(struct table *t)
{
	GROW(t->cells, t->caprows, (t->nrows + 1) * t->ncols);
	memset(&t->cells[t->nrows * t->ncols], 0, t->ncols * sizeof *t->cells);
	t->nrows++;
	table_set_int(t, t->nrows - 1, t->col_suppressed, 0);
	return t->nrows - 1;
}

static struct cell *at(struct table *t, size_t row, size_t col)
{
	if (row >= t->nrows || col >= t->ncols)
		abort(); /* a programming error, never data */
	return &t->cells[row * t->ncols + col];
}

void table_set_text(struct table *t, size_t row, size_t col, const char *s)
{
	struct cell *c = at(t, row, col);
	cell_clear(c);
	if (!s)
		return;
	c->kind = CELL_TEXT;
	/* Key columns repeat down the rows (phase, stratum, card, ...): the
	 * row above often holds this text already, pooled, and a compare is
	 * cheaper than hashing it again. */
	const struct cell *up = row ? c - t->ncols : NULL;
	if (up && up->kind == CELL_TEXT && strcmp(up->v.text, s) == 0)
		c->v.text = up->v.text;
	else
		c->v.text = strpool_get(&t->pool, s);
}

void table_set_int(struct table *t, size_t row, size_t col, long long v)
{
	struct cell *c = at(t, row, col);
	cell_clear(c);
	c->kind = CELL_INT;
	c->v.i = v;
}

void table_set_real(struct table *t, size_t row, size_t col, double v)
{
	struct cell *c = at(t, row, col);
	cell_clear(c);
	if (isfinite(v)) {
		c->kind = CELL_REAL;
		c->v.r = v;
	}
}

static void note_append(struct table *t, size_t row, const char *reason)
{
	struct cell *c = at(t, row, t->col_note);
	if (c->kind == CELL_TEXT && strstr(c->v.text, reason))
		return;
	char *s = c->kind == CELL_TEXT ? xasprintf("%s; %s", c->v.text, reason) : xstrdup(reason);
	c->kind = CELL_TEXT;
	c->v.text = strpool_get(&t->pool, s);
	free(s);
}

void table_set_undefined(struct table *t, size_t row, size_t col, const char *reason)
{
	cell_clear(at(t, row, col));
	if (reason)
		note_append(t, row, reason);
}

void table_set_p(struct table *t, size_t row, size_t col, double p)
{
	if (p == 0.0) {
		char *why = xasprintf("%s below 2.2e-308 (the smallest double): written as that bound",
				      t->cols[col].name);
		note_append(t, row, why);
		free(why);
		p = DBL_MIN;
	}
	table_set_real(t, row, col, p);
}

void table_set_share(struct table *t, size_t row, size_t col, double v)
{
	table_set_real(t, row, col, v > 1.0 ? 1.0 : v);
}

void table_set_empty_reason(struct table *t, const char *reason)
{
	if (!t->empty_reason && reason)
		t->empty_reason = strpool_get(&t->pool, reason);
}

void table_note(struct table *t, size_t row, const char *reason)
{
	note_append(t, row, reason);
}

void table_suppress_row(struct table *t, size_t row, const char *reason)
{
	for (size_t j = 0; j < t->ncols; j++)
		if (!t->cols[j].key && j != t->col_suppressed && j != t->col_note)
			cell_clear(at(t, row, j));
	table_set_int(t, row, t->col_suppressed, 1);
	if (reason)
		note_append(t, row, reason);
}

int table_is_suppressed(const struct table *t, size_t row)
{
	const struct cell *c = table_cell(t, row, t->col_suppressed);
	return c->kind == CELL_INT && c->v.i != 0;
}

const struct cell *table_cell(const struct table *t, size_t row, size_t col)
{
	return at((struct table *)t, row, col);
}

double table_get_real(const struct table *t, size_t row, size_t col)
{
	const struct cell *c = table_cell(t, row, col);
	if (c->kind == CELL_REAL)
		return c->v.r;
	if (c->kind == CELL_INT)
		return (double)c->v.i;
	return NAN;
}

const char *table_get_text(const struct table *t, size_t row, size_t col)
{
	const struct cell *c = table_cell(t, row, col);
	return c->kind == CELL_TEXT ? c->v.text : NULL;
}

/* Stable merge sort of row indices, then one permutation of the cells. */
struct sort_ctx {
	const struct table *t;
	int (*cmp)(const struct table *, size_t, size_t, void *);
	void *arg;
};

static void msort(size_t *v, size_t *tmp, size_t n, const struct sort_ctx *c)
{
	if (n < 2)
		return;
	size_t h = n / 2, i = 0, j = h, k = 0;
	msort(v, tmp, h, c);
	msort(v + h, tmp, n - h, c);
	while (i < h && j < n)
		tmp[k++] = c->cmp(c->t, v[j], v[i], c->arg) < 0 ? v[j++] : v[i++];
	while (i < h)
		tmp[k++] = v[i++];
	while (j < n)
		tmp[k++] = v[j++];
	memcpy(v, tmp, n * sizeof *v);
}

void table_sort(struct table *t, int (*cmp)(const struct table *, size_t, size_t, void *),
		void *arg)
{
	size_t n = t->nrows;
	size_t *idx = xmalloc(n * sizeof *idx), *tmp = xmalloc(n * sizeof *tmp);
	for (size_t i = 0; i < n; i++)
		idx[i] = i;
	struct sort_ctx c = {t, cmp, arg};
	msort(idx, tmp, n, &c);
	struct cell *cells = xmalloc((n ? n : 1) * t->ncols * sizeof *cells);
	for (size_t i = 0; i < n; i++)
		memcpy(&cells[i * t->ncols], &t->cells[idx[i] * t->ncols], t->ncols * sizeof *cells);
	free(t->cells);
	t->cells = cells;
	t->caprows = n * t->ncols;
	free(idx);
	free(tmp);
}

const struct table *table_set_find(const struct table_set *ts, const char *name)
{
	for (size_t i = 0; i < ts->n; i++)
		if (strcmp(ts->v[i]->name, name) == 0)
			return ts->v[i];
	return NULL;
}

void table_set_free(struct table_set *ts)
{
	for (size_t i = 0; i < ts->n; i++)
		table_free(ts->v[i]);
	free(ts->v);
	memset(ts, 0, sizeof *ts);
}
