/* run.c - build the registered tables and write them as CSV. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include "goedwerk/analyse.h"
#include "goedwerk/alloc.h"
#include "cache.h"

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* SPEC: a progress line on stderr for long work, only when it is a
 * terminal (logs and tests see nothing). */
static void progress(FILE *err, size_t done, size_t total, const char *name)
{
	if (!err || !isatty(fileno(err)))
		return;
	if (name)
		fprintf(err, "\r\033[Kgoedwerk: table %zu of %zu: %s\r", done + 1, total, name);
	else
		fputs("\r\033[K", err);
	fflush(err);
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
		if (!(timing && *timing))
			progress(a->err, i, analyse_registry_len, d->name);
		double t0 = now();
		enum gw_status st = d->build(a, t);
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
	progress(a->err, 0, 0, NULL);
	analysis_cache_free(&cache);
	return result;
}

const struct table *table_set_find(const struct table_set *ts, const char *name)
{
	for (size_t i = 0; i < ts->n; i++)
		if (strcmp(ts->v[i]->name, name) == 0)
			return ts->v[i];
	return NULL;
}

void table_set_free(struct table_set *ts)
{
	for (size_t i = 0; i < ts->n; i++)
		table_free(ts->v[i]);
	free(ts->v);
	memset(ts, 0, sizeof *ts);
}

int analyse_mkdirs(const char *path)
{
	char *p = xstrdup(path);
	for (char *s = p + 1;; s++) {
		char c = *s;
		if (c == '/' || c == '\0') {
			*s = '\0';
			if (mkdir(p, 0777) != 0 && errno != EEXIST) {
				free(p);
				return -1;
			}
			*s = c;
		}
		if (c == '\0')
			break;
	}
	free(p);
	return 0;
}

enum gw_status analyse_write(const struct table_set *ts, const char *out_dir,
			     const struct table_format *fmt, FILE *err)
{
	char *dir = xasprintf("%s/tables", out_dir);
	if (analyse_mkdirs(dir) != 0) {
		fprintf(err, "goedwerk: cannot create %s: %s\n", dir, strerror(errno));
		free(dir);
		return GW_EINTERNAL;
	}
	enum gw_status st = GW_OK;
	for (size_t i = 0; i < ts->n && st == GW_OK; i++) {
		char *path = xasprintf("%s/%s.csv", dir, ts->v[i]->name);
		FILE *f = fopen(path, "wb");
		int bad = !f || table_write_csv(ts->v[i], f, fmt) != 0;
		if ((f && fclose(f) != 0) || bad) {
			fprintf(err, "goedwerk: cannot write %s: %s\n", path, strerror(errno));
			st = GW_EINTERNAL;
		}
		free(path);
	}
	free(dir);
	return st;
}
