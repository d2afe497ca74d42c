/* card_view.h - a dataset seen without the cards nobody placed (private to
 * src/analyse).  A card absent from every sort of an analysis is not part of
 * its ranking: an adapted deck with a card removed must stay analysable, not
 * make every sort incomplete.  The view shares everything with the dataset
 * but its cards (ids, labels, placements), which it holds itself. */
#ifndef GOEDWERK_ANALYSE_CARD_VIEW_H
#define GOEDWERK_ANALYSE_CARD_VIEW_H

#include <stddef.h>
#include "goedwerk/dataset.h"

struct card_view {
	struct dataset ds;   /* shallow: free with card_view_free, never dataset_free */
	size_t n_absent;
	char *absent;        /* "c07, c12": the cards left out */
};

/* The view of ds over the cards placed in at least one sort with
 * mask[i] != 0 (mask NULL: every sort); returns 0 and makes no view when
 * every card was placed. */
int card_view_make(const struct dataset *ds, const unsigned char *mask, struct card_view *v);
void card_view_free(struct card_view *v);

#endif
