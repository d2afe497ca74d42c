/* test_stats_agreement.c - mid-ranks, Kendall's W, Krippendorff's alpha,
 * mean pairwise Spearman.
 * Sources (values typed in from /work/shared/refdata/stats/ JSON files):
 *  - kendall_w.json: irr `anxiety` (irr 0.84.1 kendall(), vegan 2.6.4
 *    kendall.global, R friedman.test); Siegel & Castellan (1988) via
 *    DescTools KendallW.Rd (= R friedman.test); scipy Bioestadistica ties.
 *  - friedman.json: Demsar (2006), Zar ex. 12.6, Hollander & Wolfe
 *    RoundingTimes (R friedman.test): chi2_F = m (n - 1) W.
 *  - krippendorff_alpha.json: Krippendorff (2011) section C (published
 *    .743/.815/.849/.797, full precision from fast-krippendorff b1eb616),
 *    section A binary (2/21), Wikipedia 3 x 15, oolong #96 complete data.
 *  - valuecard_synthetic.json: 4 x 10 forced sorts (R friedman.test, irr,
 *    fast-krippendorff; mean Spearman 0.308333 = (mW - 1)/(m - 1)). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <string.h>
#include <cmocka.h>
#include "goedwerk/stats/agreement.h"
#include "goedwerk/stats/rank.h"

#define NA INT8_MIN

static void test_midrank(void **state)
{
	(void)state;
	/* Kendall (1970) a: 1 2 2 4 4 6 6 8 9 9 -> mid-ranks by hand */
	const double x[] = {1, 2, 2, 4, 4, 6, 6, 8, 9, 9};
	const double want[] = {1, 2.5, 2.5, 4.5, 4.5, 6.5, 6.5, 8, 9.5, 9.5};
	double r[10];
	assert_float_equal(stats_midrank(x, 10, r), 4 * 6.0, 0);
	for (int i = 0; i < 10; i++)
		assert_float_equal(r[i], want[i], 0);
	/* forced 4/6/10/6/4: sum(t^3 - t) = 1530 (NOTES.md finding 6) */
	double y[30], ry[30];
	const int cnt[5] = {4, 6, 10, 6, 4};
	for (int k = 0, p = 0; k < 5; k++)
		for (int c = 0; c < cnt[k]; c++)
			y[p++] = 5 - k;
	assert_float_equal(stats_midrank(y, 30, ry), 1530.0, 0);
	assert_float_equal(ry[0], 28.5, 0); /* top four share ranks 27..30 */
}

static const double anxiety[3][20] = {
	{3, 3, 3, 4, 5, 5, 2, 3, 5, 2, 2, 6, 1, 5, 2, 2, 1, 2, 4, 3},
	{3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4},
	{2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2}};

static const double synth[4][10] = {
	{5, 5, 4, 4, 3, 3, 2, 2, 1, 1},
	{5, 4, 5, 3, 4, 2, 3, 1, 2, 1},
	{4, 5, 3, 5, 2, 4, 1, 3, 1, 2},
	{1, 2, 3, 5, 4, 5, 2, 3, 4, 1}};

static void test_kendall_w_published(void **state)
{
	(void)state;
	struct stats_kendall_w w;
	assert_int_equal(stats_kendall_w(&anxiety[0][0], 3, 20, &w), GW_OK);
	assert_float_equal(w.s, 3004.0, 1e-9);
	assert_float_equal(w.tie_term, 1674.0, 0);
	assert_float_equal(w.w_uncorrected, 0.501921470342523, 1e-12);
	assert_float_equal(w.w, 0.5396568759543698, 1e-12);
	assert_float_equal(w.chi2, 30.760441929399082, 1e-10);
	assert_float_equal(w.df, 19, 0);
	assert_float_equal(w.p, 0.04288347312694786, 1e-12);

	const double siegel[3][8] = {{5, 6, 7, 1, 2, 4, 3, 8}, {1, 7, 6, 2, 3, 5, 4, 8},
				     {4, 5, 1, 3, 2, 7, 6, 8}};
	assert_int_equal(stats_kendall_w(&siegel[0][0], 3, 8, &w), GW_OK);
	assert_float_equal(w.s, 248.0, 1e-9);
	assert_float_equal(w.w, 0.656084656084656, 1e-12);
	assert_float_equal(w.chi2, 13.777777777777777, 1e-10);
	assert_float_equal(w.p, 0.0552779298915745, 1e-12);

	assert_int_equal(stats_kendall_w(&synth[0][0], 4, 10, &w), GW_OK);
	assert_float_equal(w.s, 616.0, 1e-9);
	assert_float_equal(w.tie_term, 120.0, 0);
	assert_float_equal(w.w_uncorrected, 0.4666666666666667, 1e-12);
	assert_float_equal(w.w, 0.48125, 1e-12);
	assert_float_equal(w.chi2, 17.325, 1e-10);
	assert_float_equal(w.df, 9, 0);
	assert_float_equal(w.p, 0.04386318796369608, 1e-12);
}

