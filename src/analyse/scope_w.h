/* scope_w.h - the cards and complete sorts of a scope, for Kendall's W
 * (private to src/analyse): agreement.csv per scope, and the within-table
 * W of group_tops_summary.csv.  A card that no sort of the scope placed is
 * not part of its ranking; a sort missing another card is incomplete. */
#ifndef GOEDWERK_ANALYSE_SCOPE_W_H
#define GOEDWERK_ANALYSE_SCOPE_W_H

#include <stddef.h>
#include "goedwerk/dataset.h"
#include "goedwerk/stats/agreement.h"

/* The cards placed in at least one of rows[0..n) into card; how many. */
size_t scope_cards(const struct dataset *ds, const size_t *rows, size_t n, size_t *card);
/* Copy the complete sorts among rows over the nc cards into x (m x nc), or,
 * when x is NULL, stream them into c through buf (nc); returns how many. */
size_t scope_complete_sorts(const struct dataset *ds, const size_t *rows, size_t n,
			    const size_t *card, size_t nc, double *x, struct stats_concordance *c,
			    double *buf);

#endif
