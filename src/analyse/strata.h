/* strata.h - the phase x perspective x stratum cells that most tables are
 * made of (private to src/analyse).
 *
 * A cell is the set of sorts with one phase, one perspective and one level
 * of one stratifier ("all" is the stratifier with the single level "all").
 * strata_each visits cells in a fixed order: phase (individual, exchange,
 * ...), perspective (professional, personal, ...), stratifier in the order
 * given, level in the factor's level order.  Cells without sorts are
 * skipped.  rows are indices into the dataset's sorts, ascending; they and
 * the cell are valid only during the callback. */
#ifndef GOEDWERK_ANALYSE_STRATA_H
#define GOEDWERK_ANALYSE_STRATA_H

#include <stddef.h>
#include "goedwerk/dataset.h"
#include "goedwerk/status.h"

#define STRATUM_ALL (-1) /* as a stratifier: the whole selection */

struct strata_cell {
	const char *phase, *perspective;
	const char *stratum_type;  /* "all", "traject", "age_band", ... */
	const char *stratum;       /* "all" or the level */
	const size_t *rows;
	size_t n;                  /* sorts */
	size_t n_people;           /* distinct people among them */
};

#define STRATA_MAX (ATTR_MAX + 4)

/* The stratifiers of value_frequencies/value_summary/value_consensus, into
 * out; returns how many: all, traject, every ATTR_STRATUM attribute of the
 * registry (attribute.h: organisation, org_type, group, role, age_band,
 * gender, tenure_band) that has none of the flags in without, year.  The
 * per-pile tables pass ATTR_NO_PILES (no group), value_summary 0. */
size_t strata_value_tables(int out[STRATA_MAX], unsigned without);
/* Only the registry's ATTR_STRATUM attributes (exchange_change and
 * factor_composition add their own all / year). */
size_t strata_of_people(int out[ATTR_MAX]);

/* Visit every non-empty cell.  fn returns GW_OK to go on; anything else
 * stops the walk and is returned. */
enum gw_status strata_each(const struct dataset *ds, const int *stratifiers, size_t n_stratifiers,
			   enum gw_status (*fn)(const struct strata_cell *c, void *arg), void *arg);

#endif
