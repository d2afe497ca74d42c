/* test_load.c - the load step: a bundle written to a store comes back as the
 * same placements, with factor levels in their natural order, people
 * numbered without pseudonyms, and the selection options applied. */
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
#include "bundle_fixture.h"

static char db_path[64];

/* A new store at path holding the fixture: 0 plain, 1 with codebook
 * versions, 2 with both mapped tags of T1 onto one default tag. */
static void write_fixture(const char *path, int codebook)
{
	unlink(path);
	struct store s;
	struct bundle b;
	struct diag d;
	struct store_ingest_result res;
	diag_init(&d);
	bundle_fixture(&b);
	if (codebook)
		bundle_fixture_codebook(&b);
	if (codebook == 2) /* trouw and regelgeving both onto regels */
		b.codebook[3].canonical = b.codebook[2].canonical;
	assert_int_equal(store_open(&s, path, 1, stderr), GW_OK);
	assert_int_equal(store_write_bundle(&s, &b, 0, &d, &res), GW_OK);
	diag_print(&d, stderr);
	assert_int_equal(d.n_errors, 0);
	store_close(&s);
	bundle_fixture_free(&b);
	diag_free(&d);
}

static int setup(void **state)
{
	(void)state;
	snprintf(db_path, sizeof db_path, "/tmp/goedwerk-test-load-%d.db", (int)getpid());
	write_fixture(db_path, 0);
	return 0;
}

static int teardown(void **state)
{
	(void)state;
	unlink(db_path);
	return 0;
}

static void load(struct dataset *ds, const struct selection *sel)
{
	struct store s;
	assert_int_equal(store_open(&s, db_path, 0, stderr), GW_OK);
	assert_int_equal(dataset_load(&s, sel, ds, stderr), GW_OK);
	store_close(&s);
}

static void test_roundtrip(void **state)
{
	(void)state;
	struct selection sel;
	selection_default(&sel);
	struct dataset ds;
	load(&ds, &sel);
	assert_string_equal(ds.card_set, "mini");
	assert_int_equal(ds.n_sorts, 5);
	assert_int_equal(ds.n_cards, 3);
	assert_int_equal(ds.scale_min, -1);
	assert_int_equal(ds.scale_max, 1);
	assert_string_equal(ds.scale_label_nl[2], "hoog");
	assert_int_equal(ds_cat(&ds, 0, 0), -1);
	assert_int_equal(ds_cat(&ds, 0, 2), 1);
	assert_int_equal(ds_cat(&ds, 1, 1), DS_MISSING);
	assert_int_equal(ds_cat(&ds, 1, 2), -1);
	/* T1/P1 twice is one person; T2/P1 is another */
	assert_int_equal(ds.n_people, 3);
	assert_int_equal(ds.person[0], ds.person[1]);
	assert_true(ds.person[3] != ds.person[0]);
	assert_null(ds.sort_label);
	/* natural level orders */
	const struct ds_factor *age = &ds.f[DS_AGE_BAND], *ph = &ds.f[DS_PHASE];
	assert_int_equal(age->n_levels, 3);
	assert_string_equal(age->levels[0], "<35");
	assert_string_equal(age->levels[1], "35-49");
	assert_string_equal(age->levels[2], "50+");
	assert_string_equal(ph->levels[0], "individual");
	assert_string_equal(ph->levels[1], "exchange");
	/* traject x group x session x table; one session: TRAJECT/GROUP/TABLE */
	assert_string_equal(ds.f[DS_TABLE].levels[0], "T1/g1/A");
	assert_string_equal(ds.f[DS_TABLE].levels[1], "T2/g1/A");
	assert_string_equal(ds.f[DS_ORGANISATION].levels[ds.f[DS_ORGANISATION].code[3]], "Belastingdienst");
	assert_string_equal(ds.f[DS_YEAR].levels[ds.f[DS_YEAR].code[2]], "2014");
	assert_int_equal(ds.year[2], 2014);
	dataset_free(&ds);
}

