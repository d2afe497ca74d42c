/* html.c - the evaluation report: one self-contained HTML file, A4 when
 * printed.  Title block, contents, then the sections of sections.c; the
 * body is written first so that the contents can list its numbered
 * headings. */
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "doc.h"
#include "html_util.h"
#include "report_internal.h"
#include "tables_read.h"

/* Screen: a column that never makes the page wider than the window (wide
 * tables scroll inside their box).  Print: A4, page numbers, no heading
 * alone at a page bottom, no figure or table row split. */
static const char css[] =
	"body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;max-width:1100px;"
	"margin:2em auto;padding:0 1em;color:#222;background:#fff;line-height:1.45;overflow-wrap:anywhere}"
	"h1{font-size:1.8em;margin-bottom:.1em}.subtitle{font-size:1.2em;color:#444;margin-top:0}"
	"h2{margin-top:2em;border-bottom:1px solid #ccc}h2,h3{break-after:avoid;page-break-after:avoid}"
	"figure{margin:1em 0;break-inside:avoid}figure svg{width:100%;height:auto;border:1px solid #eee}"
	"figcaption{font-size:.9em;color:#555}.tbl{max-width:100%;overflow-x:auto}"
	"table{border-collapse:collapse;font-size:.85em;margin:.5em 0}tr{break-inside:avoid}"
	"th,td{border:1px solid #ddd;padding:2px 6px;text-align:right;overflow-wrap:normal}th{background:#f4f4f4}"
	"td.t,th.t{text-align:left}.meta{color:#555}.dl a{margin-right:1em}"
	"ul.findings li{margin-bottom:.5em}nav.toc ol{columns:2;list-style:none;padding-left:0}p.intro{break-after:avoid;page-break-after:avoid}"
	"@page{size:A4;margin:18mm 16mm 20mm;@bottom-center{content:counter(page) ' / ' counter(pages);font-size:9pt;color:#666}}"
	"@media print{body{max-width:none;margin:0;padding:0;font-size:10pt}.tbl{overflow:visible}"
	"table{font-size:8pt}h2{break-before:auto}a{color:inherit;text-decoration:none}}";

void doc_heading(struct report_doc *d, const char *anchor, const char *title)
{
	d->section++;
	fprintf(d->out, "<h2 id=\"%s\">%d %s</h2>\n", anchor, d->section, title);
	if (d->n_toc < DOC_MAX_TOC) {
		d->toc_anchor[d->n_toc] = xstrdup(anchor);
		d->toc_title[d->n_toc++] = xasprintf("%d %s", d->section, title);
	}
}

const char *doc_text(const struct report_doc *d, const char *nl, const char *en)
{
	return d->o->lang == LANG_EN ? en : nl;
}

/* Figure numbers of the charts that were drawn, in report order. */
static void number_figures(struct report_doc *d)
{
	int n = 0;
	for (size_t i = 0; i < chart_registry_len; i++) {
		char *svg = xasprintf("%s/charts/%s.svg", d->o->out_dir, chart_registry[i].name);
		FILE *f = fopen(svg, "rb");
		d->fig_of[i] = f ? ++n : 0;
		if (f)
			fclose(f);
		free(svg);
	}
}

static void title_block(FILE *out, const struct report_doc *d)
{
	const struct report_options *o = d->o;
	fputs("<header>\n<h1>", out);
	html_text(out, o->title ? o->title : d->w->title);
	fputs("</h1>\n", out);
	if (o->subtitle) {
		fputs("<p class=\"subtitle\">", out);
		html_text(out, o->subtitle);
		fputs("</p>\n", out);
	}
	fputs("<p class=\"meta\">", out);
	report_front_facts(out, d);
	if (o->author) {
		fputs("<br>", out);
		html_text(out, o->author);
	}
	fprintf(out, "<br>%s %s</p>\n</header>\n", d->w->made_with, GOEDWERK_VERSION);
}

static void contents(FILE *out, const struct report_doc *d)
{
	fprintf(out, "<nav class=\"toc\">\n<h2>%s</h2>\n<ol>\n", doc_text(d, "Inhoud", "Contents"));
	for (size_t i = 0; i < d->n_toc; i++) {
		fprintf(out, "<li><a href=\"#%s\">", d->toc_anchor[i]);
		html_text(out, d->toc_title[i]);
		fputs("</a></li>\n", out);
	}
	fputs("</ol>\n</nav>\n", out);
}

static void doc_free(struct report_doc *d)
{
	for (size_t i = 0; i < d->n_toc; i++) {
		free(d->toc_anchor[i]);
		free(d->toc_title[i]);
	}
	free(d->fig_of);
}

int report_html(const struct analysis *a, const struct table_set *ts, const struct report_options *o)
{
	struct report_doc d = {.a = a, .ts = ts, .o = o, .w = report_words(o->lang)};
	report_main_cell(ts, &d.phase, &d.persp);
	d.fig_of = xcalloc(chart_registry_len + 1, sizeof *d.fig_of);
	number_figures(&d);
	char *body = NULL;
	size_t len = 0;
	d.out = open_memstream(&body, &len);
	if (!d.out)
		abort(); /* out of memory, as xmalloc */
	for (size_t i = 0; i < report_sections_len; i++)
		report_sections[i].write(&d);
	if (fclose(d.out) != 0)
		abort();
	char *path = xasprintf("%s/report.html", o->out_dir);
	FILE *out = fopen(path, "wb");
	free(path);
	if (out) {
		fprintf(out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
			"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>",
			d.w->lang);
		html_text(out, o->title ? o->title : d.w->title);
		fprintf(out, "</title>\n<style>%s</style>\n</head>\n<body>\n", css);
		title_block(out, &d);
		contents(out, &d);
		fwrite(body, 1, len, out);
		fprintf(out, "<p class=\"meta\">%s</p>\n</body>\n</html>\n", d.w->provenance);
	}
	free(body);
	doc_free(&d);
	return out && fclose(out) == 0 ? 0 : -1;
}
