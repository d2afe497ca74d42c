/* test_exchange_change.c - the footrule spread (median, quartiles) and the
 * Kruskal-Wallis test between strata of exchange_change, on 12 people x 6
 * cards (piles 1..3), age bands a (5), b (4), c (3), roles r1/r2 (6 each).
 * Expected: tests/oracle/exchange_change_kw.py (scipy 1.10.1 rankdata,
 * kruskal; numpy percentile linear), printed:
 *   footrule [0, 6, 3, 5, 4, 8, 8, 4, 8, 12, 9, 11]
 *   age_band a 4 / 3 / 5; b 8 / 7 / 8; c 11 / 10 / 11.5 (median / q25 / q75)
 *   age_band kw H 8.32339857651246 df 2 p 0.01558105870138301 eps2 0.7566725978647691
 *   role r1 6 / 3.25 / 8; r2 7 / 5.25 / 10.25
 *   role kw H 1.1026097271648898 df 1 p 0.2936940908507819 eps2 0.1002372479240809
 *   all 7 / 4 / 8.25
 *   age_band a-b only: kw H 3.5217391304347823 p 0.060568860202657664
 *     eps2 0.4402173913043478 */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <string.h>
#include <cmocka.h>
#include "goedwerk/analyse.h"
#include "fixture.h"

static const int ind[72] = {3, 2, 3, 3, 2, 3, 3, 1, 1, 1, 1, 3, 3, 1, 2, 3, 1, 3, 1, 2, 3, 1, 2, 1,
			    3, 1, 3, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 2, 2, 3, 2, 1, 3, 1, 3, 2, 1, 1,
			    2, 1, 1, 2, 3, 2, 3, 3, 3, 2, 2, 2, 1, 2, 2, 1, 3, 1, 1, 1, 3, 3, 3, 1};
static const int exc[72] = {3, 2, 3, 3, 2, 3, 2, 1, 3, 1, 1, 3, 2, 1, 2, 3, 1, 3, 1, 1, 3, 1, 2, 2,
			    3, 1, 3, 2, 2, 3, 2, 2, 1, 1, 3, 3, 3, 2, 2, 3, 2, 3, 3, 2, 3, 2, 1, 2,
			    2, 3, 1, 2, 3, 2, 2, 3, 1, 2, 3, 2, 1, 3, 2, 3, 2, 1, 3, 2, 1, 2, 3, 1};

static long find(const struct table *t, const char *type, const char *stratum)
{
	for (size_t r = 0; r < t->nrows; r++)
		if (!strcmp(table_get_text(t, r, table_col(t, "stratum_type")), type) &&
		    !strcmp(table_get_text(t, r, table_col(t, "stratum")), stratum))
			return (long)r;
	return -1;
}

static double get(const struct table *t, long row, const char *col)
{
	assert_true(row >= 0);
	const struct cell c_v = table_cell(t, (size_t)row, table_col(t, col)), *c = &c_v;
	return c->kind == CELL_INT ? (double)c->v.i : table_get_real(t, (size_t)row, table_col(t, col));
}

static void spread(const struct table *t, const char *type, const char *s, double med, double q25,
		   double q75)
{
	long r = find(t, type, s);
	assert_float_equal(get(t, r, "median_footrule"), med, 1e-12);
	assert_float_equal(get(t, r, "q25_footrule"), q25, 1e-12);
	assert_float_equal(get(t, r, "q75_footrule"), q75, 1e-12);
}

static void kw(const struct table *t, const char *type, const char *s, double h, double df,
	       double p, double e2, double groups)
{
	long r = find(t, type, s);
	assert_float_equal(get(t, r, "kw_statistic"), h, 1e-10);
	assert_float_equal(get(t, r, "kw_df"), df, 0);
	assert_float_equal(get(t, r, "kw_p_value"), p, 1e-12);
	assert_float_equal(get(t, r, "kw_epsilon2"), e2, 1e-12);
	assert_float_equal(get(t, r, "kw_groups"), groups, 0);
}

static void make(struct dataset *ds)
{
	static int cats[24 * 6], person[24];
	static const char *phase[24], *age[24], *role[24];
	memcpy(cats, ind, sizeof ind);
	memcpy(cats + 72, exc, sizeof exc);
	for (int i = 0; i < 24; i++) {
		int p = i % 12;
		person[i] = p;
		phase[i] = i < 12 ? "individual" : "exchange";
		age[i] = p < 5 ? "a" : p < 9 ? "b" : "c";
		role[i] = p % 2 ? "r2" : "r1";
	}
	fixture_dataset(ds, 24, 6, 1, 3, cats);
	fixture_people(ds, person);
	fixture_factor(ds, DS_PHASE, phase);
	fixture_factor(ds, DS_AGE_BAND, age);
	fixture_factor(ds, DS_ROLE, role);
}

static void test_spread_and_kw(void **state)
{
	(void)state;
	struct dataset ds;
	make(&ds);
	struct table *t = fixture_build("exchange_change", 3, &ds);
	assert_float_equal(get(t, find(t, "all", "all"), "n"), 12, 0);
	spread(t, "all", "all", 7, 4, 8.25);
	spread(t, "age_band", "a", 4, 3, 5);
	spread(t, "age_band", "b", 8, 7, 8);
	spread(t, "age_band", "c", 11, 10, 11.5);
	spread(t, "role", "r1", 6, 3.25, 8);
	spread(t, "role", "r2", 7, 5.25, 10.25);
	const char *bands[] = {"a", "b", "c"};
	for (int i = 0; i < 3; i++)
		kw(t, "age_band", bands[i], 8.32339857651246, 2, 0.01558105870138301,
		   0.7566725978647691, 3);
	kw(t, "role", "r2", 1.1026097271648898, 1, 0.2936940908507819, 0.1002372479240809, 2);
	assert_true(isnan(get(t, find(t, "all", "all"), "kw_statistic")));
	table_free(t);

	/* --min-cell 4: band c (3 people) is suppressed and left out of the
	 * test; b is hidden too (secondary), a shows the a-b test */
	t = fixture_build("exchange_change", 4, &ds);
	assert_true(table_is_suppressed(t, (size_t)find(t, "age_band", "c")));
	assert_true(table_is_suppressed(t, (size_t)find(t, "age_band", "b")));
	assert_true(isnan(get(t, find(t, "age_band", "b"), "kw_statistic")));
	kw(t, "age_band", "a", 3.5217391304347823, 1, 0.060568860202657664, 0.4402173913043478, 2);
	table_free(t);

	/* --min-cell 6: both roles (6 people each) are still tested */
	t = fixture_build("exchange_change", 6, &ds);
	long r = find(t, "role", "r1");
	assert_false(table_is_suppressed(t, (size_t)r));
	kw(t, "role", "r1", 1.1026097271648898, 1, 0.2936940908507819, 0.1002372479240809, 2);
	table_free(t);
	t = fixture_build("exchange_change", 5, &ds);
	/* --min-cell 5: b, c suppressed, one band left: empty with a reason */
	r = find(t, "age_band", "a");
	assert_true(isnan(get(t, r, "kw_statistic")));
	assert_float_equal(get(t, r, "kw_groups"), 1, 0);
	assert_non_null(strstr(table_get_text(t, (size_t)r, t->col_note), "fewer than two strata"));
	table_free(t);
	dataset_free(&ds);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_spread_and_kw),
	};
	return cmocka_run_group_tests_name("exchange_change", tests, NULL, NULL);
}
