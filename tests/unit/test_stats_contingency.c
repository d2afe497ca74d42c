/* test_stats_contingency.c - chi-square of independence, Cramer's V,
 * adjusted residuals and the Monte Carlo p.
 *  - Agresti (2007), An Introduction to Categorical Data Analysis, 2nd ed.,
 *    Table 2.5 (party identification by gender): X2 = 30.1, df 2, adjusted
 *    residuals 4.50, 0.70, -5.32 (Table 2.6); full precision from
 *    tests/oracle/contingency.py (scipy.stats.chi2_contingency).
 *  - The Monte Carlo p of a 2 x 2 table against the exact permutation p,
 *    enumerated here from the hypergeometric distribution of cell [0][0]. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <cmocka.h>
#include <gsl/gsl_randist.h>
#include "goedwerk/stats/contingency.h"

static void test_agresti_party_gender(void **state)
{
	(void)state;
	const double t[] = {762, 327, 468, 484, 239, 477};
	double res[6];
	struct stats_chisq r;
	assert_int_equal(stats_chisq_independence(t, 2, 3, res, 0, NULL, &r), GW_OK);
	assert_float_equal(r.chi2, 30.070149095754672, 1e-9);
	assert_float_equal(r.df, 2, 0);
	assert_float_equal(r.p_value, 2.9535891832117595e-07, 1e-15);
	assert_float_equal(r.cramers_v, 0.10443580235646777, 1e-12);
	const double want[] = {4.502053521086705, 0.6994517329844296, -5.315945542704929,
			       -4.5020535210867045, -0.6994517329844296, 5.315945542704929};
	for (int q = 0; q < 6; q++)
		assert_float_equal(res[q], want[q], 1e-9);
	assert_true(isnan(r.p_monte_carlo));
	assert_true(r.min_expected > 5);
	assert_float_equal(r.share_expected_below_5, 0, 0);
}

static void test_empty_row_dropped(void **state)
{
	(void)state;
	const double t[] = {10, 0, 5, 0, 0, 0, 2, 8, 4};
	double res[9];
	struct stats_chisq r;
	assert_int_equal(stats_chisq_independence(t, 3, 3, res, 0, NULL, &r), GW_OK);
	assert_int_equal(r.r, 2);
	assert_int_equal(r.c, 3);
	assert_float_equal(r.chi2, 13.425925925925924, 1e-9);
	assert_float_equal(r.p_value, 0.001215058612074085, 1e-12);
	assert_float_equal(r.cramers_v, 0.6804138174397717, 1e-12);
	for (int q = 3; q < 6; q++)
		assert_true(isnan(res[q]));
	assert_false(isnan(res[0]));
}

static void test_undefined(void **state)
{
	(void)state;
	const double one_row[] = {3, 4, 5, 0, 0, 0};
	const double zero[] = {0, 0, 0, 0};
	struct stats_chisq r;
	assert_int_equal(stats_chisq_independence(one_row, 2, 3, NULL, 0, NULL, &r), GW_UNDEFINED);
	assert_true(isnan(r.chi2));
	assert_int_equal(stats_chisq_independence(zero, 2, 2, NULL, 0, NULL, &r), GW_UNDEFINED);
}

/* Exact P(X2 >= observed) over the hypergeometric law of cell [0][0]. */
static double exact_2x2(const double *t)
{
	unsigned r0 = (unsigned)(t[0] + t[1]), r1 = (unsigned)(t[2] + t[3]);
	unsigned c0 = (unsigned)(t[0] + t[2]);
	struct stats_chisq obs, sim;
	stats_chisq_independence(t, 2, 2, NULL, 0, NULL, &obs);
	double p = 0;
	for (unsigned a = 0; a <= c0 && a <= r0; a++) {
		if (c0 - a > r1)
			continue;
		const double u[] = {a, r0 - a, c0 - a, r1 - (c0 - a)};
		stats_chisq_independence(u, 2, 2, NULL, 0, NULL, &sim);
		if (sim.chi2 >= obs.chi2 - 1e-9)
			p += gsl_ran_hypergeometric_pdf(a, c0, r0 + r1 - c0, r0);
	}
	return p;
}

static void test_monte_carlo_matches_exact(void **state)
{
	(void)state;
	const double t[] = {7, 1, 2, 6};
	gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
	gsl_rng_set(rng, 42);
	struct stats_chisq r;
	assert_int_equal(stats_chisq_independence(t, 2, 2, NULL, 20000, rng, &r), GW_OK);
	double want = exact_2x2(t);
	assert_true(want > 0.01 && want < 0.1); /* a p where the asymptotic one is off */
	assert_float_equal(r.p_monte_carlo, want, 0.006);
	/* same seed, same p */
	struct stats_chisq again;
	gsl_rng_set(rng, 42);
	stats_chisq_independence(t, 2, 2, NULL, 20000, rng, &again);
	assert_float_equal(again.p_monte_carlo, r.p_monte_carlo, 0);
	gsl_rng_free(rng);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_agresti_party_gender),
		cmocka_unit_test(test_empty_row_dropped),
		cmocka_unit_test(test_undefined),
		cmocka_unit_test(test_monte_carlo_matches_exact),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
