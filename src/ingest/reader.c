/* reader.c - what every per-kind reader shares: the header row, the shape
 * of each data row (one field per header column; nameless columns must stay
 * empty), access to a column by spec. */
#include <string.h>
#include "internal.h"

const char *reader_get(const struct reader *r, const struct csv_row *row, int s)
{
	int i = r->h.idx[s];
	return i >= 0 && (size_t)i < row->n ? row->f[i] : "";
}

long reader_col(const struct reader *r, int s)
{
	return r->h.idx[s] >= 0 ? r->h.idx[s] + 1 : 0;
}

long reader_line(const struct csv_row *row, const struct reader *r, int s)
{
	int i = r->h.idx[s];
	return i >= 0 && (size_t)i < row->n ? row->line[i] : row->row_line;
}

static int shape_ok(struct reader *r, const struct csv_row *row)
{
	struct diag *d = r->c->d;
	if (row->n < r->h.n_fields) {
		diag_error(d, r->file, row->line[row->n - 1], (long)row->n,
			   "row has %zu fields (expected %zu, one per header column)",
			   row->n, r->h.n_fields);
		return 0;
	}
	for (size_t i = r->h.n_fields; i < row->n; i++)
		if (row->len[i]) {
			diag_error(d, r->file, row->line[i], (long)i + 1,
				   "row has %zu fields (expected %zu, one per header column)",
				   row->n, r->h.n_fields);
			return 0;
		}
	for (size_t i = 0; i < r->h.n_fields; i++)
		if (r->h.spec_of[i] == -2 && !r->h.lname[i][0] && row->len[i]) {
			diag_error(d, r->file, row->line[i], (long)i + 1,
				   "value in a column without a name (expected a header name)");
			return 0;
		}
	return 1;
}

static void on_row(void *vr, const struct csv_row *row)
{
	struct reader *r = vr;
	if (row->index == 0) {
		header_read(&r->h, r->specs, r->n_specs, row, r->file, r->others_ok, r->c->d);
		if (r->on_header && r->h.ok)
			r->on_header(r, row);
		return;
	}
	r->rows++;
	if (r->h.ok && shape_ok(r, row))
		r->row(r, row);
}

long reader_run(struct reader *r, const unsigned char *t, size_t n, char delim, int has_cr)
{
	r->c->file = r->file;
	long rows = r->c->sheet ? ingest_sheet_rows(r->c->sheet, r->file, on_row, r, r->c->d)
				: ingest_parse(r->file, t, n, delim, has_cr, on_row, r, r->c->d);
	header_free(&r->h);
	if (rows == 0) /* only a BOM, blank lines or delimiters */
		diag_error(r->c->d, r->file, 0, 0, "no header row (expected a header row)");
	return rows - 1;
}

struct reader reader_for(struct ingest_ctx *c, const char *file, const struct col_spec *specs,
			 size_t n_specs, void (*row)(struct reader *r, const struct csv_row *row))
{
	struct reader r = {0};
	r.c = c;
	r.file = file;
	r.specs = specs;
	r.n_specs = n_specs;
	r.row = row;
	return r;
}
