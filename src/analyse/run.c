/* run.c - build the registered tables, on several threads, and pass each
 * through the privacy engine in registry order as soon as it and those
 * before it are built (the calling thread does that while the workers
 * build on), then to a->table_done or into the result. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "goedwerk/analyse.h"
#include "goedwerk/messages.h"
#include "goedwerk/alloc.h"
#include "goedwerk/membuf.h"
#include "cache.h"

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

/* One table's build: its own copy of the analysis, whose err holds the
 * builder's messages until the table's turn comes. */
struct build {
	struct table *t;
	enum gw_status st;
	double seconds;
	struct membuf err;
	int built;           /* under the lock */
};

struct builds {
	const struct analysis *a;
	struct build *b;
	size_t n;            /* tables to build: the registry's first n */
	size_t next, started;
	int timing;
	pthread_mutex_t lock;
	pthread_cond_t built; /* signalled when a table is built */
};

static void build_one(struct builds *w, size_t i)
{
	const struct table_def *d = analyse_registry[i];
	struct build *b = &w->b[i];
	struct analysis a = *w->a;
	a.err = b->err.f;
	b->t = table_new(d->name, d->cols, d->ncols);
	double t0 = now();
	b->st = d->build(&a, b->t);
	b->seconds = now() - t0;
}

/* Take the next table in registry order until none is left. */
static void *worker(void *arg)
{
	struct builds *w = arg;
	for (;;) {
		pthread_mutex_lock(&w->lock);
		size_t i = w->next++;
		if (i < w->n && w->a->progress && !w->timing)
			w->a->progress(w->a->progress_arg, w->started++, w->n,
				       analyse_registry[i]->name);
		pthread_mutex_unlock(&w->lock);
		if (i >= w->n)
			return NULL;
		build_one(w, i);
		pthread_mutex_lock(&w->lock);
		w->b[i].built = 1;
		pthread_cond_broadcast(&w->built);
		pthread_mutex_unlock(&w->lock);
	}
}

static void wait_built(struct builds *w, size_t i)
{
	pthread_mutex_lock(&w->lock);
	while (!w->b[i].built)
		pthread_cond_wait(&w->built, &w->lock);
	pthread_mutex_unlock(&w->lock);
}

static size_t jobs_of(const struct analysis *a, size_t tables)
{
	long n = a->jobs > 0 ? a->jobs : sysconf(_SC_NPROCESSORS_ONLN);
	if (n < 1)
		n = 1;
	return (size_t)n < tables ? (size_t)n : tables;
}

/* How many tables of the registry to build: all, or up to a->upto, since
 * the privacy engine passes a table only after those before it. */
static size_t tables_of(const struct analysis *a)
{
	for (size_t i = 0; a->upto && i < analyse_registry_len; i++)
		if (strcmp(analyse_registry[i]->name, a->upto) == 0)
			return i + 1;
	return analyse_registry_len;
}

/* Start worker on jobs threads; none started: the calling thread builds
 * every table itself first.  The number started, for join_all. */
static size_t start_all(struct builds *w, size_t jobs, pthread_t *th)
{
	size_t started = 0;
	for (size_t k = 0; k < jobs; k++)
		if (pthread_create(&th[started], NULL, worker, w) == 0)
			started++;
	if (!started)
		worker(w);
	return started;
}

/* A table left empty says why: its builder's reason, else the one run.c
 * can state (tests/unit/test_empty_reasons.c: no builder relies on the
 * second when the selection has sorts). */
const char *const analyse_no_sorts = MSG("the selection has no sorts");
const char *const analyse_no_reason = MSG("nothing in the selection to compute it from");

static void say_why_empty(const struct analysis *a, struct table *t)
{
	if (t->nrows == 0)
		table_set_empty_reason(t, a->ds->n_sorts == 0 ? analyse_no_sorts : analyse_no_reason);
}

/* Table i's turn: its builder's messages, then the privacy engine. */
static enum gw_status finish_one(const struct analysis *a, struct build *b, size_t i, int timing)
{
	const struct table_def *d = analyse_registry[i];
	membuf_pass_on(&b->err, a->err);
	double t0 = now();
	enum gw_status st = b->st;
	if (st == GW_OK)
		st = privacy_apply(&d->privacy, b->t, a);
	say_why_empty(a, b->t);
	if (timing)
		fprintf(a->err, "timing: %-26s %8.3f s %9zu rows (privacy %.3f s)\n", d->name,
			b->seconds + now() - t0, b->t->nrows, now() - t0);
	if (st != GW_OK)
		fprintf(a->err, "goedwerk: table %s could not be built\n", d->name);
	return st;
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
	size_t n = tables_of(a), jobs = jobs_of(a, n);
	struct builds w = {.a = &run, .b = xcalloc(n, sizeof *w.b), .n = n,
			   .timing = timing && *timing};
	pthread_mutex_init(&w.lock, NULL);
	for (size_t i = 0; i < n; i++)
		membuf_open(&w.b[i].err, a->err);
	pthread_cond_init(&w.built, NULL);
	double t0 = now();
	pthread_t *th = xcalloc(jobs, sizeof *th);
	size_t started = start_all(&w, jobs, th);
	enum gw_status result = GW_OK;
	for (size_t i = 0; i < n; i++) {
		wait_built(&w, i);
		if (result == GW_OK)
			result = finish_one(&run, &w.b[i], i, w.timing);
		else /* as if the run had stopped at the failed table */
			membuf_pass_on(&w.b[i].err, NULL);
		if (result == GW_OK && a->table_done)
			result = a->table_done(a->table_done_arg, w.b[i].t);
		if (result == GW_OK && !a->table_done)
			out->v[out->n++] = w.b[i].t;
		else
			table_free(w.b[i].t);
	}
	for (size_t k = 0; k < started; k++)
		pthread_join(th[k], NULL);
	free(th);
	if (w.timing)
		fprintf(a->err, "timing: built and passed every table on %zu threads in %.3f s (wall)\n",
			jobs, now() - t0);
	if (a->progress)
		a->progress(a->progress_arg, n, n, NULL);
	pthread_cond_destroy(&w.built);
	pthread_mutex_destroy(&w.lock);
	free(w.b);
	analysis_cache_free(&cache);
	return result;
}
