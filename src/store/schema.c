/* schema.c - open the store, create it, migrate it forward.
 *
 * The schema version is PRAGMA user_version.  migrations[v] takes a store
 * from version v to v + 1; each step runs in its own transaction, so a
 * failed migration leaves the store at the version it had. */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "goedwerk/messages.h"
#include "goedwerk/store.h"
#include "goedwerk/alloc.h"
#include "goedwerk/attribute.h"
#include "store_internal.h"

static const char schema_v1[] =
	"CREATE TABLE card_sets(card_set TEXT PRIMARY KEY, n_cards INTEGER NOT NULL,"
	" scale_min INTEGER NOT NULL, scale_max INTEGER NOT NULL, forced INTEGER NOT NULL,"
	" content_hash TEXT NOT NULL);"
	"CREATE TABLE cards(card_set TEXT NOT NULL, pos INTEGER NOT NULL, card TEXT NOT NULL,"
	" label_nl TEXT NOT NULL, label_en TEXT, canonical TEXT, PRIMARY KEY(card_set, card),"
	" UNIQUE(card_set, pos));"
	"CREATE TABLE scale(card_set TEXT NOT NULL, category INTEGER NOT NULL, label_nl TEXT NOT NULL,"
	" label_en TEXT, count INTEGER, PRIMARY KEY(card_set, category));"
	"CREATE TABLE trajecten(traject TEXT PRIMARY KEY, organisation TEXT, org_type TEXT,"
	" sector TEXT, start TEXT, \"end\" TEXT, description TEXT, start_year INTEGER,"
	" content_hash TEXT NOT NULL);"
	"CREATE TABLE participants(traject TEXT NOT NULL, participant TEXT NOT NULL, grp TEXT,"
	" role TEXT, age_band TEXT, gender TEXT, tenure_band TEXT, PRIMARY KEY(traject, participant));"
	"CREATE TABLE sorts(id INTEGER PRIMARY KEY, traject TEXT NOT NULL, participant TEXT NOT NULL,"
	" session TEXT, phase TEXT NOT NULL, perspective TEXT NOT NULL, card_set TEXT NOT NULL,"
	" date TEXT, tbl TEXT, year INTEGER, cats TEXT NOT NULL);"
	"CREATE INDEX sorts_traject ON sorts(traject);"
	"CREATE TABLE group_tops(traject TEXT NOT NULL, grp TEXT, session TEXT, tbl TEXT NOT NULL,"
	" rank INTEGER, card TEXT);"
	"CREATE TABLE codebook(tag TEXT PRIMARY KEY, label_nl TEXT NOT NULL, label_en TEXT,"
	" pillar TEXT, axis TEXT);"
	"CREATE TABLE dilemmas(traject TEXT NOT NULL, case_id TEXT NOT NULL, grp TEXT, session TEXT,"
	" pillar TEXT, date TEXT, year INTEGER, PRIMARY KEY(traject, case_id));"
	"CREATE TABLE dilemma_tags(traject TEXT NOT NULL, case_id TEXT NOT NULL, tag TEXT NOT NULL,"
	" PRIMARY KEY(traject, case_id, tag));"
	/* One row per placement, for people who query the store with sqlite3. */
	"CREATE VIEW placements AS SELECT s.traject AS traject, t.organisation AS organisation,"
	" s.participant AS participant, p.grp AS grp, p.role AS role, p.age_band AS age_band,"
	" s.session AS session, s.phase AS phase, s.perspective AS perspective, c.card AS card,"
	" c.label_nl AS label_nl,"
	" unicode(substr(s.cats, c.pos, 1)) - 65 + cs.scale_min AS category, s.year AS year"
	" FROM sorts s JOIN card_sets cs ON cs.card_set = s.card_set"
	" JOIN cards c ON c.card_set = s.card_set"
	" JOIN trajecten t ON t.traject = s.traject"
	" LEFT JOIN participants p ON p.traject = s.traject AND p.participant = s.participant"
	" WHERE substr(s.cats, c.pos, 1) <> '.';";

