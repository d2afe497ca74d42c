/* test_empty_reasons.c - issue 10 item 4: every empty table says its true
 * reason, and cells emptied by a card nobody placed or a factor without
 * defining sorts say that, not something else.  Each test plants one cause
 * in a hand-built dataset (fixture.h) and runs the whole registry
 * (analyse_run, as `goedwerk analyse` does) or one table. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include "goedwerk/analyse.h"
#include "goedwerk/messages.h"
#include "fixture.h"

/* Six people in two organisations, individual professional, cards c1..c4
 * on piles 1..3; c4 is placed by nobody (0 = left out). */
static const int cats6[] = {1, 2, 3, 0, 2, 3, 1, 0, 3, 1, 2, 0,
			    1, 3, 2, 0, 2, 1, 3, 0, 3, 2, 1, 0};
static const char *const org6[] = {"A", "A", "A", "B", "B", "B"};

static void six(struct dataset *ds)
{
	fixture_dataset(ds, 6, 4, 1, 3, cats6);
	fixture_factor(ds, DS_ORGANISATION, org6);
	for (size_t i = 0; i < 6; i++)
		ds->year[i] = 2015;
}

static struct table_set run_all(struct dataset *ds, int min_cell)
{
	struct selection sel;
	selection_default(&sel);
	sel.min_cell = min_cell;
	FILE *err = fopen("/dev/null", "w");
	assert_non_null(err);
	struct analysis a = {.ds = ds, .sel = &sel, .err = err, .jobs = 1};
	struct table_set ts;
	assert_int_equal(analyse_run(&a, &ts), GW_OK);
	fclose(err);
	return ts;
}

static const char *reason_of(const struct table_set *ts, const char *name)
{
	const struct table *t = table_set_find(ts, name);
	assert_non_null(t);
	assert_int_equal(t->nrows, 0);
	assert_non_null(t->empty_reason);
	return t->empty_reason;
}

/* The row of table t whose key columns col_a, col_b hold a, b. */
static size_t row_of(const struct table *t, const char *col_a, const char *a, const char *col_b,
		     const char *b)
{
	size_t ja = table_col(t, col_a), jb = table_col(t, col_b);
	for (size_t r = 0; r < t->nrows; r++)
		if (strcmp(table_get_text(t, r, ja), a) == 0 &&
		    (!col_b || strcmp(table_get_text(t, r, jb), b) == 0))
			return r;
	fail_msg("no row %s=%s in %s", col_a, a, t->name);
	return 0;
}

static const char *note_of(const struct table *t, size_t r)
{
	const char *s = table_get_text(t, r, t->col_note);
	return s ? s : "";
}

/* Every empty table has a reason of its own: none falls back on run.c's
 * last resort, each names the cause planted, and each has its Dutch. */
static void test_every_empty_table_says_why(void **state)
{
	(void)state;
	struct dataset ds;
	six(&ds);
	struct table_set ts = run_all(&ds, 1);
	size_t empty = 0;
	for (size_t i = 0; i < ts.n; i++)
		if (ts.v[i]->nrows == 0) {
			empty++;
			if (!ts.v[i]->empty_reason || strcmp(ts.v[i]->empty_reason, analyse_no_reason) == 0)
				fail_msg("table %s is empty without a reason of its own", ts.v[i]->name);
			/* the Dutch report and --lang nl give the reason in Dutch */
			if (!msg_nl(ts.v[i]->empty_reason))
				fail_msg("table %s: no Dutch for its reason '%s' in src/util/messages_nl.c",
					 ts.v[i]->name, ts.v[i]->empty_reason);
		}
	assert_true(empty >= 10); /* 7 dilemma tables, 2 group tops, exchange, perspective gap */
	assert_string_equal(reason_of(&ts, "dilemma_frequencies"), "no dilemma cases in the selection");
	assert_string_equal(reason_of(&ts, "dilemma_unused_tags"), "the codebook has no tags");
	assert_string_equal(reason_of(&ts, "exchange_change"), "no exchange sorts in the selection");
	assert_string_equal(reason_of(&ts, "perspective_gap"),
			    "no individual sorts of the personal perspective in the selection");
	assert_non_null(strstr(reason_of(&ts, "group_tops"), "no common tops of tables"));
	assert_non_null(strstr(reason_of(&ts, "group_tops_tables"), "no common tops of tables"));
	table_set_free(&ts);
	dataset_free(&ds);
}

