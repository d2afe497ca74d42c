/* pairing.h - which sorts of one person are compared with which (private
 * to src/analyse); the one rule of every table that pairs sorts.
 *
 * A "later" sort (an exchange sort; a personal sort) is paired with an
 * "earlier" sort of the same person (the individual sort of the same
 * perspective; the professional individual sort): the first such sort of the
 * same session when there is one, else the first of the latest session
 * before it (sessions in their numeric, or date, order: the DS_SESSION
 * level order), else, with `either_side`, the first of the earliest session
 * after it.  A sort without a known session pairs only within the unknown
 * session.  Later sorts that find no partner are returned as unpaired, so
 * that a table says how many it left out (never silently). */
#ifndef GOEDWERK_ANALYSE_PAIRING_H
#define GOEDWERK_ANALYSE_PAIRING_H

#include <stddef.h>
#include <stdint.h>
#include "goedwerk/dataset.h"

struct pair_rule {
	const char *early_phase, *early_persp; /* persp NULL: that of the later sort */
	const char *late_phase, *late_persp;   /* persp NULL: any */
	int either_side;                       /* no order in time between the two */
	int one_per_person;                    /* only each person's first pair */
};

struct sort_pair {
	size_t early, late; /* sort indices */
};

struct pairing {
	struct sort_pair *pair; size_t n;  /* in person order */
	size_t *unpaired; size_t n_unpaired; /* later sorts without a partner */
};

void pairing_make(const struct dataset *ds, const struct pair_rule *rule, struct pairing *out);
void pairing_free(struct pairing *p);

/* The rule of exchange_change: exchange after individual, same perspective. */
extern const struct pair_rule pair_exchange;

#endif
