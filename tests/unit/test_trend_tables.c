/* test_trend_tables.c - trends, group_tops and group_tops_tables on a
 * hand-built dataset.  Expected values: tests/oracle/trend_tables.py
 * (scipy.stats.theilslopes for Sen, Mann-Kendall and Cochran-Armitage
 * written out independently with scipy.stats.norm, statsmodels
 * multipletests fdr_bh), printed output:
 *   c1 mean 0.33333333333333337 1.6984155512168937 0.08942935902899353
 *   c1 mean exact p 0.08333333333333333 (scipy kendalltau method="exact"; c2 has ties)
 *   c1 share_top 0.16666666666666666 2.1081851067789197 0.03501498101966249
 *   c2 mean -0.33333333333333337 -1.4446302370292303 0.14856177489186864
 *   c2 share_top -0.19444444444444442 -2.32379000772445 0.02013675155034634
 *   mean q 0.14856177489186864 (both); share_top q 0.03501498101966249 (both)
 *   share_in_individual_tops c1 0.25 c2 0.3333333333333333; mean_jaccard 0.5833333333333334 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <string.h>
#include <cmocka.h>
#include "goedwerk/analyse.h"
#include "goedwerk/alloc.h"
#include "fixture.h"

/* per sort: c1, c2 (scale 1..3) */
static const int cats[] = {1, 3, 2, 3, 1, 2, /* 2010 */ 2, 3, 1, 2, 2, 3, /* 2011 */
			   2, 2, 3, 2, 2, 1, /* 2013 */ 3, 1, 3, 2, 2, 1, /* 2014 */
			   3, 1 /* 2015 */};
static const int years[] = {2010, 2010, 2010, 2011, 2011, 2011, 2013, 2013, 2013,
			    2014, 2014, 2014, 2015};

static void make(struct dataset *ds)
{
	static const char *const traj[13] = {"t", "t", "t", "t", "t", "t", "t", "t", "t",
					     "t", "t", "t", "t"};
	static const char *const tbl[13] = {"t/A", "t/A", "t/A", "t/A", "t/A", "t/A", "t/B",
					    "t/B", "t/B", "t/B", "t/B", "t/B", NULL};
	fixture_dataset(ds, 13, 2, 1, 3, cats);
	for (size_t i = 0; i < 13; i++)
		ds->year[i] = years[i];
	fixture_factor(ds, DS_TRAJECT, traj);
	fixture_factor(ds, DS_TABLE, tbl);
}

static long find(const struct table *t, const char *card, const char *metric)
{
	size_t cc = table_col(t, "card"), cm = table_col(t, "metric");
	for (size_t r = 0; r < t->nrows; r++)
		if (!strcmp(table_get_text(t, r, cc), card) &&
		    (!metric || !strcmp(table_get_text(t, r, cm), metric)))
			return (long)r;
	return -1;
}

static double get(const struct table *t, long row, const char *col)
{
	assert_true(row >= 0);
	return table_get_real(t, (size_t)row, table_col(t, col));
}

static void check(const struct table *t, const char *card, const char *metric, double slope,
		  double z, double p, double q)
{
	long r = find(t, card, metric);
	assert_float_equal(get(t, r, "slope"), slope, 1e-12);
	assert_float_equal(get(t, r, "statistic"), z, 1e-12);
	assert_float_equal(get(t, r, "p_value"), p, 1e-12);
	assert_float_equal(get(t, r, "q_value"), q, 1e-12);
	assert_float_equal(get(t, r, "first_year"), 2010, 0);
	assert_float_equal(get(t, r, "last_year"), 2014, 0);
	assert_float_equal(get(t, r, "n_years"), 4, 0);
}

