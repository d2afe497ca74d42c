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

enum gw_status report_compare_html(const struct dataset *ds, const struct table *t, const char *a,
				   const char *b, const char *out_dir, FILE *err)
{
	(void)ds;
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
	const char *phase = NULL, *persp = NULL;
	for (size_t r = 0; r < t->nrows; r++) {
		const char *ph = table_get_text(t, r, table_col(t, "phase")),
			   *pe = table_get_text(t, r, table_col(t, "perspective"));
		if (!phase || strcmp(ph, phase) || strcmp(pe, persp)) {
			fprintf(out, "%s<h2>", phase ? "</table>\n" : "");
			html_text(out, ph);
			fputs(", ", out);
			html_text(out, pe);
			fprintf(out, "</h2>\n<p>%.0f en %.0f deelnemers.</p>\n<table>\n",
				report_number(t, r, "n_people_a"), report_number(t, r, "n_people_b"));
			head(out, a, b);
			phase = ph;
			persp = pe;
		}
		row(out, t, r);
	}
	fprintf(out, "%s</body>\n</html>\n", phase ? "</table>\n" : "<p>Geen sorteringen.</p>\n");
	free(path);
	return fclose(out) == 0 ? GW_OK : GW_EINTERNAL;
}
