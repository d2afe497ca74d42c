/* html.c - the evaluation report: one self-contained HTML file with the
 * charts inline (SVG) and every table as a readable excerpt, rounded for
 * reading; the full tables are the CSV files beside it. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "goedwerk/number.h"
#include "chart.h"
#include "html_util.h"
#include "i18n.h"
#include "report_internal.h"
#include "tables_read.h"

static const char css[] =
	"body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;max-width:1100px;"
	"margin:2em auto;padding:0 1em;color:#222;background:#fff;line-height:1.45}"
	"h1{font-size:1.7em;margin-bottom:.2em}h2{margin-top:2em;border-bottom:1px solid #ccc}"
	"figure{margin:1em 0}figure svg{width:100%;height:auto;border:1px solid #eee}"
	"figcaption{font-size:.9em;color:#555}table{border-collapse:collapse;font-size:.85em;margin:.5em 0}"
	"th,td{border:1px solid #ddd;padding:2px 6px;text-align:right}th{background:#f4f4f4}"
	"td.t,th.t{text-align:left}.meta{color:#555}.dl a{margin-right:1em}"
	"@media print{figure,table{page-break-inside:avoid}}";

static void facts(FILE *out, const struct analysis *a, const struct report_words *w)
{
	const struct dataset *ds = a->ds;
	int y0 = 0, y1 = 0;
	for (size_t i = 0; i < ds->n_sorts; i++)
		if (ds->year[i]) {
			y0 = !y0 || ds->year[i] < y0 ? ds->year[i] : y0;
			y1 = ds->year[i] > y1 ? ds->year[i] : y1;
		}
	fprintf(out, "<h2>%s</h2>\n<ul>\n", w->basis);
	fprintf(out, "<li>%zu %s, %zu %s</li>\n", ds->f[DS_TRAJECT].n_levels, w->trajecten,
		ds->f[DS_ORGANISATION].n_levels, w->organisations);
	fprintf(out, "<li>%zu %s, %zu %s</li>\n", ds->n_people, w->participants, ds->n_sorts, w->sorts);
	if (y0)
		fprintf(out, "<li>%s: %d&ndash;%d</li>\n", w->years, y0, y1);
	fputs("<li>", out);
	fprintf(out, w->min_cell_fmt, a->sel->min_cell);
	fputs("</li>\n</ul>\n", out);
}

/* A chart, after the heading of its section when it is the first chart
 * drawn since the section opened (*pending: the chart that opened it). */
static void chart_section(FILE *out, const struct report_options *o, const struct chart_def *d,
			  const char **pending)
{
	char *svg = xasprintf("%s/charts/%s.svg", o->out_dir, d->name);
	FILE *probe = fopen(svg, "rb");
	if (report_section_title(d->name, o->lang))
		*pending = d->name;
	if (probe) {
		fclose(probe);
		if (*pending) {
			fprintf(out, "<h2>%s</h2>\n<p>", report_section_title(*pending, o->lang));
			html_text(out, report_section_intro(*pending, o->lang));
			fputs("</p>\n", out);
			*pending = NULL;
		}
		fprintf(out, "<h3>%s</h3>\n<figure id=\"fig-%s\">\n", o->lang == LANG_EN ? d->title_en : d->title_nl, d->name);
		char *prefix = xasprintf("%s-", d->name);
		html_inline_svg(out, svg, prefix);
		free(prefix);
		fprintf(out, "<figcaption>%s <span class=\"dl\"><a href=\"charts/%s.png\">PNG</a>"
			"<a href=\"charts/%s.pdf\">PDF</a></span></figcaption>\n</figure>\n",
			o->lang == LANG_EN ? d->caption_en : d->caption_nl, d->name, d->name);
	}
	free(svg);
}

static void cell(FILE *out, const struct table *t, size_t r, size_t j, const struct report_options *o)
{
	const struct cell *c = table_cell(t, r, j);
	char buf[64];
	if (c->kind == CELL_TEXT) {
		fputs("<td class=\"t\">", out);
		html_text(out, c->v.text);
	} else if (c->kind == CELL_INT) {
		fprintf(out, "<td>%lld", c->v.i);
	} else if (c->kind == CELL_REAL) {
		double v = c->v.r;
		fprintf(out, "<td>%s", fmt_fixed(buf, sizeof buf, v, fabs(v) >= 100 ? 1 : 3,
						  o->fmt.decimal_comma));
	} else {
		fputs(table_is_suppressed(t, r) ? "<td>&mdash;" : "<td>", out);
	}
	fputs("</td>", out);
}

/* The rows worth showing: the main cell's overall rows, else the first rows. */
static int shown(const struct table *t, size_t r, const char *phase, const char *persp, int any)
{
	return !any || report_row_is(t, r, phase, persp, "all", NULL);
}