/* Friedman data are given treatments x blocks; W wants blocks (raters) x
 * treatments (objects). */
static void friedman_case(const double *treat, size_t k, size_t b, double chi2, double p)
{
	double x[64 * 8];
	for (size_t j = 0; j < k; j++)
		for (size_t i = 0; i < b; i++)
			x[i * k + j] = treat[j * b + i];
	struct stats_kendall_w w;
	assert_int_equal(stats_kendall_w(x, b, k, &w), GW_OK);
	assert_float_equal(w.chi2, chi2, 1e-10);
	assert_float_equal(w.p, p, 1e-12);
}

static void test_friedman(void **state)
{
	(void)state;
	const double bio[4][12] = {{4, 3, 5, 3, 5, 3, 2, 5, 4, 4, 4, 3},
				   {2, 2, 1, 2, 3, 1, 2, 3, 2, 1, 1, 3},
				   {2, 4, 3, 3, 4, 3, 3, 4, 4, 1, 2, 1},
				   {3, 5, 4, 3, 4, 4, 3, 3, 3, 4, 4, 4}};
	friedman_case(&bio[0][0], 4, 12, 18.94285714285716, 0.0002809383751895285);
	const double demsar[4][14] = {
		{0.763, 0.599, 0.954, 0.628, 0.882, 0.936, 0.661, 0.583, 0.775, 1.0, 0.94, 0.619, 0.972, 0.957},
		{0.768, 0.591, 0.971, 0.661, 0.888, 0.931, 0.668, 0.583, 0.838, 1.0, 0.962, 0.666, 0.981, 0.978},
		{0.771, 0.59, 0.968, 0.654, 0.886, 0.916, 0.609, 0.563, 0.866, 1.0, 0.965, 0.614, 0.9751, 0.946},
		{0.798, 0.569, 0.967, 0.657, 0.898, 0.931, 0.685, 0.625, 0.875, 1.0, 0.962, 0.669, 0.975, 0.97}};
	friedman_case(&demsar[0][0], 4, 14, 10.228346456692925, 0.016721580328441323);
	const double zar[4][5] = {{7.0, 9.9, 8.5, 5.1, 10.3}, {5.3, 5.7, 4.7, 3.5, 7.7},
				  {4.9, 7.6, 5.5, 2.8, 8.4}, {8.8, 8.9, 8.1, 3.3, 9.1}};
	friedman_case(&zar[0][0], 4, 5, 10.679999999999993, 0.0135882729582177);
	const double rt[22][3] = {
		{5.4, 5.5, 5.55}, {5.85, 5.7, 5.75}, {5.2, 5.6, 5.5}, {5.55, 5.5, 5.4},
		{5.9, 5.85, 5.7}, {5.45, 5.55, 5.6}, {5.4, 5.4, 5.35}, {5.45, 5.5, 5.35},
		{5.25, 5.15, 5.0}, {5.85, 5.8, 5.7}, {5.25, 5.2, 5.1}, {5.65, 5.55, 5.45},
		{5.6, 5.35, 5.45}, {5.05, 5.0, 4.95}, {5.5, 5.5, 5.4}, {5.45, 5.55, 5.5},
		{5.55, 5.55, 5.35}, {5.45, 5.5, 5.55}, {5.5, 5.45, 5.25}, {5.65, 5.6, 5.4},
		{5.7, 5.65, 5.55}, {6.3, 6.3, 6.25}};
	struct stats_kendall_w w; /* blocks are already rows here */
	assert_int_equal(stats_kendall_w(&rt[0][0], 22, 3, &w), GW_OK);
	assert_float_equal(w.chi2, 11.142857142857132, 1e-10);
	assert_float_equal(w.p, 0.003805040775511383, 1e-12);
	assert_float_equal(w.w, 0.253246753246753, 1e-12);
}

