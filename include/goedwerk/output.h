/* output.h - writing tables out: the one CSV writer (RFC 4180 quoting; real
 * values at full precision, shortest round-trip, with a decimal point unless
 * decimal_comma, in which case the delimiter becomes ';'), and the OUT/tables
 * folder.  Used by the analyse, report and factors commands; analyse itself
 * never writes.  Errors: -1 / GW_EINTERNAL with a message on err. */
#ifndef GOEDWERK_OUTPUT_H
#define GOEDWERK_OUTPUT_H

#include <stdio.h>
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

/* Write OUT/tables/NAME.csv for every table; creates the folders. */
enum gw_status output_write_tables(const struct table_set *ts, const char *out_dir,
				   const struct table_format *fmt, FILE *err);

#endif
