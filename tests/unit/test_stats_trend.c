/* test_stats_trend.c - Mann-Kendall, Sen's slope, Cochran-Armitage.
 * Values typed in from /work/shared/refdata/stats/mann_kendall.json and
 * cochran_armitage.json; their sources:
 *  - pyMannKendall tests/test_pymannkendall.py (mmhs013/pyMannKendall commit
 *    ec2e3ab1, MIT), arbitrary_1d_data: S -1959, Var 4889800.333..., Z, p;
 *    test_sens_slope: slope -0.006369426751592357, intercept 96.15286624203821
 *    with NaN positions keeping their time index (scipy 1.10.1 theilslopes agrees;
 *    re-numbered times would give -0.0064516129).
 *  - R datasets::Nile: R cor.test(exact=FALSE, continuity=TRUE) z -4.1280665228441.
 *  - synthetic n = 8 with ties: R cor.test z 2.4393748073122037; n = 8 without
 *    ties: R cor.test(exact = TRUE) p 0.00550595238095242; 1..5: 0.0166666666666666.
 *  - Agresti, Categorical Data Analysis, alcohol/malformation, scores
 *    (0,.5,1.5,4,7): chi2 6.570133944705556 (published 6.57, P = 0.01);
 *    R prop.trend.test agrees.
 *  - DescTools issue #83: dose scores 10,20,40,80 |Z| 2.0603490414287733 (= SAS);
 *    scores 1..4 Z 2.165684132882044.
 *  - statsmodels issue #8404 tumour table: Z 2.901905000440047 (DescTools). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <cmocka.h>
#include "goedwerk/stats/trend.h"

static const double arb[] = {
	32.0, 20.0, 25.0, 189.0, 240.0, 193.0, 379.0, 278.0, 301.0, 0.0, 0.0, 82.0, 0.0, 4.0, NAN,
	NAN, 121.0, 234.0, 360.0, 262.0, 120.0, 30.0, 11.0, 1.0, 7.0, 3.0, 31.0, 31.0, 355.0, 102.0,
	248.0, 274.0, 308.0, NAN, 5.0, 26.0, 11.0, 16.0, 6.0, 48.0, 388.0, 539.0, 431.0, 272.0,
	404.0, 186.0, 0.0, 2.0, 0.0, 4.0, 1.0, 54.0, 272.0, 459.0, 235.0, 164.0, 365.0, 135.0, 2.0,
	NAN, NAN, 4.0, 0.0, 128.0, 210.0, 163.0, 446.0, 225.0, 462.0, 467.0, 19.0, 13.0, 0.0, 3.0,
	17.0, 132.0, 178.0, 338.0, 525.0, 623.0, 145.0, 31.0, 19.0, 3.0, 0.0, 29.0, 25.0, 87.0,
	259.0, 756.0, 486.0, 180.0, 292.0, 43.0, 92.0, 1.0, 0.0, 16.0, 2.0, 0.0, 130.0, 253.0,
	594.0, 111.0, 273.0, 30.0, 0.0, 4.0, 0.0, 27.0, 24.0, 41.0, 292.0, 378.0, 499.0, 265.0,
	320.0, 227.0, 4.0, 0.0, 4.0, 14.0, 8.0, 48.0, 416.0, 240.0, 404.0, 207.0, 733.0, 105.0, 0.0,
	112.0, 0.0, 14.0, 0.0, 30.0, 140.0, 202.0, 289.0, 159.0, 424.0, 106.0, 3.0, 0.0, 65.0, 3.0,
	14.0, 58.0, 268.0, 466.0, 432.0, 266.0, 240.0, 95.0, 1.0, 0.0, 10.0, 26.0, 4.0, 114.0, 94.0,
	289.0, 173.0, 208.0, 263.0, 156.0, 5.0, 0.0, 16.0, 16.0, 14.0, 0.0, 111.0, 475.0, 534.0,
	432.0, 471.0, 117.0, 70.0, 1.0, 3.0, 28.0, 7.0, 401.0, 184.0, 283.0, 338.0, 171.0, 335.0,
	176.0, 0.0, 0.0, 10.0, 11.0, 9.0, 140.0, 102.0, 208.0, 298.0, 245.0, 220.0, 29.0, 2.0, 27.0,
	10.0, 13.0, 26.0, 84.0, 143.0, 367.0, 749.0, 563.0, 283.0, 353.0, 10.0, 0.0, 0.0, 0.0, 0.0,
	9.0, 246.0, 265.0, 343.0, 429.0, 168.0, 133.0, 17.0, 0.0, 18.0, 35.0, 76.0, 158.0, 272.0,
	250.0, 190.0, 289.0, 466.0, 84.0, 0.0, 0.0, 0.0, 0.0, 0.0, 22.0, 217.0, 299.0, 185.0, 115.0,
	344.0, 203.0, 8.0, NAN, NAN, 0.0, 5.0, 284.0, 123.0, 254.0, 476.0, 496.0, 326.0, 27.0, 20.0,
	0.0, 4.0, 53.0, 72.0, 113.0, 214.0, 364.0, 219.0, 220.0, 156.0, 264.0, 0.0, 13.0, 0.0, 0.0,
	45.0, 90.0, 137.0, 638.0, 529.0, 261.0, 206.0, 251.0, 0.0, 0.0, 5.0, 9.0, 58.0, 72.0, 138.0,
	130.0, 471.0, 328.0, 356.0, 523.0, 0.0, 1.0, 0.0, 0.0, 12.0, 143.0, 193.0, 184.0, 192.0,
	138.0, 174.0, 69.0, 1.0, 0.0, 0.0, 18.0, 25.0, 28.0, 92.0, 732.0, 320.0, 256.0, 302.0,
	131.0, 15.0, 0.0, 27.0, 0.0, 22.0, 20.0, 213.0, 393.0, 474.0, 374.0, 109.0, 159.0, 0.0, 0.0,
	0.0, 3.0, 3.0, 49.0, 205.0, 128.0, 194.0, 570.0, 169.0, 89.0, 0.0, 0.0, 0.0, 0.0, 0.0, 26.0,
	185.0, 286.0, 92.0, 225.0, 244.0, 190.0, 3.0, 20.0};

static const double nile[] = {
	1120, 1160, 963, 1210, 1160, 1160, 813, 1230, 1370, 1140, 995, 935, 1110, 994, 1020, 960,
	1180, 799, 958, 1140, 1100, 1210, 1150, 1250, 1260, 1220, 1030, 1100, 774, 840, 874, 694,
	940, 833, 701, 916, 692, 1020, 1050, 969, 831, 726, 456, 824, 702, 1120, 1100, 832, 764,
	821, 768, 845, 864, 862, 698, 845, 744, 796, 1040, 759, 781, 865, 845, 944, 984, 897, 822,
	1010, 771, 676, 649, 846, 812, 742, 801, 1040, 860, 874, 848, 890, 744, 749, 838, 1050, 918,
	986, 797, 923, 975, 815, 1020, 906, 901, 1170, 912, 746, 919, 718, 714, 740};

#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

/* Drop NaN, keep the original 0-based position as the time. */
static size_t compact(const double *x, size_t n, double *t, double *v)
{
	size_t m = 0;
	for (size_t i = 0; i < n; i++)
		if (!isnan(x[i])) {
			t[m] = (double)i;
			v[m++] = x[i];
		}
	return m;
}

