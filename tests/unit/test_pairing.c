/* test_pairing.c - the one pairing rule (src/analyse/pairing.h), worked by
 * hand, and exchange_change over exchange sorts recorded a session later
 * than the individual sort (issue 10: it used to be header-only).
 *
 * Sorts (person: phase@session):
 *   p0: ind@1 exc@1          -> (ind@1, exc@1)       same session
 *   p1: ind@1 exc@2          -> (ind@1, exc@2)       the session before
 *   p2: ind@1 ind@2 exc@3    -> (ind@2, exc@3)       the latest before
 *   p3: ind@2 exc@1          -> unpaired             nothing at or before
 *   p4: exc@1                -> unpaired
 *   p5: ind@2 ind@1 exc@1    -> (ind@1, exc@1)       same session first
 *   p6: ind@? exc@1          -> unpaired             unknown session: no order */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <string.h>
#include <cmocka.h>
#include "goedwerk/analyse.h"
#include "fixture.h"
#include "../../src/analyse/pairing.h"

#define N 15
static const int person[N] = {0, 0, 1, 1, 2, 2, 2, 3, 3, 4, 5, 5, 5, 6, 6};
static const char *const phase[N] = {"individual", "exchange", "individual", "exchange",
	"individual", "individual", "exchange", "individual", "exchange", "exchange",
	"individual", "individual", "exchange", "individual", "exchange"};
static const char *const session[N] = {"1", "1", "1", "2", "1", "2", "3", "2", "1", "1",
				       "2", "1", "1", NULL, "1"};

static void make(struct dataset *ds)
{
	int cats[N * 4];
	for (int i = 0; i < N * 4; i++)
		cats[i] = 1 + (i * 7 + i / 4) % 4;
	fixture_dataset(ds, N, 4, 1, 4, cats);
	fixture_people(ds, person);
	fixture_factor(ds, DS_PHASE, phase);
	fixture_factor(ds, DS_SESSION, session);
}

static void test_rule(void **state)
{
	(void)state;
	struct dataset ds;
	make(&ds);
	struct pairing pg;
	pairing_make(&ds, &pair_exchange, &pg);
	const struct sort_pair want[] = {{0, 1}, {2, 3}, {5, 6}, {11, 12}};
	assert_int_equal(pg.n, 4);
	for (size_t k = 0; k < 4; k++) {
		assert_int_equal(pg.pair[k].early, want[k].early);
		assert_int_equal(pg.pair[k].late, want[k].late);
	}
	assert_int_equal(pg.n_unpaired, 3);
	assert_int_equal(pg.unpaired[0], 8);
	assert_int_equal(pg.unpaired[1], 9);
	assert_int_equal(pg.unpaired[2], 14);
	pairing_free(&pg);
	dataset_free(&ds);
}

static void test_exchange_change_across_sessions(void **state)
{
	(void)state;
	struct dataset ds;
	make(&ds);
	struct table *t = fixture_build("exchange_change", 1, &ds);
	size_t r = 0;
	while (r < t->nrows && strcmp(table_get_text(t, r, table_col(t, "stratum_type")), "all") != 0)
		r++;
	assert_true(r < t->nrows);
	assert_int_equal(table_cell(t, r, table_col(t, "n")).v.i, 4);
	assert_non_null(strstr(table_get_text(t, r, t->col_note), "3 exchange sorts without an individual sort"));
	table_free(t);
	dataset_free(&ds);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rule),
		cmocka_unit_test(test_exchange_change_across_sessions),
	};
	return cmocka_run_group_tests_name("pairing", tests, NULL, NULL);
}
