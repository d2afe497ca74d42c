/* compare.c - analyse_compare (analyse.h): two sides of the selection, each
 * the sorts of one level of a factor (an organisation, group, role or
 * traject) or the rest (every sort not of the other side), card by card per
 * phase x perspective: the contrast of contrast.h, BH q over the cards of
 * one phase x perspective, cards by size of the mean difference.  Each side
 * is counted in people and suppressed below --min-cell by the engine (the
 * rest is all minus a published side: nothing new to subtract). */
#include <math.h>
#include <stdlib.h>
#include "goedwerk/alloc.h"
#include "goedwerk/privacy.h"
#include "adjust.h"
#include "contrast.h"
#include "tables.h"

enum { C_PHASE, C_PERSP, C_CARD, C_LABEL, C_PA, C_PB, C_N };
#define C_Q (C_N + CT_N_COLS)
#define C_RANK (C_Q + 1)

static const struct column cols[] = {
	{"phase", 1}, {"perspective", 1}, {"card", 1}, {"label_nl", 1}, {"n_people_a", 0},
	{"n_people_b", 0}, {"n_a", 0}, {"n_b", 0}, {"mean_a", 0}, {"mean_b", 0}, {"mean_diff", 0},
	{"mean_diff_lo", 0}, {"mean_diff_hi", 0}, {"share_top_a", 0}, {"share_top_b", 0},
	{"share_top_diff", 0}, {"share_top_diff_lo", 0}, {"share_top_diff_hi", 0}, {"U", 0},
	{"z", 0}, {"p_value", 0}, {"exact", 0}, {"cliffs_delta", 0}, {"q_value", 0}, {"rank", 0}};

static const struct privacy_decl decl = {
	.rule = {{.unit = PRIVACY_PEOPLE, .count = "n_people_a"},
		 {.unit = PRIVACY_PEOPLE, .count = "n_people_b"}}};

/* Side of sort i: 0 (a), 1 (b), -1 neither. */
static int side_of(const struct dataset *ds, const struct compare_side *s, const int32_t *code,
		   size_t i)
{
	int in_a = ds->f[s[0].factor].code[i] == code[0];
	if (in_a)
		return 0;
	if (!s[1].level)
		return 1;
	return ds->f[s[1].factor].code[i] == code[1] ? 1 : -1;
}

struct counts {
	double *c[2];       /* cards x piles per side */
	size_t people[2];
};

static void count(const struct dataset *ds, const struct compare_side *s, const int32_t *code,
		  int32_t pa, int32_t pb, struct counts *k, unsigned char *seen)
{
	size_t nc = ds->n_cards, ns = ds->n_scale;
	for (int x = 0; x < 2; x++) {
		for (size_t q = 0; q < nc * ns; q++)
			k->c[x][q] = 0;
		k->people[x] = 0;
	}
	for (size_t p = 0; p < ds->n_people; p++)
		seen[p] = 0;
	for (size_t i = 0; i < ds->n_sorts; i++) {
		int x = side_of(ds, s, code, i);
		if (x < 0 || ds->f[DS_PHASE].code[i] != pa || ds->f[DS_PERSPECTIVE].code[i] != pb)
			continue;
		if (!(seen[ds->person[i]] & (1 << x))) {
			seen[ds->person[i]] |= (unsigned char)(1 << x);
			k->people[x]++;
		}
		for (size_t j = 0; j < nc; j++)
			if (ds_cat(ds, i, j) != DS_MISSING)
				k->c[x][j * ns + (size_t)(ds_cat(ds, i, j) - ds->scale_min)] += 1;
	}
}

static void cell_rows(const struct analysis *a, struct table *t, const struct counts *k,
		      const char *phase, const char *persp)
{
	const struct dataset *ds = a->ds;
	size_t nc = ds->n_cards, ns = ds->n_scale, first = t->nrows;
	size_t *order = xmalloc((nc + 1) * sizeof *order);
	double *size = xmalloc((nc + 1) * sizeof *size);
	for (size_t j = 0; j < nc; j++) { /* largest difference first, insertion sort */
		double v = contrast_size(k->c[0] + j * ns, k->c[1] + j * ns, ns);
		size_t at = j;
		for (; at > 0 && (isnan(size[at - 1]) ? !isnan(v) : v > size[at - 1]); at--) {
			size[at] = size[at - 1];
			order[at] = order[at - 1];
		}
		size[at] = v;
		order[at] = j;
	}
	int tested = privacy_enough(a->sel, k->people[0]) && privacy_enough(a->sel, k->people[1]);
	for (size_t x = 0; x < nc; x++) {
		size_t j = order[x], r = table_add_row(t);
		table_set_text(t, r, C_PHASE, phase);
		table_set_text(t, r, C_PERSP, persp);
		table_set_text(t, r, C_CARD, ds->card_id[j]);
		table_set_text(t, r, C_LABEL, ds->label_nl[j]);
		table_set_int(t, r, C_PA, (long long)k->people[0]);
		table_set_int(t, r, C_PB, (long long)k->people[1]);
		table_set_int(t, r, C_RANK, (long long)x + 1);
		if (tested) /* else suppressed by the engine: not in the BH family */
			contrast_set(t, r, C_N, k->c[0] + j * ns, k->c[1] + j * ns, ns, ds->scale_min);
	}
	adjust_bh_rows(t, first, t->nrows, C_N + CT_P, C_Q);
	free(order);
	free(size);
}

enum gw_status analyse_compare(const struct analysis *a, const struct compare_side side[2],
			       const char *name, struct table **out)
{
	const struct dataset *ds = a->ds;
	int32_t code[2] = {-1, -1};
	for (int x = 0; x < 2; x++)
		if (side[x].level && (code[x] = ds_level_code(&ds->f[side[x].factor], side[x].level)) < 0)
			return GW_EUSAGE;
	struct table *t = table_new(name, cols, COUNT_OF(cols));
	struct counts k = {{xcalloc(ds->n_cards * ds->n_scale + 1, sizeof(double)),
			    xcalloc(ds->n_cards * ds->n_scale + 1, sizeof(double))}, {0, 0}};
	unsigned char *seen = xcalloc(ds->n_people + 1, 1);
	const struct ds_factor *ph = &ds->f[DS_PHASE], *pe = &ds->f[DS_PERSPECTIVE];
	for (size_t pa = 0; pa < ph->n_levels; pa++)
		for (size_t pb = 0; pb < pe->n_levels; pb++) {
			count(ds, side, code, (int32_t)pa, (int32_t)pb, &k, seen);
			if (k.people[0] + k.people[1] > 0)
				cell_rows(a, t, &k, ph->levels[pa], pe->levels[pb]);
		}
	free(k.c[0]);
	free(k.c[1]);
	free(seen);
	enum gw_status st = privacy_apply(&decl, t, a);
	if (st != GW_OK) {
		table_free(t);
		return st;
	}
	*out = t;
	return GW_OK;
}
