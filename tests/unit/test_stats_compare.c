/* test_stats_compare.c - a group against another: Welch's interval of the
 * mean difference and Newcombe's hybrid score interval (method 10).
 * Sources:
 *  - Newcombe R.G. (1998) Statistics in Medicine 17:873-890, Table II,
 *    example (a) 56/70 - 48/80: method 10 gives 0.0524 to 0.3339;
 *  - the other values from tests/oracle/compare.py (scipy: t quantile with
 *    the Welch-Satterthwaite df from the raw values; Wilson intervals from
 *    binomtest(...).proportion_ci(method='wilson')). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <cmocka.h>
#include "goedwerk/stats/compare.h"

static void test_welch(void **state)
{
	(void)state;
	const double a[] = {1, 0, 3, 4, 2}, b[] = {2, 5, 6, 1, 0};
	struct stats_moments ma, mb;
	stats_moments_counts(a, 5, 1, &ma);
	stats_moments_counts(b, 5, 1, &mb);
	double d, lo, hi;
	assert_int_equal(stats_welch_interval(&ma, &mb, 0.95, &d, &lo, &hi), GW_OK);
	assert_float_equal(d, 1.1714285714285717, 1e-12);
	assert_float_equal(lo, 0.24607866779500953, 1e-9);
	assert_float_equal(hi, 2.096778475062134, 1e-9);
}

static void test_welch_edges(void **state)
{
	(void)state;
	const double one[] = {0, 0, 1, 0, 0}, flat[] = {0, 0, 0, 4, 0}, none[5] = {0};
	struct stats_moments m1, mf, m0;
	stats_moments_counts(one, 5, 1, &m1);
	stats_moments_counts(flat, 5, 1, &mf);
	stats_moments_counts(none, 5, 1, &m0);
	double d, lo, hi;
	/* a unit of one person: a difference, no interval */
	assert_int_equal(stats_welch_interval(&m1, &mf, 0.95, &d, &lo, &hi), GW_UNDEFINED);
	assert_float_equal(d, -1, 1e-15);
	assert_true(isnan(lo) && isnan(hi));
	/* identical piles, nobody varies: no interval */
	assert_int_equal(stats_welch_interval(&mf, &mf, 0.95, &d, &lo, &hi), GW_UNDEFINED);
	assert_float_equal(d, 0, 0);
	assert_int_equal(stats_welch_interval(&m0, &mf, 0.95, &d, &lo, &hi), GW_UNDEFINED);
	assert_true(isnan(d));
}

struct ncase {
	double xa, na, xb, nb, d, lo, hi, tol;
};

static void test_newcombe(void **state)
{
	(void)state;
	static const struct ncase cases[] = {
		{56, 70, 48, 80, 0.2, 0.0524, 0.3339, 5e-5}, /* Newcombe Table II (a) */
		{56, 70, 48, 80, 0.2, 0.05243147240236484, 0.3338726540369059, 1e-12},
		{4, 10, 1, 4, 0.15, -0.35563140050124287, 0.5026200937869936, 1e-12},
		{0, 7, 3, 9, -0.3333333333333333, -0.6457978644196036, 0.07996125086114408, 1e-12},
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		const struct ncase *c = &cases[i];
		double d, lo, hi;
		assert_int_equal(stats_newcombe_diff(c->xa, c->na, c->xb, c->nb, 0.95, &d, &lo, &hi),
				 GW_OK);
		assert_float_equal(d, c->d, 1e-12);
		assert_float_equal(lo, c->lo, c->tol);
		assert_float_equal(hi, c->hi, c->tol);
	}
	double d, lo, hi;
	assert_int_equal(stats_newcombe_diff(0, 0, 1, 2, 0.95, &d, &lo, &hi), GW_UNDEFINED);
	assert_true(isnan(d) && isnan(lo));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_welch),
		cmocka_unit_test(test_welch_edges),
		cmocka_unit_test(test_newcombe),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
