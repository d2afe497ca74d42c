/* xlsx.c - an Excel workbook as a bundle's input (libzip + libexpat): its
 * sheets (workbook.xml and its relationships), shared strings and which cell
 * styles are dates (styles.xml).  The rows of a sheet: xlsx_rows.c.  A file
 * that is no readable workbook is an error, never skipped. */
#include <expat.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>
#include "goedwerk/alloc.h"
#include "xlsx.h"

#define PART_MAX ((zip_uint64_t)1 << 30) /* a larger part is refused (a zip bomb) */

const char *xlsx_local(const char *name)
{
	const char *bar = strrchr(name, '|');
	return bar ? bar + 1 : name;
}

const char *xlsx_attr(const char **atts, const char *local)
{
	for (; atts && atts[0]; atts += 2)
		if (strcmp(xlsx_local(atts[0]), local) == 0)
			return atts[1];
	return NULL;
}

int xlsx_parse_xml(const unsigned char *s, size_t n, struct xml_handlers *h, const char *shown,
		   struct diag *d)
{
	XML_Parser p = XML_ParserCreateNS(NULL, '|');
	XML_SetUserData(p, h->ud);
	XML_SetElementHandler(p, h->start, h->end);
	XML_SetCharacterDataHandler(p, h->text);
	int ok = 1;
	for (size_t off = 0; ok;) { /* XML_Parse takes an int length */
		size_t k = n - off > (1u << 30) ? (1u << 30) : n - off;
		ok = XML_Parse(p, (const char *)s + off, (int)k, off + k == n) == XML_STATUS_OK;
		off += k;
		if (off == n)
			break;
	}
	if (!ok)
		diag_error(d, shown, 0, 0, "cannot read the workbook: %s at line %lu of its XML "
			   "(expected an .xlsx saved by Excel or LibreOffice)",
			   XML_ErrorString(XML_GetErrorCode(p)), (unsigned long)XML_GetCurrentLineNumber(p));
	XML_ParserFree(p);
	return ok ? 0 : -1;
}

unsigned char *xlsx_part(struct xlsx_book *b, const char *part, size_t *n, int optional)
{
	zip_stat_t st;
	if (zip_stat(b->zip, part, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE)) {
		if (!optional)
			diag_error(b->d, b->path, 0, 0, "cannot read the workbook: it has no %s (expected "
				   "an .xlsx saved by Excel or LibreOffice)", part);
		return NULL;
	}
	if (st.size > PART_MAX) {
		diag_error(b->d, b->path, 0, 0, "cannot read the workbook: %s unpacks to %llu bytes "
			   "(expected at most 1 GiB)", part, (unsigned long long)st.size);
		return NULL;
	}
	zip_file_t *f = zip_fopen(b->zip, part, 0);
	unsigned char *buf = xmalloc((size_t)st.size + 1);
	zip_int64_t got = f ? zip_fread(f, buf, st.size) : -1;
	if (f)
		zip_fclose(f);
	if (got < 0 || (zip_uint64_t)got != st.size) {
		diag_error(b->d, b->path, 0, 0, "cannot read the workbook: %s is damaged (%s)", part,
			   zip_strerror(b->zip));
		free(buf);
		return NULL;
	}
	*n = (size_t)st.size;
	return buf;
}

/* ---- shared strings: the text of each <si>, its phonetic runs left out ---- */

struct sst_state {
	struct xlsx_book *b;
	struct xlsx_text cur;
	int in_t, in_rph;
};

void xlsx_text_put(struct xlsx_text *t, const char *s, size_t n)
{
	if (t->n + n + 1 > t->cap)
		GROW(t->p, t->cap, t->n + n + 1);
	memcpy(t->p + t->n, s, n);
	t->n += n;
	t->p[t->n] = '\0';
}

static void sst_start(void *ud, const char *name, const char **atts)
{
	(void)atts;
	struct sst_state *s = ud;
	const char *l = xlsx_local(name);
	if (strcmp(l, "si") == 0)
		s->cur.n = 0;
	s->in_t += strcmp(l, "t") == 0;
	s->in_rph += strcmp(l, "rPh") == 0;
}

