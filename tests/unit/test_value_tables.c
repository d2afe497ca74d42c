/* test_value_tables.c - value_frequencies and value_summary on a hand-built
 * dataset.  Expected values: tests/oracle/value_tables.py (pandas mean and
 * median, statsmodels proportion_confint(method="wilson")), printed output:
 *   c1 6 2.5 3.0 0.6666666666666666 0.29999331513839184 0.9032285888942195 0.16666666666666666
 *   c2 6 2.0 2.0 0.3333333333333333 0.09677141110578041 0.700006684861608 0.3333333333333333
 *   c3 5 1.6 2.0 0.0 0.0 0.43448246478317487 0.4
 *   c4 5 1.6 2.0 0.0 0.0 0.43448246478317487 0.4
 *   ranks [1.0, 2.0, 3.0, 3.0]
 * and the suppression rules of SPEC.md worked by hand. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <string.h>
#include <cmocka.h>
#include "goedwerk/analyse.h"
#include "goedwerk/stats/frequency.h"
#include "fixture.h"

static const int cats[] = {3, 1, 2, 2, /**/ 3, 2, 1, 2, /**/ 2, 3, 1, 1,
			   3, 1, 2, 0, /**/ 1, 3, 2, 2, /**/ 3, 2, 0, 1};
static const char *const age[] = {"a<35", "a<35", "a<35", "a<35", "b50+", "b50+"};

/* The row whose key columns match; -1 if none. */
static long find(const struct table *t, const char *stype, const char *stratum, const char *card,
		 long category)
{
	size_t cs = table_col(t, "stratum_type"), cv = table_col(t, "stratum"),
	       cc = table_col(t, "card"), ck = table_col(t, "category");
	for (size_t r = 0; r < t->nrows; r++) {
		if (strcmp(table_get_text(t, r, cs), stype) || strcmp(table_get_text(t, r, cv), stratum) ||
		    strcmp(table_get_text(t, r, cc), card))
			continue;
		if (category && table_get_real(t, r, ck) != category)
			continue;
		return (long)r;
	}
	return -1;
}

static double get(const struct table *t, long row, const char *col)
{
	assert_true(row >= 0);
	return table_get_real(t, (size_t)row, table_col(t, col));
}

static void test_summary_all(void **state)
{
	(void)state;
	struct dataset ds;
	fixture_dataset(&ds, 6, 4, 1, 3, cats);
	fixture_factor(&ds, DS_AGE_BAND, age);
	struct table *t = fixture_build("value_summary", 2, &ds);
	long r = find(t, "all", "all", "c1", 0);
	assert_float_equal(get(t, r, "n"), 6, 0);
	assert_float_equal(get(t, r, "mean"), 2.5, 1e-15);
	assert_float_equal(get(t, r, "median"), 3.0, 0);
	assert_float_equal(get(t, r, "share_top"), 0.6666666666666666, 1e-15);
	assert_float_equal(get(t, r, "share_top_lo"), 0.29999331513839184, 1e-12);
	assert_float_equal(get(t, r, "share_top_hi"), 0.9032285888942195, 1e-12);
	assert_float_equal(get(t, r, "share_bottom"), 0.16666666666666666, 1e-15);
	assert_float_equal(get(t, r, "rank"), 1, 0);
	r = find(t, "all", "all", "c2", 0);
	assert_float_equal(get(t, r, "share_top_lo"), 0.09677141110578041, 1e-12);
	assert_float_equal(get(t, r, "share_top_hi"), 0.700006684861608, 1e-12);
	assert_float_equal(get(t, r, "rank"), 2, 0);
	r = find(t, "all", "all", "c4", 0); /* a missing placement: n 5 */
	assert_float_equal(get(t, r, "n"), 5, 0);
	assert_float_equal(get(t, r, "mean"), 1.6, 1e-15);
	assert_float_equal(get(t, r, "median"), 2.0, 0);
	assert_float_equal(get(t, r, "share_top_lo"), 0.0, 0);
	assert_float_equal(get(t, r, "share_top_hi"), 0.43448246478317487, 1e-12);
	assert_float_equal(get(t, r, "rank"), 3, 0); /* tied with c3 */
	assert_float_equal(get(t, find(t, "all", "all", "c3", 0), "rank"), 3, 0);
	/* rows of a cell come in rank order */
	assert_string_equal(table_get_text(t, 0, table_col(t, "card")), "c1");
	assert_string_equal(table_get_text(t, 1, table_col(t, "card")), "c2");
	table_free(t);
	dataset_free(&ds);
}

