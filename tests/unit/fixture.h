/* fixture.h - hand-built datasets for unit tests (no store needed).
 * Free with dataset_free. */
#ifndef GOEDWERK_TEST_FIXTURE_H
#define GOEDWERK_TEST_FIXTURE_H

#include "goedwerk/analyse.h"
#include "goedwerk/dataset.h"

/* n_sorts x n_cards categories from cats (row-major, 0 = left out, so the
 * scale must not contain 0), scale scale_min..scale_max labelled by its
 * numbers.  Every sort is its own
 * person, phase individual, perspective professional, card ids c1..cN. */
void fixture_dataset(struct dataset *ds, size_t n_sorts, size_t n_cards, int scale_min,
		     int scale_max, const int *cats);
/* Set factor f from one value per sort (NULL = unknown); levels sorted by strcmp. */
void fixture_factor(struct dataset *ds, enum ds_factor_id f, const char *const *values);
/* Build the registered table name over ds with --min-cell min_cell (other
 * options at their defaults); aborts the test program when the table is not
 * registered or its builder fails.  Free with table_free. */
struct table *fixture_build(const char *name, int min_cell, struct dataset *ds);
/* Set the person of each sort. */
void fixture_people(struct dataset *ds, const int *person);
/* A codebook of n_tags tags (labels = ids; pillar/axis entries may be NULL). */
void fixture_codebook(struct dataset *ds, size_t n_tags, const char *const *tag,
		      const char *const *pillar, const char *const *axis);
/* n_cases dilemma cases: tags as "a|b", organisation by level name (the
 * level must exist among the sorts' organisations); other factors unknown. */
void fixture_dilemmas(struct dataset *ds, size_t n_cases, const char *const *tags,
		      const char *const *organisation);

#endif
