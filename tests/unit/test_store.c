/* test_store.c - the store: schema version and migration, idempotent
 * re-ingest, refusal and replacement of a changed traject, shared card sets,
 * text stored verbatim, and fault injection: a failed ingest leaves the
 * store file byte-identical. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include "goedwerk/dataset.h"
#include "goedwerk/load.h"
#include "goedwerk/store.h"
#include "goedwerk/alloc.h"
#include "goedwerk/strpool.h"
#include "../../src/store/store_internal.h"
#include "bundle_fixture.h"

static char path[64];
static FILE *devnull;

static unsigned char *slurp(size_t *n)
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	fseek(f, 0, SEEK_END);
	*n = (size_t)ftell(f);
	fseek(f, 0, SEEK_SET);
	unsigned char *buf = xmalloc(*n + 1);
	assert_int_equal(fread(buf, 1, *n, f), *n);
	fclose(f);
	return buf;
}

static void assert_file_is(const unsigned char *before, size_t n)
{
	size_t m;
	unsigned char *after = slurp(&m);
	assert_int_equal(m, n);
	assert_memory_equal(after, before, n);
	free(after);
}

static enum gw_status write_bundle(struct bundle *b, int replace, struct store_ingest_result *r, size_t *errors)
{
	struct store s;
	struct diag d;
	diag_init(&d);
	assert_int_equal(store_open(&s, path, 1, devnull), GW_OK);
	enum gw_status st = store_write_bundle(&s, b, replace, &d, r);
	*errors = d.n_errors;
	store_close(&s);
	diag_free(&d);
	return st;
}

static int setup(void **state)
{
	(void)state;
	snprintf(path, sizeof path, "/tmp/goedwerk-test-store-%d.db", (int)getpid());
	unlink(path);
	devnull = fopen("/dev/null", "w");
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	unlink(path);
	fclose(devnull);
	return 0;
}

static void test_idempotent_and_changed(void **state)
{
	(void)state;
	struct bundle b;
	struct store_ingest_result r;
	size_t errors, n;
	bundle_fixture(&b);
	assert_int_equal(write_bundle(&b, 0, &r, &errors), GW_OK);
	assert_int_equal(r.trajecten_new, 2);
	assert_int_equal(r.sorts_written, 5);
	unsigned char *before = slurp(&n);
	/* the same bundle again: nothing changes, not one byte */
	assert_int_equal(write_bundle(&b, 0, &r, &errors), GW_OK);
	assert_int_equal(r.trajecten_same, 2);
	assert_int_equal(r.sorts_written, 0);
	assert_file_is(before, n);
	/* a changed placement in T1: refused, store untouched */
	b.sorts[0].cats[0] = 0;
	assert_int_equal(write_bundle(&b, 0, &r, &errors), GW_EDATA);
	assert_int_equal(errors, 1);
	assert_file_is(before, n);
	/* with replace: T1 rewritten, T2 unchanged */
	assert_int_equal(write_bundle(&b, 1, &r, &errors), GW_OK);
	assert_int_equal(r.trajecten_replaced, 1);
	assert_int_equal(r.trajecten_same, 1);
	assert_int_equal(r.sorts_written, 3);
	free(before);
	bundle_fixture_free(&b);
	unlink(path);
}

static int fail_at_commit(const char *step)
{
	return strcmp(step, "commit") == 0;
}

static int fail_at_rows(const char *step)
{
	return strcmp(step, "rows") == 0;
}

/* Fault injection: a write that fails after its rows are in, or just
 * before COMMIT, rolls back to the exact bytes of before. */