/* Version 2: codebook versions.  A codebook tag is keyed (codebook, tag)
 * and may map onto a default tag (canonical); a traject names the version
 * its dilemmas are coded in.  What was stored before is the default. */
static const char schema_v2[] =
	"CREATE TABLE codebook_v2(codebook TEXT NOT NULL, tag TEXT NOT NULL, label_nl TEXT NOT NULL,"
	" label_en TEXT, pillar TEXT, axis TEXT, canonical TEXT, PRIMARY KEY(codebook, tag));"
	"INSERT INTO codebook_v2 SELECT '" BUNDLE_DEFAULT_CODEBOOK "', tag, label_nl, label_en,"
	" pillar, axis, NULL FROM codebook;"
	"DROP TABLE codebook;"
	"ALTER TABLE codebook_v2 RENAME TO codebook;"
	"ALTER TABLE trajecten ADD COLUMN codebook TEXT NOT NULL DEFAULT '"
	BUNDLE_DEFAULT_CODEBOOK "';";

/* migrations[v]: version v -> v + 1. */
static const char *const migrations[] = {schema_v1, schema_v2};
_Static_assert(sizeof migrations / sizeof migrations[0] == STORE_SCHEMA_VERSION,
	       "one migration per schema version");

const char *store_path(const char *explicit_path)
{
	if (explicit_path && *explicit_path)
		return explicit_path;
	const char *env = getenv("GOEDWERK_DB");
	return env && *env ? env : STORE_DEFAULT_PATH;
}

static int user_version(sqlite3 *db)
{
	sqlite3_stmt *st;
	int v = -1;
	if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		v = sqlite3_column_int(st, 0);
	sqlite3_finalize(st);
	return v;
}

int store_has_column(const struct store *s, const char *table, const char *col)
{
	sqlite3 *db = s->db;
	char *sql = xasprintf("SELECT 1 FROM pragma_table_info('%s') WHERE name = ?1", table);
	sqlite3_stmt *st = NULL;
	int have = sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK &&
		   sqlite3_bind_text(st, 1, col, -1, SQLITE_STATIC) == SQLITE_OK &&
		   sqlite3_step(st) == SQLITE_ROW;
	sqlite3_finalize(st);
	free(sql);
	return have;
}

/* The registry (attribute.h) may name attributes newer than the store: add
 * their columns.  Only a store opened for ingest must take them; a store
 * that cannot (read-only) is still read, with the new attributes unknown. */
static enum gw_status attribute_columns(struct store *s, int required, FILE *err)
{
	for (size_t k = 0; k < attributes_len; k++) {
		const struct attribute *a = &attributes[k];
		const char *table = a->source == ATTR_PERSON ? "participants" : "trajecten";
		if (store_has_column(s, table, a->store_col))
			continue;
		char *sql = xasprintf("ALTER TABLE %s ADD COLUMN %s TEXT", table, a->store_col);
		int rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL);
		free(sql);
		if (rc != SQLITE_OK && required) {
			fprintf(err, msg_tr("goedwerk: cannot add column %s to %s: %s\n"), a->store_col, s->path,
				sqlite3_errmsg(s->db));
			return GW_EINTERNAL;
		}
	}
	return GW_OK;
}

/* Migrate forward; each step also sets the application_id, and a store
 * that lacks it (adopt) but is current gets it in a step of its own. */
