/* test_privacy.c - the suppression engine (goedwerk/privacy.h) on tables
 * built by hand.  Expected verdicts worked by hand from the rule of the
 * Handbook on Statistical Disclosure Control (Hundepool et al. 2024, ch. 4):
 * within every parent the suppressed children and the unknown rest hold 0
 * or at least K units.  The cases are the findings of issue 11. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include "goedwerk/analyse.h"
#include "goedwerk/privacy.h"
#include "fixture.h"

enum { C_STYPE, C_STRATUM, C_CARD, C_N, C_MEAN };
static const struct column cols[] = {
	{"stratum_type", 1}, {"stratum", 1}, {"card", 1}, {"n_people", 0}, {"mean", 0}};

static const struct privacy_decl strata_people = {
	.rule = {{.unit = PRIVACY_PEOPLE, .count = "n_people", .stratum_type = "stratum_type",
		  .stratum = "stratum"}}};

static void add(struct table *t, const char *type, const char *level, long long n)
{
	size_t r = table_add_row(t);
	table_set_text(t, r, C_STYPE, type);
	table_set_text(t, r, C_STRATUM, level);
	table_set_text(t, r, C_CARD, "c1");
	table_set_int(t, r, C_N, n);
	table_set_real(t, r, C_MEAN, 2.5);
}

static long find(const struct table *t, const char *type, const char *level)
{
	for (size_t r = 0; r < t->nrows; r++)
		if (strcmp(table_get_text(t, r, C_STYPE), type) == 0 &&
		    strcmp(table_get_text(t, r, C_STRATUM), level) == 0)
			return (long)r;
	return -1;
}

static int hidden(const struct table *t, const char *type, const char *level)
{
	long r = find(t, type, level);
	assert_true(r >= 0);
	return table_is_suppressed(t, (size_t)r);
}

static enum gw_status apply(const struct privacy_decl *p, struct table *t, struct dataset *ds,
			    int min_cell)
{
	struct selection sel;
	selection_default(&sel);
	sel.min_cell = min_cell;
	FILE *err = fopen("/dev/null", "w");
	struct analysis a = {.ds = ds, .sel = &sel, .err = err};
	enum gw_status st = privacy_apply(p, t, &a);
	fclose(err);
	return st;
}

/* A table that declares no unit makes the run fail, and so does a rule that
 * names a column the table lacks. */
static void test_undeclared_fails(void **state)
{
	(void)state;
	/* designated, so that the compiler does not catch the missing member */
	static const struct table_def forgot = {.name = "forgot", .doc = "no privacy unit",
						 .cols = cols, .ncols = 5};
	struct table *t = table_new(forgot.name, forgot.cols, forgot.ncols);
	add(t, "all", "all", 1);
	assert_int_equal(apply(&forgot.privacy, t, NULL, 5), GW_EINTERNAL);
	assert_int_equal(table_is_suppressed(t, 0), 0); /* and nothing was judged */
	static const struct privacy_decl typo = {.rule = {{.unit = PRIVACY_PEOPLE, .count = "n"}}};
	assert_int_equal(apply(&typo, t, NULL, 5), GW_EINTERNAL);
	static const struct privacy_decl none = {.rule = {{.unit = PRIVACY_NONE, .none_why = "x"}}};
	assert_int_equal(apply(&none, t, NULL, 5), GW_OK);
	assert_int_equal(table_is_suppressed(t, 0), 0);
	table_free(t);
	/* every registered table declares one */
	for (size_t i = 0; i < analyse_registry_len; i++) {
		const struct privacy_decl *p = &analyse_registry[i]->privacy;
		int declared = 0;
		for (size_t k = 0; k < PRIVACY_MAX_RULES; k++)
			declared |= p->rule[k].unit != PRIVACY_UNDECLARED;
		if (!declared)
			fail_msg("table %s declares no privacy unit", analyse_registry[i]->name);
	}
}

/* Issue 11: org type justitie (16) minus Parket Oost (15) gave away the
 * one-person Gerechtshof Midden.  Parket Oost must go too. */
