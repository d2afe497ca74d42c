/* findings_html.c - the Kernbevindingen / key findings section: one list
 * item per rule that has something to say, each linked to the chart (when
 * drawn) or table it rests on. */
#include <stdlib.h>
#include "goedwerk/alloc.h"
#include "findings.h"
#include "html_util.h"
#include "report_internal.h"

static int chart_drawn(const struct report_options *o, const char *chart)
{
	char *svg = xasprintf("%s/charts/%s.svg", o->out_dir, chart);
	FILE *f = fopen(svg, "rb");
	free(svg);
	if (f)
		fclose(f);
	return f != NULL;
}

void report_findings(FILE *out, const struct analysis *a, const struct table_set *ts,
		     const struct report_options *o, const char *phase, const char *persp)
{
	struct finding_ctx c = {ts, a->ds, o->lang, a->sel->min_cell, phase, persp};
	fprintf(out, "<section id=\"kernbevindingen\">\n<h2>%s</h2>\n<ul class=\"findings\">\n",
		ft(&c, "Kernbevindingen", "Key findings"));
	for (size_t i = 0; phase && i < finding_registry_len; i++) {
		const struct finding_rule *r = &finding_registry[i];
		enum finding_result res;
		char *text = finding_text(r, &c, &res);
		if (res != FINDING_NONE) {
			int fig = r->chart && chart_drawn(o, r->chart);
			fputs("<li>", out);
			html_text(out, text);
			fprintf(out, " <a href=\"#%s-%s\">(%s)</a></li>\n", fig ? "fig" : "tbl",
				fig ? r->chart : r->table, fig ? ft(&c, "figuur", "figure") : ft(&c, "tabel", "table"));
		}
		free(text);
	}
	fputs("</ul>\n</section>\n", out);
}