static void test_trends(void **state)
{
	(void)state;
	struct dataset ds;
	make(&ds);
	struct table *t = fixture_build("trends", 2, &ds);
	assert_int_equal(t->nrows, 4);
	check(t, "c1", "mean", 0.33333333333333337, 1.6984155512168937, 0.08942935902899353,
	      0.14856177489186864);
	check(t, "c2", "mean", -0.33333333333333337, -1.4446302370292303, 0.14856177489186864,
	      0.14856177489186864);
	check(t, "c1", "share_top", 0.16666666666666666, 2.1081851067789197, 0.03501498101966249,
	      0.03501498101966249);
	check(t, "c2", "share_top", -0.19444444444444442, -2.32379000772445, 0.02013675155034634,
	      0.03501498101966249);
	assert_float_equal(get(t, find(t, "c1", "mean"), "p_exact"), 0.08333333333333333, 1e-12);
	assert_true(isnan(get(t, find(t, "c2", "mean"), "p_exact")));
	long r = find(t, "c1", "share_top");
	assert_string_equal(table_get_text(t, (size_t)r, table_col(t, "scores")),
			    "2010|2011|2013|2014");
	assert_non_null(strstr(table_get_text(t, (size_t)r, t->col_note), "2015"));
	table_free(t);
	/* min_cell 4: every year has 3 people -> no series */
	t = fixture_build("trends", 4, &ds);
	r = find(t, "c1", "mean");
	assert_true(isnan(get(t, r, "statistic")));
	assert_non_null(strstr(table_get_text(t, (size_t)r, t->col_note), "fewer than 3 years"));
	table_free(t);
	dataset_free(&ds);
}

static void add_tops(struct dataset *ds)
{
	const struct ds_factor *f = &ds->f[DS_TABLE];
	ds->n_tops = 3;
	ds->tops = xcalloc(3, sizeof *ds->tops);
	for (size_t k = 0; k < 3; k++) {
		ds->tops[k].traject = 0;
		ds->tops[k].table = k < f->n_levels ? (int32_t)k : 99;
		ds->tops[k].scope = xstrdup(k == 0 ? "t/A" : k == 1 ? "t/B" : "t/C");
	}
	ds->tops[0].consensus = 1, ds->tops[0].n_cards = 1, ds->tops[0].cards[0] = 1;
	ds->tops[1].consensus = 1, ds->tops[1].n_cards = 1, ds->tops[1].cards[0] = 0;
}

static void test_group_tops(void **state)
{
	(void)state;
	struct dataset ds;
	make(&ds);
	add_tops(&ds);
	/* K = 3: three tables, twelve members */
	struct table *t = fixture_build("group_tops", 3, &ds);
	long r = find(t, "c1", NULL);
	assert_float_equal(get(t, r, "tables"), 1, 0);
	assert_float_equal(get(t, r, "share_of_tables"), 0.5, 0);
	assert_float_equal(get(t, r, "share_in_individual_tops"), 0.25, 1e-15);
	assert_float_equal(get(t, r, "consensus_reached"), 2, 0);
	assert_float_equal(get(t, r, "tables_total"), 3, 0);
	r = find(t, "c2", NULL);
	assert_float_equal(get(t, r, "share_in_individual_tops"), 0.3333333333333333, 1e-15);
	table_free(t);
	/* K = 5: what three tables agreed on is hidden, the members' shares stay */
	t = fixture_build("group_tops", 5, &ds);
	r = find(t, "c1", NULL);
	assert_true(isnan(get(t, r, "tables")) && isnan(get(t, r, "share_of_tables")));
	assert_float_equal(get(t, r, "share_in_individual_tops"), 0.25, 1e-15);
	table_free(t);
	t = fixture_build("group_tops_tables", 5, &ds);
	assert_true(isnan(get(t, 0, "consensus_reached")));
	assert_float_equal(get(t, 0, "mean_jaccard"), 0.5833333333333334, 1e-15);
	table_free(t);
	t = fixture_build("group_tops_tables", 3, &ds);
	assert_int_equal(t->nrows, 1);
	assert_float_equal(get(t, 0, "mean_jaccard"), 0.5833333333333334, 1e-15);
	assert_float_equal(get(t, 0, "tables"), 3, 0);
	assert_float_equal(get(t, 0, "consensus_reached"), 2, 0);
	table_free(t);
	/* 12 members < min_cell 13: the traject row is suppressed, card shares too */
	t = fixture_build("group_tops_tables", 13, &ds);
	assert_true(table_is_suppressed(t, 0));
	assert_true(isnan(get(t, 0, "mean_jaccard")));
	table_free(t);
	t = fixture_build("group_tops", 13, &ds);
	assert_true(isnan(get(t, find(t, "c1", NULL), "share_in_individual_tops")));
	table_free(t);
	dataset_free(&ds);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_trends),
		cmocka_unit_test(test_group_tops),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