static void test_nested_organisation(void **state)
{
	(void)state;
	int cats[16];
	const char *org[16], *type[16];
	for (int i = 0; i < 16; i++) {
		cats[i] = 1;
		org[i] = i == 0 ? "Gerechtshof Midden" : "Parket Oost";
		type[i] = "justitie";
	}
	struct dataset ds;
	fixture_dataset(&ds, 16, 1, 1, 3, cats);
	fixture_factor(&ds, DS_ORGANISATION, org);
	fixture_factor(&ds, DS_ORG_TYPE, type);
	struct table *t = table_new("t", cols, 5);
	add(t, "all", "all", 16);
	add(t, "organisation", "Gerechtshof Midden", 1);
	add(t, "organisation", "Parket Oost", 15);
	add(t, "org_type", "justitie", 16);
	assert_int_equal(apply(&strata_people, t, &ds, 5), GW_OK);
	assert_true(hidden(t, "organisation", "Gerechtshof Midden"));
	assert_true(hidden(t, "organisation", "Parket Oost"));
	assert_false(hidden(t, "org_type", "justitie"));
	assert_false(hidden(t, "all", "all"));
	long r = find(t, "organisation", "Parket Oost");
	assert_string_equal(table_get_text(t, (size_t)r, t->col_note),
			    "suppressed so that a small group cannot be worked out");
	table_free(t);
	dataset_free(&ds);
}

/* Issue 11: role 24 - 7 - 13 = 4 people of unknown role.  The smallest role
 * that brings the hidden rest to K (7) is suppressed, not the larger one. */
static void test_unknowns_count(void **state)
{
	(void)state;
	int cats[24];
	const char *role[24];
	for (int i = 0; i < 24; i++) {
		cats[i] = 1;
		role[i] = i < 7 ? "leiding" : i < 20 ? "beleid" : NULL;
	}
	struct dataset ds;
	fixture_dataset(&ds, 24, 1, 1, 3, cats);
	fixture_factor(&ds, DS_ROLE, role);
	struct table *t = table_new("t", cols, 5);
	add(t, "all", "all", 24);
	add(t, "role", "beleid", 13);
	add(t, "role", "leiding", 7);
	assert_int_equal(apply(&strata_people, t, &ds, 5), GW_OK);
	assert_true(hidden(t, "role", "leiding"));
	assert_false(hidden(t, "role", "beleid"));
	table_free(t);
	/* the same at K = 3: 4 unknown are enough, nothing more goes */
	t = table_new("t", cols, 5);
	add(t, "all", "all", 24);
	add(t, "role", "beleid", 13);
	add(t, "role", "leiding", 7);
	assert_int_equal(apply(&strata_people, t, &ds, 3), GW_OK);
	assert_false(hidden(t, "role", "leiding"));
	table_free(t);
	dataset_free(&ds);
}

/* factor_composition: a one-person organisation shows no 0 (its stratum is
 * under K); a zero of a large organisation stays. */
static void test_zero_of_small_stratum(void **state)
{
	(void)state;
	static const struct column ccols[] = {
		{"factor", 1}, {"stratum_type", 1}, {"stratum", 1}, {"n_people", 0},
		{"stratum_n_people", 0}};
	static const char *const by_factor[] = {"factor", NULL};
	static const struct privacy_decl comp = {
		.rule = {{.unit = PRIVACY_PEOPLE, .count = "n_people", .stratum_type = "stratum_type",
			  .stratum = "stratum", .universe = by_factor,
			  .stratum_total = "stratum_n_people"}}};
	struct table *t = table_new("factor_composition", ccols, 5);
	const char *org[] = {"A", "B", "C"};
	long long n[2][3] = {{0, 0, 9}, {0, 12, 8}}, pop[3] = {1, 12, 17};
	for (int f = 0; f < 2; f++)
		for (int o = 0; o < 3; o++) {
			size_t r = table_add_row(t);
			table_set_int(t, r, 0, f + 1);
			table_set_text(t, r, 1, "organisation");
			table_set_text(t, r, 2, org[o]);
			table_set_int(t, r, 3, n[f][o]);
			table_set_int(t, r, 4, pop[o]);
		}
	assert_int_equal(apply(&comp, t, NULL, 5), GW_OK);
	assert_int_equal(table_is_suppressed(t, 0), 1); /* A in factor 1: 0 of 1 */
	assert_int_equal(table_is_suppressed(t, 3), 1); /* A in factor 2 */
	assert_int_equal(table_is_suppressed(t, 1), 0); /* B: 0 of 12 is shown */
	assert_int_equal(table_get_real(t, 1, 3), 0);
	assert_int_equal(table_is_suppressed(t, 2), 0);
	table_free(t);
}

