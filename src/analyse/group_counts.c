/* group_counts.c - see group_counts.h. */
#include <string.h>
#include <stdlib.h>
#include "goedwerk/alloc.h"
#include "goedwerk/attribute.h"
#include "group_counts.h"

size_t group_factors(int out[ATTR_MAX])
{
	return attribute_factors(ATTR_FACTOR, out);
}

static void alloc(struct group_counts *k, const struct dataset *ds)
{
	k->c = xcalloc((k->L ? k->L : 1) * k->nc * k->ns + 1, sizeof *k->c);
	k->people = xcalloc(k->L ? k->L : 1, sizeof *k->people);
	k->seen = xcalloc(ds->n_people ? ds->n_people : 1, sizeof *k->seen);
}

void group_counts_init(struct group_counts *k, const struct dataset *ds)
{
	k->L = 0;
	k->nc = ds->n_cards;
	k->ns = ds->n_scale;
	int fs[ATTR_MAX];
	for (size_t f = 0, nf = group_factors(fs); f < nf; f++)
		if (ds->f[fs[f]].n_levels > k->L)
			k->L = ds->f[fs[f]].n_levels;
	alloc(k, ds);
}

void group_counts_init_factor(struct group_counts *k, const struct dataset *ds, int f)
{
	k->L = ds->f[f].n_levels;
	k->nc = ds->n_cards;
	k->ns = ds->n_scale;
	alloc(k, ds);
}

void group_counts_free(struct group_counts *k)
{
	free(k->c);
	free(k->people);
	free(k->seen);
}

void group_counts_fill(struct group_counts *k, const struct dataset *ds, int f, int32_t a,
		       int32_t b)
{
	const struct ds_factor *fx = &ds->f[f];
	k->L = fx->n_levels;
	memset(k->c, 0, k->L * k->nc * k->ns * sizeof *k->c);
	memset(k->people, 0, k->L * sizeof *k->people);
	for (size_t p = 0; p < ds->n_people; p++)
		k->seen[p] = 0;
	for (size_t i = 0; i < ds->n_sorts; i++) {
		int32_t lv = fx->code[i];
		if (lv < 0 || ds->f[DS_PHASE].code[i] != a || ds->f[DS_PERSPECTIVE].code[i] != b)
			continue;
		int32_t *s = &k->seen[ds->person[i]];
		if (*s != lv + 1) { /* a person in two levels (two years) counts in both */
			*s = lv + 1;
			k->people[lv]++;
		}
		const int8_t *row = ds->cats + i * ds->n_cards;
		for (size_t j = 0; j < ds->n_cards; j++)
			if (row[j] != DS_MISSING)
				k->c[((size_t)lv * k->nc + j) * k->ns + (size_t)(row[j] - ds->scale_min)] += 1;
	}
}
