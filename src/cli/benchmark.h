/* benchmark.h - the report's benchmark (private to src/cli). */
#ifndef GOEDWERK_CLI_BENCHMARK_H
#define GOEDWERK_CLI_BENCHMARK_H

#include "pipeline.h"

/* When p's selection is one organisation or one traject (and nothing else
 * narrows which trajecten), the table benchmark: that unit against all
 * other stored sorts of the same card set, years, phase and perspective
 * (analyse_compare, suppressed by the engine: a unit or a rest under
 * --min-cell shows nothing), appended to p->tables.  Otherwise nothing. */
enum gw_status benchmark_add(struct pipeline *p);

#endif
