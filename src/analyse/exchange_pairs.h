/* exchange_pairs.h - the individual -> after-exchange sort pairs of
 * exchange_change (private to src/analyse).
 *
 * Pairs: per person x perspective x session, the first individual sort and
 * the first exchange sort (store order), with the distances between them
 * over the cards placed in both (stats/distance.h).  Pairs come in person
 * order. */
#ifndef GOEDWERK_ANALYSE_EXCHANGE_PAIRS_H
#define GOEDWERK_ANALYSE_EXCHANGE_PAIRS_H

#include <stddef.h>
#include <stdint.h>
#include "goedwerk/dataset.h"

struct exchange_pair {
	size_t ind, exch;
	int32_t person, persp;
	double foot, kend, kend_norm, kept;
	int changed;
};

/* The pairs of ds in *out (free it); returns how many. */
size_t exchange_pairs(const struct dataset *ds, struct exchange_pair **out);

#endif