static void test_mk_pymannkendall(void **state)
{
	(void)state;
	double t[N_OF(arb)], v[N_OF(arb)];
	size_t m = compact(arb, N_OF(arb), t, v);
	struct stats_mann_kendall r;
	assert_int_equal(m, 353);
	assert_int_equal(stats_mann_kendall(t, v, m, &r), GW_OK);
	assert_true(r.s == -1959);
	assert_true(fabs(r.var_s - 4889800.333333333) < 1e-6);
	assert_true(fabs(r.z - -0.8854562842589916) < 1e-10);
	assert_true(fabs(r.p - 0.37591058740506833) < 1e-10);
}

static void test_sen_gaps_kept(void **state)
{
	(void)state;
	double t[N_OF(arb)], v[N_OF(arb)], slope, icpt;
	size_t m = compact(arb, N_OF(arb), t, v);
	assert_int_equal(stats_sen_slope(t, v, m, &slope, &icpt), GW_OK);
	assert_true(fabs(slope - -0.006369426751592357) < 1e-12);
	assert_true(fabs(icpt - 96.15286624203821) < 1e-9);
	/* the pitfall: re-numbered times give another slope */
	for (size_t i = 0; i < m; i++)
		t[i] = (double)i;
	assert_int_equal(stats_sen_slope(t, v, m, &slope, &icpt), GW_OK);
	assert_true(fabs(slope - -0.0064516129032258064) < 1e-12);
}

