/* run.c - build the registered tables and write them as CSV. */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "goedwerk/analyse.h"
#include "goedwerk/alloc.h"
#include "cache.h"

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

enum gw_status analyse_run(const struct analysis *a, struct table_set *out)
{
	memset(out, 0, sizeof *out);
	out->v = xcalloc(analyse_registry_len, sizeof *out->v);
	const char *timing = getenv("GOEDWERK_TIMING"); /* for benchmarks: seconds per table */
	struct analysis_cache cache;
	struct analysis run = *a;
	analysis_cache_init(&cache);
	run.cache = &cache;
	a = &run;
	enum gw_status result = GW_OK;
	for (size_t i = 0; i < analyse_registry_len && result == GW_OK; i++) {
		const struct table_def *d = analyse_registry[i];
		struct table *t = table_new(d->name, d->cols, d->ncols);
		if (a->progress && !(timing && *timing))
			a->progress(a->progress_arg, i, analyse_registry_len, d->name);
		double t0 = now();
		enum gw_status st = d->build(a, t);
		if (st == GW_OK)
			st = privacy_apply(&d->privacy, t, a);
		if (timing && *timing)
			fprintf(a->err, "timing: %-26s %8.3f s %9zu rows\n", d->name, now() - t0, t->nrows);
		if (st != GW_OK) {
			fprintf(a->err, "goedwerk: table %s could not be built\n", d->name);
			table_free(t);
			result = st;
			break;
		}
		out->v[out->n++] = t;
	}
	if (a->progress)
		a->progress(a->progress_arg, analyse_registry_len, analyse_registry_len, NULL);
	analysis_cache_free(&cache);
	return result;
}
