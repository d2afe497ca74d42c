/* table_key.h - a table of the exchange is identified by traject x group x
 * session x table (SPEC): table 1 of group A and table 1 of group B are two
 * tables (private to src/load).
 *
 * While loading, the DS_TABLE level of a sort or a common top is an internal
 * key of the four parts; before the levels are sorted they are renamed to
 * readable scope names, TRAJECT/GROUP/TABLE, with the session between group
 * and table (s2 for a numbered session, else its date) where the group has
 * tables at several sessions, and without the group where there is none.
 *
 * A common top that names no group (or no session) is the sorts' table of
 * the same traject and table number when exactly one matches; when several
 * do, it is kept apart and a warning says so. */
#ifndef GOEDWERK_LOAD_TABLE_KEY_H
#define GOEDWERK_LOAD_TABLE_KEY_H

#include "load.h"

/* The pooled internal key, NULL when table is NULL (memoized on the pooled
 * arguments, for a million sorts). */
const char *table_key(struct loader *L, const char *traject, const char *group,
		      const char *session, const char *table);
/* The key of a common top: a sorts' table when the top's missing group or
 * session leaves exactly one. */
const char *table_key_of_top(struct loader *L, const char *traject, const char *group,
			     const char *session, const char *table);
/* Rename the DS_TABLE levels to readable scope names (before levels_finish). */
void table_key_names(struct loader *L);
void table_key_free(struct loader *L);

#endif
