/* compare_html.c - OUT/compare.html of `goedwerk compare`: a short
 * side-by-side page drawn from compare.csv only (a suppressed row shows as
 * suppressed, never as a number): per phase x perspective the cards in the
 * table's order (largest difference first) with both means, top-pile
 * shares, the difference and its interval, Cliff's delta and q. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/messages.h"
#include "goedwerk/alloc.h"
#include "goedwerk/report.h"
#include "compare_internal.h"
#include "html_util.h"
#include "tables_read.h"

static void num(FILE *out, const struct table *t, size_t r, const char *col, const char *fmt)
{
	double v = report_number(t, r, col);
	fputs("<td>", out);
	if (!isnan(v))
		fprintf(out, fmt, v);
	fputs("</td>", out);
}

static void head(FILE *out, const char *a, const char *b)
{
	fputs("<tr><th>kaart</th><th>gem. ", out);
	html_text(out, a);
	fputs("</th><th>gem. ", out);
	html_text(out, b);
	fputs("</th><th>verschil (95%)</th><th>top ", out);
	html_text(out, a);
	fputs("</th><th>top ", out);
	html_text(out, b);
	fputs("</th><th>Cliff's delta</th><th>q</th></tr>\n", out);
}

static void row(FILE *out, const struct table *t, size_t r)
{
	fputs("<tr><td>", out);
	html_text(out, table_get_text(t, r, table_col(t, "label_nl")));
	fputs("</td>", out);
	if (table_is_suppressed(t, r)) {
		fputs("<td colspan=\"7\">", out);
		html_text(out, table_get_text(t, r, t->col_note));
		fputs("</td></tr>\n", out);
		return;
	}
	num(out, t, r, "mean_a", "%.2f");
	num(out, t, r, "mean_b", "%.2f");
	fprintf(out, "<td>%+.2f (%.2f; %.2f)</td>", report_number(t, r, "mean_diff"),
		report_number(t, r, "mean_diff_lo"), report_number(t, r, "mean_diff_hi"));
	num(out, t, r, "share_top_a", "%.2f");
	num(out, t, r, "share_top_b", "%.2f");
	num(out, t, r, "cliffs_delta", "%+.2f");
	num(out, t, r, "q_value", "%.3f");
	fputs("</tr>\n", out);
}

/* Whether every row of the phase x perspective from row r on is hidden
 * (a side under --min-cell): then one line says so instead of a table. */
static int all_hidden(const struct table *t, size_t r, const char *ph, const char *pe)
{
	for (; r < t->nrows && report_row_is(t, r, ph, pe, NULL, NULL); r++)
		if (!table_is_suppressed(t, r))
			return 0;
	return 1;
}

static void cell_head(FILE *out, const struct table *t, size_t r, const char *a, const char *b)
{
	html_text(out, table_get_text(t, r, table_col(t, "phase")));
	fputs(", ", out);
	html_text(out, table_get_text(t, r, table_col(t, "perspective")));
	fputs("</h2>\n<p>", out);
	double na = report_number(t, r, "n_people_a"), nb = report_number(t, r, "n_people_b");
	if (all_hidden(t, r, table_get_text(t, r, table_col(t, "phase")),
		       table_get_text(t, r, table_col(t, "perspective")))) {
		fputs("Geen cijfers: ", out);
		html_text(out, table_get_text(t, r, t->col_note));
		fputs(" (een van beide telt minder deelnemers dan --min-cell).</p>\n", out);
		return;
	}
	fprintf(out, "%.0f en %.0f deelnemers.</p>\n<table>\n", na, nb);
	head(out, a, b);
}

static void profiles(FILE *out, const struct table *t, const char *a, const char *b)
{
	const char *phase = NULL, *persp = NULL;
	int open = 0;
	for (size_t r = 0; r < t->nrows; r++) {
		const char *ph = table_get_text(t, r, table_col(t, "phase")),
			   *pe = table_get_text(t, r, table_col(t, "perspective"));
		if (!phase || strcmp(ph, phase) || strcmp(pe, persp)) {
			fprintf(out, "%s<h2>Waardenprofiel: ", open ? "</table>\n" : "");
			phase = ph;
			persp = pe;
			open = !all_hidden(t, r, ph, pe);
			cell_head(out, t, r, a, b);
		}
		if (open)
			row(out, t, r);
	}
	fputs(open ? "</table>\n" : phase ? "" : "<p>Geen sorteringen.</p>\n", out);
}

enum gw_status report_compare_html(const struct table *t, const struct table_set *ts,
				   const struct compare_unit side[2], const char *out_dir, FILE *err)
{
	const char *a = side[0].level, *b = side[1].level ? side[1].level : "de rest";
	char *path = xasprintf("%s/compare.html", out_dir);
	FILE *out = fopen(path, "w");
	if (!out) {
		fprintf(err, msg_tr("goedwerk: cannot write %s\n"), path);
		free(path);
		return GW_EINTERNAL;
	}
	fputs("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n<title>", out);
	html_text(out, a);
	fputs(" en ", out);
	html_text(out, b);
	fputs("</title>\n</head>\n<body>\n<h1>", out);
	html_text(out, a);
	fputs(" vergeleken met ", out);
	html_text(out, b);
	fputs("</h1>\n<p>Per kaart de gemiddelde stapel en het aandeel in de hoogste stapel van beide, "
	      "het verschil met 95%-interval (Welch), Cliff's delta (positief: de eerste hoger) en de "
	      "q van Mann-Whitney (Benjamini-Hochberg); grootste verschil eerst. Alle getallen: "
	      "tables/compare.csv.</p>\n", out);
	profiles(out, t, a, b);
	compare_sides_write(out, ts, side);
	fputs("</body>\n</html>\n", out);
	free(path);
	return fclose(out) == 0 ? GW_OK : GW_EINTERNAL;
}
