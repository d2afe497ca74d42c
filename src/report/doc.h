/* doc.h - the report as a document (private to src/report): numbered
 * sections and figures, a table of contents, and the registry of sections
 * in report order.  A section writes its body to doc->out; it opens each
 * numbered heading with doc_heading, which also lists it in the contents.
 * Checklist for a new section (e.g. a comparison of organisations): a write
 * function in its own file, its declaration here, one row in sections.c. */
#ifndef GOEDWERK_REPORT_DOC_H
#define GOEDWERK_REPORT_DOC_H

#include <stdio.h>
#include "goedwerk/report.h"
#include "chart.h"
#include "i18n.h"

#define DOC_MAX_TOC 64

struct report_doc {
	FILE *out;                        /* the body */
	const struct analysis *a;
	const struct table_set *ts;
	const struct report_options *o;
	const struct report_words *w;
	const char *phase, *persp;        /* the main cell */
	int section, figure;              /* last numbers given */
	int *fig_of;                      /* per chart_registry row: its figure number, 0 not drawn */
	char *toc_anchor[DOC_MAX_TOC], *toc_title[DOC_MAX_TOC];
	size_t n_toc;
};

struct report_section {
	const char *id;
	void (*write)(struct report_doc *d);
};

extern const struct report_section report_sections[];
extern const size_t report_sections_len;

/* "<h2 id=anchor>N title</h2>" with the next section number; listed in the contents. */
void doc_heading(struct report_doc *d, const char *anchor, const char *title);
const char *doc_text(const struct report_doc *d, const char *nl, const char *en);

void section_findings(struct report_doc *d);
void section_basis(struct report_doc *d);
void section_charts(struct report_doc *d);
void section_tables(struct report_doc *d);
void section_annex(struct report_doc *d);

#endif