static void test_selection(void **state)
{
	(void)state;
	struct selection sel;
	selection_default(&sel);
	const char *only[] = {"T2"};
	sel.trajecten = only;
	sel.n_trajecten = 1;
	struct dataset ds;
	load(&ds, &sel);
	assert_int_equal(ds.n_sorts, 2);
	dataset_free(&ds);
	selection_default(&sel);
	sel.from_year = 2014;
	sel.phase = "individual";
	load(&ds, &sel);
	assert_int_equal(ds.n_sorts, 2); /* T1/P2 2014 and T2/P1 2015 */
	assert_int_equal(ds.f[DS_PHASE].n_levels, 1);
	dataset_free(&ds);
	selection_default(&sel);
	sel.to_year = 2000;
	struct store s;
	assert_int_equal(store_open(&s, db_path, 0, stderr), GW_OK);
	FILE *devnull = fopen("/dev/null", "w");
	assert_int_equal(dataset_load(&s, &sel, &ds, devnull), GW_EDATA);
	fclose(devnull);
	store_close(&s);
}

/* Load a fixture with codebook versions from its own store; err into *msg. */
static void load_codebook_fixture(int same_canonical, struct dataset *ds, char **msg)
{
	char p[80];
	snprintf(p, sizeof p, "/tmp/goedwerk-test-load-cb-%d.db", (int)getpid());
	write_fixture(p, same_canonical ? 2 : 1);
	struct store s;
	assert_int_equal(store_open(&s, p, 0, stderr), GW_OK);
	struct selection sel;
	selection_default(&sel);
	size_t len;
	FILE *err = open_memstream(msg, &len);
	assert_int_equal(dataset_load(&s, &sel, ds, err), GW_OK);
	fclose(err);
	store_close(&s);
	unlink(p);
}

/* The analysis uses the default codebook: the tags of T1 (version douane)
 * come mapped through canonical; handhaving has none and is left out with
 * a warning; two tags onto one default tag count once in a case. */
static void test_codebook_mapped(void **state)
{
	(void)state;
	struct dataset ds;
	char *msg;
	load_codebook_fixture(0, &ds, &msg);
	assert_int_equal(ds.n_tags, 2);
	assert_string_equal(ds.tag[0], "loyaal");
	assert_string_equal(ds.tag[1], "regels");
	assert_string_equal(ds.tag_pillar[1], "ethics");
	assert_int_equal(ds.n_dilemmas, 3);
	assert_int_equal(ds.dilemmas[0].n_tags, 2); /* T1 C1 regelgeving|trouw */
	assert_int_equal(ds.dilemmas[0].tags[0], 0);
	assert_int_equal(ds.dilemmas[0].tags[1], 1);
	assert_int_equal(ds.dilemmas[1].n_tags, 1); /* T1 C2 handhaving|trouw */
	assert_int_equal(ds.dilemmas[1].tags[0], 0);
	assert_int_equal(ds.dilemmas[2].n_tags, 1); /* T2 C3 loyaal, default */
	assert_int_equal(ds.dilemmas[2].tags[0], 0);
	assert_string_equal(msg, "goedwerk: warning: 1 tags of 1 cases are coded in another "
			    "codebook version without a canonical tag of the default codebook "
			    "(left out of the analysis)\n");
	free(msg);
	dataset_free(&ds);
	load_codebook_fixture(1, &ds, &msg);
	assert_int_equal(ds.dilemmas[0].n_tags, 1);
	assert_int_equal(ds.dilemmas[0].tags[0], 1);
	assert_int_equal(ds.dilemmas[1].n_tags, 1);
	assert_int_equal(ds.dilemmas[1].tags[0], 1);
	free(msg);
	dataset_free(&ds);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_roundtrip),
		cmocka_unit_test(test_selection),
		cmocka_unit_test(test_codebook_mapped),
	};
	return cmocka_run_group_tests_name("load", tests, setup, teardown);
}
