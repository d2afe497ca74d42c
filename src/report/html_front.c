/* html_front.c - what the report is about, from the selection itself:
 * organisations, trajecten and years that the selected sorts carry (not the
 * whole store), and the date line (--date, else the last year). */
#include <stdlib.h>
#include "goedwerk/alloc.h"
#include "doc.h"
#include "html_util.h"
#include "report_internal.h"

size_t report_used_levels(const struct dataset *ds, int factor, char *used)
{
	const struct ds_factor *f = &ds->f[factor];
	size_t n = 0;
	for (size_t l = 0; l < f->n_levels; l++)
		used[l] = 0;
	for (size_t i = 0; f->code && i < ds->n_sorts; i++)
		if (f->code[i] >= 0 && !used[f->code[i]]) {
			used[f->code[i]] = 1;
			n++;
		}
	return n;
}

void report_years(const struct dataset *ds, int *y0, int *y1)
{
	*y0 = *y1 = 0;
	for (size_t i = 0; i < ds->n_sorts; i++)
		if (ds->year[i]) {
			*y0 = !*y0 || ds->year[i] < *y0 ? ds->year[i] : *y0;
			*y1 = ds->year[i] > *y1 ? ds->year[i] : *y1;
		}
}

/* "3 trajecten" / "1 traject" in the report language. */
static void count_of(FILE *out, const struct report_doc *d, size_t n, const char *one_nl,
		     const char *many_nl, const char *one_en, const char *many_en)
{
	fprintf(out, "%zu %s", n, n == 1 ? doc_text(d, one_nl, one_en) : doc_text(d, many_nl, many_en));
}

/* The organisations by name when they are few, else how many. */
static void organisations(FILE *out, const struct report_doc *d)
{
	const struct dataset *ds = d->a->ds;
	const struct ds_factor *f = &ds->f[DS_ORGANISATION];
	char *used = xcalloc(f->n_levels + 1, 1);
	size_t n = report_used_levels(ds, DS_ORGANISATION, used);
	if (n == 0 || n > 3) {
		count_of(out, d, n, "organisatie", "organisaties", "organisation", "organisations");
	} else {
		for (size_t l = 0, k = 0; l < f->n_levels; l++)
			if (used[l]) {
				fputs(k++ ? ", " : "", out);
				html_text(out, f->levels[l]);
			}
	}
	free(used);
}

void report_front_facts(FILE *out, const struct report_doc *d)
{
	const struct dataset *ds = d->a->ds;
	int y0, y1;
	report_years(ds, &y0, &y1);
	organisations(out, d);
	char *used = xcalloc(ds->f[DS_TRAJECT].n_levels + 1, 1);
	fputs(" &middot; ", out);
	count_of(out, d, report_used_levels(ds, DS_TRAJECT, used), "traject", "trajecten", "traject", "trajecten");
	free(used);
	if (y0 && y0 != y1)
		fprintf(out, " &middot; %d&ndash;%d", y0, y1);
	else if (y0)
		fprintf(out, " &middot; %d", y0);
	fputs("<br>", out);
	if (d->o->date)
		html_text(out, d->o->date);
	else if (y1)
		fprintf(out, "%s %d", doc_text(d, "Gegevens tot en met", "Data up to"), y1);
}

void section_basis(struct report_doc *d)
{
	const struct dataset *ds = d->a->ds;
	FILE *out = d->out;
	doc_heading(d, "basis", d->w->basis);
	fputs("<ul>\n<li>", out);
	report_front_facts(out, d);
	fputs("</li>\n<li>", out);
	count_of(out, d, ds->n_people, "deelnemer", "deelnemers", "participant", "participants");
	fputs(", ", out);
	count_of(out, d, ds->n_sorts, "sortering", "sorteringen", "sort", "sorts");
	fputs("</li>\n<li>", out);
	fprintf(out, d->w->min_cell_fmt, d->a->sel->min_cell);
	fputs("</li>\n</ul>\n", out);
}
