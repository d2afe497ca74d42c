/* identify.c - is the file at a path ours?  A goedwerk store is an SQLite
 * database with PRAGMA application_id STORE_APPLICATION_ID; a store written
 * before goedwerk set it is recognised by its schema (user_version 1..N and
 * the trajecten and sorts tables) and adopted.  Anything else (another
 * program's database, a file that is not SQLite, a folder) is refused
 * before a byte is written to it. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "goedwerk/messages.h"
#include "goedwerk/store.h"
#include "goedwerk/alloc.h"
#include "store_internal.h"

static int folder_writable(const char *path)
{
	char *dir = xstrdup(path), *slash = strrchr(dir, '/');
	if (slash)
		slash[slash == dir] = '\0';
	int ok = access(slash ? dir : ".", W_OK) == 0;
	free(dir);
	return ok;
}

/* What is at path before it is opened: 0 absent, 1 a regular file (size in
 * *size), -1 refused (message printed, *st set). */
int store_probe_path(const char *path, int write, off_t *size, enum gw_status *st, FILE *err)
{
	struct stat sb;
	if (stat(path, &sb) != 0) {
		if (errno == ENOENT)
			return 0;
		fprintf(err, msg_tr("goedwerk: cannot open the store %s: %s\n"), path, strerror(errno));
		*st = GW_EINTERNAL;
		return -1;
	}
	if (S_ISDIR(sb.st_mode) || !S_ISREG(sb.st_mode)) {
		fprintf(err, msg_tr("goedwerk: %s is %s, not a goedwerk store (name a store file with --db)\n"),
			path, S_ISDIR(sb.st_mode) ? msg_tr("a folder") : msg_tr("not a regular file"));
		*st = GW_EDATA;
		return -1;
	}
	if (write && access(path, W_OK) != 0) {
		fprintf(err, msg_tr("goedwerk: the store %s is read-only (%s); nothing was written\n"), path,
			strerror(errno));
		*st = GW_EINTERNAL;
		return -1;
	}
	if (write && !folder_writable(path)) {
		fprintf(err, msg_tr("goedwerk: the folder of the store %s is read-only (SQLite keeps a journal "
			"beside the store while it writes); nothing was written\n"), path);
		*st = GW_EINTERNAL;
		return -1;
	}
	*size = sb.st_size;
	return 1;
}

/* The first 16 bytes of every SQLite 3 database. */
int store_has_sqlite_header(const char *path, FILE *err, enum gw_status *st)
{
	static const char magic[16] = "SQLite format 3";
	char head[16];
	FILE *f = fopen(path, "rb");
	if (!f) {
		fprintf(err, msg_tr("goedwerk: cannot read the store %s: %s\n"), path, strerror(errno));
		*st = GW_EINTERNAL;
		return 0;
	}
	size_t n = fread(head, 1, sizeof head, f);
	fclose(f);
	if (n == sizeof head && memcmp(head, magic, sizeof magic) == 0)
		return 1;
	fprintf(err, msg_tr("goedwerk: %s is not a goedwerk store (it is not an SQLite database); "
		"name a goedwerk store or a new file with --db\n"), path);
	*st = GW_EDATA;
	return 0;
}

static int pragma_int(sqlite3 *db, const char *sql, int *rc)
{
	sqlite3_stmt *q = NULL;
	int v = -1;
	*rc = sqlite3_prepare_v2(db, sql, -1, &q, NULL);
	if (*rc == SQLITE_OK && (*rc = sqlite3_step(q)) == SQLITE_ROW) {
		v = sqlite3_column_int(q, 0);
		*rc = SQLITE_OK;
	}
	sqlite3_finalize(q);
	return v;
}

enum gw_status store_busy_error(const struct store *s, FILE *err)
{
	fprintf(err, msg_tr("goedwerk: the store %s is in use (another program holds it for more than "
		"%d seconds); nothing was written, try again when it is done\n"), s->path,
		STORE_BUSY_MS / 1000);
	return GW_EINTERNAL;
}

/* Whether the open database is a goedwerk store: GW_OK with *adopt set when
 * it lacks the application_id (an older goedwerk, or a new empty file). */
enum gw_status store_identify(struct store *s, int *adopt, FILE *err)
{
	int rc;
	*adopt = 0;
	int app = pragma_int(s->db, "PRAGMA application_id", &rc);
	int version = rc == SQLITE_OK ? pragma_int(s->db, "PRAGMA user_version", &rc) : -1;
	int objects = rc == SQLITE_OK ? pragma_int(s->db, "SELECT count(*) FROM sqlite_master", &rc) : -1;
	int ours = rc == SQLITE_OK ? pragma_int(s->db, "SELECT count(*) FROM sqlite_master WHERE "
						"type = 'table' AND name IN ('trajecten', 'sorts')", &rc) : -1;
	if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
		return store_busy_error(s, err);
	if (rc != SQLITE_OK) {
		fprintf(err, msg_tr("goedwerk: %s is not a goedwerk store: %s\n"), s->path, sqlite3_errmsg(s->db));
		return rc == SQLITE_NOTADB || rc == SQLITE_CORRUPT ? GW_EDATA : GW_EINTERNAL;
	}
	if ((unsigned)app == STORE_APPLICATION_ID)
		return GW_OK;
	if (app == 0 && ((version == 0 && objects == 0) ||
			 (version >= 1 && version <= STORE_SCHEMA_VERSION && ours == 2))) {
		*adopt = 1;
		return GW_OK;
	}
	fprintf(err, msg_tr("goedwerk: %s is an SQLite database of another program, not a goedwerk store "
		"(application_id 0x%08X, expected 0x%08X); name a goedwerk store or a new file with "
		"--db\n"), s->path, (unsigned)app, STORE_APPLICATION_ID);
	return GW_EDATA;
}
