/* report_internal.h - the report's steps (private to src/report). */
#ifndef GOEDWERK_REPORT_INTERNAL_H
#define GOEDWERK_REPORT_INTERNAL_H

#include "goedwerk/version.h"
#include "goedwerk/report.h"

int report_html(const struct analysis *a, const struct table_set *ts, const struct report_options *o);
struct report_doc;
/* The levels of factor that some selected sort carries (used[level] = 1;
 * used holds n_levels bytes); how many. */
size_t report_used_levels(const struct dataset *ds, int factor, char *used);
/* First and last year of the selected sorts (0 when none is known). */
void report_years(const struct dataset *ds, int *y0, int *y1);
/* Organisations, trajecten, period and date line of the selection. */
void report_front_facts(FILE *out, const struct report_doc *d);
int report_provenance(const struct analysis *a, const struct table_set *ts, const struct report_options *o);

#endif
