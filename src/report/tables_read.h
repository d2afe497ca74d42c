/* tables_read.h - look rows up in built tables for the charts and the HTML
 * (private to src/report).  Charts draw what the tables say, so that a
 * chart can never show a number its CSV does not. */
#ifndef GOEDWERK_REPORT_TABLES_READ_H
#define GOEDWERK_REPORT_TABLES_READ_H

#include <stddef.h>
#include "goedwerk/analyse.h"

/* The first phase and perspective present ("individual"/"professional"
 * when there), from value_summary; NULL when the table is empty. */
int report_main_cell(const struct table_set *ts, const char **phase, const char **perspective);
/* 1 when row r of t has these key values (NULL, or a column the table
 * lacks, matches anything). */
int report_row_is(const struct table *t, size_t r, const char *phase, const char *perspective,
		  const char *stype, const char *stratum);
/* The number in column col of row r, integer or real; NaN when the
 * column is missing or the cell empty. */
double report_number(const struct table *t, size_t r, const char *col);
/* Index of card id in the dataset, or -1. */
int report_card_index(const struct dataset *ds, const char *card);

#endif
