/* adjust.h - Benjamini-Hochberg over a run of table rows (private to
 * src/analyse): the family is the rows [first, last) of one table. */
#ifndef GOEDWERK_ANALYSE_ADJUST_H
#define GOEDWERK_ANALYSE_ADJUST_H

#include <stddef.h>
#include "goedwerk/table.h"

/* q_value[col_q] of rows [first, last) from their p[col_p]; rows with an
 * empty p (suppressed, undefined) are not counted and get an empty q. */
void adjust_bh_rows(struct table *t, size_t first, size_t last, size_t col_p, size_t col_q);

#endif