static enum gw_status migrate(struct store *s, int adopt, int write, FILE *err)
{
	int v = user_version(s->db);
	if (v < 0) {
		fprintf(err, msg_tr("goedwerk: %s is not a goedwerk store: %s\n"), s->path, sqlite3_errmsg(s->db));
		return GW_EDATA;
	}
	if (v > STORE_SCHEMA_VERSION) {
		fprintf(err, msg_tr("goedwerk: %s has schema version %d; this goedwerk knows up to %d "
			"(use a newer goedwerk)\n"), s->path, v, STORE_SCHEMA_VERSION);
		return GW_EDATA;
	}
	if (adopt && v == STORE_SCHEMA_VERSION && write) {
		char *sql = xasprintf("PRAGMA application_id = %u", STORE_APPLICATION_ID);
		sqlite3_exec(s->db, sql, NULL, NULL, NULL);
		free(sql);
	}
	for (; v < STORE_SCHEMA_VERSION; v++) {
		char *sql = xasprintf("BEGIN IMMEDIATE; %s PRAGMA application_id = %u;"
				      " PRAGMA user_version = %d; COMMIT;", migrations[v],
				      STORE_APPLICATION_ID, v + 1);
		char *msg = NULL;
		int rc = sqlite3_exec(s->db, sql, NULL, NULL, &msg);
		free(sql);
		if (rc == SQLITE_BUSY) {
			sqlite3_free(msg);
			return store_busy_error(s, err);
		}
		if (rc != SQLITE_OK) {
			fprintf(err, msg_tr("goedwerk: cannot migrate %s to schema version %d: %s\n"), s->path,
				v + 1, msg ? msg : sqlite3_errmsg(s->db));
			sqlite3_free(msg);
			sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
			return GW_EINTERNAL;
		}
	}
	return GW_OK;
}

/* Before SQLite touches the path: refuse folders, read-only stores and
 * files that are not SQLite; *exists says whether there is a file. */
static enum gw_status check_path(const char *path, int create, int *exists, FILE *err)
{
	off_t size = 0;
	enum gw_status st = GW_OK;
	int what = store_probe_path(path, create, &size, &st, err);
	if (what < 0)
		return st;
	*exists = what;
	if (!what && !create) {
		fprintf(err, msg_tr("goedwerk: no store at %s (ingest a bundle first, or name one with --db)\n"), path);
		return GW_EUSAGE;
	}
	if (what && size > 0 && !store_has_sqlite_header(path, err, &st))
		return st;
	return GW_OK;
}

enum gw_status store_open(struct store *s, const char *path, int create, FILE *err)
{
	memset(s, 0, sizeof *s);
	int exists = 0;
	enum gw_status st = check_path(path, create, &exists, err);
	if (st != GW_OK)
		return st;
	s->path = xstrdup(path);
	s->created = !exists;
	/* One thread uses a connection (analyse's threads read the loaded
	 * dataset, never the store): no per-call mutex, 5% of an ingest. */
	int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
	if (sqlite3_open_v2(path, &s->db, flags, NULL) != SQLITE_OK) {
		fprintf(err, exists ? msg_tr("goedwerk: cannot open the store %s: %s\n")
				    : msg_tr("goedwerk: cannot create the store %s: %s\n"), path,
			s->db ? strerror(sqlite3_system_errno(s->db)) : msg_tr("out of memory"));
		store_discard(s);
		return GW_EINTERNAL;
	}
	sqlite3_busy_timeout(s->db, STORE_BUSY_MS);
	/* A rollback journal: a crash mid-ingest leaves the file as it was. */
	sqlite3_exec(s->db, "PRAGMA foreign_keys = OFF; PRAGMA cache_size = -65536;", NULL, NULL, NULL);
	int adopt;
	st = store_identify(s, &adopt, err);
	if (st == GW_OK)
		st = migrate(s, adopt, create, err);
	if (st == GW_OK)
		st = attribute_columns(s, create, err);
	if (st != GW_OK)
		store_discard(s);
	return st;
}

void store_discard(struct store *s)
{
	char *path = s->created && s->path ? xstrdup(s->path) : NULL;
	store_close(s);
	if (!path)
		return;
	static const char *const sidecars[] = {"", "-journal", "-wal", "-shm"};
	for (size_t k = 0; k < sizeof sidecars / sizeof *sidecars; k++) {
		char *p = xasprintf("%s%s", path, sidecars[k]);
		unlink(p);
		free(p);
	}
	free(path);
}

void store_close(struct store *s)
{
	if (s->db)
		sqlite3_close(s->db);
	free(s->path);
	memset(s, 0, sizeof *s);
}