static int any_overall(const struct table *t, const char *phase, const char *persp)
{
	for (size_t r = 0; r < t->nrows; r++)
		if (report_row_is(t, r, phase, persp, "all", NULL))
			return 1;
	return 0;
}

/* The English label of row r's card or tag, for the label_nl column of an
 * English report (the CSV keeps label_nl); NULL when there is none. */
static const char *english_label(const struct dataset *ds, const struct table *t, size_t r)
{
	size_t cc = table_col(t, "card"), ct = table_col(t, "tag");
	const char *id = cc != (size_t)-1 ? table_get_text(t, r, cc)
			 : ct != (size_t)-1 ? table_get_text(t, r, ct) : NULL;
	if (!id)
		return NULL;
	if (cc != (size_t)-1) {
		int k = report_card_index(ds, id);
		return k >= 0 ? ds->label_en[k] : NULL;
	}
	for (size_t k = 0; k < ds->n_tags; k++)
		if (strcmp(ds->tag[k], id) == 0)
			return ds->tag_label_en[k];
	return NULL;
}

static void table_section(FILE *out, const struct dataset *ds, const struct table *t,
			  const struct table_def *def, const struct report_options *o,
			  const struct report_words *w, const char *phase, const char *persp)
{
	size_t label = o->lang == LANG_EN ? table_col(t, "label_nl") : (size_t)-1;
	const char *about = report_table_text(t->name, o->lang);
	fprintf(out, "<h3 id=\"tbl-%s\">%s</h3>\n<p>", t->name, t->name);
	html_text(out, about ? about : def ? def->doc : "");
	fprintf(out, " <span class=\"meta\">%s <a href=\"tables/%s.csv\">tables/%s.csv</a>.</span></p>\n",
		w->all_rows_in, t->name, t->name);
	if (t->nrows == 0) {
		fprintf(out, "<p>%s</p>\n", w->nothing);
		return;
	}
	fputs("<table>\n<tr>", out);
	for (size_t j = 0; j < t->ncols; j++)
		if (j != t->col_note && j != t->col_suppressed)
			fprintf(out, "<th class=\"t\">%s</th>", j == label ? "label_en" : t->cols[j].name);
	fputs("</tr>\n", out);
	int any = any_overall(t, phase, persp);
	for (size_t r = 0, n = 0; r < t->nrows && n < 30; r++) {
		if (!shown(t, r, phase, persp, any))
			continue;
		n++;
		fputs("<tr>", out);
		const char *en = label != (size_t)-1 ? english_label(ds, t, r) : NULL;
		for (size_t j = 0; j < t->ncols; j++) {
			if (j == t->col_note || j == t->col_suppressed)
				continue;
			if (j == label && en) {
				fputs("<td class=\"t\">", out);
				html_text(out, en);
				fputs("</td>", out);
			} else {
				cell(out, t, r, j, o);
			}
		}
		fputs("</tr>\n", out);
	}
	fputs("</table>\n", out);
}

static const struct table_def *def_of(const char *name)
{
	for (size_t i = 0; i < analyse_registry_len; i++)
		if (strcmp(analyse_registry[i]->name, name) == 0)
			return analyse_registry[i];
	return NULL;
}

int report_html(const struct analysis *a, const struct table_set *ts, const struct report_options *o)
{
	const struct report_words *w = report_words(o->lang);
	char *path = xasprintf("%s/report.html", o->out_dir);
	FILE *out = fopen(path, "wb");
	free(path);
	if (!out)
		return -1;
	fprintf(out, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
		"<title>%s</title>\n<style>%s</style>\n</head>\n<body>\n<h1>%s</h1>\n"
		"<p class=\"meta\">%s %s</p>\n", w->lang, w->title, css, w->title, w->made_with,
		GOEDWERK_VERSION);
	const char *phase = NULL, *persp = NULL;
	report_main_cell(ts, &phase, &persp);
	report_findings(out, a, ts, o, phase, persp);
	facts(out, a, w);
	const char *pending = NULL;
	for (size_t i = 0; i < chart_registry_len; i++)
		chart_section(out, o, &chart_registry[i], &pending);
	fprintf(out, "<h2>%s</h2>\n", w->tables);
	if (phase)
		fprintf(out, "<p class=\"meta\">%s: %s, %s: %s.</p>\n", w->phase, phase, w->perspective, persp);
	for (size_t i = 0; i < ts->n; i++)
		table_section(out, a->ds, ts->v[i], def_of(ts->v[i]->name), o, w, phase, persp);
	fprintf(out, "<p class=\"meta\">%s</p>\n</body>\n</html>\n", w->provenance);
	return fclose(out) == 0 ? 0 : -1;
}
