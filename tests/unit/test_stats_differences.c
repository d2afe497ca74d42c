/* test_stats_differences.c - Kruskal-Wallis with ties.  Values typed in from
 * ../shared/refdata/stats/kruskal_wallis.json:
 *  - R kruskal.test help example (Hollander & Wolfe 1973, p. 116):
 *    H 0.7714285714285722, p 0.6799647735788936, epsilon2 0.0593406593406594;
 *  - R airquality Ozone ~ Month (ties): H 29.26657630611694, p 6.900714118546782e-06;
 *  - scipy TestKruskal three_groups (H0 5, C 0.714..., H 7, p 0.0301973834223185),
 *    another_tie (H 4.2, p 0.040423979336908625), simple_tie (H 0.5);
 *  - synthetic 5-point data (R 4.2.2 kruskal.test, effectsize):
 *    H 6.5783216136195435, p 0.03728512569453167, epsilon2 0.29901461880088837. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <cmocka.h>
#include "goedwerk/stats/differences.h"

static void kw(const double *x, const size_t *g, size_t n, size_t k, struct stats_kw *r)
{
	assert_int_equal(stats_kruskal_wallis(x, g, n, k, r), GW_OK);
}

static void test_hollander_wolfe(void **state)
{
	(void)state;
	const double x[] = {2.9, 3.0, 2.5, 2.6, 3.2, 3.8, 2.7, 4.0, 2.4, 2.8, 3.4, 3.7, 2.2, 2.0};
	const size_t g[] = {0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 2};
	struct stats_kw r;
	kw(x, g, 14, 3, &r);
	assert_float_equal(r.h, 0.7714285714285722, 1e-12);
	assert_float_equal(r.df, 2, 0);
	assert_float_equal(r.p_value, 0.6799647735788936, 1e-12);
	assert_float_equal(r.epsilon2, 0.0593406593406594, 1e-12);
}

static void test_airquality(void **state)
{
	(void)state;
	static const double m5[] = {41, 36, 12, 18, 28, 23, 19, 8, 7, 16, 11, 14, 18, 14, 34, 6, 30,
				    11, 1, 11, 4, 32, 23, 45, 115, 37};
	static const double m6[] = {29, 71, 39, 23, 21, 37, 20, 12, 13};
	static const double m7[] = {135, 49, 32, 64, 40, 77, 97, 97, 85, 10, 27, 7, 48, 35, 61, 79,
				    63, 16, 80, 108, 20, 52, 82, 50, 64, 59};
	static const double m8[] = {39, 9, 16, 78, 35, 66, 122, 89, 110, 44, 28, 65, 22, 59, 23, 31,
				    44, 21, 9, 45, 168, 73, 76, 118, 84, 85};
	static const double m9[] = {96, 78, 73, 91, 47, 32, 20, 23, 21, 24, 44, 21, 28, 9, 13, 46,
				    18, 13, 24, 16, 13, 23, 36, 7, 14, 30, 14, 18, 20};
	const double *months[] = {m5, m6, m7, m8, m9};
	const size_t sizes[] = {26, 9, 26, 26, 29};
	double x[116];
	size_t g[116], n = 0;
	for (size_t m = 0; m < 5; m++)
		for (size_t i = 0; i < sizes[m]; i++) {
			x[n] = months[m][i];
			g[n++] = m;
		}
	assert_int_equal(n, 116);
	struct stats_kw r;
	kw(x, g, n, 5, &r);
	assert_float_equal(r.h, 29.26657630611694, 1e-10);
	assert_float_equal(r.p_value, 6.900714118546782e-06, 1e-15);
}

static void test_scipy_ties(void **state)
{
	(void)state;
	struct stats_kw r;
	const double a[] = {1, 1, 1, 2, 2, 2, 2, 2};
	const size_t ga[] = {0, 0, 0, 1, 1, 1, 2, 2};
	kw(a, ga, 8, 3, &r);
	assert_float_equal(r.h_uncorrected, 5.0, 1e-12);
	assert_float_equal(r.tie_factor, 0.7142857142857143, 1e-12);
	assert_float_equal(r.h, 7.0, 1e-12);
	assert_float_equal(r.p_value, 0.0301973834223185, 1e-12);
	const double b[] = {1, 1, 1, 2, 2, 2, 2, 2};
	const size_t gb[] = {0, 0, 0, 0, 1, 1, 1, 1};
	kw(b, gb, 8, 2, &r);
	assert_float_equal(r.h, 4.2, 1e-12);
	assert_float_equal(r.p_value, 0.040423979336908625, 1e-12);
	const double c[] = {1, 1, 2};
	const size_t gc[] = {0, 1, 1};
	kw(c, gc, 3, 2, &r);
	assert_float_equal(r.h, 0.5, 1e-12);
}

/* The same five-point data as counts per group x pile, the form the
 * group_differences table uses. */
