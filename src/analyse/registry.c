/* registry.c - every output table, in the order the report presents them.
 * One row per table; see analyse.h for the checklist. */
#include "tables.h"

const char *const privacy_phase_perspective[] = {"phase", "perspective", NULL};

const struct table_def *const analyse_registry[] = {
	&table_value_frequencies,
	&table_value_summary,
	&table_value_consensus,
	&table_agreement,
	&table_exchange_change,
	&table_group_differences,
	&table_group_pairs,
	&table_distinctive,
	&table_similarity,
	&table_similarity_order,
	&table_perspective_gap,
	&table_factor_loadings,
	&table_factor_arrays,
	&table_factor_characteristics,
	&table_factor_eigenvalues,
	&table_factor_differences,
	&table_factor_correlations,
	&table_factor_composition,
	&table_factor_crib,
	&table_trends,
	&table_group_tops,
	&table_group_tops_summary, /* before group_tops_tables: its hidden trajecten hide there too */
	&table_group_tops_tables,
	&table_dilemma_frequencies,
	&table_dilemma_cooccurrence,
	&table_dilemma_tag_order,
	&table_dilemma_association,
	&table_dilemma_association_residuals,
	&table_dilemma_values,
	&table_dilemma_unused_tags,
};
const size_t analyse_registry_len = sizeof analyse_registry / sizeof analyse_registry[0];