static void test_fault_leaves_store(void **state)
{
	(void)state;
	struct bundle b;
	struct store_ingest_result r;
	size_t errors, n;
	bundle_fixture(&b);
	b.n_trajecten = 1; /* store T1 only first; T2's rows are then not written */
	assert_int_equal(write_bundle(&b, 0, &r, &errors), GW_OK);
	b.n_trajecten = 2;
	unsigned char *before = slurp(&n);
	int (*hooks[])(const char *) = {fail_at_rows, fail_at_commit};
	for (int k = 0; k < 2; k++) {
		store_fault_hook = hooks[k];
		assert_int_equal(write_bundle(&b, 0, &r, &errors), GW_EINTERNAL);
		store_fault_hook = NULL;
		assert_true(errors >= 1);
		assert_file_is(before, n);
	}
	assert_int_equal(write_bundle(&b, 0, &r, &errors), GW_OK);
	assert_int_equal(r.trajecten_new, 1);
	free(before);
	bundle_fixture_free(&b);
	unlink(path);
}

static void test_card_set_repeat(void **state)
{
	(void)state;
	struct bundle b;
	struct store_ingest_result r;
	size_t errors;
	bundle_fixture(&b);
	assert_int_equal(write_bundle(&b, 0, &r, &errors), GW_OK);
	/* the same card set name with another label: refused */
	b.card_sets[0].cards[1].label_nl = strpool_get(&b.pool, "iets anders");
	assert_int_equal(write_bundle(&b, 0, &r, &errors), GW_EDATA);
	assert_int_equal(errors, 1);
	bundle_fixture_free(&b);
	unlink(path);
}

static void test_schema_version(void **state)
{
	(void)state;
	struct store s;
	/* version 0 (an empty file) migrates to the current version */
	FILE *f = fopen(path, "wb");
	fclose(f);
	assert_int_equal(store_open(&s, path, 0, devnull), GW_OK);
	sqlite3_stmt *st;
	sqlite3_prepare_v2(s.db, "PRAGMA user_version", -1, &st, NULL);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(st, 0), STORE_SCHEMA_VERSION);
	sqlite3_finalize(st);
	/* a store from a newer goedwerk is refused, not damaged */
	sqlite3_exec(s.db, "PRAGMA user_version = 99", NULL, NULL, NULL);
	store_close(&s);
	assert_int_equal(store_open(&s, path, 0, devnull), GW_EDATA);
	/* a file that is not a store */
	f = fopen(path, "wb");
	fputs("traject,participant\nnot a database at all, but long enough to have a header...........\n", f);
	fclose(f);
	assert_int_equal(store_open(&s, path, 0, devnull), GW_EDATA);
	unlink(path);
	assert_int_equal(store_open(&s, path, 0, devnull), GW_EUSAGE); /* missing, no create */
}

