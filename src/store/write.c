/* write.c - store a validated bundle in one transaction.
 *
 * Each traject carries a SHA-256 of everything the last bundle said about
 * it: the same content again is a no-op (the file stays byte-identical),
 * other content is refused unless replace.  A replacement replaces only the
 * kinds of data the bundle carries for the traject (store.h) and keeps the
 * rest.  Card sets and codebook tags are shared across trajecten: a repeat
 * must be identical. */
#include <stdlib.h>
#include <string.h>
#include "goedwerk/store.h"
#include "goedwerk/alloc.h"
#include "store_internal.h"

static int exec(sqlite3 *db, const char *sql)
{
	return sqlite3_exec(db, sql, NULL, NULL, NULL) == SQLITE_OK ? 0 : -1;
}

enum gw_status store_write_failed(struct store *s, struct diag *d, const char *what)
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
	int f = store_lookup(s, "SELECT content_hash FROM trajecten WHERE traject = ?1", traject,
			     NULL, hash, 65);
	*found = f > 0;
	return f < 0 ? GW_EINTERNAL : GW_OK;
}

/* The kinds the bundle carries for traject t (store.h), and its row counts. */
static unsigned carried_kinds(const struct bundle *b, size_t t, const struct traject_rows *r,
			      size_t now[SK_N])
{
	unsigned k = b->trajecten[t].listed ? 1u << SK_DETAILS : 0;
	now[SK_DETAILS] = 1;
	now[SK_PARTICIPANTS] = r->participants.n;
	for (size_t i = 0; i < r->participants.n; i++)
		if (b->participants[r->participants.v[i]].listed)
			k |= 1u << SK_PARTICIPANTS;
	now[SK_SORTS] = r->sorts.n;
	now[SK_GROUP_TOPS] = r->tops.n;
	now[SK_DILEMMAS] = r->dilemmas.n;
	for (int j = SK_SORTS; j < SK_N; j++)
		if (now[j])
			k |= 1u << j;
	return k;
}

/* A stored traject with other content: replace the carried kinds, keep
 * the counts of the others as they are in the store. */
static enum gw_status replace_traject(struct store *s, struct store_traject_note *n)
{
	enum gw_status st = store_kind_counts(s, n->traject, n->was);
	if (st == GW_OK)
		st = store_delete_kinds(s, n->traject, n->carried);
	for (int k = 0; k < SK_N; k++)
		if (!(n->carried & (1u << k)))
			n->now[k] = n->was[k]; /* participants: and the bare ones added below */
	return st;
}

/* Decide per traject: new, same, replaced or refused; write what is new. */
static enum gw_status write_trajecten(struct store *s, const struct bundle *b, int replace,
				      struct diag *d, struct store_ingest_result *res)
{
	struct traject_rows *rows = xcalloc(b->n_trajecten ? b->n_trajecten : 1, sizeof *rows);
	res->notes = xcalloc(b->n_trajecten ? b->n_trajecten : 1, sizeof *res->notes);
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
		struct store_traject_note *n = &res->notes[res->n_notes++];
		n->traject = tr->traject;
		n->is_new = !found;
		n->carried = carried_kinds(b, t, &rows[t], n->now);
		if (!found)
			n->carried = (1u << SK_N) - 1;
		else if ((st = replace_traject(s, n)) != GW_OK)
			break;
		*(found ? &res->trajecten_replaced : &res->trajecten_new) += 1;
		st = inserts_traject(s, &ins, b, t, &rows[t], hash, n->carried);
		if (n->carried & (1u << SK_SORTS))
			res->sorts_written += rows[t].sorts.n;
		if (st == GW_OK && found && !(n->carried & (1u << SK_PARTICIPANTS)))
			st = store_kind_counts(s, n->traject, n->now);
	}
	inserts_finalize(&ins);
	for (size_t t = 0; t < b->n_trajecten; t++)
		traject_rows_free(&rows[t]);
	free(rows);
	return st;
}

enum gw_status store_finish(struct store *s, enum gw_status st, unsigned flags, size_t errors,
			    struct diag *d)
{
	if (st != GW_OK) {
		if (st == GW_EINTERNAL && d->n_errors == errors)
			store_write_failed(s, d, "write");
		exec(s->db, "ROLLBACK");
		return st;
	}
	if (flags & STORE_DRY_RUN) {
		exec(s->db, "ROLLBACK");
		return GW_OK;
	}
	if (store_fault_hook && store_fault_hook("commit") != 0) {
		exec(s->db, "ROLLBACK");
		diag_error(d, NULL, 0, 0, "cannot write the store %s (injected fault)", s->path);
		return GW_EINTERNAL;
	}
	if (exec(s->db, "COMMIT") != 0) {
		st = store_write_failed(s, d, "commit");
		exec(s->db, "ROLLBACK");
	}
	return st;
}

enum gw_status store_write_bundle(struct store *s, const struct bundle *b, unsigned flags,
				  struct diag *d, struct store_ingest_result *res)
{
	memset(res, 0, sizeof *res);
	if (exec(s->db, "BEGIN IMMEDIATE") != 0)
		return store_write_failed(s, d, "begin");
	size_t errors = d->n_errors;
	enum gw_status st = store_write_shared(s, b, d);
	if (st == GW_OK)
		st = write_trajecten(s, b, (flags & STORE_REPLACE) != 0, d, res);
	if (st == GW_OK && d->n_errors > errors)
		st = GW_EDATA;
	if (!(flags & STORE_NOTES))
		store_ingest_result_free(res);
	return store_finish(s, st, flags, errors, d);
}
