/* contrast.h - one card, two sides (a unit and the rest, or two units)
 * from their pile counts: the statistics distinctive and compare share, in
 * the same run of columns (private to src/analyse). */
#ifndef GOEDWERK_ANALYSE_CONTRAST_H
#define GOEDWERK_ANALYSE_CONTRAST_H

#include <stddef.h>
#include "goedwerk/table.h"

/* Offsets from the run's first column. */
enum { CT_N_A, CT_N_B, CT_MEAN_A, CT_MEAN_B, CT_DIFF, CT_DIFF_LO, CT_DIFF_HI, CT_TOP_A, CT_TOP_B,
       CT_TOP_DIFF, CT_TOP_LO, CT_TOP_HI, CT_U, CT_Z, CT_P, CT_EXACT, CT_DELTA, CT_N_COLS };

/* Row r, columns col0 + CT_*: answers, means, mean difference a - b with
 * Welch's interval, top-pile shares and their difference with Newcombe's
 * interval (top = the last of ns piles), Mann-Whitney of a against b and
 * Cliff's delta (positive: a higher).  Empty cells say why. */
void contrast_set(struct table *t, size_t r, size_t col0, const double *a, const double *b,
		  size_t ns, int scale_min);
/* |mean(a) - mean(b)|, NaN when a side placed nobody: the order of rows. */
double contrast_size(const double *a, const double *b, size_t ns);

#endif
