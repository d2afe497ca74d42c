/* findings_html.c - the Kernbevindingen / key findings section: one list
 * item per rule that has something to say, each linked to the numbered
 * figure (when drawn) or the table it rests on. */
#include <stdlib.h>
#include <string.h>
#include "doc.h"
#include "findings.h"
#include "html_util.h"

static int figure_of(const struct report_doc *d, const char *chart)
{
	for (size_t i = 0; chart && i < chart_registry_len; i++)
		if (strcmp(chart_registry[i].name, chart) == 0)
			return d->fig_of[i];
	return 0;
}

void section_findings(struct report_doc *d)
{
	struct finding_ctx c = {d->ts, d->a->ds, d->o->lang, d->a->sel->min_cell, d->phase, d->persp};
	doc_heading(d, "kernbevindingen", doc_text(d, "Kernbevindingen", "Key findings"));
	fputs("<ul class=\"findings\">\n", d->out);
	int any = 0;
	for (size_t i = 0; d->phase && i < finding_registry_len; i++) {
		const struct finding_rule *r = &finding_registry[i];
		enum finding_result res;
		char *text = finding_text(r, &c, &res);
		if (res != FINDING_NONE) {
			int fig = figure_of(d, r->chart);
			fputs("<li>", d->out);
			html_text(d->out, text);
			if (fig)
				fprintf(d->out, " <a href=\"#fig-%s\">(%s %d)</a></li>\n", r->chart,
					doc_text(d, "figuur", "figure"), fig);
			else
				fprintf(d->out, " <a href=\"#tbl-%s\">(%s %s)</a></li>\n", r->table,
					doc_text(d, "tabel", "table"), r->table);
			any = 1;
		}
		free(text);
	}
	if (!any)
		fprintf(d->out, "<li>%s</li>\n", doc_text(d, "De selectie is te klein voor bevindingen: geen tabel heeft genoeg deelnemers boven de privacydrempel.",
							  "The selection is too small for findings: no table has enough participants above the privacy threshold."));
	fputs("</ul>\n", d->out);
}
