/* privacy.h - the one suppression engine: every output table passes through
 * privacy_apply after it is built and before anything is written, charted or
 * shown.  No table builder compares with --min-cell itself.
 *
 * Each table declares its privacy unit (struct privacy_rule, up to
 * PRIVACY_MAX_RULES per table): what it counts (people, dilemma cases,
 * tables of an exchange, or explicitly no unit), the column that counts the units a row describes,
 * and, for tables of strata, the columns naming the stratum and the key
 * columns that split the rows into separate totals (phase, perspective, ...).
 * A table that declares nothing makes the run fail (GW_EINTERNAL): a
 * forgotten declaration never passes silently.
 *
 * Primary suppression: a cell (the rows of one universe x stratum) of fewer
 * than K = --min-cell units is emptied, a cell of 0 units included; with
 * `stratum_total` a cell of a stratum under K is emptied even when its own
 * count is 0 (a one-person organisation shows no 0 on any viewpoint).
 *
 * Secondary suppression, after the Handbook on Statistical Disclosure Control
 * (Hundepool et al., 2nd ed. 2024, ch. 4, secondary cell suppression in
 * hierarchical and linked tables): every nesting is a parent with its
 * children as the cells of a table with a total.  Parents are the `all` cell
 * over each stratifier and every stratum that contains whole levels of
 * another stratifier, found from the data (org_type > organisation >
 * traject > group, a traject inside its year, ...).  Within every parent the
 * suppressed children together, plus the units of the parent whose level is
 * unknown, must hold 0 or at least K units; if not, the smallest unsuppressed
 * child that makes them reach K is suppressed too (else the largest, and
 * again), and when no child is left the parent itself.  This repeats until
 * no parent changes: deterministic, in table order.  Suppressed parents are
 * checked too, and more strictly: under a parent suppressed to protect
 * another group, K units must stay hidden (else the parent is rebuilt from
 * its published children and protects nothing).  Containment is found per
 * level (an organisation wholly inside one year is that year's child).
 *
 * Errors: GW_EINTERNAL with a message on err for an undeclared unit or a
 * declared column the table lacks (programming errors). */
#ifndef GOEDWERK_PRIVACY_H
#define GOEDWERK_PRIVACY_H

#include <stddef.h>
#include <stdio.h>
#include "goedwerk/dataset.h"
#include "goedwerk/status.h"
#include "goedwerk/table.h"

struct analysis; /* analyse.h */

enum privacy_unit {
	PRIVACY_UNDECLARED = 0, /* the zero of a forgotten declaration: the run fails */
	PRIVACY_PEOPLE,         /* participants (their sorts) */
	PRIVACY_CASES,          /* dilemma cases */
	PRIVACY_TABLES,         /* tables of an exchange (the dataset's common tops): a
				 * result of the tables is an aggregate over >= K of them */
	PRIVACY_NONE            /* no group is described (none_why says why) */
};

struct privacy_rule {
	enum privacy_unit unit;
	const char *count;             /* column: units the row describes */
	const char *stratum_type;      /* column naming the stratifier, or NULL */
	const char *stratum;           /* column naming the level, or NULL */
	const char *fixed_type;        /* the stratifier when no stratum_type column */
	const char *const *universe;   /* NULL-terminated key columns of separate totals */
	const char *stratum_total;     /* column: units of the row's stratum in the analysis */
	const char *const *hides;      /* NULL: the whole row; else only these columns */
	int rows_add_up;               /* no stratum columns: rows are disjoint parts of a total */
	const char *card_order;        /* column of card ids: a suppressed cell's rows go back
					* to card-set order (an order by value would leak) */
	const char *small_why;         /* the note of primary suppression, default by unit */
	const char *none_why;          /* PRIVACY_NONE: why no unit is needed */
};

#define PRIVACY_MAX_RULES 3
struct privacy_decl {
	struct privacy_rule rule[PRIVACY_MAX_RULES];
	/* For rows derived together (a clustering's leaf order and heights):
	 * called after suppression to derive them again from the units left,
	 * the hidden rows last in the builder's order, so that neither a
	 * place nor a neighbour's number rests on a hidden unit.  NULL: none. */
	enum gw_status (*rederive)(struct table *t, const struct analysis *a);
};

struct privacy_memo; /* what earlier tables of one run suppressed */

/* Suppress table t by its declaration at K = a->sel->min_cell (5 when sel is
 * NULL): primary and secondary, rows marked in `suppressed`, the reason in
 * `note`.  a->ds gives the nesting of the strata (NULL: none but `all`);
 * with a->cache (analyse_run) a group hidden by an earlier table is hidden
 * in this one too, so tables must be applied in registry order. */
enum gw_status privacy_apply(const struct privacy_decl *p, struct table *t,
			     const struct analysis *a);
void privacy_memo_free(struct privacy_memo *m);

/* Whether a group of `units` may enter a statistic of its own (a test's
 * group, a trend's year): the same threshold, so that builders choosing
 * which groups to test never compare with --min-cell themselves. */
int privacy_enough(const struct selection *sel, size_t units);

#endif
