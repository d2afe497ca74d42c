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
#include "goedwerk/store.h"
#include "goedwerk/util.h"

#define P(s) strpool_get(&b->pool, s)

/* bundle_free leaves sort categories to the ingest arena; the test's own
 * allocations are kept here and freed after it. */
static void *owned[16];
static size_t n_owned;

static void add_sort(struct bundle *b, const char *traject, const char *who, const char *phase,
		     int year, const char *table, const int8_t *cats, size_t n)
{
	GROW(b->sorts, b->cap_sorts, b->n_sorts + 1);
	struct bundle_sort *s = &b->sorts[b->n_sorts++];
	memset(s, 0, sizeof *s);
	s->traject = P(traject);
	s->participant = P(who);
	s->phase = P(phase);
	s->perspective = P("professional");
	s->card_set = P("mini");
	s->table = table ? P(table) : NULL;
	s->year = year;
	s->cats = owned[n_owned++] = xmalloc(n);
	memcpy(s->cats, cats, n);
}

static void add_person(struct bundle *b, const char *traject, const char *who, const char *age,
		       const char *role)
{
	GROW(b->participants, b->cap_participants, b->n_participants + 1);
	struct bundle_participant *p = &b->participants[b->n_participants++];
	memset(p, 0, sizeof *p);
	p->traject = P(traject);
	p->participant = P(who);
	p->age_band = P(age);
	p->role = P(role);
	p->group = P("g1");
}

/* Two trajecten, a 3-card set on the scale -1..1 (so that the packing offset
 * is exercised), three people, five sorts, one card left out. */
static void make_bundle(struct bundle *b)
{
	bundle_init(b);
	GROW(b->card_sets, b->cap_card_sets, 1);
	struct bundle_card_set *cs = &b->card_sets[b->n_card_sets++];
	memset(cs, 0, sizeof *cs);
	cs->name = P("mini");
	cs->n_cards = 3;
	cs->cards = xcalloc(3, sizeof *cs->cards); /* freed by bundle_free */
	const char *ids[] = {"x", "y", "z"};
	for (int j = 0; j < 3; j++) {
		cs->cards[j].card = P(ids[j]);
		cs->cards[j].label_nl = P(ids[j]);
	}
	cs->n_scale = 3;
	cs->scale = xcalloc(3, sizeof *cs->scale);
	for (int k = 0; k < 3; k++) {
		cs->scale[k].value = k - 1;
		cs->scale[k].label_nl = P(k == 0 ? "laag" : k == 1 ? "midden" : "hoog");
		cs->scale[k].count = BUNDLE_NOT_FORCED;
	}
	cs->from_file = 1;
	GROW(b->trajecten, b->cap_trajecten, 2);
	memset(b->trajecten, 0, 2 * sizeof *b->trajecten);
	b->trajecten[0].traject = P("T1");
	b->trajecten[0].organisation = P("Douane");
	b->trajecten[0].start_year = 2013;
	b->trajecten[1].traject = P("T2");
	b->trajecten[1].organisation = P("Belastingdienst");
	b->trajecten[1].start_year = 2015;
	b->n_trajecten = 2;
	add_person(b, "T1", "P1", "50+", "beleid");
	add_person(b, "T1", "P2", "<35", "leiding");
	add_person(b, "T2", "P1", "35-49", "beleid");
	const int8_t a[] = {-1, 0, 1}, c[] = {1, BUNDLE_MISSING, -1}, d[] = {0, 1, -1};
	add_sort(b, "T1", "P1", "individual", 2013, NULL, a, 3);
	add_sort(b, "T1", "P1", "exchange", 2013, "A", c, 3);
	add_sort(b, "T1", "P2", "individual", 2014, NULL, d, 3);
	add_sort(b, "T2", "P1", "individual", 2015, NULL, a, 3);
	add_sort(b, "T2", "P1", "exchange", 2015, "A", d, 3);
}

static char db_path[64];

static int setup(void **state)
{
	(void)state;
	snprintf(db_path, sizeof db_path, "/tmp/goedwerk-test-load-%d.db", (int)getpid());
	unlink(db_path);
	struct store s;
	struct bundle b;
	struct diag d;
	struct store_ingest_result res;
	diag_init(&d);
	make_bundle(&b);
	assert_int_equal(store_open(&s, db_path, 1, stderr), GW_OK);
	assert_int_equal(store_write_bundle(&s, &b, 0, &d, &res), GW_OK);
	diag_print(&d, stderr);
	assert_int_equal(d.n_errors, 0);
	store_close(&s);
	bundle_free(&b);
	while (n_owned)
		free(owned[--n_owned]);
	diag_free(&d);
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
	assert_string_equal(ds.f[DS_TABLE].levels[0], "T1/A");
	assert_string_equal(ds.f[DS_TABLE].levels[1], "T2/A");
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_roundtrip),
		cmocka_unit_test(test_selection),
	};
	return cmocka_run_group_tests_name("load", tests, setup, teardown);
}