static void test_likert_counts(void **state)
{
	(void)state;
	/* A: 1 2 2 3 3 3 4 5; B: 2 3 3 4 4 5 5 5; C: 1 1 2 2 2 3 4 */
	const double counts[] = {1, 2, 3, 1, 1, /**/ 0, 1, 2, 2, 3, /**/ 2, 3, 1, 1, 0};
	struct stats_kw r;
	assert_int_equal(stats_kruskal_wallis_counts(counts, 3, 5, &r), GW_OK);
	assert_float_equal(r.h, 6.5783216136195435, 1e-12);
	assert_float_equal(r.p_value, 0.03728512569453167, 1e-12);
	assert_float_equal(r.epsilon2, 0.29901461880088837, 1e-12);
	assert_int_equal(r.n, 23);
	/* undefined: one group; no variation */
	const double one[] = {1, 2, 3, 1, 1, /**/ 0, 0, 0, 0, 0};
	assert_int_equal(stats_kruskal_wallis_counts(one, 2, 5, &r), GW_UNDEFINED);
	const double flat[] = {0, 0, 4, 0, 0, /**/ 0, 0, 3, 0, 0};
	assert_int_equal(stats_kruskal_wallis_counts(flat, 2, 5, &r), GW_UNDEFINED);
	assert_true(isnan(r.h));
}

/* ../shared/refdata/stats/wilcoxon_signed_rank.json: R wilcox.test help
 * example (Hollander & Wolfe 1973 p. 29): V = 40, exact two-sided p
 * 0.0390625, rank-biserial 0.7777777777777778 (effectsize 0.8.3); synthetic
 * pile differences with 3 zeros: V+ 35, V- 10, R wilcox.test(exact = FALSE,
 * correct = TRUE) 0.146349826662573, rank-biserial 0.5555555555555556. */
static void test_wilcoxon(void **state)
{
	(void)state;
	const double x[] = {1.83, 0.5, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.3};
	const double y[] = {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29};
	double d[12];
	for (int i = 0; i < 9; i++)
		d[i] = x[i] - y[i];
	struct stats_wilcoxon w;
	assert_int_equal(stats_wilcoxon_signed_rank(d, 9, &w), GW_OK);
	assert_float_equal(w.v_plus, 40, 1e-12);
	assert_float_equal(w.v_minus, 5, 1e-12);
	assert_true(w.exact);
	assert_float_equal(w.p_value, 0.0390625, 1e-12);
	assert_float_equal(w.rank_biserial, 0.7777777777777778, 1e-12);
	const double e[] = {1, 0, -1, 2, 1, 0, 1, 3, -2, 1, 0, 2};
	assert_int_equal(stats_wilcoxon_signed_rank(e, 12, &w), GW_OK);
	assert_int_equal(w.n_nonzero, 9);
	assert_float_equal(w.v_plus, 35, 1e-12);
	assert_false(w.exact);
	assert_float_equal(w.p_value, 0.146349826662573, 1e-10);
	assert_float_equal(w.rank_biserial, 0.5555555555555556, 1e-12);
	const double z[] = {0, 0, 0};
	assert_int_equal(stats_wilcoxon_signed_rank(z, 3, &w), GW_UNDEFINED);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_hollander_wolfe),
		cmocka_unit_test(test_airquality),
		cmocka_unit_test(test_scipy_ties),
		cmocka_unit_test(test_likert_counts),
		cmocka_unit_test(test_wilcoxon),
	};
	return cmocka_run_group_tests_name("stats_differences", tests, NULL, NULL);
}
