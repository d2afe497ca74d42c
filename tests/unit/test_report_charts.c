/* test_report_charts.c - the charts over agreement, value_consensus,
 * group_differences, exchange_change and perspective_gap draw from
 * hand-built tables: files when there is something to draw, "nothing to
 * draw" (1, no files) when the table is absent, empty or suppressed, and
 * exchange_change works both with and without its quartile columns.
 * KEEP=1 keeps the output folder to look at the PNGs. */
#include <setjmp.h>
#include <stdarg.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>
#include "goedwerk/alloc.h"
#include "fixture.h"
#include "../../src/report/chart.h"

#define N_SORTS 12
#define N_CARDS 6

struct fix {
	struct dataset ds;
	struct selection sel;
	struct analysis a;
	struct table_set ts; /* v[0] value_summary, v[1] the table under test */
	char dir[64];
};

static int setup(void **state)
{
	struct fix *f = xcalloc(1, sizeof *f);
	int cats[N_SORTS * N_CARDS];
	for (size_t i = 0; i < N_SORTS; i++)
		for (size_t j = 0; j < N_CARDS; j++)
			cats[i * N_CARDS + j] = 1 + (int)((i + 2 * j) % 5);
	fixture_dataset(&f->ds, N_SORTS, N_CARDS, 1, 5, cats);
	selection_default(&f->sel);
	f->a = (struct analysis){.ds = &f->ds, .sel = &f->sel, .err = stderr};
	f->ts.n = 1;
	f->ts.v = xcalloc(2, sizeof *f->ts.v);
	f->ts.v[0] = fixture_build("value_summary", 5, &f->ds);
	strcpy(f->dir, "/tmp/gw_test_charts_XXXXXX");
	if (!mkdtemp(f->dir))
		return -1;
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fix *f = *state;
	if (!getenv("KEEP")) {
		char *cmd = xasprintf("rm -rf '%s'", f->dir);
		if (system(cmd) != 0)
			fprintf(stderr, "cannot remove %s\n", f->dir);
		free(cmd);
	} else
		fprintf(stderr, "charts kept in %s\n", f->dir);
	table_set_free(&f->ts);
	dataset_free(&f->ds);
	free(f);
	return 0;
}

static const struct chart_def *def_of(const char *name)
{
	for (size_t i = 0; i < chart_registry_len; i++)
		if (strcmp(chart_registry[i].name, name) == 0)
			return &chart_registry[i];
	fail_msg("chart %s is not registered", name);
	return NULL;
}

static void use_table(struct fix *f, struct table *t)
{
	if (f->ts.n == 2)
		table_free(f->ts.v[1]);
	f->ts.v[1] = t;
	f->ts.n = 2;
}

/* Render chart name into its own subfolder; returns chart_render's value
 * and checks that the PNG exists exactly when it drew. */
static int render(struct fix *f, const char *name, const char *sub)
{
	struct chart_ctx c = {&f->a, &f->ts, LANG_NL};
	char *dir = xasprintf("%s/%s", f->dir, sub);
	assert_true(mkdir(dir, 0700) == 0 || access(dir, F_OK) == 0);
	int r = chart_render(def_of(name), &c, dir);
	char *png = xasprintf("%s/%s.png", dir, name);
	assert_int_equal(access(png, F_OK) == 0, r == 0);
	free(png);
	free(dir);
	return r;
}

static const struct column ec_cols[] = {
	{"perspective", 1}, {"stratum_type", 1}, {"stratum", 1}, {"n_people", 0}, {"mean_footrule", 0},
	{"q25_footrule", 0}, {"median_footrule", 0}, {"q75_footrule", 0}};

static struct table *exchange_table(int quartiles, int suppress_all)
{
	static const char *const band[] = {"all", "<35", "35-49", "50+"};
	struct table *t = table_new("exchange_change", ec_cols, quartiles ? 8 : 5);
	for (size_t k = 0; k < 4; k++) {
		size_t r = table_add_row(t);
		table_set_text(t, r, 0, "professional");
		table_set_text(t, r, 1, k == 0 ? "all" : "age_band");
		table_set_text(t, r, 2, band[k]);
		table_set_int(t, r, 3, 10 + (long long)k);
		table_set_real(t, r, 4, 40.0 + 10.0 * (double)k);
		if (quartiles) {
			table_set_real(t, r, 5, 20.0 + 5.0 * (double)k);
			table_set_real(t, r, 6, 38.0 + 10.0 * (double)k);
			table_set_real(t, r, 7, 60.0 + 12.0 * (double)k);
		}
		if (suppress_all)
			table_suppress_row(t, r, "fewer than 5 people");
	}
	return t;
}