/* Too few sorts for a factor analysis: the factor tables say the analysis's
 * own words; at --min-cell 4 no organisation is big enough for pairs or
 * similarity. */
static void test_factor_and_min_cell_reasons(void **state)
{
	(void)state;
	struct dataset ds;
	fixture_dataset(&ds, 1, 4, 1, 3, cats6);
	struct table_set ts = run_all(&ds, 1);
	assert_non_null(strstr(reason_of(&ts, "factor_loadings"), "no factor analysis: too few complete sorts (1)"));
	assert_non_null(strstr(reason_of(&ts, "factor_composition"), "no factor analysis: too few"));
	table_set_free(&ts);
	dataset_free(&ds);
	six(&ds);
	ts = run_all(&ds, 4);
	assert_string_equal(reason_of(&ts, "group_pairs"), "no factor has two groups of --min-cell people");
	assert_string_equal(reason_of(&ts, "similarity"), "no organisation or group of --min-cell people");
	assert_string_equal(reason_of(&ts, "similarity_order"), "no organisation or group of --min-cell people");
	table_set_free(&ts);
	dataset_free(&ds);
}

/* Exchange sorts that pair with nothing; personal sorts without a
 * professional one of the same person. */
static void test_pairing_reasons(void **state)
{
	(void)state;
	struct dataset ds;
	six(&ds);
	static const char *const phase[] = {"individual", "individual", "individual", "exchange",
					    "exchange", "exchange"};
	static const char *const persp[] = {"professional", "professional", "professional", "personal",
					    "personal", "personal"};
	fixture_factor(&ds, DS_PHASE, phase);
	fixture_factor(&ds, DS_PERSPECTIVE, persp);
	struct table_set ts = run_all(&ds, 1);
	assert_string_equal(reason_of(&ts, "exchange_change"),
			    "no exchange sort has an individual sort of the same person and "
			    "perspective at or before its session");
	table_set_free(&ts);
	static const char *const ind[] = {"individual", "individual", "individual", "individual",
					  "individual", "individual"};
	fixture_factor(&ds, DS_PHASE, ind);
	ts = run_all(&ds, 1);
	assert_string_equal(reason_of(&ts, "perspective_gap"),
			    "nobody has both a professional and a personal individual sort");
	table_set_free(&ts);
	dataset_free(&ds);
}

/* A card nobody placed: its cells say so, not "fewer than two groups",
 * "fewer than 3 years" or "nobody on one side". */
static void test_unplaced_card_cells(void **state)
{
	(void)state;
	struct dataset ds;
	six(&ds);
	struct table *t = fixture_build("group_differences", 1, &ds);
	assert_string_equal(note_of(t, row_of(t, "card", "c4", "factor", "organisation")),
			    "card placed by nobody");
	table_free(t);
	t = fixture_build("trends", 1, &ds);
	assert_string_equal(note_of(t, row_of(t, "card", "c4", "metric", "mean")), "card placed by nobody");
	assert_string_equal(note_of(t, row_of(t, "card", "c1", "metric", "mean")), "fewer than 3 years");
	table_free(t);
	t = fixture_build("distinctive", 1, &ds);
	assert_string_equal(note_of(t, row_of(t, "card", "c4", "unit", "A")), "card placed by nobody");
	table_free(t);
	t = fixture_build("group_pairs", 1, &ds);
	assert_non_null(strstr(note_of(t, row_of(t, "card", "c4", "group_a", "A")), "card placed by nobody"));
	table_free(t);
	dataset_free(&ds);
}

/* One organisation only: fewer than two groups answered, not "of
 * --min-cell people"; with --min-cell 4 the groups are too small. */