static void test_kendall_w_edges(void **state)
{
	(void)state;
	struct stats_kendall_w w;
	/* kendall_w.json edge case: 3 identical sorts with ties -> W_c = 1
	 * exactly, W_u = 1 - 30/990 */
	double same[3][10];
	for (int i = 0; i < 3; i++)
		memcpy(same[i], synth[0], sizeof same[i]);
	assert_int_equal(stats_kendall_w(&same[0][0], 3, 10, &w), GW_OK);
	assert_true(w.w == 1.0);
	assert_float_equal(w.w_uncorrected, 1.0 - 30.0 / 990.0, 1e-12);
	/* one sort: refused */
	assert_int_equal(stats_kendall_w(&synth[0][0], 1, 10, &w), GW_EUSAGE);
	assert_true(isnan(w.w));
	/* everything tied in every sort: undefined */
	double flat[2][4] = {{3, 3, 3, 3}, {2, 2, 2, 2}};
	assert_int_equal(stats_kendall_w(&flat[0][0], 2, 4, &w), GW_UNDEFINED);
	assert_true(isnan(w.w) && isnan(w.p));
	/* one card */
	assert_int_equal(stats_kendall_w(&synth[0][0], 4, 1, &w), GW_EUSAGE);
}

static void test_kendall_w_perm(void **state)
{
	(void)state;
	double p1, p2, p3;
	/* reproducible with a seed, different seeds differ */
	assert_int_equal(stats_kendall_w_perm(&anxiety[0][0], 3, 20, 4999, 7, &p1), GW_OK);
	assert_int_equal(stats_kendall_w_perm(&anxiety[0][0], 3, 20, 4999, 7, &p2), GW_OK);
	assert_true(p1 == p2);
	/* a second seed gives another Monte-Carlo draw of the same p */
	assert_int_equal(stats_kendall_w_perm(&anxiety[0][0], 3, 20, 4999, 8, &p3), GW_OK);
	/* tests/oracle/kendall_w_perm.py (numpy, B = 200000): p = 0.01411
	 * (SE 0.00026) - close to vegan's F-test p 0.0138, well below the
	 * chi-square p 0.0429.  Monte-Carlo SE at B = 4999 is 0.0017. */
	assert_float_equal(p1, 0.01411, 0.005);
	assert_float_equal(p3, 0.01411, 0.005);
	/* identical sorts: no shuffle of 10 cards reaches W = 1 in 999 tries,
	 * so p is its minimum 1/(1 + B) */
	double same[3][10];
	for (int i = 0; i < 3; i++)
		memcpy(same[i], synth[0], sizeof same[i]);
	assert_int_equal(stats_kendall_w_perm(&same[0][0], 3, 10, 999, 1, &p1), GW_OK);
	assert_float_equal(p1, 1.0 / 1000.0, 1e-15);
	/* two cards, two sorts that agree: half of the shuffles agree too, so
	 * p = (1 + #{W_perm = 1}) / (1 + B) is near 3/4 (exact: P(W=1) = 1/2) */
	const double two[2][2] = {{1, 2}, {1, 2}};
	assert_int_equal(stats_kendall_w_perm(&two[0][0], 2, 2, 9999, 3, &p1), GW_OK);
	assert_float_equal(p1, 0.5, 0.02);
}

static const int8_t kripp_c[4][12] = {
	{1, 2, 3, 3, 2, 1, 4, 1, 2, NA, NA, NA},
	{1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NA, 3},
	{NA, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NA},
	{1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NA}};

