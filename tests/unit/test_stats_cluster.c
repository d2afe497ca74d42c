/* test_stats_cluster.c - UPGMA and the co-occurrence measures.
 *  - Wikipedia, "UPGMA", worked example (5S ribosomal RNA of five bacteria,
 *    Sokal & Michener's method): joins (a,b) at 17, then e at 22, (c,d) at
 *    28, the two at 33 (branch lengths 8.5, 11, 14, 16.5 are half these).
 *  - scipy.cluster.hierarchy.linkage(method='average') on 7 random points:
 *    tests/oracle/cluster.py.
 *  - Co-occurrence: hand-computed (3 of 20 cases carry both codes, 5 and 6
 *    carry each: Jaccard 3/8, lift 3*20/30 = 2, expected 1.5). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <math.h>
#include <cmocka.h>
#include "goedwerk/stats/cluster.h"
#include "goedwerk/stats/cooccurrence.h"

static void test_wikipedia_upgma(void **state)
{
	(void)state;
	const double d[25] = {0,  17, 21, 31, 23, 17, 0,  30, 34, 21, 21, 30, 0,
			      28, 39, 31, 34, 28, 0,  43, 23, 21, 39, 43, 0};
	struct stats_merge m[4];
	size_t order[5];
	stats_upgma(d, 5, m, order);
	const double h[] = {17, 22, 28, 33};
	for (int k = 0; k < 4; k++)
		assert_float_equal(m[k].height, h[k], 1e-12);
	assert_int_equal(m[0].a, 0); /* a */
	assert_int_equal(m[0].b, 1); /* b */
	assert_int_equal(m[1].a, 4); /* e joins (a,b) = id 5 */
	assert_int_equal(m[1].b, 5);
	assert_int_equal(m[2].a, 2); /* c, d */
	assert_int_equal(m[2].b, 3);
	const size_t want[] = {4, 0, 1, 2, 3}; /* ((e,(a,b)),(c,d)) */
	for (int k = 0; k < 5; k++)
		assert_int_equal(order[k], want[k]);
}

static void test_scipy_average(void **state)
{
	(void)state;
	const double d[49] = {
		0.0, 0.7252271835108846, 0.6248363565068862, 0.7905811266333728, 0.6442134914399319,
		0.12277913092042866, 0.5678452868061602, 0.7252271835108846, 0.0, 0.5707275923803385,
		0.6427302074681919, 0.3975469778924978, 0.7731799525540126, 1.032138523968889,
		0.6248363565068862, 0.5707275923803385, 0.0, 0.8669381163963507, 0.5379231772773471,
		0.5752812242761992, 0.864385487667456, 0.7905811266333728, 0.6427302074681919,
		0.8669381163963507, 0.0, 0.3416207910014139, 0.8667592723244457, 0.7058837580839027,
		0.6442134914399319, 0.3975469778924978, 0.5379231772773471, 0.3416207910014139, 0.0,
		0.6893145711303267, 0.7172067552713663, 0.12277913092042866, 0.7731799525540126,
		0.5752812242761992, 0.8667592723244457, 0.6893145711303267, 0.0, 0.5814608459974935,
		0.5678452868061602, 1.032138523968889, 0.864385487667456, 0.7058837580839027,
		0.7172067552713663, 0.5814608459974935, 0.0};
	const size_t a[] = {0, 3, 1, 6, 2, 10}, b[] = {5, 4, 8, 7, 9, 11};
	const double h[] = {0.12277913092042866, 0.3416207910014139, 0.5201385926803448,
			    0.5746530664018268, 0.6585296286846788, 0.7507506419473061};
	struct stats_merge m[6];
	size_t order[7];
	stats_upgma(d, 7, m, order);
	for (int k = 0; k < 6; k++) {
		assert_int_equal(m[k].a, a[k]);
		assert_int_equal(m[k].b, b[k]);
		assert_float_equal(m[k].height, h[k], 1e-12);
	}
	int seen[7] = {0};
	for (int k = 0; k < 7; k++)
		seen[order[k]]++;
	for (int k = 0; k < 7; k++)
		assert_int_equal(seen[k], 1);
}

static void test_upgma_small_and_nan(void **state)
{
	(void)state;
	const double one = 0;
	struct stats_merge m[2];
	size_t order[3];
	stats_upgma(&one, 1, m, order);
	assert_int_equal(order[0], 0);
	const double d[9] = {0, NAN, NAN, NAN, 0, NAN, NAN, NAN, 0};
	stats_upgma(d, 3, m, order);
	assert_int_equal(m[0].a, 0);
	assert_int_equal(m[0].b, 1);
	assert_int_equal(m[1].a, 2);
	assert_int_equal(m[1].b, 3);
}

static void test_cooccurrence(void **state)
{
	(void)state;
	struct stats_cooc c;
	stats_cooccurrence(3, 5, 6, 20, &c);
	assert_float_equal(c.jaccard, 3.0 / 8.0, 1e-15);
	assert_float_equal(c.c_coefficient, 3.0 / 8.0, 1e-15);
	assert_float_equal(c.lift, 2.0, 1e-15);
	assert_float_equal(c.expected, 1.5, 1e-15);
	stats_cooccurrence(0, 0, 0, 20, &c);
	assert_true(isnan(c.jaccard) && isnan(c.lift));
	assert_float_equal(c.expected, 0, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_wikipedia_upgma),
		cmocka_unit_test(test_scipy_average),
		cmocka_unit_test(test_upgma_small_and_nan),
		cmocka_unit_test(test_cooccurrence),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
