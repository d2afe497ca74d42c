/* test_similarity.c - similarity and similarity_order on four organisations
 * of three sorts x 5 cards (piles 1..3).  Expected: tests/oracle/similarity.py
 * (scipy 1.10.1 spearmanr, spatial.distance.euclidean, and the cophenetic
 * distances of hierarchy.linkage('average'), which every neighbour height
 * of similarity_order must equal whatever the leaf order).  The bootstrap:
 * units whose sorts are all alike resample to themselves, so the interval
 * is the estimate and the bias 0; the same --seed gives the same interval. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>
#include "goedwerk/analyse.h"
#include "goedwerk/stats/similarity.h"
#include "fixture.h"

static const int cats[] = {3, 3, 2, 1, 1, 3, 2, 3, 1, 2, 2, 3, 3, 2, 1, /* A */
			   3, 3, 1, 2, 1, 3, 2, 2, 1, 1, 2, 3, 2, 1, 3, /* B */
			   1, 1, 2, 3, 3, 1, 2, 1, 3, 3, 2, 1, 1, 3, 2, /* C */
			   1, 2, 3, 3, 1, 2, 1, 3, 2, 1, 1, 1, 3, 3, 2}; /* D */
static const char *const org[] = {"A", "A", "A", "B", "B", "B", "C", "C", "C", "D", "D", "D"};

static const struct {
	const char *a, *b;
	double rho, top;
} want[] = {
	{"A", "B", 0.2392742256872692, 0.7453559924999299},
	{"A", "C", 1.968245836551854, 1.6666666666666667},
	{"A", "D", 1.0, 1.2018504251546631},
	{"B", "C", 1.8249579113843053, 1.4142135623730951},
	{"B", "D", 1.6481812160876685, 1.563471919941143},
	{"C", "D", 0.875, 1.247219128924647},
};
static const double coph[4][4] = {
	{0.0, 0.2392742256872692, 1.610346241005957, 1.610346241005957},
	{0.2392742256872692, 0.0, 1.610346241005957, 1.610346241005957},
	{1.610346241005957, 1.610346241005957, 0.0, 0.875},
	{1.610346241005957, 1.610346241005957, 0.875, 0.0}};

static const char *text(const struct table *t, size_t r, const char *col)
{
	return table_get_text(t, r, table_col(t, col));
}

static double num(const struct table *t, size_t r, const char *col)
{
	return table_get_real(t, r, table_col(t, col));
}

static long pair(const struct table *t, const char *a, const char *b)
{
	for (size_t r = 0; r < t->nrows; r++)
		if (text(t, r, "unit_b") && !strcmp(text(t, r, "unit_a"), a) &&
		    !strcmp(text(t, r, "unit_b"), b))
			return (long)r;
	fail_msg("no pair %s %s", a, b);
	return -1;
}

static void test_measures(void **state)
{
	(void)state;
	struct dataset ds;
	fixture_dataset(&ds, 12, 5, 1, 3, cats);
	fixture_factor(&ds, DS_ORGANISATION, org);
	struct table *t = fixture_build("similarity", 2, &ds);
	assert_int_equal(t->nrows, 6);
	for (size_t i = 0; i < 6; i++) {
		size_t r = (size_t)pair(t, want[i].a, want[i].b);
		assert_float_equal(num(t, r, "distance_rho"), want[i].rho, 1e-12);
		assert_float_equal(num(t, r, "spearman_rho"), 1 - want[i].rho, 1e-12);
		assert_float_equal(num(t, r, "distance_top"), want[i].top, 1e-12);
		assert_true(num(t, r, "distance_rho_lo") <= num(t, r, "distance_rho_hi"));
		assert_int_equal((int)table_cell(t, r, table_col(t, "n_boot")).v.i, 200);
	}
	table_free(t);
	t = fixture_build("similarity_order", 2, &ds);
	assert_int_equal(t->nrows, 4);
	for (size_t r = 0; r + 1 < t->nrows; r++) {
		int a = text(t, r, "unit")[0] - 'A', b = text(t, r + 1, "unit")[0] - 'A';
		assert_float_equal(num(t, r, "height_next"), coph[a][b], 1e-12);
	}
	assert_true(isnan(num(t, 3, "height_next")));
	table_free(t);
	/* --min-cell 4: no organisation is big enough; nothing computed */
	t = fixture_build("similarity", 4, &ds);
	assert_int_equal(t->nrows, 0);
	table_free(t);
	dataset_free(&ds);
}

