/* test_factors.c - `goedwerk factors` tables from a hand-built dataset
 * (src/analyse/factors*.c, goedwerk/factors.h).
 *
 * The dataset is the Lipset Q-sorts ($GOEDWERK_REFDATA/qmethod/, skipped
 * when absent) plus one incomplete and one constant sort that must be left
 * out.  Expected values are qmethod 1.8.4's for qmethod(lipset, 3) as its
 * README lists them (z-score of sta_1 on f1 1.659916, factor score 4;
 * consensus statements sta_14 and sta_20; 3 defining sorts per factor;
 * correlation f1-f3 0.15469); suppression is checked by hand-counted cells. */
#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "goedwerk/analyse.h"
#include "goedwerk/factors.h"
#include "../../src/analyse/tables.h"

#define assert_near(a, b, tol)                                                         \
	do {                                                                           \
		double a_ = (a), b_ = (b);                                             \
		if (!(fabs(a_ - b_) <= (tol))) {                                       \
			print_error("%s:%d: %.12g != %.12g (tolerance %g)\n", __FILE__, \
				    __LINE__, a_, b_, (double)(tol));                  \
			fail();                                                        \
		}                                                                      \
	} while (0)

enum { NS = 9, NC = 33, NROWS = NS + 2 };
static char *org_levels[] = {"A", "B"};
static char *role_levels[] = {"beleid"};
static char *phase_levels[] = {"exchange", "individual"};
static char *persp_levels[] = {"professional"};

struct fixture {
	struct dataset ds;
	int32_t org[NROWS], role[NROWS], phase[NROWS], persp[NROWS];
};

/* Lipset: sorts as rows; row 9 leaves card 0 out, row 10 is constant. */
static int build(struct fixture *fx)
{
	const char *r = getenv("GOEDWERK_REFDATA");
	char path[1024], line[4096];
	if (!r || !*r)
		return -1;
	snprintf(path, sizeof path, "%s/qmethod/lipset_qsorts.csv", r);
	FILE *f = fopen(path, "r");
	if (!f)
		return -1;
	memset(fx, 0, sizeof *fx);
	struct dataset *ds = &fx->ds;
	ds->n_cards = NC;
	ds->n_sorts = NROWS;
	ds->cats = calloc(NROWS * NC, 1);
	ds->card_id = calloc(NC, sizeof *ds->card_id);
	ds->scale_min = -4;
	ds->scale_max = 4;
	ds->n_scale = 9;
	static int counts[9] = {2, 3, 4, 5, 5, 5, 4, 3, 2};
	ds->scale_count = counts;
	assert_non_null(fgets(line, sizeof line, f));
	for (size_t j = 0; j < NC; j++) {
		assert_non_null(fgets(line, sizeof line, f));
		char *p = strchr(line, ',');
		ds->card_id[j] = strndup(line + 1, (size_t)(p - line - 2));
		for (size_t i = 0; i < NS; i++) {
			ds->cats[i * NC + j] = (int8_t)strtol(p + 1, &p, 10);
		}
	}
	fclose(f);
	for (size_t j = 0; j < NC; j++) {
		ds->cats[9 * NC + j] = ds->cats[j];
		ds->cats[10 * NC + j] = 1;
	}
	ds->cats[9 * NC] = DS_MISSING;
	ds->person = malloc(NROWS * sizeof *ds->person);
	ds->sort_id = malloc(NROWS * sizeof *ds->sort_id);
	for (size_t i = 0; i < NROWS; i++) {
		ds->person[i] = (int32_t)i;
		ds->sort_id[i] = 101 + (int64_t)i;
		/* US1, US2 (factor "US" of qmethod) in A, US8 in B; the rest A */
		fx->org[i] = i == 7 ? 1 : 0;
		fx->role[i] = 0;
		fx->phase[i] = 1;
		fx->persp[i] = 0;
	}
	ds->n_people = NROWS;
	for (int k = 0; k < DS_N_FACTORS; k++)
		ds->f[k].name = "other";
	ds->f[DS_ORGANISATION] = (struct ds_factor){"organisation", 2, org_levels, fx->org, NULL};
	ds->f[DS_ROLE] = (struct ds_factor){"role", 1, role_levels, fx->role, NULL};
	ds->f[DS_PHASE] = (struct ds_factor){"phase", 2, phase_levels, fx->phase, NULL};
	ds->f[DS_PERSPECTIVE] = (struct ds_factor){"perspective", 1, persp_levels, fx->persp, NULL};
	ds->f[DS_AGE_BAND].name = "age_band"; /* no levels: all unknown */
	ds->f[DS_YEAR].name = "year";
	return 0;
}

