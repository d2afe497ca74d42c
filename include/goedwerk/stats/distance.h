/* stats/distance.h - how far one sort moved from another sort of the same
 * cards (e.g. individual -> after the exchange).  Sorts are bucket orders
 * (a few categories, many ties), so the distances are Fagin et al.'s (2004,
 * 2006) profile metrics: K^(p) with p = 1/2 and the footrule on mid-ranks.
 * Owner: src/stats/distance.c.  Pure, no I/O.  Nothing to free. */
#ifndef GOEDWERK_STATS_DISTANCE_H
#define GOEDWERK_STATS_DISTANCE_H

#include <stddef.h>
#include <stdint.h>
#include "goedwerk/status.h"

struct stats_sort_distance {
	size_t n;             /* cards placed in both sorts: all else is over these */
	size_t concordant, discordant, tied_a, tied_b, tied_both; /* pairs; tied_x = only in x */
	double kendall;       /* K^(1/2) = discordant + (tied_a + tied_b) / 2 */
	double kendall_norm;  /* kendall / (n (n - 1) / 2); pairs tied in both never count,
			       * so 1 is not reachable between two forced sorts */
	double footrule;      /* sum |r_a - r_b|, mid-ranks among the n common cards */
	double tau_b;         /* (C - D) / sqrt((n0 - n_a)(n0 - n_b)); NaN when a sort ties all */
	int top_changed;      /* 1: the set of common cards in category top differs */
	size_t top_a, top_b, top_kept; /* common cards in top in a, in b, in both */
};

/* a and b: categories of n_cards cards (same card order), missing marks a
 * card left out; top is the category of the top (5 = Meest belangrijk, the
 * top four).  Fewer than 2 common cards: GW_UNDEFINED (counts still set).
 * O(n^2) pairs (n = 30 cards: 435 pairs) - linear in the number of sorts. */
enum gw_status stats_sort_distance(const int8_t *a, const int8_t *b, size_t n_cards,
				   int8_t missing, int top, struct stats_sort_distance *out);

#endif