static void test_mk_nile_and_small(void **state)
{
	(void)state;
	double t[100];
	struct stats_mann_kendall r;
	for (size_t i = 0; i < 100; i++)
		t[i] = 1871.0 + (double)i;
	assert_int_equal(stats_mann_kendall(t, nile, 100, &r), GW_OK);
	assert_true(r.s == -1387);
	assert_true(fabs(r.var_s - 112728.33333333333) < 1e-7);
	assert_true(fabs(r.z - -4.128066522844101) < 1e-10);
	assert_true(fabs(r.p - 3.658262921664327e-05) < 1e-14);
	const double x[] = {2, 1, 2, 3, 3, 3, 5, 4};
	assert_int_equal(stats_mann_kendall(t, x, 8, &r), GW_OK);
	assert_true(r.s == 20);
	assert_true(fabs(r.var_s - 60.666666666666664) < 1e-10);
	assert_true(fabs(r.z - 2.4393748073122037) < 1e-10);
	assert_true(fabs(r.p - 0.014712699585038761) < 1e-10);
	const double c[] = {3, 3, 3, 3};
	assert_int_equal(stats_mann_kendall(t, c, 4, &r), GW_UNDEFINED);
	assert_true(r.s == 0);
	assert_true(isnan(r.p_exact)); /* ties: no exact p */
	const double up[] = {1, 2, 3, 4, 5};
	assert_int_equal(stats_mann_kendall(t, up, 5, &r), GW_OK);
	assert_true(fabs(r.z - 2.2045407685048604) < 1e-10);
	assert_true(fabs(r.p - 0.02748633611151033) < 1e-10);
	/* exact p: R cor.test(1:5, 1:5, method = "kendall", exact = TRUE) */
	assert_true(fabs(r.p_exact - 0.0166666666666666) < 1e-12);
	/* n = 8 no ties (mann_kendall.json small_no_ties_exact): S 22, R exact p */
	const double x8[] = {1.2, 0.8, 1.9, 2.4, 2.2, 3.1, 2.9, 3.6};
	assert_int_equal(stats_mann_kendall(t, x8, 8, &r), GW_OK);
	assert_true(r.s == 22);
	assert_true(fabs(r.var_s - 65.33333333333333) < 1e-10);
	assert_true(fabs(r.z - 2.598076211353316) < 1e-10);
	assert_true(fabs(r.p - 0.009374768459434876) < 1e-10);
	assert_true(fabs(r.p_exact - 0.00550595238095242) < 1e-12);
}

struct ca_case {
	double r[5], n[5], s[5];
	size_t k;
	double z, chi2, p;
};

static void test_cochran_armitage(void **state)
{
	(void)state;
	static const struct ca_case cs[] = {
		{{48, 38, 5, 1, 1}, {17114, 14502, 793, 127, 38}, {0, 0.5, 1.5, 4.0, 7.0}, 5,
		 2.5632272518654204, 6.570133944705556, 0.010370414572997434},
		{{48, 38, 5, 1, 1}, {17114, 14502, 793, 127, 38}, {1, 2, 3, 4, 5}, 5,
		 1.3519673631760099, 1.827815751093093, 0.17638575606995777},
		{{5, 6, 10, 12}, {40, 35, 38, 39}, {10, 20, 40, 80}, 4,
		 2.0603490414287733, 4.245038172516465, 0.03936518474897484},
		{{5, 6, 10, 12}, {40, 35, 38, 39}, {1, 2, 3, 4}, 4,
		 2.165684132882044, 4.690187763417051, 0.03033533234976239},
		{{0, 1, 3, 6}, {50, 50, 50, 50}, {0, 1, 2, 3}, 4,
		 2.901905000440047, 8.421052631578949, 0.003709009990974799},
	};
	for (size_t i = 0; i < N_OF(cs); i++) {
		struct stats_cochran_armitage o;
		assert_int_equal(stats_cochran_armitage(cs[i].r, cs[i].n, cs[i].s, cs[i].k, &o), GW_OK);
		assert_true(fabs(o.z - cs[i].z) < 1e-10);
		assert_true(fabs(o.chi2 - cs[i].chi2) < 1e-9);
		assert_true(fabs(o.p - cs[i].p) < 1e-10);
	}
	/* degenerate: no events, all events, equal scores */
	const double r0[] = {0, 0, 0}, rn[] = {10, 10, 10}, n[] = {10, 10, 10};
	const double s[] = {1, 2, 3}, seq[] = {2, 2, 2}, r1[] = {1, 5, 9};
	struct stats_cochran_armitage o;
	assert_int_equal(stats_cochran_armitage(r0, n, s, 3, &o), GW_UNDEFINED);
	assert_int_equal(stats_cochran_armitage(rn, n, s, 3, &o), GW_UNDEFINED);
	assert_int_equal(stats_cochran_armitage(r1, n, seq, 3, &o), GW_UNDEFINED);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mk_pymannkendall),
		cmocka_unit_test(test_sen_gaps_kept),
		cmocka_unit_test(test_mk_nile_and_small),
		cmocka_unit_test(test_cochran_armitage),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
