/* xlsx.c - the tables as one workbook (libxlsxwriter), for people who read
 * them in Excel: a sheet per table, headers and card labels in the chosen
 * language, numbers as numbers with a display format, the header row frozen
 * with an autofilter, and the empty cells of a row the privacy engine suppressed shaded.  The
 * values are the CSV's (the CSV stays the canonical output); text is always
 * a string cell, so a value that starts with = + - @ is never a formula. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <xlsxwriter.h>
#include "goedwerk/messages.h"
#include "goedwerk/alloc.h"
#include "goedwerk/output.h"

#define SHEET_MAX 31          /* Excel's longest sheet name */
#define LABEL_COL ((size_t)-1) /* a view column that shows the card's label */

struct book {
	lxw_workbook *wb;
	lxw_format *head, *integer, *real, *prob, *share, *hidden;
	const struct dataset *ds;
	enum gw_lang lang;
	char (*names)[SHEET_MAX + 1];
	size_t n_names;
};

/* Excel refuses []:*?/\ in a sheet name, longer names and repeats (case-
 * insensitively): replace, cut, and number a repeat. */
static void sheet_name(struct book *b, const char *table, char *out)
{
	snprintf(out, SHEET_MAX + 1, "%s", table);
	for (char *s = out; *s; s++)
		if (strchr("[]:*?/\\", *s))
			*s = '_';
	for (int k = 2;; k++) {
		size_t i = 0;
		while (i < b->n_names && strcasecmp(b->names[i], out) != 0)
			i++;
		if (i == b->n_names)
			break;
		char suffix[12];
		int n = snprintf(suffix, sizeof suffix, "~%d", k);
		size_t keep = strlen(table) < (size_t)(SHEET_MAX - n) ? strlen(table) : (size_t)(SHEET_MAX - n);
		snprintf(out, SHEET_MAX + 1, "%.*s%s", (int)keep, table, suffix);
	}
	memcpy(b->names[b->n_names++], out, SHEET_MAX + 1);
}

/* The columns as shown: a table with cards shows each card's label in the
 * workbook's language (in place of label_nl, or right after card). */
static size_t view_columns(const struct book *b, const struct table *t, size_t *view)
{
	size_t card = table_col(t, "card"), nl = table_col(t, "label_nl"), n = 0;
	int labels = b->ds && card != (size_t)-1;
	for (size_t j = 0; j < t->ncols; j++) {
		view[n++] = labels && j == nl ? LABEL_COL : j;
		if (labels && j == card && nl == (size_t)-1)
			view[n++] = LABEL_COL;
	}
	return n;
}

static const char *card_label(const struct book *b, const struct table *t, size_t row)
{
	const char *id = table_get_text(t, row, table_col(t, "card"));
	for (size_t k = 0; id && k < b->ds->n_cards; k++)
		if (strcmp(b->ds->card_id[k], id) == 0)
			return b->lang == GW_LANG_EN ? b->ds->label_en[k] : b->ds->label_nl[k];
	size_t nl = table_col(t, "label_nl"); /* a card of another set: the table's own label */
	return nl == (size_t)-1 ? NULL : table_get_text(t, row, nl);
}

/* Probabilities with four decimals, shares as percentages, other reals with
 * three: the cell holds the full double, the format is only what shows. */
static lxw_format *real_format(const struct book *b, const char *col)
{
	size_t n = strlen(col);
	if (strncmp(col, "p_", 2) == 0 || strncmp(col, "q_", 2) == 0 || strcmp(col, "kw_p_value") == 0 ||
	    strcmp(col, "distinguishing_p") == 0)
		return b->prob;
	if (strstr(col, "share") || (n > 3 && strcmp(col + n - 3, "_lo") == 0) ||
	    (n > 3 && strcmp(col + n - 3, "_hi") == 0))
		return b->share;
	return b->real;
}

static lxw_error write_cell(struct book *b, lxw_worksheet *ws, const struct table *t,
			    size_t row, size_t j, lxw_col_t col)
{
	lxw_row_t r = (lxw_row_t)row + 1;
	if (j == LABEL_COL) {
		const char *s = card_label(b, t, row);
		return s ? worksheet_write_string(ws, r, col, s, NULL) : LXW_NO_ERROR;
	}
	const struct cell c_v = table_cell(t, row, j), *c = &c_v;
	switch (c->kind) {
	case CELL_TEXT:
		return worksheet_write_string(ws, r, col, c->v.text, NULL);
	case CELL_INT:
		return worksheet_write_number(ws, r, col, (double)c->v.i, b->integer);
	case CELL_REAL:
		return worksheet_write_number(ws, r, col, c->v.r, real_format(b, t->cols[j].name));
	default:
		/* a row the privacy engine emptied: its empty cells shaded, still empty */
		if (j != t->col_note && table_is_suppressed(t, row))
			return worksheet_write_blank(ws, r, col, b->hidden);
		return LXW_NO_ERROR;
	}
}