/* dilemma_values: a row of enough cases keeps its shares, but n_people 2 and
 * the top cards of those two people go, and (the people of all organisations
 * are published elsewhere) the smaller of the other two organisations too. */
static void test_hidden_columns(void **state)
{
	(void)state;
	static const struct column vcols[] = {
		{"organisation", 1}, {"n_cases", 0}, {"share", 0}, {"n_people", 0}, {"top_card_1", 0}};
	static const char *const profile[] = {"n_people", "top_card_1", NULL};
	static const struct privacy_decl dv = {
		.rule = {{.unit = PRIVACY_CASES, .count = "n_cases", .stratum = "organisation",
			  .fixed_type = "organisation"},
			 {.unit = PRIVACY_PEOPLE, .count = "n_people", .stratum = "organisation",
			  .fixed_type = "organisation", .hides = profile}}};
	struct table *t = table_new("dilemma_values", vcols, 5);
	const char *org[] = {"A", "B", "C"};
	long long people[] = {2, 30, 25};
	for (int o = 0; o < 3; o++) {
		size_t r = table_add_row(t);
		table_set_text(t, r, 0, org[o]);
		table_set_int(t, r, 1, 12);
		table_set_real(t, r, 2, 0.5);
		table_set_int(t, r, 3, people[o]);
		table_set_text(t, r, 4, "openheid");
	}
	assert_int_equal(apply(&dv, t, NULL, 5), GW_OK);
	assert_int_equal(table_is_suppressed(t, 0), 0);
	assert_true(table_get_real(t, 0, 2) == 0.5);
	assert_null(table_get_text(t, 0, 4));
	assert_int_equal(table_cell(t, 0, 3).kind, CELL_EMPTY);
	assert_string_equal(table_get_text(t, 0, t->col_note), "fewer people than --min-cell");
	assert_int_equal(table_get_real(t, 1, 3), 30);
	assert_int_equal(table_cell(t, 2, 3).kind, CELL_EMPTY);
	assert_string_equal(table_get_text(t, 2, t->col_note),
			    "suppressed so that a small group cannot be worked out");
	table_free(t);
}

/* value_summary sorts a cell's rows by rank: a suppressed cell goes back
 * to card-set order, else its order would give the ranks away. */
static void test_card_order(void **state)
{
	(void)state;
	int cats[] = {3, 1, 2, /**/ 3, 1, 2};
	struct dataset ds;
	fixture_dataset(&ds, 2, 3, 1, 3, cats);
	static const struct privacy_decl ordered = {
		.rule = {{.unit = PRIVACY_PEOPLE, .count = "n_people", .stratum_type = "stratum_type",
			  .stratum = "stratum", .card_order = "card"}}};
	struct table *t = table_new("t", cols, 5);
	const char *by_rank[] = {"c3", "c1", "c2"};
	for (int j = 0; j < 3; j++) {
		size_t r = table_add_row(t);
		table_set_text(t, r, C_STYPE, "all");
		table_set_text(t, r, C_STRATUM, "all");
		table_set_text(t, r, C_CARD, by_rank[j]);
		table_set_int(t, r, C_N, 2);
	}
	assert_int_equal(apply(&ordered, t, &ds, 5), GW_OK);
	for (size_t r = 0; r < 3; r++) {
		char id[4];
		snprintf(id, sizeof id, "c%zu", r + 1);
		assert_string_equal(table_get_text(t, r, C_CARD), id);
		assert_int_equal(table_is_suppressed(t, r), 1);
	}
	table_free(t);
	dataset_free(&ds);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_undeclared_fails),
		cmocka_unit_test(test_nested_organisation),
		cmocka_unit_test(test_unknowns_count),
		cmocka_unit_test(test_zero_of_small_stratum),
		cmocka_unit_test(test_hidden_columns),
		cmocka_unit_test(test_card_order),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
