/* store_internal.h - shared pieces of the store's writer (private). */
#ifndef GOEDWERK_STORE_INTERNAL_H
#define GOEDWERK_STORE_INTERNAL_H

#include <stddef.h>
#include "goedwerk/store.h"

/* A list of row indices. */
struct index_list {
	size_t *v, n, cap;
};
void index_list_add(struct index_list *l, size_t i);

/* The rows of one traject in each bundle array. */
struct traject_rows {
	struct index_list participants, sorts, tops, dilemmas;
};
void traject_rows_free(struct traject_rows *r);

/* Pooled string (pointer identity) -> index. */
struct ptr_index {
	const void **keys;
	size_t *vals, nslots;
};
void ptr_index_init(struct ptr_index *ix, size_t expected);
void ptr_index_put(struct ptr_index *ix, const void *key, size_t val);
size_t ptr_index_get(const struct ptr_index *ix, const void *key); /* (size_t)-1 if absent */
void ptr_index_free(struct ptr_index *ix);

/* SHA-256 hex of everything the bundle says about traject t. */
void store_traject_hash(const struct bundle *b, size_t t, const struct traject_rows *rows,
			char hex[65]);

/* Card sets and codebook: insert new ones, refuse different repeats. */
enum gw_status store_write_shared(struct store *s, const struct bundle *b, struct diag *d);
/* codebook.c: the codebook versions (see store.h). */
enum gw_status store_write_codebook(struct store *s, const struct bundle *b, struct diag *d);

/* Helpers of shared.c: bind text or NULL; step and reset (0 when done);
 * the text of a one-row, one-column query with one or two text parameters
 * (key2 NULL: one) into out: 1 found, 0 not, -1 failure. */
int store_bind_opt(sqlite3_stmt *st, int i, const char *s);
int store_step_once(sqlite3_stmt *st);
int store_lookup(struct store *s, const char *sql, const char *key, const char *key2, char *out,
		 size_t size);

/* Prepared inserts, reused for every row. */
struct inserts {
	sqlite3_stmt *traject, *participant, *sort, *top, *dilemma, *tag;
};
enum gw_status inserts_prepare(struct store *s, struct inserts *ins);
enum gw_status inserts_traject(struct store *s, struct inserts *ins, const struct bundle *b,
			       size_t t, const struct traject_rows *rows, const char *hash);
void inserts_finalize(struct inserts *ins);

/* identify.c: what a path holds and whether its database is ours (see
 * store_open).  store_probe_path: 0 absent, 1 a regular file, -1 refused. */
#include <sys/types.h>
int store_probe_path(const char *path, int write, off_t *size, enum gw_status *st, FILE *err);
int store_has_sqlite_header(const char *path, FILE *err, enum gw_status *st);
enum gw_status store_identify(struct store *s, int *adopt, FILE *err);
/* "the store is in use" (GW_EINTERNAL). */
enum gw_status store_busy_error(const struct store *s, FILE *err);

/* Tests set this to make a step fail ("commit"); NULL in production. */
extern int (*store_fault_hook)(const char *step);

#endif