static void test_few_groups(void **state)
{
	(void)state;
	struct dataset ds;
	six(&ds);
	static const char *const one[] = {"A", "A", "A", "A", "A", "A"};
	fixture_factor(&ds, DS_ORGANISATION, one);
	struct table *t = fixture_build("group_differences", 1, &ds);
	assert_string_equal(note_of(t, row_of(t, "card", "c1", "factor", "organisation")),
			    "fewer than two groups answered");
	table_free(t);
	dataset_free(&ds);
	six(&ds);
	t = fixture_build("group_differences", 4, &ds);
	assert_string_equal(note_of(t, row_of(t, "card", "c1", "factor", "organisation")),
			    "fewer than two groups of --min-cell people");
	table_free(t);
	dataset_free(&ds);
}

/* No rows for a phase x perspective without sorts (exchange x personal
 * when only the professional exchange was done). */
static void test_no_rows_without_sorts(void **state)
{
	(void)state;
	struct dataset ds;
	six(&ds);
	static const char *const phase[] = {"individual", "individual", "exchange", "exchange",
					    "individual", "individual"};
	static const char *const persp[] = {"professional", "personal", "professional",
					    "professional", "professional", "personal"};
	fixture_factor(&ds, DS_PHASE, phase);
	fixture_factor(&ds, DS_PERSPECTIVE, persp);
	struct table *t = fixture_build("group_differences", 1, &ds);
	size_t jp = table_col(t, "phase"), jq = table_col(t, "perspective"), ex_pro = 0;
	for (size_t r = 0; r < t->nrows; r++) {
		int ex = strcmp(table_get_text(t, r, jp), "exchange") == 0;
		assert_false(ex && strcmp(table_get_text(t, r, jq), "personal") == 0);
		ex_pro += ex;
	}
	assert_true(ex_pro > 0);
	table_free(t);
	dataset_free(&ds);
}

/* Identical sorts leave one factor: its cells say that its 8 defining sorts
 * load 1 (qmethod's weight a/(1-a^2) is infinite), not "no defining sorts";
 * the others' cells name them and say they explain nothing. */
static void test_identical_sorts(void **state)
{
	(void)state;
	enum { N = 8, C = 6 };
	int cats[N * C];
	static const int one[C] = {1, 2, 2, 3, 3, 4};
	for (int i = 0; i < N * C; i++)
		cats[i] = one[i % C];
	struct dataset ds;
	fixture_dataset(&ds, N, C, 1, 4, cats);
	struct table *t = fixture_build("factor_characteristics", 1, &ds);
	assert_true(t->nrows >= 2);
	assert_string_equal(note_of(t, 0), "factor 1: its 8 defining sorts load +-1 (identical sorts), "
			    "so their weights a/(1-a^2) are infinite");
	assert_non_null(strstr(note_of(t, 1), "factor 2 has no defining sorts: it explains no variance"));
	table_free(t);
	dataset_free(&ds);
}

/* The first reason given stays; an empty selection says so. */
static void test_reason_api(void **state)
{
	(void)state;
	static const struct column cols[] = {{"x", 0}};
	struct table *t = table_new("x", cols, 1);
	assert_null(t->empty_reason);
	table_set_empty_reason(t, "first");
	table_set_empty_reason(t, "second");
	assert_string_equal(t->empty_reason, "first");
	table_free(t);
	struct dataset ds;
	fixture_dataset(&ds, 0, 4, 1, 3, cats6);
	struct table_set ts = run_all(&ds, 1);
	assert_string_equal(reason_of(&ts, "value_summary"), analyse_no_sorts);
	table_set_free(&ts);
	dataset_free(&ds);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_empty_table_says_why),
		cmocka_unit_test(test_factor_and_min_cell_reasons),
		cmocka_unit_test(test_pairing_reasons),
		cmocka_unit_test(test_unplaced_card_cells),
		cmocka_unit_test(test_few_groups),
		cmocka_unit_test(test_no_rows_without_sorts),
		cmocka_unit_test(test_identical_sorts),
		cmocka_unit_test(test_reason_api),
	};
	return cmocka_run_group_tests_name("empty_reasons", tests, NULL, NULL);
}
