/* tables.h - the table definitions (private to src/analyse); each lives in
 * its own tbl_*.c beside its builder and is listed once in registry.c. */
#ifndef GOEDWERK_ANALYSE_TABLES_H
#define GOEDWERK_ANALYSE_TABLES_H

#include "goedwerk/analyse.h"

#define COUNT_OF(a) (sizeof(a) / sizeof((a)[0]))

/* Privacy declarations (goedwerk/privacy.h) the tables share. */
extern const char *const privacy_phase_perspective[]; /* {"phase", "perspective", NULL} */
#define PRIVACY_STRATA(unit_, count_, universe_) \
	{.rule = {{.unit = (unit_), .count = (count_), .stratum_type = "stratum_type", \
		   .stratum = "stratum", .universe = (universe_)}}}

extern const struct table_def table_value_frequencies;
extern const struct table_def table_value_summary;
extern const struct table_def table_group_differences;
extern const struct table_def table_group_pairs;
extern const struct table_def table_distinctive;
extern const struct table_def table_similarity;
extern const struct table_def table_similarity_order;
extern const struct table_def table_perspective_gap;
extern const struct table_def table_value_consensus;
extern const struct table_def table_agreement;
extern const struct table_def table_exchange_change;
extern const struct table_def table_factor_loadings;
extern const struct table_def table_factor_arrays;
extern const struct table_def table_factor_characteristics;
extern const struct table_def table_factor_eigenvalues;
extern const struct table_def table_factor_differences;
extern const struct table_def table_factor_correlations;
extern const struct table_def table_factor_composition;
extern const struct table_def table_factor_crib;
extern const struct table_def table_trends;
extern const struct table_def table_group_tops;
extern const struct table_def table_group_tops_summary;
extern const struct table_def table_group_tops_tables;
extern const struct table_def table_dilemma_frequencies;
extern const struct table_def table_dilemma_cooccurrence;
extern const struct table_def table_dilemma_tag_order;
extern const struct table_def table_dilemma_association;
extern const struct table_def table_dilemma_association_residuals;
extern const struct table_def table_dilemma_values;
extern const struct table_def table_dilemma_unused_tags;

#endif
