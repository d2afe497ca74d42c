/* value_counts.c - the card x category counts most value tables start from. */
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "value_counts.h"

void value_counts_init(struct value_counts *vc, const struct dataset *ds)
{
	vc->n_cards = ds->n_cards;
	vc->n_scale = ds->n_scale;
	vc->counts = xcalloc(ds->n_cards * ds->n_scale, sizeof *vc->counts);
	vc->placed = xcalloc(ds->n_cards, sizeof *vc->placed);
}

void value_counts_fill(struct value_counts *vc, const struct dataset *ds, const size_t *rows, size_t n)
{
	size_t nc = ds->n_cards, ns = ds->n_scale;
	memset(vc->counts, 0, nc * ns * sizeof *vc->counts);
	memset(vc->placed, 0, nc * sizeof *vc->placed);
	for (size_t i = 0; i < n; i++) {
		const int8_t *row = ds->cats + rows[i] * nc;
		for (size_t j = 0; j < nc; j++)
			if (row[j] != DS_MISSING)
				vc->counts[j * ns + (size_t)(row[j] - ds->scale_min)]++;
	}
	for (size_t j = 0; j < nc; j++)
		for (size_t k = 0; k < ns; k++)
			vc->placed[j] += vc->counts[j * ns + k];
}

void value_counts_free(struct value_counts *vc)
{
	free(vc->counts);
	free(vc->placed);
	memset(vc, 0, sizeof *vc);
}
