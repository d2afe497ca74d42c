/* value_counts.h - per cell, how many sorts put each card in each category
 * (private to src/analyse).  counts[j * n_scale + k] = sorts placing card j
 * in category scale_min + k; placed[j] = sorts placing card j at all. */
#ifndef GOEDWERK_ANALYSE_VALUE_COUNTS_H
#define GOEDWERK_ANALYSE_VALUE_COUNTS_H

#include <stddef.h>
#include "goedwerk/dataset.h"

struct value_counts {
	size_t n_cards, n_scale;
	size_t *counts;
	size_t *placed;
};

void value_counts_init(struct value_counts *vc, const struct dataset *ds);
/* Recount over rows[0..n) of ds. O(n x cards). */
void value_counts_fill(struct value_counts *vc, const struct dataset *ds, const size_t *rows, size_t n);
void value_counts_free(struct value_counts *vc);

#endif
