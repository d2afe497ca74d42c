/* chart_heatmap_org.c - organisation x card heat map of the share of sorts
 * that put the card in the top pile; cards in the overall rank order.
 * Suppressed cells (fewer than --min-cell people) are grey and say so. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <plplot.h>
#include "goedwerk/alloc.h"
#include "chart.h"
#include "tables_read.h"

struct heat {
	size_t n_cards, n_orgs;
	int *card;              /* dataset card index per column */
	const char **org;       /* per row */
	double *v;              /* n_orgs x n_cards; NaN suppressed */
};

static size_t org_index(struct heat *h, const char *org)
{
	for (size_t i = 0; i < h->n_orgs; i++)
		if (strcmp(h->org[i], org) == 0)
			return i;
	h->org[h->n_orgs] = org;
	for (size_t j = 0; j < h->n_cards; j++)
		h->v[h->n_orgs * h->n_cards + j] = NAN;
	return h->n_orgs++;
}

static int read_heat(const struct chart_ctx *c, struct heat *h)
{
	const struct dataset *ds = c->a->ds;
	const struct table *t = table_set_find(c->ts, "value_summary");
	const char *phase, *persp;
	if (!t || report_main_cell(c->ts, &phase, &persp) != 0)
		return 1;
	size_t ccard = table_col(t, "card"), cst = table_col(t, "stratum"), ctop = table_col(t, "share_top");
	size_t max_orgs = ds->f[DS_ORGANISATION].n_levels;
	h->card = xcalloc(ds->n_cards, sizeof *h->card);
	h->org = xcalloc(max_orgs + 1, sizeof *h->org);
	h->v = xcalloc((max_orgs + 1) * ds->n_cards, sizeof *h->v);
	for (size_t r = 0; r < t->nrows; r++)
		if (report_row_is(t, r, phase, persp, "all", "all"))
			h->card[h->n_cards++] = report_card_index(ds, table_get_text(t, r, ccard));
	for (size_t r = 0; r < t->nrows && h->n_cards; r++) {
		if (!report_row_is(t, r, phase, persp, "organisation", NULL) || h->n_orgs >= max_orgs + 1)
			continue;
		size_t i = org_index(h, table_get_text(t, r, cst));
		int card = report_card_index(ds, table_get_text(t, r, ccard));
		for (size_t j = 0; j < h->n_cards; j++)
			if (h->card[j] == card)
				h->v[i * h->n_cards + j] = table_get_real(t, r, ctop);
	}
	return h->n_orgs && h->n_cards ? 0 : 1;
}

static void cells(const struct chart_ctx *c, const struct heat *h)
{
	static const int grey[3] = {200, 200, 200};
	char buf[16];
	plvpor(0.27, 0.98, 0.33, 0.93);
	plwind(0, (double)h->n_cards, 0, (double)h->n_orgs);
	for (size_t i = 0; i < h->n_orgs; i++) {
		double y = (double)(h->n_orgs - 1 - i);
		for (size_t j = 0; j < h->n_cards; j++) {
			double v = h->v[i * h->n_cards + j];
			chart_heat_cell((double)j, y, v / 0.8, grey); /* 80% or more: darkest */
			snprintf(buf, sizeof buf, "%s", isnan(v) ? "-" : "");
			if (!isnan(v))
				snprintf(buf, sizeof buf, "%.0f", 100 * v);
			static const int white[3] = {255, 255, 255};
			if (!isnan(v) && v > 0.45)
				chart_use_rgb(white);
			else
				chart_use_black();
			plschr(0, 0.55);
			plptex((double)j + 0.5, y + 0.35, 1, 0, 0.5, buf);
		}
		chart_use_black();
		plschr(0, 0.7);
		char label[40];
		plmtex("lv", 0.5, (y + 0.5) / (double)h->n_orgs, 1.0, chart_shorten(h->org[i], label, 30));
	}
	plschr(0, 0.65);
	for (size_t j = 0; j < h->n_cards; j++)
		plmtex("bv", 0.5, ((double)j + 0.5) / (double)h->n_cards, 1.0,
		       chart_card_label(c, (size_t)h->card[j]));
	plschr(0, 0.7);
	plmtex("t", 1.0, 0.0, 0.0, chart_text(c, "% sorteringen met de kaart in de hoogste stapel (grijs: minder dan --min-cell personen)",
					     "% of sorts with the card in the top pile (grey: fewer than --min-cell people)"));
	chart_ramp_legend(0.03, 0.2, 0.08, 0.11, "0%", chart_text(c, "80% of meer", "80% or more"));
}

int chart_heatmap_org_draw(const struct chart_ctx *c)
{
	struct heat h = {0};
	int r = read_heat(c, &h);
	if (r == 0)
		cells(c, &h);
	free(h.card);
	free(h.org);
	free(h.v);
	return r;
}
