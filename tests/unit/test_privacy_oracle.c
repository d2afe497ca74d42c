/* test_privacy_oracle.c - suppression that survives differencing, checked by
 * an independent attacker: tests/oracle/differencing.py reads who is in which
 * group from the store with its own SQL and tries every subtraction of the
 * published groups within and across the tables (Hundepool et al., Handbook
 * on Statistical Disclosure Control 2024, ch. 4).  Bundles: the synthetic
 * tests/oracle/small_orgs (a one-person and a three-person organisation) and
 * datasets/demo, at --min-cell 5 and 10.  The oracle must find leaks in the
 * same tables built without the engine (so it can fail), and none after it.
 * Skipped when python3 (with its sqlite3 module) is not installed. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "goedwerk/alloc.h"
#include "goedwerk/analyse.h"
#include "goedwerk/ingest.h"
#include "goedwerk/load.h"
#include "goedwerk/output.h"
#include "goedwerk/store.h"
#include "ingest_support.h"

static int have_python(void)
{
	return system("python3 -c 'import sqlite3' >/dev/null 2>&1") == 0;
}

static void ingest_into(const char *bundle, const char *db)
{
	struct bundle b;
	struct diag d;
	struct ingest_options opt;
	bundle_init(&b);
	diag_init(&d);
	ingest_options_default(&opt);
	const char *paths[] = {bundle};
	assert_int_equal(ingest_read(paths, 1, &opt, &b, &d), GW_OK);
	struct store s;
	struct store_ingest_result r;
	FILE *err = fopen("/dev/null", "w");
	assert_int_equal(store_open(&s, db, 1, err), GW_OK);
	assert_int_equal(store_write_bundle(&s, &b, 0, &d, &r), GW_OK);
	store_close(&s);
	fclose(err);
	diag_free(&d);
	bundle_free(&b);
}

/* Every table at K into out/tables; with raw, as built, before the engine. */
static void analyse_into(const char *db, int k, int raw, const char *out)
{
	struct store s;
	struct selection sel;
	struct dataset ds;
	FILE *err = fopen("/dev/null", "w");
	selection_default(&sel);
	sel.min_cell = k;
	memset(&ds, 0, sizeof ds);
	assert_int_equal(store_open(&s, db, 0, err), GW_OK);
	assert_int_equal(dataset_load(&s, &sel, &ds, err), GW_OK);
	struct analysis a = {.ds = &ds, .sel = &sel, .err = err};
	struct table_set ts = {xcalloc(analyse_registry_len, sizeof(struct table *)), 0};
	if (raw) {
		for (size_t i = 0; i < analyse_registry_len; i++) {
			const struct table_def *d = analyse_registry[i];
			struct table *t = table_new(d->name, d->cols, d->ncols);
			assert_int_equal(d->build(&a, t), GW_OK);
			ts.v[ts.n++] = t;
		}
	} else {
		free(ts.v);
		assert_int_equal(analyse_run(&a, &ts), GW_OK);
	}
	struct table_format fmt = {0};
	assert_int_equal(output_write_tables(&ts, out, &fmt, err), GW_OK);
	table_set_free(&ts);
	dataset_free(&ds);
	store_close(&s);
	fclose(err);
}

/* The oracle's exit code (0: as expected). */
static int oracle(const char *db, const char *out, int k, int expect_leaks)
{
	char *cmd = xasprintf("python3 tests/oracle/differencing.py --db '%s' --tables '%s/tables' "
			      "--min-cell %d --quiet %s", db, out, k,
			      expect_leaks ? "--expect-leaks --first >/dev/null" : ">&2");
	int rc = system(cmd);
	free(cmd);
	return rc;
}

static void check_bundle(const char *bundle)
{
	if (!have_python())
		skip();
	char *dir = ingest_test_tmpdir();
	char *db = xasprintf("%s/goedwerk.db", dir);
	ingest_into(bundle, db);
	for (int k = 5; k <= 10; k += 5) {
		char *raw = xasprintf("%s/raw%d", dir, k), *out = xasprintf("%s/out%d", dir, k);
		analyse_into(db, k, 1, raw);
		assert_int_equal(oracle(db, raw, k, 1), 0); /* the oracle sees leaks ... */
		analyse_into(db, k, 0, out);
		assert_int_equal(oracle(db, out, k, 0), 0); /* ... and the engine leaves none */
		free(raw);
		free(out);
	}
	free(db);
	ingest_test_rmdir(dir);
}

static void test_small_organisations(void **state)
{
	(void)state;
	check_bundle("tests/oracle/small_orgs");
}

static void test_demo(void **state)
{
	(void)state;
	check_bundle("datasets/demo");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_small_organisations),
		cmocka_unit_test(test_demo),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