static void test_frequencies(void **state)
{
	(void)state;
	struct dataset ds;
	fixture_dataset(&ds, 6, 4, 1, 3, cats);
	fixture_factor(&ds, DS_AGE_BAND, age);
	struct table *t = fixture_build("value_frequencies", 2, &ds);
	long r = find(t, "all", "all", "c3", 2); /* c3: 2 1 1 2 2 - */
	assert_float_equal(get(t, r, "count"), 3, 0);
	assert_float_equal(get(t, r, "share"), 0.6, 1e-15);
	assert_float_equal(get(t, find(t, "all", "all", "c3", 1), "share"), 0.4, 1e-15);
	r = find(t, "age_band", "b50+", "c1", 3); /* sorts 5 and 6: c1 = 1, 3 */
	assert_float_equal(get(t, r, "count"), 1, 0);
	assert_float_equal(get(t, r, "share"), 0.5, 0);
	/* 8 strata types, of which only all and age_band have levels: 3 cells */
	assert_int_equal(t->nrows, 3 * 4 * 3);
	table_free(t);
	dataset_free(&ds);
}

/* min-cell 3: the 50+ cell (2 people) is suppressed; the <35 cell (4) would
 * give it away as all minus <35, so it is suppressed too; all stays. */
static void test_suppression(void **state)
{
	(void)state;
	struct dataset ds;
	fixture_dataset(&ds, 6, 4, 1, 3, cats);
	fixture_factor(&ds, DS_AGE_BAND, age);
	struct table *t = fixture_build("value_summary", 3, &ds);
	long young = find(t, "age_band", "a<35", "c1", 0), old = find(t, "age_band", "b50+", "c1", 0);
	assert_true(table_is_suppressed(t, (size_t)old));
	assert_true(table_is_suppressed(t, (size_t)young));
	assert_true(isnan(get(t, young, "mean")));
	assert_non_null(strstr(table_get_text(t, (size_t)young, t->col_note), "cannot be worked out"));
	assert_false(table_is_suppressed(t, (size_t)find(t, "all", "all", "c1", 0)));
	table_free(t);
	/* an unknown age band of 1 sort is a hidden small cell: with the rest of
	 * the levels large, the smallest known level is suppressed */
	const char *age2[] = {"a", "a", "a", "b", "b", NULL};
	fixture_factor(&ds, DS_AGE_BAND, age2);
	t = fixture_build("value_summary", 2, &ds);
	assert_false(table_is_suppressed(t, (size_t)find(t, "age_band", "a", "c1", 0)));
	assert_true(table_is_suppressed(t, (size_t)find(t, "age_band", "b", "c1", 0)));
	table_free(t);
	dataset_free(&ds);
}

/* The tables SPEC.md names (section Output). */
static const char *const spec_tables[] = {
	"value_frequencies", "value_summary", "agreement", "value_consensus", "group_differences",
	"exchange_change", "perspective_gap", "group_tops", "trends", "dilemma_frequencies",
	"dilemma_cooccurrence", "factor_loadings", "factor_arrays"};

static int is_spec_table(const char *name)
{
	for (size_t k = 0; k < sizeof spec_tables / sizeof *spec_tables; k++)
		if (strcmp(spec_tables[k], name) == 0)
			return 1;
	return 0;
}

/* Every registered table that SPEC.md names carries the columns it names. */
static void test_spec_columns(void **state)
{
	(void)state;
	for (size_t i = 0; i < analyse_registry_len; i++) {
		const struct table_def *d = analyse_registry[i];
		if (!is_spec_table(d->name))
			continue;
		if (!d->spec_columns)
			fail_msg("table %s lists no SPEC columns", d->name);
		for (const char *const *c = d->spec_columns; *c; c++) {
			int found = 0;
			for (size_t j = 0; j < d->ncols; j++)
				found |= strcmp(d->cols[j].name, *c) == 0;
			if (!found)
				fail_msg("table %s lacks SPEC column %s", d->name, *c);
		}
	}
}

/* R: median(c(1,2,3,3,3,3)) = 3, median(c(1,1,2,2)) = 1.5. */
static void test_count_summary(void **state)
{
	(void)state;
	struct stats_count_summary s;
	size_t c1[] = {1, 1, 4}, c2[] = {2, 2, 0}, c0[] = {0, 0, 0};
	assert_int_equal(stats_count_summary(c1, 3, 1, &s), GW_OK);
	assert_float_equal(s.median, 3, 0);
	assert_int_equal(stats_count_summary(c2, 3, 1, &s), GW_OK);
	assert_float_equal(s.median, 1.5, 0);
	assert_float_equal(s.mean, 1.5, 0);
	assert_int_equal(stats_count_summary(c0, 3, 1, &s), GW_UNDEFINED);
	double v[] = {2, NAN, 5, 2, 1};
	int rank[5];
	stats_rank_desc(v, 5, rank);
	assert_int_equal(rank[2], 1);
	assert_int_equal(rank[0], 2);
	assert_int_equal(rank[3], 2);
	assert_int_equal(rank[4], 4);
	assert_int_equal(rank[1], 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_summary_all),
		cmocka_unit_test(test_frequencies),
		cmocka_unit_test(test_suppression),
		cmocka_unit_test(test_spec_columns),
		cmocka_unit_test(test_count_summary),
	};
	return cmocka_run_group_tests_name("value_tables", tests, NULL, NULL);
}
