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
#include "goedwerk/store.h"
#include "goedwerk/util.h"
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
	};
	return cmocka_run_group_tests_name("store", tests, setup, teardown);
}
