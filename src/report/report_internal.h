/* report_internal.h - the report's steps (private to src/report). */
#ifndef GOEDWERK_REPORT_INTERNAL_H
#define GOEDWERK_REPORT_INTERNAL_H

#include "goedwerk/version.h"
#include "goedwerk/report.h"

int report_html(const struct analysis *a, const struct table_set *ts, const struct report_options *o);
/* The key findings section (findings_html.c); phase/persp: the main cell. */
void report_findings(FILE *out, const struct analysis *a, const struct table_set *ts,
		     const struct report_options *o, const char *phase, const char *persp);
int report_provenance(const struct analysis *a, const struct table_set *ts, const struct report_options *o);

#endif
