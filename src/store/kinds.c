/* kinds.c - the kinds of data stored per traject: count them, delete some
 * (a replacement) or all (remove).  A kind's rows live in one table, the
 * dilemmas' tags beside them. */
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "goedwerk/textdist.h"
#include "store_internal.h"

const char *const store_kind_names[SK_N] = {"details", "participants", "sorts", "group tops",
					     "dilemmas"};
static const char *const kind_table[SK_N] = {"trajecten", "participants", "sorts", "group_tops",
					     "dilemmas"};

void store_ingest_result_free(struct store_ingest_result *r)
{
	free(r->notes);
	r->notes = NULL;
	r->n_notes = 0;
}

static int traject_sql(struct store *s, const char *fmt, const char *table, const char *traject,
		       size_t *count)
{
	char *sql = xasprintf(fmt, table);
	sqlite3_stmt *st;
	int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
	free(sql);
	if (rc != SQLITE_OK)
		return -1;
	sqlite3_bind_text(st, 1, traject, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (count && rc == SQLITE_ROW)
		*count = (size_t)sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}

enum gw_status store_kind_counts(struct store *s, const char *traject, size_t was[SK_N])
{
	for (int k = 0; k < SK_N; k++)
		if (traject_sql(s, "SELECT count(*) FROM %s WHERE traject = ?1", kind_table[k], traject,
				&was[k]))
			return GW_EINTERNAL;
	return GW_OK;
}

enum gw_status store_delete_kinds(struct store *s, const char *traject, unsigned kinds)
{
	static const char del[] = "DELETE FROM %s WHERE traject = ?1";
	for (int k = 0; k < SK_N; k++)
		if ((kinds & (1u << k)) && traject_sql(s, del, kind_table[k], traject, NULL))
			return GW_EINTERNAL;
	if ((kinds & (1u << SK_DILEMMAS)) && traject_sql(s, del, "dilemma_tags", traject, NULL))
		return GW_EINTERNAL;
	return GW_OK;
}

/* "not stored", with the nearest stored ids. */
void store_unknown_traject(struct store *s, const char *id, struct diag *d)
{
	char **ids, **hashes, near[512];
	size_t n;
	if (store_traject_hashes(s, &ids, &hashes, &n) != GW_OK)
		n = 0;
	if (text_nearest_list(id, (const char *const *)ids, n, near, sizeof near))
		diag_error(d, NULL, 0, 0, "traject '%s' is not stored (nearest: %s; see 'goedwerk "
			   "list trajecten')", id, near);
	else
		diag_error(d, NULL, 0, 0, "traject '%s' is not stored (see 'goedwerk list trajecten')",
			   id);
	for (size_t i = 0; i < n; i++) {
		free(ids[i]);
		free(hashes[i]);
	}
	free(ids);
	free(hashes);
}

enum gw_status store_remove_trajecten(struct store *s, const char *const *ids, size_t n,
				      unsigned flags, struct diag *d,
				      struct store_traject_note **notes)
{
	*notes = xcalloc(n ? n : 1, sizeof **notes);
	if (sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK)
		return store_write_failed(s, d, "begin");
	size_t errors = d->n_errors;
	enum gw_status st = GW_OK;
	for (size_t i = 0; i < n && st == GW_OK; i++) {
		struct store_traject_note *t = &(*notes)[i];
		t->traject = ids[i];
		t->carried = (1u << SK_N) - 1;
		st = store_kind_counts(s, ids[i], t->was);
		if (st == GW_OK && t->was[SK_DETAILS] == 0)
			store_unknown_traject(s, ids[i], d);
		else if (st == GW_OK)
			st = store_delete_kinds(s, ids[i], t->carried);
	}
	if (st == GW_OK && d->n_errors > errors)
		st = GW_EDATA;
	return store_finish(s, st, flags, errors, d);
}
