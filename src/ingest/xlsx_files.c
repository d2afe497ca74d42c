/* xlsx_files.c - which sheets of a workbook make the bundle, and reading
 * one.  A workbook named like a file kind (sorts.xlsx, deelnemers.xlsx) is
 * that file: its first sheet is read.  Any other workbook holds the bundle
 * as sheets named like the file kinds (trajecten, deelnemers, sorteringen,
 * ...); the template's instruction and list sheets are passed over, and any
 * other sheet name is an error, as an unknown file name is. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include "goedwerk/alloc.h"
#include "goedwerk/sha256.h"
#include "xlsx.h"

/* Sheets of `goedwerk template` that hold no data. */
static const char *const not_data[] = {"instructies", "instructions", "lijsten", "lists"};

static int same_file(const char *a, const char *b)
{
	struct stat sa, sb;
	return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
	       sa.st_ino == sb.st_ino;
}

static void add_sheet(struct input_file **v, size_t *n, size_t *cap, const char *path,
		      const struct ingest_mem_file *mem, const struct xlsx_sheet *s,
		      enum file_kind kind)
{
	GROW(*v, *cap, *n + 1);
	(*v)[*n] = (struct input_file){.path = xasprintf("%s:%s!", path, s->name), .kind = kind,
				       .mem = mem ? mem->bytes : NULL, .mem_n = mem ? mem->n : 0,
				       .book = xstrdup(path), .part = xstrdup(s->part)};
	(*n)++;
}

static int is_not_data(const char *name)
{
	for (size_t i = 0; i < sizeof not_data / sizeof *not_data; i++)
		if (strcasecmp(name, not_data[i]) == 0)
			return 1;
	return 0;
}

static void unknown_sheet(struct diag *d, const char *path, const char *name)
{
	char en[256], nl[256], *where = xasprintf("%s:%s", path, name);
	ingest_kind_names(en, sizeof en, 0, "");
	ingest_kind_names(nl, sizeof nl, 1, "");
	diag_error(d, where, 0, 0, "unknown sheet name (expected one of %s; or in Dutch %s; "
		   "or instructies, lijsten)", en, nl);
	free(where);
}

void ingest_add_workbook(struct input_file **v, size_t *n, size_t *cap, const char *path,
			 const struct ingest_mem_file *mem, struct diag *d)
{
	for (size_t i = 0; i < *n && !mem; i++)
		if ((*v)[i].book && same_file((*v)[i].book, path))
			return; /* named twice: read once */
	struct xlsx_book *b = mem ? xlsx_open(path, mem->bytes, mem->n, d) : xlsx_open(path, NULL, 0, d);
	if (!b)
		return;
	enum file_kind named = ingest_file_kind(path);
	size_t added = 0;
	for (size_t i = 0; i < b->n_sheets && !(named != FK_UNKNOWN && added); i++) {
		const struct xlsx_sheet *s = &b->sheets[i];
		enum file_kind k = named != FK_UNKNOWN ? named : ingest_kind_of_stem(s->name);
		if (k != FK_UNKNOWN) {
			add_sheet(v, n, cap, path, mem, s, k);
			added++;
		} else if (!is_not_data(s->name)) {
			unknown_sheet(d, path, s->name);
		}
	}
	if (!added && named == FK_UNKNOWN && b->n_sheets)
		diag_error(d, path, 0, 0, "no sheet of the workbook is named like a bundle file "
			   "(expected sheets such as trajecten, deelnemers, sorteringen)");
	if (!b->n_sheets)
		diag_error(d, path, 0, 0, "the workbook has no sheets (expected a sheet per file)");
	xlsx_close(b);
}

/* The sheet's XML is what is stored and hashed for it (its bytes in the
 * workbook; the zip around it changes whenever Excel saves). */
static void record(struct ingest_ctx *c, const char *shown, const unsigned char *xml, size_t n)
{
	struct bundle *b = c->b;
	GROW(b->files, b->cap_files, b->n_files + 1);
	struct bundle_input_file *bf = &b->files[b->n_files++];
	size_t len = strlen(shown);
	bf->path = ingest_intern(c, shown, len && shown[len - 1] == '!' ? len - 1 : len);
	struct sha256 h;
	unsigned char dg[32];
	sha256_init(&h);
	sha256_update(&h, xml, n);
	sha256_final(&h, dg);
	sha256_hex(dg, bf->sha256);
}

void ingest_read_sheet(struct ingest_ctx *c, const struct input_file *f)
{
	struct xlsx_book *b = xlsx_open(f->book, f->mem, f->mem_n, c->d);
	size_t n;
	unsigned char *xml = b ? xlsx_part(b, f->part, &n, 0) : NULL;
	if (xml) {
		record(c, f->path, xml, n);
		struct ingest_sheet sheet = {b, xml, n};
		c->sheet = &sheet;
		ingest_kinds[f->kind].read(c, f->path, NULL, 0, ',', 0);
		c->sheet = NULL;
		free(xml);
	}
	xlsx_close(b);
}

long ingest_sheet_rows(const struct ingest_sheet *s, const char *file, csv_row_fn fn, void *ctx,
		       struct diag *d)
{
	return xlsx_rows(s->book, s->xml, s->n, file, fn, ctx, d);
}