/* The bootstrap's rank path gives the same distance as gsl_stats_spearman. */
static void test_rank_path(void **state)
{
	(void)state;
	const double a[] = {2.5, 1, 1, 3, 2, 2.5}, b[] = {1, 2, 3, 3, 1, 2}, flat[] = {2, 2, 2, 2, 2, 2};
	double ra[6], rb[6], rf[6], work[12];
	stats_profile_ranks(a, 6, ra);
	stats_profile_ranks(b, 6, rb);
	stats_profile_ranks(flat, 6, rf);
	assert_float_equal(stats_rank_distance(ra, rb, 6), stats_spearman_distance(a, b, 6, work), 1e-12);
	assert_true(isnan(stats_rank_distance(ra, rf, 6)) && isnan(stats_spearman_distance(a, flat, 6, work)));
}

/* A and B each of three identical sorts: every resample is the unit itself. */
static void test_bootstrap(void **state)
{
	(void)state;
	static const int same[] = {3, 3, 2, 1, 1, 3, 3, 2, 1, 1, 3, 3, 2, 1, 1,
				   1, 2, 3, 3, 1, 1, 2, 3, 3, 1, 1, 2, 3, 3, 1,
				   2, 1, 1, 3, 3, 1, 2, 3, 3, 1, 3, 1, 2, 1, 3};
	static const char *const o[] = {"A", "A", "A", "B", "B", "B", "C", "C", "C"};
	struct dataset ds;
	fixture_dataset(&ds, 9, 5, 1, 3, same);
	fixture_factor(&ds, DS_ORGANISATION, o);
	struct table *t = fixture_build("similarity", 2, &ds);
	size_t r = (size_t)pair(t, "A", "B");
	assert_float_equal(num(t, r, "distance_rho_lo"), num(t, r, "distance_rho"), 1e-12);
	assert_float_equal(num(t, r, "distance_rho_hi"), num(t, r, "distance_rho"), 1e-12);
	assert_float_equal(num(t, r, "distance_top_bias"), 0, 1e-12);
	/* C varies: its interval has width, and the same seed gives it again */
	size_t rc = (size_t)pair(t, "A", "C");
	double lo = num(t, rc, "distance_top_lo"), hi = num(t, rc, "distance_top_hi");
	assert_true(hi > lo);
	struct table *t2 = fixture_build("similarity", 2, &ds);
	assert_float_equal(num(t2, rc, "distance_top_lo"), lo, 0);
	assert_float_equal(num(t2, rc, "distance_top_hi"), hi, 0);
	table_free(t2);
	table_free(t);
	dataset_free(&ds);
}

/* A unit the privacy engine hides (here C, as secondary suppression would)
 * gives away no place: privacy's rederive clusters A, B and D alone
 * (tests/oracle/similarity.py "without C": scipy's average linkage, A-B
 * 0.23927, D joins at 1.3240906) and lists C last, without position or
 * height. */