static void release(struct fixture *fx)
{
	for (size_t j = 0; j < NC; j++)
		free(fx->ds.card_id[j]);
	free(fx->ds.card_id);
	free(fx->ds.cats);
	free(fx->ds.person);
	free(fx->ds.sort_id);
}

static size_t find_row(const struct table *t, const char *key0, long long key1)
{
	for (size_t r = 0; r < t->nrows; r++) {
		const struct cell a_v = table_cell(t, r, 0), *a = &a_v;
		if (a->kind == CELL_TEXT && strcmp(a->v.text, key0) == 0) {
			size_t fc = table_col(t, "factor");
			const struct cell c_v = table_cell(t, r, fc), *c = &c_v;
			if (c->kind == CELL_INT && c->v.i == key1)
				return r;
		}
	}
	fail_msg("no row %s/%lld in %s", key0, key1, t->name);
	return 0;
}

static long long get_int(const struct table *t, size_t row, const char *col)
{
	const struct cell c_v = table_cell(t, row, table_col(t, col)), *c = &c_v;
	assert_int_equal(c->kind, CELL_INT);
	return c->v.i;
}

static double get_real(const struct table *t, size_t row, const char *col)
{
	return table_get_real(t, row, table_col(t, col));
}

static FILE *devnull(void)
{
	FILE *f = fopen("/dev/null", "w");
	assert_non_null(f);
	return f;
}

static void test_lipset_tables(void **state)
{
	(void)state;
	struct fixture fx;
	if (build(&fx) != 0)
		skip();
	struct factors_options o;
	factors_options_default(&o);
	struct factors_tables ft;
	FILE *err = devnull();
	assert_int_equal(factors_run(&fx.ds, &o, &ft, err), GW_OK);
	assert_int_equal(ft.n_sorts_used, 9);
	assert_int_equal(ft.n_incomplete, 1);
	assert_int_equal(ft.n_constant, 1);
	assert_int_equal(ft.k, 3);
	const struct table *ld = ft.t[FACTORS_LOADINGS], *ar = ft.t[FACTORS_ARRAYS];
	const struct table *ch = ft.t[FACTORS_CHARACTERISTICS], *ev = ft.t[FACTORS_EIGENVALUES];
	assert_int_equal(ld->nrows, 27);
	/* JP5 (s105) loads -0.8335 on qmethod's f1 (US3, US4, JP5) */
	size_t r = find_row(ld, "s105", 1);
	assert_near(get_real(ld, r, "loading"), -0.8334526841, 1e-6);
	assert_int_equal(get_int(ld, r, "flagged"), 1);
	for (size_t f = 0; f < 3; f++) {
		assert_int_equal(get_int(ch, f, "n_defining"), 3);
		assert_int_equal(get_int(ch, f, "flipped"), 0);
		assert_near(get_real(ch, f, "reliability"), 0.923077, 1e-6);
		assert_near(get_real(ch, f, "se_scores"), 0.277350, 1e-6);
	}
	assert_near(get_real(ch, 0, "variance_share"), 0.231673979, 1e-8);
	/* sta_1 on f1: z 1.659916, factor score 4 */
	r = find_row(ar, "sta_1", 1);
	assert_near(get_real(ar, r, "z_score"), 1.659916194, 1e-6);
	assert_int_equal(get_int(ar, r, "category"), 4);
	assert_int_equal(get_int(ar, r, "rank"), 1);
	assert_int_equal(table_is_suppressed(ar, r), 0);
	/* consensus: exactly sta_14 and sta_20 */
	for (size_t j = 0; j < NC; j++) {
		char id[16];
		snprintf(id, sizeof id, "sta_%zu", j + 1);
		r = find_row(ar, id, 2);
		int want = j == 13 || j == 19;
		assert_int_equal(get_int(ar, r, "consensus"), want);
	}
	/* sta_1 distinguishes all three (qdc: "Distinguishes all", f1-f2 6*) */
	r = find_row(ar, "sta_1", 3);
	assert_int_equal(get_int(ar, r, "distinguishing"), 1);
	assert_near(get_real(ar, r, "distinguishing_p"), 0.01, 0);
	/* eigenvalues: 9 of them, shares summing to 1 */
	assert_int_equal(ev->nrows, 9);
	assert_near(get_real(ev, 0, "eigenvalue"), 2.383773189, 1e-8);
	assert_near(get_real(ev, 8, "cumulative_share"), 1.0, 1e-12);
	/* correlations of z-scores: f1-f3 0.15469 */
	const struct table *co = ft.t[FACTORS_CORRELATIONS];
	assert_int_equal(co->nrows, 3);
	assert_near(table_get_real(co, 1, 2), 0.1546854251, 1e-6);
	/* differences: 33 cards x 3 pairs; sta_1 f1-f2 2.339 "6*" */
	const struct table *di = ft.t[FACTORS_DIFFERENCES];
	assert_int_equal(di->nrows, 99);
	assert_near(get_real(di, 0, "difference"), 2.339045662, 1e-6);
	assert_string_equal(table_get_text(di, 0, table_col(di, "stars")), "6*");
	assert_near(get_real(di, 0, "sed"), 0.392232, 1e-6);
	factors_tables_free(&ft);
	fclose(err);
	release(&fx);
}

