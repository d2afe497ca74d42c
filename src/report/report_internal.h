/* report_internal.h - the report's steps (private to src/report). */
#ifndef GOEDWERK_REPORT_INTERNAL_H
#define GOEDWERK_REPORT_INTERNAL_H

#include "goedwerk/version.h"
#include "goedwerk/report.h"

int report_html(const struct analysis *a, const struct table_set *ts, const struct report_options *o);
int report_provenance(const struct analysis *a, const struct table_set *ts, const struct report_options *o);

#endif
