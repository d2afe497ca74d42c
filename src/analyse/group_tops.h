/* group_tops.h - who sits at which table (private to src/analyse), shared
 * by group_tops.csv, group_tops_tables.csv and group_tops_summary.csv. */
#ifndef GOEDWERK_ANALYSE_GROUP_TOPS_H
#define GOEDWERK_ANALYSE_GROUP_TOPS_H

#include <stdint.h>
#include "goedwerk/dataset.h"

/* Per sort: the index of the common top (ds->tops) of its table when it is a
 * member, an individual (professional, when present) sort; -1 otherwise.
 * Caller frees. */
int32_t *group_tops_members(const struct dataset *ds);

/* What a table reached: 0 a top four, 1 a top three, 2 fewer cards, 3 no
 * consensus (a top three is never read as a full top four). */
enum { TOP_FOUR, TOP_THREE, TOP_FEWER, TOP_NONE, TOP_KINDS };
int group_tops_kind(const struct ds_table_top *tp);

#endif