static void sst_end(void *ud, const char *name)
{
	struct sst_state *s = ud;
	const char *l = xlsx_local(name);
	s->in_t -= strcmp(l, "t") == 0;
	s->in_rph -= strcmp(l, "rPh") == 0;
	if (strcmp(l, "si") == 0) {
		struct xlsx_book *b = s->b;
		GROW(b->strings, b->cap_strings, b->n_strings + 1);
		b->strings[b->n_strings++] = xstrdup(s->cur.p ? s->cur.p : "");
	}
}

static void sst_text(void *ud, const char *t, int len)
{
	struct sst_state *s = ud;
	if (s->in_t && !s->in_rph)
		xlsx_text_put(&s->cur, t, (size_t)len);
}

/* ---- styles: which cell formats show a date ---- */

struct style_state {
	struct xlsx_book *b;
	int in_xfs;
	struct { int id; int date; } *fmts;
	size_t n_fmts, cap_fmts;
};

/* A number format shows a date when it has a day, month or year code outside
 * quoted text, [colour] and escaped characters (a time alone is no date). */
static int code_is_date(const char *code)
{
	for (const char *s = code; *s; s++) {
		if (*s == '"') {
			while (s[1] && s[1] != '"')
				s++;
			s += s[1] != '\0';
		} else if (*s == '[') {
			while (s[1] && s[1] != ']')
				s++;
		} else if (*s == '\\' || *s == '_' || *s == '*') {
			s += s[1] != '\0';
		} else if (strchr("dDyY", *s)) {
			return 1;
		}
	}
	return 0;
}

/* The built-in number formats that show a date (ECMA-376 18.8.30). */
static int builtin_is_date(int id)
{
	return (id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 31) || (id >= 34 && id <= 36) ||
	       (id >= 50 && id <= 58);
}

static int fmt_is_date(const struct style_state *s, int id)
{
	for (size_t i = 0; i < s->n_fmts; i++)
		if (s->fmts[i].id == id)
			return s->fmts[i].date;
	return builtin_is_date(id);
}

static void style_start(void *ud, const char *name, const char **atts)
{
	struct style_state *s = ud;
	const char *l = xlsx_local(name), *id = xlsx_attr(atts, "numFmtId");
	if (strcmp(l, "cellXfs") == 0)
		s->in_xfs = 1;
	if (strcmp(l, "numFmt") == 0 && id) {
		GROW(s->fmts, s->cap_fmts, s->n_fmts + 1);
		const char *code = xlsx_attr(atts, "formatCode");
		s->fmts[s->n_fmts].id = atoi(id);
		s->fmts[s->n_fmts++].date = code && code_is_date(code);
	}
	if (strcmp(l, "xf") == 0 && s->in_xfs) {
		struct xlsx_book *b = s->b;
		GROW(b->xf_date, b->cap_xf, b->n_xf + 1);
		b->xf_date[b->n_xf++] = (unsigned char)(id && fmt_is_date(s, atoi(id)));
	}
}

static void style_end(void *ud, const char *name)
{
	struct style_state *s = ud;
	if (strcmp(xlsx_local(name), "cellXfs") == 0)
		s->in_xfs = 0;
}

/* ---- the workbook: its sheets in order, each sheet's part ---- */

struct book_state {
	struct xlsx_book *b;
	char **ids;
};

static void book_start(void *ud, const char *name, const char **atts)
{
	struct book_state *s = ud;
	struct xlsx_book *b = s->b;
	const char *l = xlsx_local(name);
	if (strcmp(l, "workbookPr") == 0) {
		const char *v = xlsx_attr(atts, "date1904");
		b->date1904 = v && (strcmp(v, "1") == 0 || strcmp(v, "true") == 0);
	}
	const char *sheet = xlsx_attr(atts, "name"), *id = xlsx_attr(atts, "id");
	if (strcmp(l, "sheet") == 0 && sheet && id) {
		GROW(b->sheets, b->cap_sheets, b->n_sheets + 1);
		s->ids = xrealloc(s->ids, (b->n_sheets + 1) * sizeof *s->ids);
		b->sheets[b->n_sheets] = (struct xlsx_sheet){xstrdup(sheet), NULL};
		s->ids[b->n_sheets++] = xstrdup(id);
	}
}

