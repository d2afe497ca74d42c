/* test_stats_mannwhitney.c - Mann-Whitney U, exact and asymptotic p, Cliff's
 * delta.  Sources:
 *  - $GOEDWERK_REFDATA/stats/mann_whitney_u.json and effect_sizes.json, read
 *    at run time (skipped when GOEDWERK_REFDATA is unset): R wilcox.test /
 *    scipy cases (U1 of the first sample, asymptotic two-sided p with
 *    continuity, exact p when untied), effsize / effectsize Cliff's delta;
 *  - scipy 1.10.1 values from tests/oracle/mannwhitney.py (typed in). */
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <gsl/gsl_cdf.h>
#include "goedwerk/stats/mannwhitney.h"

/* --- a few lines of JSON reading: enough for the refdata layout --------- */

static char *slurp(const char *name)
{
	const char *r = getenv("GOEDWERK_REFDATA");
	char path[1024];
	if (!r || !*r)
		return NULL;
	snprintf(path, sizeof path, "%s/stats/%s", r, name);
	FILE *f = fopen(path, "rb");
	if (!f)
		return NULL;
	fseek(f, 0, SEEK_END);
	long len = ftell(f);
	rewind(f);
	char *s = malloc((size_t)len + 1);
	size_t got = fread(s, 1, (size_t)len, f);
	s[got] = 0;
	fclose(f);
	return s;
}

/* The text of case `id`, cut at the next case. */
static char *find_case(char *doc, const char *id)
{
	char pat[128];
	snprintf(pat, sizeof pat, "\"id\": \"%s\"", id);
	char *p = strstr(doc, pat);
	assert_non_null(p);
	p += strlen(pat);
	char *end = strstr(p, "\"id\":");
	if (end)
		*end = 0;
	return p;
}

/* Position just after `"key":` (the first at or after from), or NULL. */
static const char *after_key(const char *from, const char *key)
{
	char pat[128];
	snprintf(pat, sizeof pat, "\"%s\":", key);
	const char *p = strstr(from, pat);
	return p ? p + strlen(pat) : NULL;
}

static double num(const char *from, const char *key)
{
	const char *p = after_key(from, key);
	assert_non_null(p);
	return strtod(p, NULL);
}

/* Numbers of the array (or object values) after key; returns how many. */
static size_t numbers(const char *from, const char *key, double *v, size_t cap)
{
	const char *p = after_key(from, key);
	assert_non_null(p);
	while (*p != '[' && *p != '{')
		p++;
	char close = *p == '[' ? ']' : '}';
	size_t n = 0;
	p++;
	while (*p && *p != close) {
		if (close == '}')
			p = strchr(p, ':') + 1;
		char *e;
		double x = strtod(p, &e);
		assert_true(e != p && n < cap);
		v[n++] = x;
		p = e;
		while (*p == ',' || *p == ' ' || *p == '\n')
			p++;
	}
	return n;
}

#define REQUIRE(doc)                                                       \
	do {                                                               \
		if (!(doc)) {                                              \
			fprintf(stderr, "GOEDWERK_REFDATA absent: skipped\n"); \
			skip();                                            \
		}                                                          \
	} while (0)

/* --- refdata --------------------------------------------------------------- */

static void check_case(char *doc, const char *id, const char *kx, const char *ky)
{
	char *c = find_case(doc, id);
	double x[64], y[64];
	size_t n1 = numbers(c, kx, x, 64), n2 = numbers(c, ky, y, 64);
	struct stats_mw r;
	assert_int_equal(stats_mann_whitney(x, n1, y, n2, &r), GW_OK);
	const char *e = after_key(c, "expected");
	double tol = 1e-10;
	assert_float_equal(r.u1, num(e, "U1_of_x"), tol);
	if (after_key(e, "var_U"))
		assert_float_equal(r.var_u, num(e, "var_U"), 1e-9);
	if (after_key(e, "U2"))
		assert_float_equal(r.u2, num(e, "U2"), tol);
	assert_float_equal(r.cliffs_delta, num(e, "cliffs_delta_x_vs_y"), 1e-12);
	const char *asym = after_key(e, "asymptotic_continuity");
	const char *ex = after_key(e, "exact");
	if (r.exact) {
		assert_non_null(ex);
		assert_float_equal(r.p_value, num(ex, "two_sided"), tol);
	} else if (asym) {
		assert_float_equal(r.p_value, num(asym, "two_sided"), tol);
	}
}

