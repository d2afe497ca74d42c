/* table.h - result tables in memory (the shared model; written by output.h).
 *
 * A table has named columns; key columns say what a row describes (phase,
 * stratum, card, ...), value columns hold numbers or text.  Every table
 * carries two extra columns at the end: `suppressed` (1 when the row
 * describes fewer than --min-cell people: its value cells are then emptied)
 * and `note` (why a cell is empty: "no variation", "one group", ...).
 *
 * Cells are set by column index (table_col looks an index up by name).  A
 * cell that is never set is empty.
 * table_free releases a table and all its cells.
 *
 * A cell is stored in 8 bytes (a national run holds tens of millions): a
 * finite double as itself, anything else as a NaN bit pattern (a table
 * never holds a non-finite number) tagged empty, text (a pool pointer),
 * integer (below 2^47 in size) or an index into the table's few wide
 * cells (an integer or pointer that does not fit).  table_cell decodes. */
#ifndef GOEDWERK_TABLE_H
#define GOEDWERK_TABLE_H

#include <stddef.h>
#include <stdint.h>
#include "goedwerk/strpool.h"

enum cell_kind { CELL_EMPTY = 0, CELL_TEXT, CELL_INT, CELL_REAL };

struct cell {
	enum cell_kind kind;
	union { const char *text; long long i; double r; } v; /* text lives in the table's pool */
};

struct column {
	const char *name;
	int key;             /* 1: describes the row; kept when suppressed */
};

struct table {
	char *name;          /* "value_summary" (file name without .csv) */
	struct column *cols; /* ncols includes suppressed and note */
	size_t ncols;
	uint64_t *cells;     /* nrows x ncols, encoded (table.c) */
	size_t nrows, caprows;
	struct cell *wide;   /* cells that do not fit 8 bytes */
	size_t nwide, capwide;
	size_t col_suppressed, col_note;
	struct strpool pool; /* every text cell, once per distinct value */
	const char *empty_reason; /* why the table has no rows (in pool); NULL: not said */
};

/* cols: the table's own columns; suppressed/note are appended. */
struct table *table_new(const char *name, const struct column *cols, size_t ncols);
void table_free(struct table *t);

/* Index of column name, or (size_t)-1. */
size_t table_col(const struct table *t, const char *name);

/* Start a new row; returns its index. */
size_t table_add_row(struct table *t);
void table_set_text(struct table *t, size_t row, size_t col, const char *s);
void table_set_int(struct table *t, size_t row, size_t col, long long v);
/* A non-finite v is stored as empty. */
void table_set_real(struct table *t, size_t row, size_t col, double v);
/* Empty the cell and append reason to the row's note ("; "-separated). */
void table_set_undefined(struct table *t, size_t row, size_t col, const char *reason);
/* A p-value: one that underflowed to 0 (a chi-square tail beyond what a
 * double holds) is written as the bound the computation can state, the
 * smallest positive double (2.2250738585072014e-308), with a note saying
 * so, never as 0. */
void table_set_p(struct table *t, size_t row, size_t col, double p);
/* A share (0..1) summed from parts: rounding above 1 is clamped to 1. */
void table_set_share(struct table *t, size_t row, size_t col, double v);
/* Why a table has no rows, in words ("no personal sorts in the selection"):
 * set by the builder that leaves it empty (the first reason given stays);
 * analyse says it on stderr and the report where the table would be. */
void table_set_empty_reason(struct table *t, const char *reason);
/* Append reason to the row's note, leaving its cells as they are. */
void table_note(struct table *t, size_t row, const char *reason);
/* Empty every value column of the row, set suppressed = 1. */
void table_suppress_row(struct table *t, size_t row, const char *reason);
int table_is_suppressed(const struct table *t, size_t row);

struct cell table_cell(const struct table *t, size_t row, size_t col);
/* Convenience getters: NaN / NULL when empty or of another kind. */
double table_get_real(const struct table *t, size_t row, size_t col);
const char *table_get_text(const struct table *t, size_t row, size_t col);

/* Sort rows by a comparison of two row indices (stable). */
void table_sort(struct table *t,
		int (*cmp)(const struct table *t, size_t a, size_t b, void *arg), void *arg);

/* A set of built tables, in registry order; table_set_free frees them all. */
struct table_set {
	struct table **v;
	size_t n;
};
const struct table *table_set_find(const struct table_set *ts, const char *name);
void table_set_free(struct table_set *ts);

#endif