/* Through the privacy engine (factors_apply_privacy), min_cell 5: every
 * factor has 3 defining people, so arrays, differences
 * and correlations are suppressed; loadings never are.  Composition with
 * min_cell 2: qmethod's f2 (US1, US2 in A; US8 in B) has one small cell
 * (B: 1), so A (2) is suppressed as well. */
static void test_suppression(void **state)
{
	(void)state;
	struct fixture fx;
	if (build(&fx) != 0)
		skip();
	struct factors_options o;
	factors_options_default(&o);
	struct factors_tables ft;
	struct selection sel;
	selection_default(&sel);
	FILE *err = devnull();
	assert_int_equal(factors_run(&fx.ds, &o, &ft, err), GW_OK);
	assert_int_equal(factors_apply_privacy(&ft, &fx.ds, &sel, err), GW_OK);
	const struct table *ar = ft.t[FACTORS_ARRAYS], *ld = ft.t[FACTORS_LOADINGS];
	for (size_t r = 0; r < ar->nrows; r++) {
		assert_int_equal(table_is_suppressed(ar, r), 1);
		assert_true(isnan(get_real(ar, r, "z_score")));
	}
	for (size_t r = 0; r < ld->nrows; r++)
		assert_int_equal(table_is_suppressed(ld, r), 0);
	for (size_t r = 0; r < ft.t[FACTORS_CORRELATIONS]->nrows; r++)
		assert_int_equal(table_is_suppressed(ft.t[FACTORS_CORRELATIONS], r), 1);
	factors_tables_free(&ft);

	sel.min_cell = 2;
	assert_int_equal(factors_run(&fx.ds, &o, &ft, err), GW_OK);
	assert_int_equal(factors_apply_privacy(&ft, &fx.ds, &sel, err), GW_OK);
	const struct table *cp = ft.t[FACTORS_COMPOSITION];
	size_t f_us = 0; /* the factor that s108 (US8) defines */
	for (size_t f = 1; f <= 3; f++)
		if (get_int(ft.t[FACTORS_LOADINGS], find_row(ft.t[FACTORS_LOADINGS], "s108", (long long)f),
			    "flagged"))
			f_us = f;
	assert_true(f_us > 0);
	int seen = 0;
	for (size_t r = 0; r < cp->nrows; r++) {
		if (get_int(cp, r, "factor") != (long long)f_us)
			continue;
		const char *type = table_get_text(cp, r, 1), *level = table_get_text(cp, r, 2);
		if (strcmp(type, "organisation") == 0) {
			assert_int_equal(table_is_suppressed(cp, r), 1);
			assert_true(isnan(get_real(cp, r, "share")));
			seen++;
		}
		if (strcmp(type, "role") == 0) { /* all three: not suppressed */
			assert_string_equal(level, "beleid");
			assert_int_equal(table_is_suppressed(cp, r), 0);
			assert_int_equal(get_int(cp, r, "n_people"), 3);
			assert_near(get_real(cp, r, "share"), 1.0, 0);
			seen++;
		}
		/* nobody has an age band: the stratifier says nothing, so no rows
		 * (as in the value tables), not one "unknown" row */
		assert_string_not_equal(type, "age_band");
	}
	assert_int_equal(seen, 3);
	factors_tables_free(&ft);
	fclose(err);
	release(&fx);
}

