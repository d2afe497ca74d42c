/* csv.c - the one CSV writer (RFC 4180 quoting), for analyse's tables, the
 * report's and the factors command's. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "goedwerk/alloc.h"
#include "goedwerk/number.h"
#include "goedwerk/output.h"

/* One CSV line, built in memory and written with one fwrite: a table of
 * millions of rows spends its time here, not in stdio's per-call locking. */
struct line {
	char *p;
	size_t n, cap;
};

static void line_put(struct line *l, const char *s, size_t n)
{
	if (l->n + n + 1 > l->cap)
		GROW(l->p, l->cap, l->n + n + 1);
	memcpy(l->p + l->n, s, n);
	l->n += n;
}

int output_formula_risk(const char *s)
{
	if (!s || !*s || !strchr("=+-@\t\r", *s))
		return 0;
	if (*s == '\t' || *s == '\r' || *s == '=' || *s == '@')
		return 1;
	char *end;
	strtod(s, &end); /* "-1.5" is a number, not a formula */
	return *end != '\0';
}

/* A text cell; one that a spreadsheet would run as a formula is prefixed
 * with an apostrophe and quoted (OWASP, CSV injection). */
static void line_text(struct line *l, const char *s, char delim)
{
	int risk = output_formula_risk(s);
	if (!risk && !strpbrk(s, "\"\r\n") && !strchr(s, delim)) {
		line_put(l, s, strlen(s));
		return;
	}
	line_put(l, risk ? "\"'" : "\"", risk ? 2 : 1);
	for (; *s; s++) {
		if (*s == '"')
			line_put(l, "\"", 1);
		line_put(l, s, 1);
	}
	line_put(l, "\"", 1);
}

static void line_int(struct line *l, long long v)
{
	char tmp[24];
	int k = 0;
	unsigned long long u = v < 0 ? 0ull - (unsigned long long)v : (unsigned long long)v;
	do {
		tmp[k++] = (char)('0' + u % 10);
		u /= 10;
	} while (u);
	if (v < 0)
		tmp[k++] = '-';
	if (l->n + (size_t)k + 1 > l->cap)
		GROW(l->p, l->cap, l->n + (size_t)k + 1);
	while (k)
		l->p[l->n++] = tmp[--k];
}

int table_write_csv(const struct table *t, FILE *out, const struct table_format *fmt)
{
	int comma = fmt && fmt->decimal_comma;
	char delim = comma ? ';' : ',', buf[64];
	struct line l = {NULL, 0, 0};
	for (size_t j = 0; j < t->ncols; j++) {
		if (j)
			line_put(&l, &delim, 1);
		line_text(&l, t->cols[j].name, delim);
	}
	line_put(&l, "\n", 1);
	int bad = fwrite(l.p, 1, l.n, out) != l.n;
	for (size_t i = 0; i < t->nrows && !bad; i++) {
		l.n = 0;
		for (size_t j = 0; j < t->ncols; j++) {
			struct cell c = table_cell(t, i, j);
			if (j)
				line_put(&l, &delim, 1);
			if (c.kind == CELL_TEXT)
				line_text(&l, c.v.text, delim);
			else if (c.kind == CELL_INT)
				line_int(&l, c.v.i);
			else if (c.kind == CELL_REAL) {
				fmt_real(buf, sizeof buf, c.v.r, comma);
				line_put(&l, buf, strlen(buf));
			}
		}
		line_put(&l, "\n", 1);
		bad = fwrite(l.p, 1, l.n, out) != l.n;
	}
	free(l.p);
	return bad || ferror(out) ? -1 : 0;
}

int output_mkdirs(const char *path)
{
	char *p = xstrdup(path);
	for (char *s = p + 1;; s++) {
		char c = *s;
		if (c == '/' || c == '\0') {
			*s = '\0';
			if (mkdir(p, 0777) != 0 && errno != EEXIST) {
				free(p);
				return -1;
			}
			*s = c;
		}
		if (c == '\0')
			break;
	}
	free(p);
	return 0;
}

static enum gw_status write_one(const struct table *t, const char *dir,
				const struct table_format *fmt, FILE *err)
{
	enum gw_status st = GW_OK;
	char *path = xasprintf("%s/%s.csv", dir, t->name);
	FILE *f = fopen(path, "wb");
	/* Dutch Excel reads a decimal-comma CSV as Windows-1252 unless it opens with a BOM */
	int bad = !f || (fmt && fmt->decimal_comma && fputs("\xEF\xBB\xBF", f) == EOF) ||
		  table_write_csv(t, f, fmt) != 0;
	if ((f && fclose(f) != 0) || bad) {
		fprintf(err, "goedwerk: cannot write %s: %s\n", path, strerror(errno));
		st = GW_EINTERNAL;
	}
	free(path);
	return st;
}

static enum gw_status write_some(const struct table *const *v, size_t n, const char *out_dir,
				 const struct table_format *fmt, FILE *err)
{
	char *dir = xasprintf("%s/tables", out_dir);
	if (output_mkdirs(dir) != 0) {
		fprintf(err, "goedwerk: cannot create %s: %s\n", dir, strerror(errno));
		free(dir);
		return GW_EINTERNAL;
	}
	enum gw_status st = GW_OK;
	for (size_t i = 0; i < n && st == GW_OK; i++)
		st = write_one(v[i], dir, fmt, err);
	free(dir);
	return st;
}

enum gw_status output_write_table(const struct table *t, const char *out_dir,
				  const struct table_format *fmt, FILE *err)
{
	return write_some(&t, 1, out_dir, fmt, err);
}

enum gw_status output_write_tables(const struct table_set *ts, const char *out_dir,
				   const struct table_format *fmt, FILE *err)
{
	return write_some((const struct table *const *)ts->v, ts->n, out_dir, fmt, err);
}
