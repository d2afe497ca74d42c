/* store.h - the SQLite store: schema with a version, forward migrations, one
 * transaction per ingest, the `placements` view, listings.
 *
 * Layout: one row per sort with its placements packed in a TEXT column
 * `cats`, one byte per card of its card set in card order:
 * char('A' + category - scale_min), '.' for a card left out.  The view
 * `placements` unpacks it for people who query with the sqlite3 shell.
 *
 * A traject is stored with a content hash of everything the bundle says
 * about it: the same bundle again changes nothing; a different one is
 * refused (GW_EDATA, with a diag) unless replace is asked.
 *
 * Codebook tags are stored per version (codebook, tag).  The default
 * version may grow by new tags; a tag stored with another definition is
 * refused.  Another version is fixed once stored: a later bundle must
 * repeat it exactly (same tags, labels, pillars, axes and canonical tags),
 * else it is refused; use a new version name for a changed codebook.  A
 * canonical the bundle could not check (it gave no default codebook) must
 * be a tag of the stored default codebook. */
#ifndef GOEDWERK_STORE_H
#define GOEDWERK_STORE_H

#include <stddef.h>
#include <stdio.h>
#include <sqlite3.h>
#include "goedwerk/bundle.h"
#include "goedwerk/diag.h"
#include "goedwerk/status.h"

#define STORE_SCHEMA_VERSION 2
#define STORE_DEFAULT_PATH "goedwerk.db"
/* PRAGMA application_id of a goedwerk store: 'GWRK'. */
#define STORE_APPLICATION_ID 0x4757524Bu
/* How long to wait for a store another process is writing. */
#define STORE_BUSY_MS 5000

struct store {
	sqlite3 *db;
	char *path;
	int created; /* this process created the file (store_discard removes it) */
};

/* The store path: explicit (--db) else $GOEDWERK_DB else goedwerk.db. */
const char *store_path(const char *explicit_path);

/* Open (for writing, creating it when missing, when create != 0) and
 * migrate to STORE_SCHEMA_VERSION.  Opening a missing file without create is
 * GW_EUSAGE with a message on err.  A file that is not a goedwerk store
 * (another program's SQLite database, not SQLite, a newer schema, a folder)
 * is GW_EDATA; a read-only store opened for writing, or one another process
 * holds longer than STORE_BUSY_MS ("the store is in use"), is GW_EINTERNAL.
 * Nothing is written to a refused file, and a file created here is removed
 * again when opening fails. */
enum gw_status store_open(struct store *s, const char *path, int create, FILE *err);
void store_close(struct store *s);
/* Close; when this process created the file, remove it (and its journal):
 * a store whose first ingest failed leaves nothing behind. */
void store_discard(struct store *s);
/* 1 when the store's table has the column (older stores lack newer ones). */
int store_has_column(const struct store *s, const char *table, const char *col);

/* The kinds of data stored per traject.  A replacement replaces, per
 * traject, exactly the kinds the bundle carries for it and keeps the rest:
 * details when trajecten.csv lists it, participants when participants.csv
 * lists one of its people, sorts, group tops and dilemmas when the bundle
 * has a row of theirs. */
enum store_kind { SK_DETAILS, SK_PARTICIPANTS, SK_SORTS, SK_GROUP_TOPS, SK_DILEMMAS, SK_N };
extern const char *const store_kind_names[SK_N]; /* "details", "participants", ... */

/* What an ingest or a remove did to one traject: rows of each kind stored
 * before (was) and after (now); carried: the kinds (1u << kind) the bundle
 * replaced. */
struct store_traject_note {
	const char *traject;
	int is_new;
	unsigned carried;
	size_t was[SK_N], now[SK_N];
};

struct store_ingest_result {
	size_t trajecten_new, trajecten_same, trajecten_replaced;
	size_t sorts_written;
	struct store_traject_note *notes; /* new and replaced trajecten, in bundle order */
	size_t n_notes;
};
void store_ingest_result_free(struct store_ingest_result *r);

/* STORE_NOTES: keep res->notes (free with store_ingest_result_free). */
enum { STORE_REPLACE = 1, STORE_DRY_RUN = 2, STORE_NOTES = 4 };

/* Write a validated bundle in one transaction.  Nothing changes unless every
 * traject is new, identical, or STORE_REPLACE is set; with STORE_DRY_RUN
 * the transaction is rolled back after res is filled. */
enum gw_status store_write_bundle(struct store *s, const struct bundle *b, unsigned flags,
				  struct diag *d, struct store_ingest_result *res);

/* The card sets and codebook versions the store holds, into b (initialised
 * by the caller with bundle_init): the reference data a later bundle may
 * use without repeating it (ingest_options.stored).  A failure is in d. */
enum gw_status store_read_reference(struct store *s, struct bundle *b, struct diag *d);

/* Delete the trajecten ids (every kind; card sets and codebooks stay) in one
 * transaction; an id that is not stored is an error and nothing changes.
 * *notes (n of them, caller frees) say what each held. */
enum gw_status store_remove_trajecten(struct store *s, const char *const *ids, size_t n,
				      unsigned flags, struct diag *d,
				      struct store_traject_note **notes);

/* Write the stored trajecten ids as a bundle of CSV files into the folder
 * dir (which exists; a file already there is not overwritten, an error):
 * ingesting it into an empty store gives the same rows and hashes.  An id
 * that is not stored is GW_EDATA, before anything is written. */
enum gw_status store_export(struct store *s, const char *const *ids, size_t n, const char *dir,
			    struct diag *d);

/* `goedwerk list WHAT` on out: trajecten | cards | tags. */
enum gw_status store_list(struct store *s, const char *what, FILE *out);

/* A listing of counts of people as a table, for the privacy engine before
 * it is shown (what: participants: traject, group, role, age_band and
 * participants; organisations: organisation, org_type, trajecten,
 * participants, sorts; groups: traject, group, participants, sorts; tables:
 * traject, group, session, table and members, the people whose sorts name
 * that table).  GW_EUSAGE for another what; the caller frees *out with
 * table_free. */
struct table;
enum gw_status store_counts(struct store *s, const char *what, struct table **out);

/* The distinct stored values a selection may name, sorted: what is
 * traject, organisation, org_type, card_set or year (of the sorts, as text;
 * numeric order).  The caller frees each and the array. */
enum gw_status store_values(struct store *s, const char *what, char ***values, size_t *n);

/* Every stored traject with its content hash, ordered by traject; the
 * caller frees each string and both arrays. */
enum gw_status store_traject_hashes(struct store *s, char ***ids, char ***hashes, size_t *n);

#endif
