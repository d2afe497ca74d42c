/* test_distinctive.c - distinctive on 12 sorts x 3 cards, piles 1..3:
 * organisations X (5 people), Y (4; one leaves c3 out), Z (2) and one sort
 * of no organisation (it belongs to every rest).
 * Expected: tests/oracle/distinctive.py 2 and 3 (scipy 1.10.1: Welch,
 * Newcombe from Wilson, mannwhitneyu asymptotic with continuity; BH over
 * the tested rows of the unit type).  Edge cases: one organisation (no
 * rest), identical profiles, a unit of one person. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <string.h>
#include <cmocka.h>
#include "goedwerk/analyse.h"
#include "fixture.h"

static const int cats[] = {3, 1, 2, /**/ 3, 2, 1, /**/ 2, 1, 3, /**/ 3, 3, 1, /**/ 2, 1, 3,
			   1, 3, 2, /**/ 1, 2, 3, /**/ 2, 3, 1, /**/ 1, 3, 0,
			   3, 1, 2, /**/ 3, 2, 1, /**/ 2, 2, 2};
static const char *const org[] = {"X", "X", "X", "X", "X", "Y", "Y", "Y", "Y", "Z", "Z", NULL};

struct want {
	const char *unit;
	int card;
	double n, n_rest, d, lo, hi, td, tlo, thi, u, p, delta, q;
};

static const struct want want2[] = {
	{"X", 0, 5, 7, 0.7428571428571429, -0.1927618481044041, 1.6784761338186898, 0.3142857142857143, -0.1981975304805177, 0.662349486290998, 26.0, 0.1663374096567264, 0.4857142857142857, 0.3563267888750267},
	{"X", 1, 5, 7, -0.6857142857142855, -1.8250237670061547, 0.45359519557758365, -0.22857142857142854, -0.5889107357684893, 0.27467883096890555, 9.5, 0.19795932715279263, -0.45714285714285713, 0.3563267888750267},
	{"X", 2, 5, 6, 0.16666666666666674, -1.103920067302347, 1.4372534006356805, 0.23333333333333336, -0.2537159059358671, 0.6270689671462018, 16.5, 0.8466226251106749, 0.1, 0.9138922777762433},
	{"Y", 0, 4, 8, -1.375, -2.124403026559382, -0.6255969734406183, -0.625, -0.8631557141764027, -0.04026206703665147, 1.5, 0.011305417017290792, -0.90625, 0.10174875315561713},
	{"Y", 1, 4, 8, 1.125, 0.300215905739571, 1.949784094260429, 0.625, 0.057936169172948304, 0.8537088520448664, 28.0, 0.038974861446783075, 0.75, 0.17538687651052384},
	{"Y", 2, 3, 8, 0.125, -1.8941460941962176, 2.1441460941962176, 0.08333333333333331, -0.3525462061650589, 0.5758342551530324, 13.0, 0.9138922777762434, 0.08333333333333333, 0.9138922777762433},
	{"Z", 0, 2, 10, 1.0, 0.4159135321466879, 1.5840864678533122, 0.7, -0.024159690283363178, 0.8922087325936989, 17.0, 0.13684386604292936, 0.7, 0.3563267888750267},
	{"Z", 1, 2, 10, -0.6000000000000001, -3.5468918019589903, 2.34689180195899, -0.4, -0.6873262302663417, 0.29728338909607666, 6.0, 0.426754159804664, -0.4, 0.640131239706996},
	{"Z", 2, 2, 9, -0.5, -3.350849625621436, 2.350849625621436, -0.3333333333333333, -0.6457978644196036, 0.35784401097429036, 6.0, 0.5324365058676206, -0.3333333333333333, 0.6845612218297978},
};
static const double q3[] = {0.29693899072918895, 0.29693899072918895, 0.9138922777762434,
			    0.06783250210374475, 0.11692458434034922, 0.9138922777762434};

static const char *text(const struct table *t, size_t r, const char *col)
{
	return table_get_text(t, r, table_col(t, col));
}

static double get(const struct table *t, long r, const char *col)
{
	assert_true(r >= 0);
	const struct cell c_v = table_cell(t, (size_t)r, table_col(t, col)), *c = &c_v;
	if (c->kind == CELL_INT)
		return (double)c->v.i;
	return table_get_real(t, (size_t)r, table_col(t, col));
}

static long row_of(const struct table *t, const char *type, const char *unit, const char *card)
{
	for (size_t r = 0; r < t->nrows; r++)
		if (!strcmp(text(t, r, "unit_type"), type) && !strcmp(text(t, r, "unit"), unit) &&
		    !strcmp(text(t, r, "card"), card))
			return (long)r;
	return -1;
}

static void make(struct dataset *ds, size_t n, const int *c, const char *const *o)
{
	fixture_dataset(ds, n, 3, 1, 3, c);
	fixture_factor(ds, DS_ORGANISATION, o);
}