static void test_refdata_mwu(void **state)
{
	(void)state;
	char *doc = slurp("mann_whitney_u.json");
	REQUIRE(doc);
	char *copy = strdup(doc);
	static const char *const ids[] = {"scipy_r_basic", "scipy_r_tie_correction",
					  "r_wilcox_help_example",
					  "coin_exact_with_ties_hypothesistests_issue337",
					  "likert_A_vs_B_synthetic"};
	for (size_t i = 0; i < sizeof ids / sizeof ids[0]; i++) {
		strcpy(copy, doc);
		check_case(copy, ids[i], "x", "y");
	}
	/* untied small cases are exact; the tied ones fall back to normal */
	struct stats_mw r;
	const double x[] = {210.05211, 110.19063, 307.918612};
	const double y[] = {436.08811482466416, 416.3739732976819, 179.96975939463582,
			    197.8118754228619,  34.038757281225756, 138.54220550921517,
			    128.7769351470246,  265.9272142795185,  275.6617533155341,
			    592.3408339541626,  448.7317759061702,  300.61495185038905,
			    187.97508449019588};
	assert_int_equal(stats_mann_whitney(x, 3, y, 13, &r), GW_OK);
	assert_int_equal(r.exact, 1);
	free(copy);
	free(doc);
}

/* Five categories as counts: 292 vs 1508 answers (scipy issue 4017). */
static void test_refdata_five_categories(void **state)
{
	(void)state;
	char *doc = slurp("mann_whitney_u.json");
	REQUIRE(doc);
	char *c = find_case(doc, "five_category_heavy_ties_scipy_issue4017");
	double a[8], b[8];
	size_t na = numbers(c, "x_counts_by_category", a, 8);
	size_t nb = numbers(c, "y_counts_by_category", b, 8);
	assert_int_equal(na, 5);
	assert_int_equal(nb, 5);
	struct stats_mw r;
	assert_int_equal(stats_mann_whitney_counts(a, b, 5, &r), GW_OK);
	const char *e = after_key(c, "expected");
	assert_float_equal(r.u1, num(e, "U1_of_x"), 1e-9);
	assert_float_equal(r.u2, num(e, "U2"), 1e-9);
	assert_float_equal(r.var_u, num(e, "var_U"), 1e-5);
	assert_float_equal(r.p_value, num(e, "asymptotic_continuity_two_sided"), 1e-15);
	assert_float_equal(r.cliffs_delta, num(e, "cliffs_delta_x_vs_y"), 1e-12);
	assert_int_equal(r.exact, 0);
	free(doc);
}

static void test_refdata_effect_sizes(void **state)
{
	(void)state;
	char *doc = slurp("effect_sizes.json");
	REQUIRE(doc);
	static const char *const cases[][3] = {
		{"effsize_cliff_delta_doc", "treatment", "control"},
		{"rubia2022_glass_rank_biserial_pingouin_issue483", "group0", "group1"},
		{"effectsize_pr258_example", "A", "B"}};
	char *copy = strdup(doc);
	for (size_t i = 0; i < 3; i++) {
		strcpy(copy, doc);
		char *c = find_case(copy, cases[i][0]);
		double x[64], y[64];
		size_t n1 = numbers(c, cases[i][1], x, 64), n2 = numbers(c, cases[i][2], y, 64);
		struct stats_mw r;
		assert_int_equal(stats_mann_whitney(x, n1, y, n2, &r), GW_OK);
		const char *e = after_key(c, "expected");
		assert_float_equal(r.cliffs_delta, num(e, "cliffs_delta"), 1e-12);
		assert_float_equal(r.u1, num(e, "U1"), 1e-12);
	}
	free(copy);
	free(doc);
}

