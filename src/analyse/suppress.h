/* suppress.h - min-cell suppression for tables built over strata cells
 * (private to src/analyse).
 *
 * Primary: a cell of fewer than min_cell people.  Secondary: within one
 * phase x perspective x stratifier, a single suppressed level could be
 * worked out as the total minus the other levels, so the smallest other
 * level is suppressed too.  (Differencing across stratifiers, e.g. traject
 * against organisation, is not covered; see README "Privacy".)
 *
 * Use: suppress_plan() walks the cells once (same stratifiers as the table);
 * then, during the table's own strata_each walk, suppress_next() returns the
 * verdict for each cell in the same order. */
#ifndef GOEDWERK_ANALYSE_SUPPRESS_H
#define GOEDWERK_ANALYSE_SUPPRESS_H

#include <stddef.h>
#include "strata.h"

enum suppress_why { SUPPRESS_NONE = 0, SUPPRESS_SMALL, SUPPRESS_SECONDARY };

struct suppress_plan {
	unsigned char *why;  /* per visited cell */
	size_t n, next;
	int min_cell;
};

enum gw_status suppress_plan(const struct dataset *ds, const int *stratifiers, size_t n_strat,
			     int min_cell, struct suppress_plan *plan);
/* The verdict for the next cell of the walk; *reason is set for suppressed. */
enum suppress_why suppress_next(struct suppress_plan *plan, const char **reason);
void suppress_plan_free(struct suppress_plan *plan);

#endif
