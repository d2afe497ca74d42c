/* diag.c - the diagnostics collector: record everything, print once. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/diag.h"
#include "goedwerk/alloc.h"
#include "goedwerk/messages.h"

void diag_init(struct diag *d)
{
	memset(d, 0, sizeof *d);
}

void diag_free(struct diag *d)
{
	for (size_t i = 0; i < d->n; i++) {
		free(d->v[i].file);
		free(d->v[i].msg);
	}
	free(d->v);
	memset(d, 0, sizeof *d);
}

static void add(struct diag *d, enum diag_level level, const char *file, long line,
		long col, const char *fmt, va_list ap)
{
	size_t max = d->max_errors ? d->max_errors : 1000;
	if (level == DIAG_ERROR) {
		d->n_errors++;
		if (d->n_errors > max) {
			d->dropped++;
			return;
		}
	}
	GROW(d->v, d->cap, d->n + 1);
	struct diag_entry *e = &d->v[d->n++];
	e->level = level;
	e->file = file ? xstrdup(file) : NULL;
	e->line = line;
	e->col = col;
	fmt = msg_tr(fmt); /* the same conversions in either language */
	va_list aq;
	va_copy(aq, ap);
	int n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	e->msg = xmalloc(n > 0 ? (size_t)n + 1 : 1);
	vsnprintf(e->msg, n > 0 ? (size_t)n + 1 : 1, fmt, ap);
}

void diag_error(struct diag *d, const char *file, long line, long col, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	add(d, DIAG_ERROR, file, line, col, fmt, ap);
	va_end(ap);
}

void diag_warn(struct diag *d, const char *file, long line, long col, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	add(d, DIAG_WARNING, file, line, col, fmt, ap);
	va_end(ap);
}

char *diag_column_letters(long col, char buf[8])
{
	char tmp[8];
	int k = 0;
	for (; col > 0 && k < 7; col = (col - 1) / 26)
		tmp[k++] = (char)('A' + (col - 1) % 26);
	int n = 0;
	while (k)
		buf[n++] = tmp[--k];
	buf[n] = '\0';
	return buf;
}

/* FILE:LINE:COLUMN, or for a sheet of a workbook ("book.xlsx:sorts!") the
 * cell as Excel names it: book.xlsx:sorts!M12 (a row alone: its first cell). */
const char *diag_place(char *buf, size_t size, const char *file, long line, long col)
{
	size_t n = strlen(file);
	char letters[8];
	if (n && file[n - 1] == '!' && line <= 0)
		snprintf(buf, size, "%.*s", (int)(n - 1), file);
	else if (n && file[n - 1] == '!')
		snprintf(buf, size, "%s%s%ld", file, diag_column_letters(col > 0 ? col : 1, letters), line);
	else if (line > 0 && col > 0)
		snprintf(buf, size, "%s:%ld:%ld", file, line, col);
	else if (line > 0)
		snprintf(buf, size, "%s:%ld", file, line);
	else
		snprintf(buf, size, "%s", file);
	return buf;
}

static void print_place(const struct diag_entry *e, FILE *out)
{
	char buf[4096];
	fputs(diag_place(buf, sizeof buf, e->file, e->line, e->col), out);
}

void diag_print(const struct diag *d, FILE *out)
{
	for (size_t i = 0; i < d->n; i++) {
		const struct diag_entry *e = &d->v[i];
		if (e->file) {
			print_place(e, out);
			fputs(": ", out);
		} else {
			fputs("goedwerk: ", out);
		}
		if (e->level == DIAG_WARNING)
			fputs(msg_tr("warning: "), out);
		fprintf(out, "%s\n", e->msg);
	}
	if (d->dropped)
		fprintf(out, msg_tr("goedwerk: %zu more errors not shown\n"), d->dropped);
}
