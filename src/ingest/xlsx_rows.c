/* xlsx_rows.c - a sheet's XML to rows for the row readers: each <row> a
 * row, each <c> a field at its column (a gap is an empty field), the value
 * as Excel shows it in a plain cell: shared or inline text, a number as
 * written, a date-styled number as an ISO date.  An error value (#N/A) or an
 * over-long text is reported at its cell and its row is not passed on. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "xlsx.h"

struct field {
	long col;
	size_t off, len;
};

struct sheet_state {
	const struct xlsx_book *b;
	const char *file;
	struct diag *d;
	csv_row_fn fn;
	void *ctx;
	/* the cell being read */
	long row, col;
	char type[12];
	int style, in_v, in_is_t, in_c;
	struct xlsx_text val;
	/* the row being built */
	struct xlsx_text buf;
	struct field *fields;
	size_t nf, capf;
	int row_bad;
	long index;
	size_t width;  /* the header's fields */
	/* the dense row handed on */
	const char **f;
	size_t *len;
	long *line;
	size_t capd;
};

static long cell_col(const char *ref, long prev)
{
	long col = 0;
	for (; ref && *ref >= 'A' && *ref <= 'Z'; ref++)
		col = col * 26 + (*ref - 'A' + 1);
	return col > 0 ? col : prev + 1; /* a cell without a reference follows the last */
}

static void cell_start(struct sheet_state *s, const char **atts)
{
	const char *t = xlsx_attr(atts, "t"), *st = xlsx_attr(atts, "s");
	s->col = cell_col(xlsx_attr(atts, "r"), s->col);
	snprintf(s->type, sizeof s->type, "%s", t ? t : "n");
	s->style = st ? atoi(st) : 0;
	s->val.n = 0;
	if (s->val.p)
		s->val.p[0] = '\0';
	s->in_c = 1;
}

static void on_start(void *ud, const char *name, const char **atts)
{
	struct sheet_state *s = ud;
	const char *l = xlsx_local(name);
	if (strcmp(l, "row") == 0) {
		const char *r = xlsx_attr(atts, "r");
		s->row = r ? atol(r) : s->row + 1;
		s->col = 0;
		s->nf = s->buf.n = 0;
		s->row_bad = 0;
	} else if (strcmp(l, "c") == 0) {
		cell_start(s, atts);
	} else if (s->in_c && strcmp(l, "v") == 0) {
		s->in_v = 1;
	} else if (s->in_c && strcmp(l, "t") == 0) {
		s->in_is_t = 1; /* <is><t> or <is><r><t> of an inline string */
	}
}

static void on_text(void *ud, const char *t, int len)
{
	struct sheet_state *s = ud;
	if (s->in_v || s->in_is_t)
		xlsx_text_put(&s->val, t, (size_t)len);
}

static void cell_error(struct sheet_state *s, const char *fmt, const char *what)
{
	if (!s->row_bad)
		diag_error(s->d, s->file, s->row, s->col, fmt, what);
	s->row_bad = 1;
}

/* The cell's value as text, "" for none; NULL when it cannot be a value. */
static const char *cell_value(struct sheet_state *s, char *tmp, size_t size)
{
	const char *v = s->val.p ? s->val.p : "";
	if (strcmp(s->type, "s") == 0) {
		long i = atol(v);
		return i >= 0 && (size_t)i < s->b->n_strings ? s->b->strings[i] : "";
	}
	if (strcmp(s->type, "e") == 0) {
		cell_error(s, MSG("the cell holds the Excel error %s (expected a value)"), v);
		return NULL;
	}
	if (strcmp(s->type, "b") == 0)
		return strcmp(v, "1") == 0 ? "TRUE" : "FALSE";
	if (strcmp(s->type, "d") == 0) { /* an ISO 8601 date-time: its date */
		snprintf(tmp, size, "%.10s", v);
		return tmp;
	}
	int date = s->style >= 0 && (size_t)s->style < s->b->n_xf && s->b->xf_date[s->style];
	if (strcmp(s->type, "n") == 0 && date && *v) {
		if (xlsx_serial_date(strtod(v, NULL), s->b->date1904, tmp) == 0)
			return tmp;
		cell_error(s, MSG("the cell is a date Excel cannot show (serial %s; expected a "
				  "date from 1900 on)"), v);
		return NULL;
	}
	return v; /* a number as Excel wrote it, or text (t="str", "inlineStr") */
}

