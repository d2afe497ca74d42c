/* test_stats_wilson_bh.c - Wilson intervals and Benjamini-Hochberg.
 * Sources (typed in from ../shared/refdata/stats/wilson_interval.json and
 * benjamini_hochberg.json):
 *  - Newcombe R.G. (1998) Statistics in Medicine 17:857-872, Table I,
 *    methods 3 (Wilson) and 4 (Wilson with continuity correction); full
 *    precision values agree with R prop.test(correct=FALSE) and statsmodels.
 *  - Benjamini & Hochberg (1995) section 4 (Neuhaus et al. 15 p-values),
 *    the scipy TileStats case, and R p.adjust(c(.01,.04,.03,.005), "BH"). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <cmocka.h>
#include "goedwerk/stats/multiple.h"
#include "goedwerk/stats/proportion.h"

struct wcase {
	double x, n, lo, hi, lo_cc, hi_cc;
};

static const struct wcase wilson_cases[] = {
	{81, 263, 0.2552885198782742, 0.36620957698280004, 0.25350868229518514, 0.3681762010430035},
	{15, 148, 0.0623863995307363, 0.16048724172330803, 0.05977820842849813, 0.16444977936483698},
	{0, 20, 0.0, 0.16112515805281938, 0.0, 0.20045334501348705},
	{1, 29, 0.006113214292762653, 0.17175521879320288, 0.0018026402132796644, 0.19628175100975956},
	{37, 43, 0.7273641203261714, 0.9344427657203511, 0.7137335379703793, 0.9419725268439264},
	{42, 43, 0.8794100655939282, 0.9958829127256662, 0.8620415797425416, 0.9987848456828764},
	{0, 1, 0.0, 0.7934506856227626, 0.0, 0.9453792444711481},
	{1, 1, 0.20654931437723745, 1.0, 0.05462075552885201, 1.0},
	{5, 10, 0.236593090512564, 0.7634069094874361, 0.20142296959860717, 0.7985770304013928},
};

static void test_wilson_newcombe(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof wilson_cases / sizeof *wilson_cases; i++) {
		const struct wcase *c = &wilson_cases[i];
		double lo, hi;
		assert_int_equal(stats_wilson(c->x, c->n, 0.95, 0, &lo, &hi), GW_OK);
		assert_float_equal(lo, c->lo, 1e-12);
		assert_float_equal(hi, c->hi, 1e-12);
		assert_int_equal(stats_wilson(c->x, c->n, 0.95, 1, &lo, &hi), GW_OK);
		assert_float_equal(lo, c->lo_cc, 1e-12);
		assert_float_equal(hi, c->hi_cc, 1e-12);
	}
	/* published 4 dp, Table I, 81/263 method 3: 0.2553-0.3662 */
	double lo, hi;
	stats_wilson(81, 263, 0.95, 0, &lo, &hi);
	assert_float_equal(lo, 0.2553, 5e-5);
	assert_float_equal(hi, 0.3662, 5e-5);
	assert_int_equal(stats_wilson(0, 0, 0.95, 0, &lo, &hi), GW_UNDEFINED);
	assert_true(isnan(lo));
}

static void check_bh(const double *p, const double *want, size_t n)
{
	double q[16];
	stats_bh_adjust(p, n, q);
	for (size_t i = 0; i < n; i++)
		assert_float_equal(q[i], want[i], 1e-12);
}

static void test_bh(void **state)
{
	(void)state;
	const double p1[] = {0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344,
			     0.0459, 0.324, 0.4262, 0.5719, 0.6528, 0.759, 1.0};
	const double q1[] = {0.0015, 0.003, 0.0095, 0.035625, 0.0603, 0.06385714285714286,
			     0.06385714285714286, 0.0645, 0.0765, 0.48600000000000004,
			     0.5811818181818182, 0.714875, 0.7532307692307694, 0.8132142857142857, 1.0};
	check_bh(p1, q1, 15);
	int rejected = 0; /* BH 1995: four rejections at q = .05 */
	double q[15];
	stats_bh_adjust(p1, 15, q);
	for (int i = 0; i < 15; i++)
		rejected += q[i] <= 0.05;
	assert_int_equal(rejected, 4);
	const double p2[] = {0.005, 0.009, 0.019, 0.022, 0.051, 0.101, 0.361, 0.387};
	const double q2[] = {0.036, 0.036, 0.044, 0.044, 0.08159999999999999, 0.13466666666666668,
			     0.387, 0.387};
	check_bh(p2, q2, 8);
	const double p3[] = {0.01, 0.04, 0.03, 0.005}, q3[] = {0.02, 0.04, 0.04, 0.02};
	check_bh(p3, q3, 4);
	const double p4[] = {0.04, 0.04, 0.04, 0.04};
	check_bh(p4, p4, 4);
	/* NaN kept in place and not counted: R p.adjust(c(.01, NA, .04), "BH") = .02 NA .04 */
	const double p5[] = {0.01, NAN, 0.04};
	stats_bh_adjust(p5, 3, q);
	assert_float_equal(q[0], 0.02, 1e-15);
	assert_true(isnan(q[1]));
	assert_float_equal(q[2], 0.04, 1e-15);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wilson_newcombe),
		cmocka_unit_test(test_bh),
	};
	return cmocka_run_group_tests_name("stats_wilson_bh", tests, NULL, NULL);
}
