/* chart_dilemma_cooccurrence.c - heat map of tag co-occurrence: Jaccard of
 * each pair of tags over all cases (dilemma_cooccurrence), cells labelled
 * with the number of cases carrying both.  Tags used in no case are left
 * out; the order is analyse's average-linkage clustering on 1 - Jaccard
 * (dilemma_tag_order.csv), so that tags that travel together sit together. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <plplot.h>
#include "goedwerk/alloc.h"
#include "goedwerk/number.h"
#include "chart.h"
#include "tables_read.h"

struct heat {
	size_t n;          /* tags shown */
	int *tag;          /* dataset tag index per shown tag */
	double *jac, *count; /* n x n */
};

/* Full tag x tag matrices (codebook indices) from the 'all' rows. */
static int read_pairs(const struct chart_ctx *c, double *jac, double *count, int *used)
{
	const struct table *t = table_set_find(c->ts, "dilemma_cooccurrence");
	size_t m = c->a->ds->n_tags;
	int any = 0;
	for (size_t r = 0; t && r < t->nrows; r++) {
		if (!report_row_is(t, r, NULL, NULL, "all", "all") || table_is_suppressed(t, r))
			continue;
		int a = chart_tag_index(c->a->ds, table_get_text(t, r, table_col(t, "tag_a")));
		int b = chart_tag_index(c->a->ds, table_get_text(t, r, table_col(t, "tag_b")));
		if (a < 0 || b < 0)
			continue;
		double j = report_number(t, r, "jaccard"), n = report_number(t, r, "count");
		jac[(size_t)a * m + (size_t)b] = jac[(size_t)b * m + (size_t)a] = j;
		count[(size_t)a * m + (size_t)b] = count[(size_t)b * m + (size_t)a] = n;
		used[a] |= report_number(t, r, "count_a") > 0;
		used[b] |= report_number(t, r, "count_b") > 0;
		any = 1;
	}
	return any;
}

/* The used tags in the order analyse computed (dilemma_tag_order.csv). */
static void order_tags(const struct chart_ctx *c, const double *jac, const double *count,
		       const int *used, struct heat *h)
{
	const struct table *t = table_set_find(c->ts, "dilemma_tag_order");
	size_t m = c->a->ds->n_tags, n = 0;
	h->tag = xcalloc(m + 1, sizeof *h->tag);
	for (size_t r = 0; t && r < t->nrows; r++) {
		int k = chart_tag_index(c->a->ds, table_get_text(t, r, table_col(t, "tag")));
		if (k >= 0 && used[k])
			h->tag[n++] = k;
	}
	h->n = n;
	h->jac = xcalloc(n * n + 1, sizeof *h->jac);
	h->count = xcalloc(n * n + 1, sizeof *h->count);
	for (size_t a = 0; a < n; a++)
		for (size_t b = 0; b < n; b++) {
			size_t q = (size_t)h->tag[a] * m + (size_t)h->tag[b];
			h->jac[a * n + b] = a == b ? NAN : jac[q];
			h->count[a * n + b] = count[q];
		}
}

static void cells(const struct chart_ctx *c, const struct heat *h)
{
	static const int white[3] = {255, 255, 255}, diag[3] = {235, 235, 235};
	double jmax = 0;
	for (size_t q = 0; q < h->n * h->n; q++)
		jmax = h->jac[q] > jmax ? h->jac[q] : jmax;
	plvpor(0.40, 0.97, 0.37, 0.96);
	plwind(0, (double)h->n, 0, (double)h->n);
	char buf[64];
	for (size_t a = 0; a < h->n; a++) {
		double y = (double)(h->n - 1 - a);
		for (size_t b = 0; b < h->n; b++) {
			double j = h->jac[a * h->n + b];
			int rgb[3];
			if (isnan(j))
				memcpy(rgb, diag, sizeof rgb);
			else
				chart_ramp_colour(jmax > 0 ? j / jmax : 0, rgb);
			chart_box((double)b, (double)b + 1, y, y + 1, rgb, 1);
			if (a == b || !(h->count[a * h->n + b] > 0))
				continue;
			snprintf(buf, sizeof buf, "%.0f", h->count[a * h->n + b]);
			if (jmax > 0 && j / jmax > 0.55)
				chart_use_rgb(white);
			else
				chart_use_black();
			plschr(0, 0.55);
			plptex((double)b + 0.5, y + 0.35, 1, 0, 0.5, buf);
		}
		chart_use_black();
		plschr(0, 0.62);
		const char *name = chart_tag_label(c, (size_t)h->tag[a]);
		plmtex("lv", 0.5, (y + 0.5) / (double)h->n, 1.0, chart_shorten(name, buf, 46));
		plmtex("bv", 0.5, ((double)a + 0.5) / (double)h->n, 1.0, chart_shorten(name, buf, 36));
	}
	char v[32];
	snprintf(buf, sizeof buf, "Jaccard %s", fmt_fixed(v, sizeof v, jmax, 2, c->lang != LANG_EN));
	chart_ramp_legend(0.05, 0.25, 0.12, 0.15, "Jaccard 0", buf);
}

int chart_dilemma_cooccurrence_draw(const struct chart_ctx *c)
{
	size_t m = c->a->ds->n_tags;
	if (m < 2)
		return 1;
	double *jac = xcalloc(m * m, sizeof *jac), *count = xcalloc(m * m, sizeof *count);
	int *used = xcalloc(m, sizeof *used);
	for (size_t q = 0; q < m * m; q++)
		jac[q] = NAN;
	struct heat h = {0};
	int rc = 1;
	if (read_pairs(c, jac, count, used)) {
		order_tags(c, jac, count, used, &h);
		if (h.n >= 2) {
			cells(c, &h);
			rc = 0;
		}
	}
	free(jac);
	free(count);
	free(used);
	free(h.tag);
	free(h.jac);
	free(h.count);
	return rc;
}