/* --- scipy 1.10.1 (tests/oracle/mannwhitney.py) ------------------------ */

static void test_scipy_exact(void **state)
{
	(void)state;
	const double x[] = {3, 7, 8, 12, 13, 15, 19, 21, 22, 26, 27, 29};
	const double y[] = {1, 2, 4, 5, 6, 9, 10, 11, 14, 16, 17, 18, 20, 23, 24, 25, 28};
	struct stats_mw r;
	assert_int_equal(stats_mann_whitney(x, 12, y, 17, &r), GW_OK);
	assert_float_equal(r.u1, 124.0, 0);
	assert_int_equal(r.exact, 1);
	assert_float_equal(r.p_value, 0.34672480609512096, 1e-12);
	/* 50 x 50, the largest exact size: odd 1..89 and 92..100 vs the rest */
	double a[50], b[50];
	size_t na = 0, nb = 0;
	for (int v = 1; v <= 100; v++) {
		int in_a = (v % 2 == 1 && v <= 89) || (v >= 92 && v % 2 == 0);
		if (in_a)
			a[na++] = v;
		else
			b[nb++] = v;
	}
	assert_int_equal(na, 50);
	assert_int_equal(nb, 50);
	assert_int_equal(stats_mann_whitney(a, 50, b, 50, &r), GW_OK);
	assert_int_equal(r.exact, 1);
	assert_float_equal(r.u1, 1230.0, 0);
	assert_float_equal(r.p_value, 0.8935409293333578, 1e-10);
	/* U equal to its mean: p capped at 1 */
	const double c[] = {1, 2, 3}, d[] = {1.5, 2.5};
	assert_int_equal(stats_mann_whitney(c, 3, d, 2, &r), GW_OK);
	assert_float_equal(r.u1, 3.0, 0);
	assert_float_equal(r.p_value, 1.0, 0);
	assert_float_equal(r.z, 0.0, 0);
}

static void test_scipy_piles(void **state)
{
	(void)state;
	const double a[] = {2, 5, 9, 4, 1}, b[] = {6, 8, 5, 2, 0};
	struct stats_mw r;
	assert_int_equal(stats_mann_whitney_counts(a, b, 5, &r), GW_OK);
	assert_float_equal(r.u1, 305.5, 1e-12);
	assert_float_equal(r.p_value, 0.027010926694917867, 1e-12);
	assert_float_equal(r.cliffs_delta, 0.3854875283446712, 1e-12);
	assert_true(r.z > 0); /* first sample higher: positive z and delta */
	assert_float_equal(r.z, gsl_cdf_ugaussian_Qinv(r.p_value / 2), 1e-9);
	struct stats_mw s;
	assert_int_equal(stats_mann_whitney_counts(b, a, 5, &s), GW_OK);
	assert_float_equal(s.cliffs_delta, -r.cliffs_delta, 1e-15);
	assert_float_equal(s.z, -r.z, 1e-15);
	assert_float_equal(s.p_value, r.p_value, 1e-15);
}

static void test_undefined(void **state)
{
	(void)state;
	const double a[] = {0, 4, 0}, b[] = {0, 3, 0}, none[] = {0, 0, 0};
	struct stats_mw r;
	assert_int_equal(stats_mann_whitney_counts(a, b, 3, &r), GW_UNDEFINED);
	assert_float_equal(r.cliffs_delta, 0, 0);
	assert_float_equal(r.u1, 6, 0);
	assert_true(isnan(r.p_value) && isnan(r.z));
	assert_int_equal(stats_mann_whitney_counts(a, none, 3, &r), GW_UNDEFINED);
	assert_true(isnan(r.u1) && isnan(r.p_value));
	assert_int_equal(stats_mann_whitney(NULL, 0, NULL, 0, &r), GW_UNDEFINED);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_refdata_mwu),
		cmocka_unit_test(test_refdata_five_categories),
		cmocka_unit_test(test_refdata_effect_sizes),
		cmocka_unit_test(test_scipy_exact),
		cmocka_unit_test(test_scipy_piles),
		cmocka_unit_test(test_undefined),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
