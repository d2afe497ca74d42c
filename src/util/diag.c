/* diag.c - the diagnostics collector: record everything, print once. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/diag.h"
#include "goedwerk/alloc.h"

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

void diag_print(const struct diag *d, FILE *out)
{
	for (size_t i = 0; i < d->n; i++) {
		const struct diag_entry *e = &d->v[i];
		if (e->file) {
			fputs(e->file, out);
			if (e->line > 0)
				fprintf(out, ":%ld", e->line);
			if (e->line > 0 && e->col > 0)
				fprintf(out, ":%ld", e->col);
			fputs(": ", out);
		} else {
			fputs("goedwerk: ", out);
		}
		if (e->level == DIAG_WARNING)
			fputs("warning: ", out);
		fprintf(out, "%s\n", e->msg);
	}
	if (d->dropped)
		fprintf(out, "goedwerk: %zu more errors not shown\n", d->dropped);
}
