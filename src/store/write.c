/* write.c - store a validated bundle in one transaction.
 *
 * Each traject carries a SHA-256 of everything the bundle says about it:
 * the same content again is a no-op (the file stays byte-identical), other
 * content is refused unless replace.  Card sets and codebook tags are
 * shared across trajecten: a repeat must be identical. */
#include <stdlib.h>
#include <string.h>
#include "goedwerk/store.h"
#include "goedwerk/alloc.h"
#include "store_internal.h"

static int exec(sqlite3 *db, const char *sql)
{
	return sqlite3_exec(db, sql, NULL, NULL, NULL) == SQLITE_OK ? 0 : -1;
}

static enum gw_status fail(struct store *s, struct diag *d, const char *what)
{
	if (sqlite3_errcode(s->db) == SQLITE_BUSY) {
		diag_error(d, NULL, 0, 0, "the store %s is in use (another program holds it for more "
			   "than %d seconds); try again when it is done", s->path, STORE_BUSY_MS / 1000);
		return GW_EINTERNAL;
	}
	diag_error(d, NULL, 0, 0, "cannot write the store %s (%s): %s", s->path, what,
		   sqlite3_errmsg(s->db));
	return GW_EINTERNAL;
}

/* Per traject, the indices of its rows in each bundle array. */
static void group_by_traject(const struct bundle *b, struct traject_rows *rows)
{
	struct ptr_index ix;
	ptr_index_init(&ix, b->n_trajecten);
	for (size_t t = 0; t < b->n_trajecten; t++)
		ptr_index_put(&ix, b->trajecten[t].traject, t);
#define GROUP(arr, n, field)                                                         \
	for (size_t i = 0; i < b->n; i++) {                                          \
		size_t t = ptr_index_get(&ix, b->arr[i].traject);                    \
		if (t != (size_t)-1)                                                 \
			index_list_add(&rows[t].field, i);                           \
	}
	GROUP(participants, n_participants, participants)
	GROUP(sorts, n_sorts, sorts)
	GROUP(group_tops, n_group_tops, tops)
	GROUP(dilemmas, n_dilemmas, dilemmas)
#undef GROUP
	ptr_index_free(&ix);
}

static enum gw_status stored_hash(struct store *s, const char *traject, char hash[65], int *found)
{
	sqlite3_stmt *st;
	*found = 0;
	if (sqlite3_prepare_v2(s->db, "SELECT content_hash FROM trajecten WHERE traject = ?1", -1, &st,
			       NULL) != SQLITE_OK)
		return GW_EINTERNAL;
	sqlite3_bind_text(st, 1, traject, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW) {
		*found = 1;
		snprintf(hash, 65, "%s", (const char *)sqlite3_column_text(st, 0));
	}
	sqlite3_finalize(st);
	return GW_OK;
}

static enum gw_status delete_traject(struct store *s, const char *traject)
{
	static const char *const tables[] = {"trajecten", "participants", "sorts", "group_tops",
					     "dilemmas", "dilemma_tags"};
	for (size_t k = 0; k < sizeof tables / sizeof *tables; k++) {
		char *sql = xasprintf("DELETE FROM %s WHERE traject = ?1", tables[k]);
		sqlite3_stmt *st;
		int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
		free(sql);
		if (rc != SQLITE_OK)
			return GW_EINTERNAL;
		sqlite3_bind_text(st, 1, traject, -1, SQLITE_STATIC);
		rc = sqlite3_step(st);
		sqlite3_finalize(st);
		if (rc != SQLITE_DONE)
			return GW_EINTERNAL;
	}
	return GW_OK;
}

/* Decide per traject: new, same, replaced or refused; write what is new. */
static enum gw_status write_trajecten(struct store *s, const struct bundle *b, int replace,
				      struct diag *d, struct store_ingest_result *res)
{
	struct traject_rows *rows = xcalloc(b->n_trajecten ? b->n_trajecten : 1, sizeof *rows);
	group_by_traject(b, rows);
	struct inserts ins;
	enum gw_status st = inserts_prepare(s, &ins);
	for (size_t t = 0; t < b->n_trajecten && st == GW_OK; t++) {
		const struct bundle_traject *tr = &b->trajecten[t];
		char hash[65], old[65];
		int found;
		store_traject_hash(b, t, &rows[t], hash);
		st = stored_hash(s, tr->traject, old, &found);
		if (st != GW_OK)
			break;
		if (found && strcmp(hash, old) == 0) {
			res->trajecten_same++;
			continue;
		}
		if (found && !replace) {
			diag_error(d, NULL, 0, 0, "traject '%s' is already stored with other data "
				   "(use --replace to replace it)", tr->traject);
			continue;
		}
		if (found && (st = delete_traject(s, tr->traject)) != GW_OK)
			break;
		*(found ? &res->trajecten_replaced : &res->trajecten_new) += 1;
		st = inserts_traject(s, &ins, b, t, &rows[t], hash);
		res->sorts_written += rows[t].sorts.n;
	}
	inserts_finalize(&ins);
	for (size_t t = 0; t < b->n_trajecten; t++)
		traject_rows_free(&rows[t]);
	free(rows);
	return st;
}

enum gw_status store_write_bundle(struct store *s, const struct bundle *b, int replace,
				  struct diag *d, struct store_ingest_result *res)
{
	memset(res, 0, sizeof *res);
	if (exec(s->db, "BEGIN IMMEDIATE") != 0)
		return fail(s, d, "begin");
	size_t errors = d->n_errors;
	enum gw_status st = store_write_shared(s, b, d);
	if (st == GW_OK)
		st = write_trajecten(s, b, replace, d, res);
	if (st == GW_OK && d->n_errors > errors)
		st = GW_EDATA;
	if (st != GW_OK) {
		if (st == GW_EINTERNAL && d->n_errors == errors)
			fail(s, d, "write");
		exec(s->db, "ROLLBACK");
		return st;
	}
	if (store_fault_hook && store_fault_hook("commit") != 0) {
		exec(s->db, "ROLLBACK");
		diag_error(d, NULL, 0, 0, "cannot write the store %s (injected fault)", s->path);
		return GW_EINTERNAL;
	}
	if (exec(s->db, "COMMIT") != 0) {
		st = fail(s, d, "commit");
		exec(s->db, "ROLLBACK");
	}
	return st;
}