static void rels_start(void *ud, const char *name, const char **atts)
{
	struct book_state *s = ud;
	struct xlsx_book *b = s->b;
	const char *id = xlsx_attr(atts, "Id"), *target = xlsx_attr(atts, "Target");
	if (strcmp(xlsx_local(name), "Relationship") != 0 || !id || !target)
		return;
	for (size_t i = 0; i < b->n_sheets; i++)
		if (!b->sheets[i].part && strcmp(s->ids[i], id) == 0)
			b->sheets[i].part = target[0] == '/' ? xstrdup(target + 1)
							      : xasprintf("xl/%s", target);
}

static int read_xml(struct xlsx_book *b, const char *part, int optional, struct xml_handlers *h)
{
	size_t n, errors = b->d->n_errors;
	unsigned char *s = xlsx_part(b, part, &n, optional);
	if (!s)
		return optional && b->d->n_errors == errors ? 0 : -1;
	int r = xlsx_parse_xml(s, n, h, b->path, b->d);
	free(s);
	return r;
}

static int read_book(struct xlsx_book *b)
{
	struct book_state bs = {b, NULL};
	struct xml_handlers hb = {&bs, book_start, NULL, NULL}, hr = {&bs, rels_start, NULL, NULL};
	int r = read_xml(b, "xl/workbook.xml", 0, &hb);
	if (r == 0)
		r = read_xml(b, "xl/_rels/workbook.xml.rels", 0, &hr);
	for (size_t i = 0; i < b->n_sheets; i++) {
		if (r == 0 && !b->sheets[i].part) {
			diag_error(b->d, b->path, 0, 0, "cannot read the workbook: sheet '%s' has no "
				   "part (expected an .xlsx saved by Excel or LibreOffice)", b->sheets[i].name);
			r = -1;
		}
		free(bs.ids[i]);
	}
	free(bs.ids);
	return r;
}

static zip_t *open_zip(const char *path, const void *mem, size_t n, zip_error_t *e)
{
	if (!mem) {
		int code = 0;
		zip_t *z = zip_open(path, ZIP_RDONLY, &code);
		if (!z)
			zip_error_init_with_code(e, code);
		return z;
	}
	zip_source_t *src = zip_source_buffer_create(mem, n, 0, e);
	zip_t *z = src ? zip_open_from_source(src, ZIP_RDONLY, e) : NULL;
	if (!z)
		zip_source_free(src);
	return z;
}

struct xlsx_book *xlsx_open(const char *path, const void *mem, size_t n, struct diag *d)
{
	zip_error_t e;
	zip_error_init(&e);
	zip_t *z = open_zip(path, mem, n, &e);
	if (!z)
		diag_error(d, path, 0, 0, "cannot read as an Excel workbook: %s (expected an .xlsx "
			   "saved by Excel or LibreOffice)", zip_error_strerror(&e));
	zip_error_fini(&e);
	if (!z)
		return NULL;
	struct xlsx_book *b = xcalloc(1, sizeof *b);
	b->zip = z;
	b->path = path;
	b->d = d;
	size_t errors = d->n_errors;
	struct sst_state ss = {b, {NULL, 0, 0}, 0, 0};
	struct style_state st = {b, 0, NULL, 0, 0};
	struct xml_handlers hs = {&ss, sst_start, sst_end, sst_text}, hy = {&st, style_start, style_end, NULL};
	int r = read_book(b);
	if (r == 0)
		r = read_xml(b, "xl/sharedStrings.xml", 1, &hs);
	if (r == 0)
		r = read_xml(b, "xl/styles.xml", 1, &hy);
	free(ss.cur.p);
	free(st.fmts);
	if (r != 0 || d->n_errors != errors) {
		xlsx_close(b);
		return NULL;
	}
	return b;
}

void xlsx_close(struct xlsx_book *b)
{
	if (!b)
		return;
	zip_discard(b->zip);
	for (size_t i = 0; i < b->n_sheets; i++) {
		free(b->sheets[i].name);
		free(b->sheets[i].part);
	}
	free(b->sheets);
	for (size_t i = 0; i < b->n_strings; i++)
		free(b->strings[i]);
	free(b->strings);
	free(b->xf_date);
	free(b);
}
