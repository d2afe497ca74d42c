/* xlsx.h - reading Excel workbooks (private to src/ingest; xlsx.c,
 * xlsx_rows.c, xlsx_files.c).  A sheet's rows go to the same row readers as
 * a CSV's: Excel row numbers are the LINE, columns the COLUMN (printed as
 * letters, see diag.h), so every rule and message is the CSV's. */
#ifndef GOEDWERK_INGEST_XLSX_H
#define GOEDWERK_INGEST_XLSX_H

#include <zip.h>
#include "internal.h"

struct xlsx_sheet {
	char *name, *part; /* "sorts", "xl/worksheets/sheet1.xml" */
};

struct xlsx_book {
	zip_t *zip;
	const char *path;
	struct diag *d;
	struct xlsx_sheet *sheets;
	size_t n_sheets, cap_sheets;
	char **strings;          /* the shared strings */
	size_t n_strings, cap_strings;
	unsigned char *xf_date;  /* per cell style: 1 when it shows a date */
	size_t n_xf, cap_xf;
	int date1904;            /* serials count from 1904 (old Mac Excel) */
};

/* Open and read the workbook's index, strings and styles; NULL (reported)
 * when it is no readable workbook.  The workbook is the file at path, or
 * the n bytes at mem when mem is not NULL (path then only names it). */
struct xlsx_book *xlsx_open(const char *path, const void *mem, size_t n, struct diag *d);
void xlsx_close(struct xlsx_book *b);
/* The bytes of a part (caller frees); NULL, reported unless optional and
 * absent. */
unsigned char *xlsx_part(struct xlsx_book *b, const char *part, size_t *n, int optional);

/* Parse a sheet's XML and pass each non-blank row to fn, as ingest_parse
 * does for CSV text (row 0 the header; rows padded to the header's width).
 * file is the sheet as diagnostics name it ("book.xlsx:sorts!").  Returns
 * the number of non-blank rows, -1 when the XML is broken (reported). */
long xlsx_rows(const struct xlsx_book *b, const unsigned char *xml, size_t n, const char *file,
	       csv_row_fn fn, void *ctx, struct diag *d);

/* An ISO date (YYYY-MM-DD) from an Excel serial; 0, or -1 when out of range. */
int xlsx_serial_date(double serial, int date1904, char iso[11]);

/* expat plumbing shared by the parts: names come as "namespace|local". */
struct xml_handlers {
	void *ud;
	void (*start)(void *ud, const char *name, const char **atts);
	void (*end)(void *ud, const char *name);
	void (*text)(void *ud, const char *s, int len);
};
int xlsx_parse_xml(const unsigned char *s, size_t n, struct xml_handlers *h, const char *shown,
		   struct diag *d);
const char *xlsx_local(const char *name);
const char *xlsx_attr(const char **atts, const char *local);
struct xlsx_text {
	char *p;
	size_t n, cap;
};
void xlsx_text_put(struct xlsx_text *t, const char *s, size_t n);

#endif
