/* compare_internal.h - the parts of compare.html (private to src/report). */
#ifndef GOEDWERK_REPORT_COMPARE_INTERNAL_H
#define GOEDWERK_REPORT_COMPARE_INTERNAL_H

#include <stdio.h>
#include "goedwerk/report.h"

/* The sections beside the value profiles (compare_sides.c): exchange
 * change, agreement, the dilemma triangle, the viewpoints. */
void compare_sides_write(FILE *out, const struct table_set *ts, const struct compare_unit side[2]);

#endif
