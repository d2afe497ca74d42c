/* tables.h - the table definitions (private to src/analyse); each lives in
 * its own tbl_*.c beside its builder and is listed once in registry.c. */
#ifndef GOEDWERK_ANALYSE_TABLES_H
#define GOEDWERK_ANALYSE_TABLES_H

#include "goedwerk/analyse.h"

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))

extern const struct table_def table_value_frequencies;
extern const struct table_def table_value_summary;

#endif
