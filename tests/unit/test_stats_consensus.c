/* test_stats_consensus.c - Tastle-Wierman consensus, Leik's D, IQR.
 * Sources: ordinal_consensus_tastle_wierman_leik.json (agrmt 1.42.12 doc
 * example 0.7256876 / Leik 0.287, definitional extremes, stan-dev/posterior
 * test with d from the scale), valuecard_synthetic.json per-card values;
 * IQR from tests/oracle/consensus_iqr.py (numpy percentile 'linear' = R
 * type 7). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <cmocka.h>
#include "goedwerk/stats/consensus.h"

struct ccase {
	size_t v;
	size_t f[7];
	double cns, leik;
};

static const struct ccase cases[] = {
	{7, {30, 40, 210, 130, 530, 50, 10}, 0.7256876139593463, 0.2866666666666666},
	{5, {1, 0, 0, 0, 1}, 0.0, 1.0},
	{5, {0, 0, 1, 0, 0}, 1.0, 0.0},
	{5, {0, 0, 0, 0, 7}, 1.0, 0.0},
	{5, {1, 1, 1, 1, 1}, 0.43398500028846243, 0.6},
	{5, {10, 20, 30, 15, 4}, 0.6238705960276416, 0.39873417721518983},
	{4, {2, 1, 1, 0}, 0.5666966351737253, 0.5},   /* d = 3 from the scale */
	{3, {2, 1, 1}, 0.25904340313837126, 0.75},    /* same data on a 3-point scale */
	{5, {1, 1, 0, 0, 0}, 0.8073549220576042, 0.25},
	{5, {0, 1, 0, 0, 1}, 0.3219280948873623, 0.75},
	/* valuecard_synthetic.json per_card c01, c03, c06, c10 */
	{5, {1, 0, 0, 1, 2}, 0.28692048194261877, 0.625},
	{5, {0, 0, 2, 1, 1}, 0.691800412632, 0.375},
	{5, {0, 1, 1, 1, 1}, 0.5646415084724832, 0.5},
	{5, {3, 1, 0, 0, 0}, 0.855277876241662, 0.125},
};

static void test_tw_leik(void **state)
{
	(void)state;
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		double c, d;
		assert_int_equal(stats_consensus_tw(cases[i].f, cases[i].v, &c), GW_OK);
		assert_float_equal(c, cases[i].cns, 1e-12);
		assert_int_equal(stats_leik_d(cases[i].f, cases[i].v, &d), GW_OK);
		assert_float_equal(d, cases[i].leik, 1e-12);
	}
	double c; /* agrmt doc prints 0.7256876, Leik 0.287 */
	stats_consensus_tw(cases[0].f, 7, &c);
	assert_float_equal(c, 0.7256876, 5e-8);
	const size_t none[5] = {0};
	assert_int_equal(stats_consensus_tw(none, 5, &c), GW_UNDEFINED);
	assert_true(isnan(c));
	assert_int_equal(stats_leik_d(none, 5, &c), GW_UNDEFINED);
	assert_int_equal(stats_consensus_tw(none, 1, &c), GW_EUSAGE);
}

static void test_iqr(void **state)
{
	(void)state;
	const struct { size_t v; size_t f[7]; double iqr; } q[] = {
		{5, {1, 0, 0, 1, 2}, 1.75}, {5, {0, 1, 0, 1, 2}, 1.5}, {5, {0, 0, 2, 1, 1}, 1.25},
		{5, {3, 1, 0, 0, 0}, 0.25}, {7, {30, 40, 210, 130, 530, 50, 10}, 2.0},
		{5, {10, 20, 30, 15, 4}, 1.0}, {6, {1, 1, 1, 1, 1, 1}, 2.5}};
	for (size_t i = 0; i < sizeof q / sizeof *q; i++) {
		double iqr;
		assert_int_equal(stats_iqr_counts(q[i].f, q[i].v, 1, &iqr), GW_OK);
		assert_float_equal(iqr, q[i].iqr, 1e-12);
	}
	double iqr; /* the scale offset does not matter; one value: 0 */
	const size_t one[9] = {0, 0, 0, 0, 1, 0, 0, 0, 0};
	assert_int_equal(stats_iqr_counts(one, 9, -4, &iqr), GW_OK);
	assert_float_equal(iqr, 0.0, 0);
	const size_t none[5] = {0};
	assert_int_equal(stats_iqr_counts(none, 5, 1, &iqr), GW_UNDEFINED);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tw_leik),
		cmocka_unit_test(test_iqr),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