static long count(const char *sql)
{
	struct store s;
	sqlite3_stmt *st;
	assert_int_equal(store_open(&s, path, 0, devnull), GW_OK);
	assert_int_equal(sqlite3_prepare_v2(s.db, sql, -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	long n = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	store_close(&s);
	return n;
}

/* A codebook version is stored keyed (codebook, tag) with its canonical;
 * an identical repeat changes nothing; a version changed under the same
 * name (a mapping, a tag fewer) is refused with the store untouched; the
 * default codebook may grow by a tag. */
static void test_codebook_versions(void **state)
{
	(void)state;
	struct bundle b;
	struct store_ingest_result r;
	size_t errors, n;
	bundle_fixture(&b);
	bundle_fixture_codebook(&b);
	assert_int_equal(write_bundle(&b, 0, &r, &errors), GW_OK);
	assert_int_equal(count("SELECT count(*) FROM codebook WHERE codebook = 'douane' AND "
			       "canonical IS NOT NULL"), 2);
	assert_int_equal(count("SELECT count(*) FROM codebook WHERE codebook = 'default'"), 2);
	assert_int_equal(count("SELECT count(*) FROM trajecten WHERE traject = 'T1' AND "
			       "codebook = 'douane'"), 1);
	assert_int_equal(count("SELECT count(*) FROM trajecten WHERE codebook = 'default'"), 1);
	unsigned char *before = slurp(&n);
	assert_int_equal(write_bundle(&b, 0, &r, &errors), GW_OK);
	assert_int_equal(r.trajecten_same, 2);
	assert_file_is(before, n);
	/* another mapping under the same version name */
	const char *keep = b.codebook[3].canonical;
	b.codebook[3].canonical = strpool_get(&b.pool, "regels");
	assert_int_equal(write_bundle(&b, 0, &r, &errors), GW_EDATA);
	assert_int_equal(errors, 1);
	assert_file_is(before, n);
	b.codebook[3].canonical = keep;
	/* the version with a tag fewer (handhaving, the last) */
	b.n_codebook--;
	assert_int_equal(write_bundle(&b, 0, &r, &errors), GW_EDATA);
	assert_int_equal(errors, 1);
	assert_file_is(before, n);
	b.n_codebook++;
	/* T1 moved to the default version: a changed traject, refused */
	b.trajecten[0].codebook = NULL;
	assert_int_equal(write_bundle(&b, 0, &r, &errors), GW_EDATA);
	assert_int_equal(errors, 1);
	assert_file_is(before, n);
	free(before);
	bundle_fixture_free(&b);
	/* the default codebook grows by a tag */
	bundle_fixture(&b);
	bundle_fixture_codebook(&b);
	b.codebook[0].tag = strpool_get(&b.pool, "nieuw");
	assert_int_equal(write_bundle(&b, 0, &r, &errors), GW_OK);
	assert_int_equal(count("SELECT count(*) FROM codebook WHERE codebook = 'default'"), 3);
	/* a default tag with another pillar is refused */
	b.codebook[1].pillar = strpool_get(&b.pool, "ethics");
	assert_int_equal(write_bundle(&b, 0, &r, &errors), GW_EDATA);
	assert_int_equal(errors, 1);
	bundle_fixture_free(&b);
	unlink(path);
}

/* A canonical ingest could not check (no default codebook in the bundle)
 * is checked against the stored default codebook, at its file:line:col. */
static void test_canonical_checked_by_store(void **state)
{
	(void)state;
	struct bundle b;
	struct store_ingest_result r;
	size_t errors;
	bundle_fixture(&b);
	bundle_fixture_codebook(&b);
	assert_int_equal(write_bundle(&b, 0, &r, &errors), GW_OK);
	bundle_fixture_free(&b);
	bundle_fixture(&b);
	bundle_fixture_codebook(&b);
	struct bundle_code *c = &b.codebook[2];
	*c = b.codebook[3]; /* a new version, not checked, with a typo */
	b.codebook[0] = *c;
	b.n_codebook = 1;
	c = &b.codebook[0];
	c->codebook = strpool_get(&b.pool, "douane-2");
	c->canonical = strpool_get(&b.pool, "loyal");
	c->canonical_checked = 0;
	c->file = "b/codebook.csv";
	c->line = 3;
	c->col = 4;
	b.trajecten[0].codebook = c->codebook;
	b.dilemmas[0].n_tags = b.dilemmas[1].n_tags = 1;
	b.dilemmas[0].tags[0] = b.dilemmas[1].tags[0] = c->tag;
	b.trajecten[0].traject = strpool_get(&b.pool, "T9");
	for (size_t i = 0; i < b.n_sorts; i++) /* T1's rows become T9's */
		if (strcmp(b.sorts[i].traject, "T1") == 0)
			b.sorts[i].traject = b.trajecten[0].traject;
	for (size_t i = 0; i < b.n_participants; i++)
		if (strcmp(b.participants[i].traject, "T1") == 0)
			b.participants[i].traject = b.trajecten[0].traject;
	for (size_t i = 0; i < b.n_dilemmas; i++)
		if (strcmp(b.dilemmas[i].traject, "T1") == 0)
			b.dilemmas[i].traject = b.trajecten[0].traject;
	struct store s;
	struct diag d;
	diag_init(&d);
	assert_int_equal(store_open(&s, path, 0, devnull), GW_OK);
	assert_int_equal(store_write_bundle(&s, &b, 0, &d, &r), GW_EDATA);
	assert_int_equal(d.n_errors, 1);
	assert_string_equal(d.v[0].file, "b/codebook.csv");
	assert_int_equal(d.v[0].line, 3);
	assert_int_equal(d.v[0].col, 4);
	assert_string_equal(d.v[0].msg, "canonical 'loyal' (expected a tag of the stored default "
			    "codebook; nearest: loyaal)");
	diag_free(&d);
	/* spelled right, it is stored */
	diag_init(&d);
	c->canonical = strpool_get(&b.pool, "loyaal");
	assert_int_equal(store_write_bundle(&s, &b, 0, &d, &r), GW_OK);
	assert_int_equal(r.trajecten_new, 1);
	diag_free(&d);
	store_close(&s);
	bundle_fixture_free(&b);
	unlink(path);
}

/* A store of schema version 1 (codebook keyed by tag alone, trajecten
 * without a codebook) migrates forward: its tags and trajecten become the
 * default version's. */
static void test_migrate_v1(void **state)
{
	(void)state;
	sqlite3 *db;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db,
		"CREATE TABLE codebook(tag TEXT PRIMARY KEY, label_nl TEXT NOT NULL, label_en TEXT,"
		" pillar TEXT, axis TEXT);"
		"CREATE TABLE trajecten(traject TEXT PRIMARY KEY, organisation TEXT, org_type TEXT,"
		" sector TEXT, start TEXT, \"end\" TEXT, description TEXT, start_year INTEGER,"
		" content_hash TEXT NOT NULL);"
		"CREATE TABLE sorts(id INTEGER PRIMARY KEY, traject TEXT NOT NULL);"
		"INSERT INTO codebook VALUES('loyaal', 'Loyaliteit', NULL, 'ethics', NULL);"
		"INSERT INTO trajecten VALUES('T1', 'Douane', NULL, NULL, NULL, NULL, NULL, 2013, 'h');"
		"PRAGMA user_version = 1;", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	assert_int_equal(count("PRAGMA user_version"), STORE_SCHEMA_VERSION);
	/* a store of before the application_id is recognised and marked */
	assert_int_equal(count("PRAGMA application_id"), STORE_APPLICATION_ID);
	assert_int_equal(count("SELECT count(*) FROM codebook WHERE codebook = 'default' AND "
			       "tag = 'loyaal' AND pillar = 'ethics' AND canonical IS NULL"), 1);
	assert_int_equal(count("SELECT count(*) FROM trajecten WHERE codebook = 'default'"), 1);
	unlink(path);
}

/* Names with quotes, ';', SQL-like text and accents come back verbatim. */
static void test_text_verbatim(void **state)
{
	(void)state;
	struct bundle b;
	struct store_ingest_result r;
	size_t errors;
	const char *odd = "Ministerie van \"Zaken\"; DROP TABLE sorts; -- é ë ü";
	bundle_fixture(&b);
	b.trajecten[0].organisation = strpool_get(&b.pool, odd);
	assert_int_equal(write_bundle(&b, 0, &r, &errors), GW_OK);
	struct store s;
	struct selection sel;
	struct dataset ds;
	selection_default(&sel);
	assert_int_equal(store_open(&s, path, 0, devnull), GW_OK);
	assert_int_equal(dataset_load(&s, &sel, &ds, devnull), GW_OK);
	const struct ds_factor *org = &ds.f[DS_ORGANISATION];
	assert_int_equal(org->n_levels, 2);
	assert_string_equal(org->levels[0], "Belastingdienst");
	assert_string_equal(org->levels[1], odd);
	assert_int_equal(ds.n_sorts, 5);
	dataset_free(&ds);
	store_close(&s);
	bundle_fixture_free(&b);
	unlink(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_idempotent_and_changed),
		cmocka_unit_test(test_fault_leaves_store),
		cmocka_unit_test(test_card_set_repeat),
		cmocka_unit_test(test_schema_version),
		cmocka_unit_test(test_text_verbatim),
		cmocka_unit_test(test_codebook_versions),
		cmocka_unit_test(test_canonical_checked_by_store),
		cmocka_unit_test(test_migrate_v1),
	};
	return cmocka_run_group_tests_name("store", tests, setup, teardown);
}
