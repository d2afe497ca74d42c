/* parse.c - CSV text to rows with libcsv, fed one physical line at a time so
 * that every field knows the line where it opens (the LINE of a diagnostic).
 *
 * libcsv runs in strict mode: a stray quote stops it; we report the first
 * one of a row, skip the byte and go on.  The field buffer is capped at
 * INGEST_FIELD_MAX + 2 bytes by our realloc function, so a huge field (or an
 * unterminated quote that swallows the file) costs 64 KiB, not the file. */
#include <csv.h>
#include <stdlib.h>
#include <string.h>
#include "internal.h"
#include "goedwerk/alloc.h"

#define FIELD_BEGUN 2 /* libcsv's state inside a field (libcsv.c) */

struct rows {
	const char *file;
	struct diag *d;
	csv_row_fn fn;
	void *ctx;
	int has_cr;
	char *buf;               /* the row's fields, each NUL-terminated */
	size_t nbuf, capbuf;
	size_t *off, *len;
	long *line;
	const char **fp;
	size_t nf, capf, capfp;
	long cur_line, start_line;
	int at_row_start, row_bad, too_long;
	long index;
};

/* room for the longest field plus the closing quote libcsv keeps until the
 * field ends, plus one: a field that needs more is too long */
static void *capped_realloc(void *p, size_t n)
{
	return n > INGEST_FIELD_MAX + 2 ? NULL : realloc(p, n);
}

static void row_error(struct rows *r, long line, long col, const char *msg)
{
	if (!r->row_bad)
		diag_error(r->d, r->file, line, col, "%s", msg_tr(msg));
	r->row_bad = 1;
}

static void too_long(struct rows *r)
{
	row_error(r, r->start_line, (long)r->nf + 1,
		  MSG("field longer than 65536 bytes (expected at most 64 KiB)"));
}

static void on_field(void *data, size_t len, void *vr)
{
	struct rows *r = vr;
	if (r->too_long || len > INGEST_FIELD_MAX) {
		too_long(r);
		r->too_long = 0;
		len = 0;
	}
	if (r->nbuf + len + 1 > r->capbuf) /* inline test: this runs per field */
		GROW(r->buf, r->capbuf, r->nbuf + len + 1);
	if (r->nf == r->capf) {
		r->capf = r->capf ? 2 * r->capf : 64;
		r->off = xrealloc(r->off, r->capf * sizeof *r->off);
		r->len = xrealloc(r->len, r->capf * sizeof *r->len);
		r->line = xrealloc(r->line, r->capf * sizeof *r->line);
	}
	char *dst = r->buf + r->nbuf;
	if (len)
		memcpy(dst, data, len);
	if (r->has_cr && len && memchr(dst, '\r', len)) { /* CRLF inside a quoted field */
		size_t k = 0;
		for (size_t i = 0; i < len; i++)
			if (!(dst[i] == '\r' && i + 1 < len && dst[i + 1] == '\n'))
				dst[k++] = dst[i];
		len = k;
	}
	dst[len] = '\0';
	r->off[r->nf] = r->nbuf;
	r->len[r->nf] = len;
	r->line[r->nf] = r->start_line;
	r->nf++;
	r->nbuf += len + 1;
	r->start_line = r->cur_line;
	r->at_row_start = 0;
}

static void on_row(int c, void *vr)
{
	(void)c;
	struct rows *r = vr;
	int blank = 1;
	for (size_t i = 0; i < r->nf && blank; i++)
		blank = r->len[i] == 0;
	long index = blank ? -1 : r->index++; /* a bad header still counts as the header */
	if (!r->row_bad && !blank) {
		if (r->nf > r->capfp)
			GROW(r->fp, r->capfp, r->nf);
		for (size_t i = 0; i < r->nf; i++)
			r->fp[i] = r->buf + r->off[i];
		struct csv_row row = {r->nf, r->fp, r->len, r->line, r->line[0], index};
		r->fn(r->ctx, &row);
	}
	r->nf = r->nbuf = 0;
	r->row_bad = 0;
	r->at_row_start = 1;
}

/* Feed one physical line; recover from strict-mode stops. */
static void feed(struct csv_parser *p, struct rows *r, const unsigned char *s, size_t n)
{
	size_t pos = 0;
	while (pos < n) {
		pos += csv_parse(p, s + pos, n - pos, on_field, on_row, r);
		if (pos >= n)
			break;
		int st = csv_error(p);
		p->status = 0;
		if (st == CSV_EPARSE) {
			row_error(r, r->cur_line, (long)r->nf + 1,
				  MSG("stray double quote (expected quotes only around a whole field, "
				      "doubled inside it)"));
			pos++; /* skip the byte and read on */
		} else {
			/* the field outgrew the cap: forget its bytes, keep the state */
			r->too_long = 1;
			p->entry_pos = 1;
			p->spaces = 0;
		}
	}
	if (p->pstate != 0)
		r->at_row_start = 0;
}

static size_t line_end(const unsigned char *s, size_t i, size_t n, int has_cr)
{
	if (!has_cr) {
		const unsigned char *nl = memchr(s + i, '\n', n - i);
		return nl ? (size_t)(nl - s) + 1 : n;
	}
	for (; i < n; i++) {
		if (s[i] == '\n')
			return i + 1;
		if (s[i] == '\r')
			return i + 1 < n && s[i + 1] == '\n' ? i + 2 : i + 1;
	}
	return n;
}

long ingest_parse(const char *file, const unsigned char *text, size_t n, char delim,
		  int has_cr, csv_row_fn fn, void *ctx, struct diag *d)
{
	struct rows r = {0};
	r.file = file;
	r.d = d;
	r.fn = fn;
	r.ctx = ctx;
	r.has_cr = has_cr;
	r.at_row_start = 1;
	struct csv_parser p;
	csv_init(&p, CSV_STRICT);
	csv_set_delim(&p, (unsigned char)delim);
	csv_set_realloc_func(&p, capped_realloc);
	csv_set_blk_size(&p, 4096);
	for (size_t i = 0; i < n;) {
		size_t e = line_end(text, i, n, has_cr);
		r.cur_line++;
		if (r.at_row_start)
			r.start_line = r.cur_line;
		feed(&p, &r, text + i, e - i);
		i = e;
	}
	if (p.pstate == FIELD_BEGUN && p.quoted) {
		r.too_long = 0;
		row_error(&r, r.start_line, (long)r.nf + 1,
			  MSG("unterminated quoted field (expected a closing double quote)"));
	}
	csv_fini(&p, on_field, on_row, &r);
	csv_free(&p);
	free(r.buf);
	free(r.off);
	free(r.len);
	free(r.line);
	free(r.fp);
	return r.index;
}
