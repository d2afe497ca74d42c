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

/* The 8-byte encoding (table.h): a finite double is its own bits; the
 * rest are NaN patterns (exponent all ones), tagged in the top 16 bits. */
#define PAYLOAD ((1ull << 48) - 1)
enum { TAG_EMPTY = 0x7FF1, TAG_TEXT, TAG_INT, TAG_WIDE };
#define TAGGED(tag, payload) ((uint64_t)(tag) << 48 | (payload))
#define EMPTY TAGGED(TAG_EMPTY, 0)
#define INT_LIMIT (1ll << 47)

void table_free(struct table *t)
{
	if (!t)
		return;
	free(t->cells);
	free(t->wide);
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
	uint64_t *row = &t->cells[t->nrows * t->ncols];
	for (size_t j = 0; j < t->ncols; j++)
		row[j] = EMPTY;
	t->nrows++;
	table_set_int(t, t->nrows - 1, t->col_suppressed, 0);
	return t->nrows - 1;
}

static uint64_t *at(const struct table *t, size_t row, size_t col)
{
	if (row >= t->nrows || col >= t->ncols)
		abort(); /* a programming error, never data */
	return &t->cells[row * t->ncols + col];
}

static uint64_t wide(struct table *t, struct cell c)
{
	GROW(t->wide, t->capwide, t->nwide + 1);
	t->wide[t->nwide] = c;
	return TAGGED(TAG_WIDE, t->nwide++);
}

static uint64_t text_bits(struct table *t, const char *s)
{
	uintptr_t u = (uintptr_t)s;
	return (uint64_t)u <= PAYLOAD ? TAGGED(TAG_TEXT, (uint64_t)u)
				      : wide(t, (struct cell){CELL_TEXT, {.text = s}});
}

static struct cell decode(const struct table *t, uint64_t b)
{
	struct cell c = {CELL_EMPTY, {.i = 0}};
	unsigned tag = (unsigned)(b >> 48);
	if ((tag & 0x7FF0) != 0x7FF0) {
		c.kind = CELL_REAL;
		memcpy(&c.v.r, &b, sizeof c.v.r);
	} else if (tag == TAG_TEXT) {
		c.kind = CELL_TEXT;
		c.v.text = (const char *)(uintptr_t)(b & PAYLOAD);
	} else if (tag == TAG_INT) {
		long long v = (long long)(b & PAYLOAD);
		c.kind = CELL_INT;
		c.v.i = v >= INT_LIMIT ? v - 2 * INT_LIMIT : v;
	} else if (tag == TAG_WIDE) {
		c = t->wide[b & PAYLOAD];
	}
	return c;
}

static const char *text_of(const struct table *t, uint64_t b)
{
	struct cell c = decode(t, b);
	return c.kind == CELL_TEXT ? c.v.text : NULL;
}

void table_set_text(struct table *t, size_t row, size_t col, const char *s)
{
	uint64_t *c = at(t, row, col);
	*c = EMPTY;
	if (!s)
		return;
	/* Key columns repeat down the rows (phase, stratum, card, ...): the
	 * row above often holds this text already, pooled, and a compare is
	 * cheaper than hashing it again. */
	const char *up = row ? text_of(t, c[-(ptrdiff_t)t->ncols]) : NULL;
	*c = up && strcmp(up, s) == 0 ? c[-(ptrdiff_t)t->ncols] : text_bits(t, strpool_get(&t->pool, s));
}

void table_set_int(struct table *t, size_t row, size_t col, long long v)
{
	uint64_t *c = at(t, row, col);
	*c = v >= -INT_LIMIT && v < INT_LIMIT ? TAGGED(TAG_INT, (uint64_t)v & PAYLOAD)
					      : wide(t, (struct cell){CELL_INT, {.i = v}});
}

void table_set_real(struct table *t, size_t row, size_t col, double v)
{
	uint64_t *c = at(t, row, col);
	*c = EMPTY;
	if (isfinite(v))
		memcpy(c, &v, sizeof v);
}

static void note_append(struct table *t, size_t row, const char *reason)
{
	const char *note = text_of(t, *at(t, row, t->col_note));
	if (note && strstr(note, reason))
		return;
	char *s = note ? xasprintf("%s; %s", note, reason) : xstrdup(reason);
	*at(t, row, t->col_note) = text_bits(t, strpool_get(&t->pool, s));
	free(s);
}

void table_set_undefined(struct table *t, size_t row, size_t col, const char *reason)
{
	*at(t, row, col) = EMPTY;
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
			*at(t, row, j) = EMPTY;
	table_set_int(t, row, t->col_suppressed, 1);
	if (reason)
		note_append(t, row, reason);
}

int table_is_suppressed(const struct table *t, size_t row)
{
	struct cell c = table_cell(t, row, t->col_suppressed);
	return c.kind == CELL_INT && c.v.i != 0;
}

struct cell table_cell(const struct table *t, size_t row, size_t col)
{
	return decode(t, *at(t, row, col));
}

double table_get_real(const struct table *t, size_t row, size_t col)
{
	struct cell c = table_cell(t, row, col);
	if (c.kind == CELL_REAL)
		return c.v.r;
	if (c.kind == CELL_INT)
		return (double)c.v.i;
	return NAN;
}

const char *table_get_text(const struct table *t, size_t row, size_t col)
{
	return text_of(t, *at(t, row, col));
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
	uint64_t *cells = xmalloc((n ? n : 1) * t->ncols * sizeof *cells);
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