static void test_flags_file_and_options(void **state)
{
	(void)state;
	struct fixture fx;
	if (build(&fx) != 0)
		skip();
	char path[] = "/tmp/goedwerk_test_flags_XXXXXX";
	int fd = mkstemp(path);
	assert_true(fd >= 0);
	FILE *f = fdopen(fd, "w");
	fputs("sort,factor,flagged\ns109,1,1\n", f); /* FR9: unflagged automatically */
	fclose(f);
	struct factors_options o;
	factors_options_default(&o);
	o.flags_path = path;
	struct factors_tables ft;
	FILE *err = devnull();
	assert_int_equal(factors_run(&fx.ds, &o, &ft, err), GW_OK);
	const struct table *ld = ft.t[FACTORS_LOADINGS];
	assert_int_equal(get_int(ld, find_row(ld, "s109", 1), "flagged"), 1);
	assert_int_equal(get_int(ld, find_row(ld, "s109", 2), "flagged"), 0);
	assert_int_equal(get_int(ld, find_row(ld, "s109", 3), "flagged"), 0);
	factors_tables_free(&ft);

	/* a bad file: every bad line reported, GW_EDATA */
	f = fopen(path, "w");
	fputs("sort,factor\ns999,1\ns101,7\n", f);
	fclose(f);
	char buf[1024] = {0};
	FILE *mem = fmemopen(buf, sizeof buf - 1, "w");
	assert_int_equal(factors_run(&fx.ds, &o, &ft, mem), GW_EDATA);
	fclose(mem);
	char want1[256], want2[256];
	snprintf(want1, sizeof want1, "%s:2:1: unknown sort 's999' (expected a sort of "
		 "factor_loadings.csv, e.g. 's17')", path);
	snprintf(want2, sizeof want2, "%s:3:2: bad factor '7' (expected 1 to 3)", path);
	assert_non_null(strstr(buf, want1));
	assert_non_null(strstr(buf, want2));
	factors_tables_free(&ft);
	remove(path);

	/* too many factors: at most min(9 sorts, 33 - 1) */
	o.flags_path = NULL;
	o.n_factors = 10;
	assert_int_equal(factors_run(&fx.ds, &o, &ft, err), GW_EUSAGE);
	factors_tables_free(&ft);
	/* centroid through the same path agrees with qmethod's nload 3/3/2 */
	o.n_factors = 3;
	o.extraction = FACTOR_CENTROID;
	assert_int_equal(factors_run(&fx.ds, &o, &ft, err), GW_OK);
	long long nd[3];
	for (size_t k = 0; k < 3; k++)
		nd[k] = get_int(ft.t[FACTORS_CHARACTERISTICS], k, "n_defining");
	assert_int_equal(nd[0] + nd[1] + nd[2], 8);
	factors_tables_free(&ft);
	fclose(err);
	release(&fx);
}

/* The registry rows (goedwerk analyse): the SPEC columns are there, the
 * rows equal those of factors_run with the factors defaults, and the
 * default phase filter (individual) leaves out an exchange sort. */
