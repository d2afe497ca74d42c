/* empty.h - why a table, or a phase x perspective, has no rows (private to
 * src/analyse).  The causes several builders share are worded once here,
 * so that one cause reads the same in every table, on stderr (analyse) and
 * in the report. */
#ifndef GOEDWERK_ANALYSE_EMPTY_H
#define GOEDWERK_ANALYSE_EMPTY_H

#include <stddef.h>
#include <stdint.h>
#include "goedwerk/dataset.h"
#include "goedwerk/table.h"

extern const char *const why_no_cases;     /* no dilemma cases */
extern const char *const why_few_tags;     /* fewer than two codebook tags */
extern const char *const why_no_tops;      /* no common tops of tables */
extern const char *const why_unplaced;     /* a card nobody placed (a cell's reason) */

/* Give t the reason when it has no rows; a table with rows keeps none. */
void empty_because(struct table *t, const char *reason);
/* 1 when the selection has a sort of phase level a and perspective level b:
 * a combination without sorts gets no rows at all. */
int empty_cell_has_sorts(const struct dataset *ds, int32_t a, int32_t b);
/* The sorts of phase (NULL: any) and perspective (NULL: any). */
size_t empty_count_sorts(const struct dataset *ds, const char *phase, const char *perspective);
/* Why a dilemma table must be empty: no cases, or (min_tags 2) fewer than two
 * codebook tags; NULL when neither. */
const char *empty_why_dilemmas(const struct dataset *ds, size_t min_tags);

#endif
