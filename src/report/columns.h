/* columns.h - readable column headers (private to src/report). */
#ifndef GOEDWERK_REPORT_COLUMNS_H
#define GOEDWERK_REPORT_COLUMNS_H

#include "goedwerk/report.h"

/* The header of column name in the report language; name when unknown. */
const char *report_column_header(const char *name, enum report_lang lang);

#endif