static void exchange_change_both_ways(void **state)
{
	struct fix *f = *state;
	use_table(f, exchange_table(1, 0));
	assert_int_equal(render(f, "exchange_change", "boxes"), 0);
	use_table(f, exchange_table(0, 0));
	assert_int_equal(render(f, "exchange_change", "bars"), 0);
	use_table(f, exchange_table(1, 1));
	assert_int_equal(render(f, "exchange_change", "suppressed"), 1);
}

/* Without their tables, the new charts have nothing to draw. */
static void absent_tables_draw_nothing(void **state)
{
	struct fix *f = *state;
	static const char *const names[] = {"agreement", "value_consensus", "group_differences", "exchange_change",
					    "perspective_gap"};
	for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
		assert_int_equal(render(f, names[k], "absent"), 1);
}

static const struct column ag_cols[] = {{"scope_type", 1}, {"scope", 1}, {"phase", 1}, {"perspective", 1},
					{"kendall_w", 0}};

/* A row of the agreement table; w NaN: undefined. */
static size_t ag_row(struct table *t, const char *stype, const char *scope, const char *phase, double w)
{
	size_t r = table_add_row(t);
	table_set_text(t, r, 0, stype);
	table_set_text(t, r, 1, scope);
	table_set_text(t, r, 2, phase);
	table_set_text(t, r, 3, "professional");
	if (!isnan(w))
		table_set_real(t, r, 4, w);
	else
		table_set_undefined(t, r, 4, "one sort");
	return r;
}

static void agreement_skips_suppressed(void **state)
{
	struct fix *f = *state;
	struct table *t = table_new("agreement", ag_cols, 5);
	table_suppress_row(t, ag_row(t, "group", "g1", "individual", 0.6), "fewer than 5 people");
	ag_row(t, "table", "g1-T1", "individual", NAN);
	ag_row(t, "all", "all", "individual", 0.5); /* a reference line alone is nothing to draw */
	use_table(f, t);
	assert_int_equal(render(f, "agreement", "ag_none"), 1);
	ag_row(t, "group", "g2", "exchange", 0.7);
	assert_int_equal(render(f, "agreement", "ag_one"), 0);
	/* Many tables still draw (labels shrink to fit; look with KEEP=1). */
	for (int k = 0; k < 56; k++) {
		char name[32];
		snprintf(name, sizeof name, "traject-%d/group-T%d", k / 4, k % 4);
		ag_row(t, "table", name, k % 3 ? "individual" : "exchange", 0.3 + 0.01 * k);
	}
	assert_int_equal(render(f, "agreement", "ag_many"), 0);
}

static const struct column pg_cols[] = {{"card", 1}, {"mean_professional", 0}, {"mean_personal", 0},
					{"q_value", 0}};

static void perspective_gap_skips_suppressed(void **state)
{
	struct fix *f = *state;
	struct table *t = table_new("perspective_gap", pg_cols, 4);
	size_t r = table_add_row(t);
	table_set_text(t, r, 0, "c1");
	table_set_real(t, r, 1, 3.0);
	table_set_real(t, r, 2, 4.0);
	table_set_real(t, r, 3, 0.01);
	table_suppress_row(t, r, "fewer than 5 people");
	use_table(f, t);
	assert_int_equal(render(f, "perspective_gap", "pg_none"), 1);
	r = table_add_row(t);
	table_set_text(t, r, 0, "c2");
	table_set_real(t, r, 1, 3.5);
	table_set_real(t, r, 2, 2.5);
	table_set_real(t, r, 3, 0.2);
	assert_int_equal(render(f, "perspective_gap", "pg_one"), 0);
}

/* value_consensus over the value_summary of the fixture: drawn when the
 * consensus table has the cards, nothing when it is empty. */
static void value_consensus_from_tables(void **state)
{
	struct fix *f = *state;
	use_table(f, fixture_build("value_consensus", 5, &f->ds));
	assert_int_equal(render(f, "value_consensus", "vc"), 0);
	static const struct column cols[] = {{"card", 1}, {"consensus", 0}};
	use_table(f, table_new("value_consensus", cols, 2));
	assert_int_equal(render(f, "value_consensus", "vc_empty"), 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(exchange_change_both_ways, setup, teardown),
		cmocka_unit_test_setup_teardown(absent_tables_draw_nothing, setup, teardown),
		cmocka_unit_test_setup_teardown(agreement_skips_suppressed, setup, teardown),
		cmocka_unit_test_setup_teardown(perspective_gap_skips_suppressed, setup, teardown),
		cmocka_unit_test_setup_teardown(value_consensus_from_tables, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