static void test_alpha_krippendorff2011(void **state)
{
	(void)state;
	struct stats_alpha a;
	assert_int_equal(stats_krippendorff_alpha(&kripp_c[0][0], 4, 12, 1, 5, NA, &a), GW_OK);
	assert_float_equal(a.n_pairable, 40.0, 1e-12);
	assert_int_equal(a.n_units, 11);
	assert_float_equal(a.nominal, 0.7434210526315791, 1e-12);
	assert_float_equal(a.ordinal, 0.8153875037548814, 1e-12);
	assert_float_equal(a.interval, 0.8491071428571428, 1e-12);
	assert_float_equal(a.ratio, 0.7974027747116121, 1e-12);
	/* published, 3 decimals */
	assert_float_equal(a.nominal, 0.743, 5e-4);
	assert_float_equal(a.ordinal, 0.815, 5e-4);
	assert_float_equal(a.interval, 0.849, 5e-4);
	assert_float_equal(a.ratio, 0.797, 5e-4);

	/* section A: binary, 2 coders -> 2/21 (published .095) */
	const int8_t bin[2][10] = {{0, 1, 0, 0, 0, 0, 0, 0, 1, 0}, {1, 1, 1, 0, 0, 1, 0, 0, 0, 0}};
	assert_int_equal(stats_krippendorff_alpha(&bin[0][0], 2, 10, 0, 2, NA, &a), GW_OK);
	assert_float_equal(a.nominal, 2.0 / 21.0, 1e-12);

	/* Wikipedia 3 x 15 */
	const int8_t wiki[3][15] = {
		{NA, NA, NA, NA, NA, 3, 4, 1, 2, 1, 1, 3, 3, NA, 3},
		{1, NA, 2, 1, 3, 3, 4, 3, NA, NA, NA, NA, NA, NA, NA},
		{NA, NA, 2, 1, 3, 4, 4, NA, 2, 1, 1, 3, 3, NA, 4}};
	assert_int_equal(stats_krippendorff_alpha(&wiki[0][0], 3, 15, 1, 4, NA, &a), GW_OK);
	assert_float_equal(a.n_pairable, 26.0, 1e-12);
	assert_float_equal(a.nominal, 0.691358024691358, 1e-12);
	assert_float_equal(a.interval, 0.8108448928121059, 1e-12);
	assert_float_equal(a.ordinal, 0.8067214199413152, 1e-12);
	assert_float_equal(a.ratio, 0.8089436707842471, 1e-12);

	/* oolong #96: complete 3 coders (irr's 0.056 is wrong) */
	int8_t oo[3][10] = {{2, 2, 2, 2, 2, 2, 2, 2, 2, 2}, {1, 2, 2, 2, 2, 2, 2, 2, 2, 2},
			    {1, 1, 1, 1, 2, 2, 2, 2, 2, 2}};
	assert_int_equal(stats_krippendorff_alpha(&oo[0][0], 3, 10, 1, 2, NA, &a), GW_OK);
	assert_float_equal(a.nominal, 0.07199999999999995, 1e-12);
	oo[0][9] = NA;
	assert_int_equal(stats_krippendorff_alpha(&oo[0][0], 3, 10, 1, 2, NA, &a), GW_OK);
	assert_float_equal(a.nominal, 0.06666666666666676, 1e-12);
}

static void test_alpha_valuecards(void **state)
{
	(void)state;
	int8_t x[4][10];
	for (int i = 0; i < 4; i++)
		for (int j = 0; j < 10; j++)
			x[i][j] = (int8_t)synth[i][j];
	struct stats_alpha a;
	assert_int_equal(stats_krippendorff_alpha(&x[0][0], 4, 10, 1, 5, NA, &a), GW_OK);
	assert_float_equal(a.nominal, 0.004687499999999845, 1e-12);
	assert_float_equal(a.ordinal, 0.32562499999999983, 1e-12);
	assert_float_equal(a.interval, 0.32562499999999983, 1e-12);
	x[3][9] = NA; /* P4 leaves c10 out */
	assert_int_equal(stats_krippendorff_alpha(&x[0][0], 4, 10, 1, 5, NA, &a), GW_OK);
	assert_float_equal(a.nominal, -0.02083333333333348, 1e-12);
	assert_float_equal(a.ordinal, 0.2893587581614562, 1e-12);
	assert_float_equal(a.interval, 0.28963963963963946, 1e-12);
	/* the ordinal metric is over the whole scale: declaring a 1..7 scale
	 * with 6 and 7 unused changes nothing (n_g = 0 adds nothing) */
	struct stats_alpha b;
	assert_int_equal(stats_krippendorff_alpha(&x[0][0], 4, 10, 1, 7, NA, &b), GW_OK);
	assert_float_equal(b.ordinal, a.ordinal, 1e-12);
	/* fast-krippendorff #27: [[A,B],[B,A]] -> -0.5 */
	const int8_t neg[2][2] = {{1, 2}, {2, 1}};
	assert_int_equal(stats_krippendorff_alpha(&neg[0][0], 2, 2, 1, 2, NA, &a), GW_OK);
	assert_float_equal(a.nominal, -0.5, 1e-12);
	/* no variation: undefined */
	const int8_t flat[3][3] = {{2, 2, 2}, {2, 2, 2}, {2, 2, NA}};
	assert_int_equal(stats_krippendorff_alpha(&flat[0][0], 3, 3, 1, 5, NA, &a), GW_UNDEFINED);
	assert_true(isnan(a.nominal) && isnan(a.ordinal) && isnan(a.interval));
	/* one coder: nothing pairable */
	assert_int_equal(stats_krippendorff_alpha(&x[0][0], 1, 10, 1, 5, NA, &a), GW_UNDEFINED);
	/* a value off the scale */
	const int8_t off[2][2] = {{1, 9}, {1, 2}};
	assert_int_equal(stats_krippendorff_alpha(&off[0][0], 2, 2, 1, 5, NA, &a), GW_EUSAGE);
}

