/* output.h - writing tables out: the one CSV writer (RFC 4180 quoting; real
 * values at full precision, shortest round-trip, with a decimal point unless
 * decimal_comma, in which case the delimiter becomes ';'), and the OUT/tables
 * folder (a UTF-8 byte-order mark first under decimal_comma, which is for
 * Dutch Excel: without it Excel reads the bytes as Windows-1252); the
 * workbook writer (xlsx.c).  Used by the analyse, report and factors commands; analyse itself
 * never writes.  Errors: -1 / GW_EINTERNAL with a message on err. */
#ifndef GOEDWERK_OUTPUT_H
#define GOEDWERK_OUTPUT_H

#include <stdio.h>
#include "goedwerk/bundle.h"
#include "goedwerk/dataset.h"
#include "goedwerk/messages.h"
#include "goedwerk/status.h"
#include "goedwerk/table.h"

struct table_format {
	int decimal_comma;
};

/* 1 when a text cell would be run as a formula by a spreadsheet: it begins
 * with = + - @, a tab or a CR and is not a plain number ("-1.5" is kept).
 * The CSV writer prefixes such a cell with an apostrophe (OWASP, CSV
 * injection); the xlsx writer must do the same. */
int output_formula_risk(const char *s);

/* Write the table as CSV. 0 on success, -1 on I/O error. */
int table_write_csv(const struct table *t, FILE *out, const struct table_format *fmt);

/* mkdir -p; 0 on success, -1 with errno. */
int output_mkdirs(const char *path);

/* Write OUT/tables/NAME.csv for one table; creates the folders. */
enum gw_status output_write_table(const struct table *t, const char *out_dir,
				  const struct table_format *fmt, FILE *err);
/* Write OUT/tables/NAME.csv for every table; creates the folders. */
enum gw_status output_write_tables(const struct table_set *ts, const char *out_dir,
				   const struct table_format *fmt, FILE *err);

/* Write every table into one workbook at path (a sheet per table, headers
 * and, with ds, card labels in lang; see xlsx.c).  No file is left on error. */
enum gw_status output_write_xlsx(const struct table_set *ts, const struct dataset *ds,
				 const char *path, enum gw_lang lang, FILE *err);

/* The data-entry workbook of `goedwerk template` (template.c): sheets for
 * trajecten, deelnemers, sorteringen (a column per card of cs), groepstoppen
 * and casussen (a drop-down of tags), Dutch instructions. */
enum gw_status output_write_template(const char *path, const struct bundle_card_set *cs,
				     const char *const *tags, size_t n_tags, FILE *err);

/* A column header as people read it: the name itself in English, its Dutch
 * wording in Dutch (headers.c). */
const char *output_header(const char *name, enum gw_lang lang);

#endif
