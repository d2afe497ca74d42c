/* html_tables.c - each table as a reader wants it: the rows of the main
 * cell that matter most (overall rows first, then the smallest q or p, or
 * the best rank), a handful, rounded, with readable headers and card
 * labels; columns that are the same in every row shown become one line;
 * the CSV beside the report holds every row at full precision. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/messages.h"
#include "goedwerk/alloc.h"
#include "goedwerk/number.h"
#include "columns.h"
#include "doc.h"
#include "html_util.h"
#include "tables_read.h"

#define SHOWN_ROWS 8

static const char *const prob_cols[] = {"q_value", "p_value", "kw_p_value", "p_chi2", "p_exact",
					"distinguishing_p", "p_below", NULL};

static int is_prob(const char *col)
{
	for (size_t i = 0; prob_cols[i]; i++)
		if (strcmp(prob_cols[i], col) == 0)
			return 1;
	return 0;
}

/* The column the rows are ordered by (ascending), or -1: table order. */
static size_t order_col(const struct table *t)
{
	for (size_t i = 0; prob_cols[i]; i++)
		if (table_col(t, prob_cols[i]) != (size_t)-1)
			return table_col(t, prob_cols[i]);
	return table_col(t, "rank");
}

struct order {
	const struct table *t;
	size_t col, stype;
};

/* Overall rows first, then by the order column (empty last), then as in the table. */
static int before(const struct order *o, size_t a, size_t b)
{
	int aa = o->stype != (size_t)-1 && strcmp(table_get_text(o->t, a, o->stype) ? table_get_text(o->t, a, o->stype) : "", "all") == 0;
	int ba = o->stype != (size_t)-1 && strcmp(table_get_text(o->t, b, o->stype) ? table_get_text(o->t, b, o->stype) : "", "all") == 0;
	if (aa != ba)
		return aa;
	if (o->col != (size_t)-1) {
		double x = report_number(o->t, a, o->t->cols[o->col].name);
		double y = report_number(o->t, b, o->t->cols[o->col].name);
		if (isnan(x) != isnan(y))
			return isnan(y);
		if (x != y && !isnan(x))
			return x < y;
	}
	return a < b;
}

/* Up to SHOWN_ROWS rows of the main cell (all rows when the table has none
 * there), best first; how many of the eligible rows there are in *n_all. */
static size_t pick_rows(const struct report_doc *d, const struct table *t, size_t *rows, size_t *n_all)
{
	int any = 0;
	for (size_t r = 0; r < t->nrows && !any; r++)
		any = report_row_is(t, r, d->phase, d->persp, NULL, NULL);
	struct order o = {t, order_col(t), table_col(t, "stratum_type")};
	size_t n = 0;
	*n_all = 0;
	for (size_t r = 0; r < t->nrows; r++) {
		if (any && !report_row_is(t, r, d->phase, d->persp, NULL, NULL))
			continue;
		(*n_all)++;
		size_t k = n < SHOWN_ROWS ? n++ : SHOWN_ROWS;
		if (k == SHOWN_ROWS && !before(&o, r, rows[SHOWN_ROWS - 1]))
			continue;
		if (k == SHOWN_ROWS)
			k--;
		while (k > 0 && before(&o, r, rows[k - 1])) {
			rows[k] = rows[k - 1];
			k--;
		}
		rows[k] = r;
	}
	return n;
}

static void value(FILE *out, const struct report_doc *d, const struct table *t, size_t r, size_t j)
{
	struct cell c = table_cell(t, r, j);
	const char *col = t->cols[j].name;
	int comma = d->o->lang != LANG_EN;
	char buf[64];
	if (c.kind == CELL_TEXT) {
		html_text(out, report_label(d->a->ds, d->o->lang, col, c.v.text));
	} else if (c.kind == CELL_INT) {
		fprintf(out, "%lld", c.v.i);
	} else if (c.kind == CELL_REAL && is_prob(col)) {
		double p = c.v.r;
		fprintf(out, "%s%s", p < 0.001 ? "&lt; " : "", fmt_fixed(buf, sizeof buf, p < 0.001 ? 0.001 : p, 3, comma));
	} else if (c.kind == CELL_REAL) {
		double v = fabs(c.v.r);
		fputs(fmt_fixed(buf, sizeof buf, c.v.r, v >= 100 || v == floor(v) ? 0 : v >= 10 ? 1 : 2, comma), out);
	} else if (table_is_suppressed(t, r)) {
		fputs("&mdash;", out);
	}
}

static int same_text(const struct report_doc *d, const struct table *t, size_t a, size_t b, size_t j)
{
	char *x = NULL, *y = NULL;
	size_t lx, ly;
	FILE *fx = open_memstream(&x, &lx), *fy = open_memstream(&y, &ly);
	if (!fx || !fy)
		abort();
	value(fx, d, t, a, j);
	value(fy, d, t, b, j);
	fclose(fx);
	fclose(fy);
	int same = strcmp(x, y) == 0;
	free(x);
	free(y);
	return same;
}

enum { COL_HIDE, COL_SHOW, COL_CONST };