static void test_hidden_unit_has_no_place(void **state)
{
	(void)state;
	struct dataset ds;
	fixture_dataset(&ds, 12, 5, 1, 3, cats);
	fixture_factor(&ds, DS_ORGANISATION, org);
	struct table *t = fixture_build("similarity_order", 2, &ds);
	for (size_t r = 0; r < t->nrows; r++)
		if (!strcmp(text(t, r, "unit"), "C"))
			table_suppress_row(t, r, "suppressed so that a small group cannot be worked out");
	struct selection sel;
	selection_default(&sel);
	sel.min_cell = 2;
	struct analysis a = {.ds = &ds, .sel = &sel, .err = stderr};
	const struct table_def *d = NULL;
	for (size_t i = 0; i < analyse_registry_len; i++)
		if (!strcmp(analyse_registry[i]->name, "similarity_order"))
			d = analyse_registry[i];
	assert_non_null(d->privacy.rederive);
	assert_int_equal(d->privacy.rederive(t, &a), GW_OK);
	assert_int_equal(t->nrows, 4);
	assert_string_equal(text(t, 3, "unit"), "C");
	assert_true(table_is_suppressed(t, 3));
	assert_true(isnan(num(t, 3, "position")) && isnan(num(t, 3, "n_people")));
	assert_non_null(strstr(text(t, 3, "note"), "cannot be worked out"));
	int seen_d = 0;
	for (size_t r = 0; r < 3; r++) {
		assert_false(table_is_suppressed(t, r));
		assert_float_equal(num(t, r, "position"), (double)r + 1, 0);
		seen_d |= !strcmp(text(t, r, "unit"), "D");
	}
	assert_true(seen_d);
	/* A and B neighbours at 0.23927; D at an end, 1.3240906 from its neighbour */
	size_t dr = !strcmp(text(t, 0, "unit"), "D") ? 0 : 2;
	assert_float_equal(num(t, dr == 0 ? 0 : 1, "height_next"), 1.3240906080438344, 1e-12);
	assert_float_equal(num(t, dr == 0 ? 1 : 0, "height_next"), 0.2392742256872692, 1e-12);
	assert_true(isnan(num(t, 2, "height_next")));
	table_free(t);
	dataset_free(&ds);
}

/* Identical profiles: distance 0; one organisation: a row that says why. */
static void test_edges(void **state)
{
	(void)state;
	static const int c[] = {3, 3, 2, 1, 1, 1, 2, 3, 3, 1, 3, 3, 2, 1, 1, 1, 2, 3, 3, 1};
	static const char *const two[] = {"A", "A", "B", "B"}, *const one[] = {"A", "A", "A", "A"};
	struct dataset ds;
	fixture_dataset(&ds, 4, 5, 1, 3, c);
	fixture_factor(&ds, DS_ORGANISATION, two);
	struct table *t = fixture_build("similarity", 2, &ds);
	size_t r = (size_t)pair(t, "A", "B");
	assert_float_equal(num(t, r, "distance_rho"), 0, 1e-12);
	assert_float_equal(num(t, r, "distance_top"), 0, 0);
	table_free(t);
	dataset_free(&ds);
	fixture_dataset(&ds, 4, 5, 1, 3, c);
	fixture_factor(&ds, DS_ORGANISATION, one);
	t = fixture_build("similarity", 2, &ds);
	assert_int_equal(t->nrows, 1);
	assert_non_null(strstr(text(t, 0, "note"), "nothing to compare"));
	table_free(t);
	dataset_free(&ds);
}

/* 101 organisations: more than similarity pairs (SIM_MAX_ORGS), so neither
 * table computes their pairs or their order (the clustering is cubic in
 * time: at 14,848 organisations it would not end); one row each says so. */
static void test_too_many(void **state)
{
	(void)state;
	enum { N = 101, CARDS = 5 };
	static int c[N * CARDS];
	static char names[N][8];
	static const char *o[N];
	for (size_t i = 0; i < N; i++) {
		for (size_t j = 0; j < CARDS; j++)
			c[i * CARDS + j] = 1 + (int)((i + j) % 3);
		snprintf(names[i], sizeof names[i], "O%03zu", i);
		o[i] = names[i];
	}
	struct dataset ds;
	fixture_dataset(&ds, N, CARDS, 1, 3, c);
	fixture_factor(&ds, DS_ORGANISATION, o);
	static const char *const tables[] = {"similarity", "similarity_order"};
	for (size_t k = 0; k < 2; k++) {
		struct table *t = fixture_build(tables[k], 1, &ds);
		assert_int_equal(t->nrows, 1);
		assert_non_null(strstr(text(t, 0, "note"), "101 units"));
		assert_non_null(strstr(text(t, 0, "note"), "at most 100"));
		table_free(t);
	}
	dataset_free(&ds);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_measures),
		cmocka_unit_test(test_rank_path),
		cmocka_unit_test(test_bootstrap),
		cmocka_unit_test(test_edges),
		cmocka_unit_test(test_too_many),
		cmocka_unit_test(test_hidden_unit_has_no_place),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