static void check(const struct table *t, const struct want *w, double q)
{
	static const char *const cards[] = {"c1", "c2", "c3"};
	long r = row_of(t, "organisation", w->unit, cards[w->card]);
	assert_float_equal(get(t, r, "n"), w->n, 0);
	assert_float_equal(get(t, r, "n_rest"), w->n_rest, 0);
	assert_float_equal(get(t, r, "mean_diff"), w->d, 1e-12);
	assert_float_equal(get(t, r, "mean_diff_lo"), w->lo, 1e-9);
	assert_float_equal(get(t, r, "mean_diff_hi"), w->hi, 1e-9);
	assert_float_equal(get(t, r, "share_top_diff"), w->td, 1e-12);
	assert_float_equal(get(t, r, "share_top_diff_lo"), w->tlo, 1e-12);
	assert_float_equal(get(t, r, "share_top_diff_hi"), w->thi, 1e-12);
	assert_float_equal(get(t, r, "U"), w->u, 1e-12);
	assert_float_equal(get(t, r, "p_value"), w->p, 1e-12);
	assert_float_equal(get(t, r, "cliffs_delta"), w->delta, 1e-12);
	assert_float_equal(get(t, r, "q_value"), q, 1e-12);
	assert_string_equal(text(t, (size_t)r, "direction"), q < 0.05 ? (w->delta > 0 ? "higher" : "lower") : "neither");
}

static void test_against_rest(void **state)
{
	(void)state;
	struct dataset ds;
	make(&ds, 12, cats, org);
	struct table *t = fixture_build("distinctive", 2, &ds);
	for (size_t i = 0; i < sizeof want2 / sizeof *want2; i++)
		check(t, &want2[i], want2[i].q);
	/* within a unit: largest |mean_diff| first, ranks 1.. */
	long r = row_of(t, "organisation", "Y", "c1");
	assert_string_equal(text(t, (size_t)r + 1, "card"), "c2");
	assert_string_equal(text(t, (size_t)r + 2, "card"), "c3");
	assert_float_equal(get(t, r + 2, "rank"), 3, 0);
	assert_float_equal(get(t, r, "n_people_rest"), 8, 0); /* the sort of no organisation too */
	table_free(t);
	/* min-cell 3: Z (2 people) suppressed, out of the BH family, rows in card order */
	t = fixture_build("distinctive", 3, &ds);
	for (size_t i = 0; i < 6; i++)
		check(t, &want2[i], q3[i]);
	r = row_of(t, "organisation", "Z", "c1");
	assert_true(table_is_suppressed(t, (size_t)r));
	assert_true(isnan(get(t, r, "mean_rest")) && isnan(get(t, r, "q_value")));
	assert_string_equal(text(t, (size_t)r + 1, "card"), "c2");
	table_free(t);
	dataset_free(&ds);
}

/* One organisation: no rest to compare with, every row suppressed. */
static void test_one_organisation(void **state)
{
	(void)state;
	static const char *const one[] = {"X", "X", "X", "X", "X", "X"};
	struct dataset ds;
	make(&ds, 6, cats, one);
	struct table *t = fixture_build("distinctive", 2, &ds);
	for (size_t r = 0; r < t->nrows; r++)
		if (!strcmp(text(t, r, "unit_type"), "organisation")) {
			assert_true(table_is_suppressed(t, r));
			assert_true(isnan(get(t, (long)r, "mean_diff")));
		}
	assert_true(row_of(t, "organisation", "X", "c1") >= 0);
	table_free(t);
	dataset_free(&ds);
}

/* Two organisations with the same sorts: every difference 0, nothing clear. */
static void test_identical(void **state)
{
	(void)state;
	static const int same[] = {3, 1, 2, 2, 1, 3, 1, 3, 2, 3, 1, 2, 2, 1, 3, 1, 3, 2};
	static const char *const two[] = {"A", "A", "A", "B", "B", "B"};
	struct dataset ds;
	make(&ds, 6, same, two);
	struct table *t = fixture_build("distinctive", 3, &ds);
	for (size_t r = 0; r < t->nrows; r++) {
		assert_false(table_is_suppressed(t, r));
		assert_float_equal(get(t, (long)r, "mean_diff"), 0, 1e-15);
		assert_float_equal(get(t, (long)r, "cliffs_delta"), 0, 1e-15);
		assert_string_equal(text(t, r, "direction"), "neither");
	}
	table_free(t);
	dataset_free(&ds);
}

/* A unit of one person (--min-cell 1): a difference, no interval, and why. */
static void test_one_person(void **state)
{
	(void)state;
	static const char *const o[] = {"A", "B", "B", "B", "B", "B"};
	struct dataset ds;
	make(&ds, 6, cats, o);
	struct table *t = fixture_build("distinctive", 1, &ds);
	long r = row_of(t, "organisation", "A", "c1");
	assert_float_equal(get(t, r, "mean_diff"), 3 - 11.0 / 5, 1e-12); /* 3 vs (3+2+3+2+1)/5 */
	assert_true(isnan(get(t, r, "mean_diff_lo")));
	assert_non_null(strstr(text(t, (size_t)r, "note"), "no interval"));
	table_free(t);
	dataset_free(&ds);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_against_rest),
		cmocka_unit_test(test_one_organisation),
		cmocka_unit_test(test_identical),
		cmocka_unit_test(test_one_person),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
