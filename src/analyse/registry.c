/* registry.c - every output table, in the order the report presents them.
 * One row per table; see analyse.h for the checklist. */
#include "tables.h"

const struct table_def *const analyse_registry[] = {
	&table_value_frequencies,
	&table_value_summary,
};
const size_t analyse_registry_len = sizeof analyse_registry / sizeof analyse_registry[0];
