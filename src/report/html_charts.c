/* html_charts.c - the chart sections: each opened by its first chart in
 * the registry, its drawn charts as numbered figures (inline SVG, PNG and
 * PDF beside), and for each chart with nothing to draw a line saying why. */
#include <stdlib.h>
#include "goedwerk/alloc.h"
#include "doc.h"
#include "html_util.h"

static void figure(struct report_doc *d, size_t i)
{
	const struct chart_def *c = &chart_registry[i];
	FILE *out = d->out;
	int en = d->o->lang == LANG_EN;
	fprintf(out, "<figure id=\"fig-%s\">\n", c->name);
	char *svg = xasprintf("%s/charts/%s.svg", d->o->out_dir, c->name);
	char *prefix = xasprintf("%s-", c->name);
	html_inline_svg(out, svg, prefix);
	free(prefix);
	free(svg);
	fprintf(out, "<figcaption><b>%s %d. %s.</b> ", doc_text(d, "Figuur", "Figure"), d->fig_of[i],
		en ? c->title_en : c->title_nl);
	html_text(out, en ? c->caption_en : c->caption_nl);
	fprintf(out, " <span class=\"dl\"><a href=\"charts/%s.png\">PNG</a><a href=\"charts/%s.pdf\">PDF</a></span>"
		"</figcaption>\n</figure>\n", c->name, c->name);
}

/* A chart with nothing to draw says so where it would have stood, so that
 * a section with nothing significant does not silently lose it. */
static void not_drawn(struct report_doc *d, size_t i)
{
	const struct chart_def *c = &chart_registry[i];
	fprintf(d->out, "<p class=\"meta nochart\" id=\"fig-%s\"><b>", c->name);
	html_text(d->out, d->o->lang == LANG_EN ? c->title_en : c->title_nl);
	fputs(":</b> ", d->out);
	html_text(d->out, report_chart_empty(c->name, d->o->lang));
	fputs("</p>\n", d->out);
}

/* The registry rows from i up to the next section opener. */
static size_t section_end(size_t i)
{
	size_t j = i + 1;
	while (j < chart_registry_len && !report_section_title(chart_registry[j].name, LANG_NL))
		j++;
	return j;
}

void section_charts(struct report_doc *d)
{
	for (size_t i = 0; i < chart_registry_len;) {
		size_t end = section_end(i);
		const char *title = report_section_title(chart_registry[i].name, d->o->lang);
		if (title) {
			char *anchor = xasprintf("sec-%s", chart_registry[i].name);
			doc_heading(d, anchor, title);
			free(anchor);
			fputs("<p class=\"intro\">", d->out);
			html_text(d->out, report_section_intro(chart_registry[i].name, d->o->lang));
			fputs("</p>\n", d->out);
		}
		for (size_t k = i; k < end; k++)
			if (d->fig_of[k])
				figure(d, k);
			else
				not_drawn(d, k);
		i = end;
	}
}