static void cell_end(struct sheet_state *s)
{
	char tmp[32];
	s->in_c = 0;
	const char *v = cell_value(s, tmp, sizeof tmp);
	if (!v || !*v)
		return;
	size_t n = strlen(v);
	if (n > INGEST_FIELD_MAX) {
		cell_error(s, "%s", msg_tr("field longer than 65536 bytes (expected at most 64 KiB)"));
		return;
	}
	GROW(s->fields, s->capf, s->nf + 1);
	s->fields[s->nf++] = (struct field){s->col, s->buf.n, n};
	xlsx_text_put(&s->buf, v, n);
	xlsx_text_put(&s->buf, "", 1); /* the NUL that ends the field */
}

static void row_end(struct sheet_state *s)
{
	if (s->nf == 0 || s->row_bad) { /* blank: not a row, as in a CSV */
		if (s->nf && s->row_bad)
			s->index++;
		return;
	}
	size_t n = (size_t)s->fields[s->nf - 1].col;
	for (size_t i = 0; i < s->nf; i++)
		if ((size_t)s->fields[i].col > n)
			n = (size_t)s->fields[i].col;
	if (s->index == 0)
		s->width = n;
	if (n < s->width) /* Excel stores no empty cells at the end of a row */
		n = s->width;
	if (n > s->capd) {
		s->capd = n;
		s->f = xrealloc(s->f, n * sizeof *s->f);
		s->len = xrealloc(s->len, n * sizeof *s->len);
		s->line = xrealloc(s->line, n * sizeof *s->line);
	}
	for (size_t i = 0; i < n; i++) {
		s->f[i] = "";
		s->len[i] = 0;
		s->line[i] = s->row;
	}
	for (size_t i = 0; i < s->nf; i++) {
		size_t j = (size_t)s->fields[i].col - 1;
		s->f[j] = s->buf.p + s->fields[i].off;
		s->len[j] = s->fields[i].len;
	}
	struct csv_row row = {n, s->f, s->len, s->line, s->row, s->index++};
	s->fn(s->ctx, &row);
}

static void on_end(void *ud, const char *name)
{
	struct sheet_state *s = ud;
	const char *l = xlsx_local(name);
	if (strcmp(l, "v") == 0)
		s->in_v = 0;
	else if (strcmp(l, "t") == 0)
		s->in_is_t = 0;
	else if (strcmp(l, "c") == 0)
		cell_end(s);
	else if (strcmp(l, "row") == 0)
		row_end(s);
}

long xlsx_rows(const struct xlsx_book *b, const unsigned char *xml, size_t n, const char *file,
	       csv_row_fn fn, void *ctx, struct diag *d)
{
	struct sheet_state s = {0};
	s.b = b;
	s.file = file;
	s.d = d;
	s.fn = fn;
	s.ctx = ctx;
	struct xml_handlers h = {&s, on_start, on_end, on_text};
	int r = xlsx_parse_xml(xml, n, &h, file, d);
	free(s.val.p);
	free(s.buf.p);
	free(s.fields);
	free(s.f);
	free(s.len);
	free(s.line);
	return r == 0 ? s.index : -1;
}

/* Days from 1970-01-01 to a civil date and back (H. Hinnant's algorithms). */
static void civil_from_days(long z, int *y, int *m, int *d)
{
	z += 719468;
	long era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

int xlsx_serial_date(double serial, int date1904, char iso[11])
{
	if (!(serial >= 1 && serial < 2958466)) /* 1900-01-01 .. 9999-12-31 */
		return -1;
	long days = (long)floor(serial);
	/* 1900 system: day 1 is 1900-01-01 and Excel counts a 29 February 1900
	 * that never was (serial 60), so from 61 on day 0 is 1899-12-30 */
	long unix_days = date1904 ? days - 24107 : days - (days < 61 ? 25568 : 25569);
	int y, m, d;
	civil_from_days(unix_days, &y, &m, &d);
	snprintf(iso, 11, "%04u-%02u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u, (unsigned)d % 100u);
	return 0;
}