static void test_mean_spearman(void **state)
{
	(void)state;
	double rho;
	size_t used;
	assert_int_equal(stats_mean_spearman(&synth[0][0], 4, 10, &rho, &used), GW_OK);
	assert_int_equal(used, 4);
	/* valuecard_synthetic.json: mean of 0.8 0.8 -0.05 0.3 -0.15 0.15 */
	assert_float_equal(rho, 0.30833333333333335, 1e-12);
	struct stats_kendall_w w;
	stats_kendall_w(&synth[0][0], 4, 10, &w);
	assert_float_equal(rho, (4 * w.w - 1) / 3, 1e-12);
	/* pairs: P1 vs P2 alone is 0.8 (rank_distances.json, R cor spearman) */
	assert_int_equal(stats_mean_spearman(&synth[0][0], 2, 10, &rho, &used), GW_OK);
	assert_float_equal(rho, 0.8, 1e-12);
	/* forced 4/6/10/6/4 sorts of 30 cards: identity holds exactly */
	double x[5][30];
	const int cnt[5] = {4, 6, 10, 6, 4};
	unsigned s = 12345;
	for (int i = 0; i < 5; i++) {
		for (int k = 0, p = 0; k < 5; k++)
			for (int c = 0; c < cnt[k]; c++)
				x[i][p++] = k + 1;
		for (int j = 29; j > 0; j--) { /* Fisher-Yates with an LCG */
			s = s * 1103515245u + 12345u;
			int r = (int)((s >> 16) % (unsigned)(j + 1));
			double t = x[i][j];
			x[i][j] = x[i][r];
			x[i][r] = t;
		}
	}
	assert_int_equal(stats_kendall_w(&x[0][0], 5, 30, &w), GW_OK);
	assert_int_equal(stats_mean_spearman(&x[0][0], 5, 30, &rho, &used), GW_OK);
	assert_float_equal(rho, (5 * w.w - 1) / 4, 1e-12);
	/* a sort tying everything is left out; one sort: undefined */
	double flat[3][4] = {{1, 2, 3, 4}, {3, 3, 3, 3}, {1, 2, 4, 3}};
	assert_int_equal(stats_mean_spearman(&flat[0][0], 3, 4, &rho, &used), GW_OK);
	assert_int_equal(used, 2);
	assert_float_equal(rho, 0.8, 1e-12); /* 1 - 6*2/(4*15) */
	assert_int_equal(stats_mean_spearman(&flat[0][0], 1, 4, &rho, &used), GW_UNDEFINED);
	assert_true(isnan(rho));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_midrank),
		cmocka_unit_test(test_kendall_w_published),
		cmocka_unit_test(test_friedman),
		cmocka_unit_test(test_kendall_w_edges),
		cmocka_unit_test(test_kendall_w_perm),
		cmocka_unit_test(test_alpha_krippendorff2011),
		cmocka_unit_test(test_alpha_valuecards),
		cmocka_unit_test(test_mean_spearman),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