/* What to do with column j over the rows shown. */
static int column_role(const struct report_doc *d, const struct table *t, const size_t *rows, size_t n, size_t j)
{
	const char *name = t->cols[j].name;
	if (j == t->col_suppressed || strcmp(name, "phase") == 0 || strcmp(name, "perspective") == 0 ||
	    strcmp(name, "label_nl") == 0 || strcmp(name, "label_en") == 0)
		return COL_HIDE;
	int filled = 0, same = 1;
	for (size_t i = 0; i < n; i++) {
		filled |= table_cell(t, rows[i], j).kind != CELL_EMPTY || table_is_suppressed(t, rows[i]);
		same &= i == 0 || same_text(d, t, rows[0], rows[i], j);
	}
	if (!filled)
		return COL_HIDE;
	return same && n > 1 ? COL_CONST : COL_SHOW;
}

static void header_row(const struct report_doc *d, const struct table *t, const int *role)
{
	fputs("<tr>", d->out);
	for (size_t j = 0; j < t->ncols; j++)
		if (role[j] == COL_SHOW) {
			fputs("<th class=\"t\">", d->out);
			html_text(d->out, report_column_header(t->cols[j].name, d->o->lang));
			fputs("</th>", d->out);
		}
	fputs("</tr>\n", d->out);
}

static void constants(const struct report_doc *d, const struct table *t, size_t r, const int *role)
{
	int k = 0;
	for (size_t j = 0; j < t->ncols; j++)
		if (role[j] == COL_CONST) {
			fputs(k++ ? "; " : doc_text(d, "<p class=\"meta\">In alle getoonde rijen: ", "<p class=\"meta\">In every row shown: "), d->out);
			html_text(d->out, report_column_header(t->cols[j].name, d->o->lang));
			fputs(" = ", d->out);
			value(d->out, d, t, r, j);
		}
	if (k)
		fputs(".</p>\n", d->out);
}

static void excerpt(const struct report_doc *d, const struct table *t, const size_t *rows, size_t n)
{
	int *role = xcalloc(t->ncols, sizeof *role);
	for (size_t j = 0; j < t->ncols; j++)
		role[j] = column_role(d, t, rows, n, j);
	constants(d, t, rows[0], role);
	fputs("<div class=\"tbl\"><table>\n", d->out);
	header_row(d, t, role);
	for (size_t i = 0; i < n; i++) {
		fputs("<tr>", d->out);
		for (size_t j = 0; j < t->ncols; j++)
			if (role[j] == COL_SHOW) {
				int text = table_cell(t, rows[i], j).kind == CELL_TEXT;
				fputs(text ? "<td class=\"t\">" : "<td>", d->out);
				value(d->out, d, t, rows[i], j);
				fputs("</td>", d->out);
			}
		fputs("</tr>\n", d->out);
	}
	fputs("</table></div>\n", d->out);
	free(role);
}

/* An empty table's reason in the report's language (analyse writes it in
 * English; the catalogue has the Dutch of each fixed reason). */
static const char *reason_text(const struct report_doc *d, const char *why)
{
	const char *nl = d->o->lang != LANG_EN ? msg_nl(why) : NULL;
	return nl ? nl : why;
}

static void table_section(struct report_doc *d, const struct table *t)
{
	FILE *out = d->out;
	const char *about = report_table_text(t->name, d->o->lang);
	fprintf(out, "<h3 id=\"tbl-%s\">%s</h3>\n<p>", t->name, t->name);
	html_text(out, about ? about : "");
	size_t rows[SHOWN_ROWS], n_all = 0, n = pick_rows(d, t, rows, &n_all);
	fprintf(out, " <span class=\"meta\">%s <a href=\"tables/%s.csv\">tables/%s.csv</a>", d->w->all_rows_in,
		t->name, t->name);
	if (n < n_all)
		fprintf(out, doc_text(d, " (hier %zu van %zu)", " (here %zu of %zu)"), n, n_all);
	fputs(".</span></p>\n", out);
	if (n == 0 && t->empty_reason) { /* every empty table says why (analyse sets it) */
		fprintf(out, "<p class=\"empty\">%s ", doc_text(d, "Geen rijen:", "No rows:"));
		html_text(out, reason_text(d, t->empty_reason));
		fputs(".</p>\n", out);
	} else if (n == 0)
		fprintf(out, "<p>%s</p>\n", d->w->nothing);
	else
		excerpt(d, t, rows, n);
}

void section_tables(struct report_doc *d)
{
	doc_heading(d, "tabellen", d->w->tables);
	fprintf(d->out, "<p>%s", doc_text(d, "Per tabel de rijen die er het meest toe doen: eerst de rijen over iedereen, dan de kleinste q of p (of de hoogste rang), afgerond",
					     "Per table the rows that matter most: first the rows about everyone, then the smallest q or p (or the best rank), rounded"));
	if (d->phase)
		fprintf(d->out, doc_text(d, "; sorteringen: fase %s, perspectief %s", "; sorts: phase %s, perspective %s"),
			d->phase, d->persp);
	fputs(doc_text(d, ". Een streepje (&mdash;): weggelaten om de privacy.</p>\n", ". A dash (&mdash;): left out for privacy.</p>\n"), d->out);
	for (size_t i = 0; i < d->ts->n; i++)
		table_section(d, d->ts->v[i]);
}