static void test_registry_rows(void **state)
{
	(void)state;
	struct fixture fx;
	if (build(&fx) != 0)
		skip();
	struct selection sel;
	memset(&sel, 0, sizeof sel);
	sel.min_cell = 1;
	FILE *err = devnull();
	struct analysis a = {.ds = &fx.ds, .sel = &sel, .err = err};
	const struct table_def *defs[] = {&table_factor_loadings, &table_factor_arrays};
	for (size_t d = 0; d < 2; d++)
		for (const char *const *c = defs[d]->spec_columns; *c; c++) {
			size_t found = 0;
			for (size_t j = 0; j < defs[d]->ncols; j++)
				found += strcmp(defs[d]->cols[j].name, *c) == 0;
			assert_int_equal(found, 1);
		}
	fx.phase[3] = 0; /* US4 after the exchange: left out by default */
	struct table *t = table_new(table_factor_loadings.name, table_factor_loadings.cols,
				    table_factor_loadings.ncols);
	assert_int_equal(table_factor_loadings.build(&a, t), GW_OK);
	assert_int_equal(t->nrows, 8 * 3);
	table_free(t);
	fx.phase[3] = 1;
	t = table_new(table_factor_arrays.name, table_factor_arrays.cols, table_factor_arrays.ncols);
	assert_int_equal(table_factor_arrays.build(&a, t), GW_OK);
	assert_int_equal(t->nrows, 99);
	size_t r = find_row(t, "sta_1", 1);
	assert_near(get_real(t, r, "z_score"), 1.659916194, 1e-6);
	table_free(t);
	/* a selection that names an absent phase: empty tables, not a failure */
	sel.phase = NULL;
	fx.phase[0] = 0;
	for (size_t i = 0; i < NROWS; i++)
		fx.phase[i] = 0;
	t = table_new(table_factor_arrays.name, table_factor_arrays.cols, table_factor_arrays.ncols);
	assert_int_equal(table_factor_arrays.build(&a, t), GW_OK);
	assert_int_equal(t->nrows, 0);
	table_free(t);
	fclose(err);
	release(&fx);
}

/* One crib row as tests/oracle/factor_crib.py prints it. */
static void crib_line(const struct table *t, size_t r, char *buf, size_t size)
{
	const char *cols[] = {"extreme", "vs_others", "others_max", "others_min"};
	int n = snprintf(buf, size, "%lld %s", get_int(t, r, "factor"),
			 table_get_text(t, r, table_col(t, "card")));
	for (size_t k = 0; k < 4; k++) {
		const struct cell c_v = table_cell(t, r, table_col(t, cols[k])), *c = &c_v;
		n += snprintf(buf + n, size - (size_t)n, c->kind == CELL_INT ? " %lld" : " ",
			      c->kind == CELL_INT ? c->v.i : 0);
	}
	snprintf(buf + n, size - (size_t)n, "\n");
}

/* factor_crib against the crib that tests/oracle/factor_crib.py computes
 * from qmethod 1.8.4's own factor arrays of qmethod(lipset, 3) (fsc_f*,
 * z-scores zsc_f* for the order): every card of every factor, in order. */
static void test_lipset_crib(void **state)
{
	(void)state;
	struct fixture fx;
	if (build(&fx) != 0)
		skip();
	struct factors_options o;
	factors_options_default(&o);
	o.qmethod_compat = 1; /* qmethod's tie rule in the arrays */
	struct factors_tables ft;
	FILE *err = devnull();
	assert_int_equal(factors_run(&fx.ds, &o, &ft, err), GW_OK);
	const struct table *cr = ft.t[FACTORS_CRIB];
	assert_int_equal(cr->nrows, 3 * NC);
	char cmd[2048], want[256], got[256];
	snprintf(cmd, sizeof cmd, "/usr/bin/python3 tests/oracle/factor_crib.py --lipset '%s'",
		 getenv("GOEDWERK_REFDATA"));
	FILE *p = popen(cmd, "r");
	assert_non_null(p);
	size_t r = 0, higher = 0;
	for (; fgets(want, sizeof want, p); r++) {
		assert_true(r < cr->nrows);
		crib_line(cr, r, got, sizeof got);
		assert_string_equal(got, want);
		higher += get_int(cr, r, "vs_others") == 1 && get_int(cr, r, "extreme") == 0;
	}
	assert_int_equal(pclose(p), 0);
	assert_int_equal(r, cr->nrows);
	assert_true(higher > 0); /* the lists are not empty */
	factors_tables_free(&ft);
	fclose(err);
	release(&fx);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_lipset_tables),
		cmocka_unit_test(test_lipset_crib),
		cmocka_unit_test(test_suppression),
		cmocka_unit_test(test_flags_file_and_options),
		cmocka_unit_test(test_registry_rows),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