/* An empty table's sheet says why below its header, in the workbook's
 * language, as the report does. */
static lxw_error write_empty_reason(const struct book *b, lxw_worksheet *ws, const struct table *t)
{
	if (t->nrows > 0 || !t->empty_reason)
		return LXW_NO_ERROR;
	const char *nl = b->lang == GW_LANG_NL ? msg_nl(t->empty_reason) : NULL;
	char *line = xasprintf("%s %s", b->lang == GW_LANG_NL ? "Geen rijen:" : "No rows:",
			       nl ? nl : t->empty_reason);
	lxw_error e = worksheet_write_string(ws, 1, 0, line, NULL);
	free(line);
	return e;
}

static lxw_error write_sheet(struct book *b, const struct table *t, FILE *err)
{
	if (t->nrows >= LXW_ROW_MAX) {
		fprintf(err, msg_tr("goedwerk: table %s has %zu rows, more than an Excel sheet holds (%d); "
			"it is complete in tables/%s.csv\n"), t->name, t->nrows, LXW_ROW_MAX - 1, t->name);
		return LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE;
	}
	char name[SHEET_MAX + 1];
	sheet_name(b, t->name, name);
	lxw_worksheet *ws = workbook_add_worksheet(b->wb, name);
	if (!ws)
		return LXW_ERROR_MEMORY_MALLOC_FAILED;
	size_t *view = xmalloc((t->ncols + 1) * sizeof *view), nv = view_columns(b, t, view);
	lxw_error e = LXW_NO_ERROR;
	for (size_t v = 0; v < nv && !e; v++) {
		const char *h = view[v] == LABEL_COL ? "label" : t->cols[view[v]].name;
		e = worksheet_write_string(ws, 0, (lxw_col_t)v, output_header(h, b->lang), b->head);
	}
	/* before the rows: in constant-memory mode a sheet is written row by row */
	worksheet_freeze_panes(ws, 1, 0);
	if (!e)
		e = worksheet_autofilter(ws, 0, 0, (lxw_row_t)t->nrows, (lxw_col_t)(nv - 1));
	if (!e)
		e = worksheet_set_column(ws, 0, (lxw_col_t)(nv - 1), 14, NULL);
	for (size_t i = 0; i < t->nrows && !e; i++)
		for (size_t v = 0; v < nv && !e; v++)
			e = write_cell(b, ws, t, i, view[v], (lxw_col_t)v);
	if (!e)
		e = write_empty_reason(b, ws, t);
	if (e)
		fprintf(err, msg_tr("goedwerk: table %s: cannot write its sheet: %s\n"), t->name, lxw_strerror(e));
	free(view);
	return e;
}

static lxw_format *format(lxw_workbook *wb, const char *num)
{
	lxw_format *f = workbook_add_format(wb);
	if (num)
		format_set_num_format(f, num);
	return f;
}

enum gw_status output_write_xlsx(const struct table_set *ts, const struct dataset *ds,
				 const char *path, enum gw_lang lang, FILE *err)
{
	/* constant memory: rows go to a temporary file as they are written */
	lxw_workbook_options opt = {.constant_memory = LXW_TRUE, .tmpdir = NULL, .use_zip64 = LXW_TRUE};
	struct book b = {workbook_new_opt(path, &opt), NULL, NULL, NULL, NULL, NULL, NULL, ds, lang,
			 NULL, 0};
	if (!b.wb) {
		fprintf(err, msg_tr("goedwerk: cannot create %s\n"), path);
		return GW_EINTERNAL;
	}
	b.head = format(b.wb, NULL);
	format_set_bold(b.head);
	b.integer = format(b.wb, "0");
	b.real = format(b.wb, "0.000");
	b.prob = format(b.wb, "0.0000");
	b.share = format(b.wb, "0.0%");
	b.hidden = format(b.wb, NULL);
	format_set_pattern(b.hidden, LXW_PATTERN_SOLID);
	format_set_bg_color(b.hidden, 0xD9D9D9);
	b.names = xmalloc((ts->n + 1) * sizeof *b.names);
	lxw_error e = LXW_NO_ERROR;
	for (size_t i = 0; i < ts->n && !e; i++)
		e = write_sheet(&b, ts->v[i], err);
	lxw_error closed = workbook_close(b.wb);
	free(b.names);
	if (!e && closed)
		fprintf(err, msg_tr("goedwerk: cannot write %s: %s\n"), path, lxw_strerror(closed));
	if (e || closed) {
		remove(path); /* no half workbook */
		return GW_EINTERNAL;
	}
	return GW_OK;
}
