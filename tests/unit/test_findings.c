/* test_findings.c - each key-finding rule (src/report/findings*.c) on
 * hand-built tables: it states its finding where the table supports it,
 * says "no clear difference" where q or the effect size falls short of the
 * named threshold, and writes nothing where the table is absent or
 * suppressed.  Numbers in the sentence come from the table, rounded, with a
 * decimal comma in Dutch. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "goedwerk/alloc.h"
#include "fixture.h"
#include "../../src/report/findings.h"

struct fix {
	struct dataset ds;
	struct table_set ts;
	struct finding_ctx c;
	char *names[8]; /* column names: a table keeps pointers to them */
};

static int setup(void **state)
{
	struct fix *f = xcalloc(1, sizeof *f);
	int cats[2 * 6] = {1, 2, 3, 4, 5, 5, 5, 4, 3, 2, 1, 1};
	fixture_dataset(&f->ds, 2, 6, 1, 5, cats);
	static const char *const tags[] = {"t1", "t2"};
	static const char *const none[] = {NULL, NULL};
	fixture_codebook(&f->ds, 2, tags, none, none);
	f->ts.v = xcalloc(8, sizeof *f->ts.v);
	f->c = (struct finding_ctx){&f->ts, &f->ds, LANG_NL, 5, "individual", "professional"};
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fix *f = *state;
	for (size_t i = 0; i < f->ts.n; i++)
		free(f->names[i]);
	table_set_free(&f->ts);
	dataset_free(&f->ds);
	free(f);
	return 0;
}

/* Add table name with columns "a,b,c" and rows "1,x,"; a number becomes a
 * real, an empty field an empty cell, a row starting with '!' is suppressed. */
static void add(struct fix *f, const char *name, const char *cols, const char *const *rows, size_t n)
{
	struct column cv[32];
	char *names = xstrdup(cols), *save = NULL;
	size_t nc = 0;
	for (char *tok = strtok_r(names, ",", &save); tok; tok = strtok_r(NULL, ",", &save))
		cv[nc++] = (struct column){tok, 0};
	struct table *t = table_new(name, cv, nc);
	for (size_t r = 0; r < n; r++) {
		size_t row = table_add_row(t);
		const char *p = rows[r] + (rows[r][0] == '!');
		for (size_t j = 0; j < nc; j++) {
			size_t len = strcspn(p, ",");
			char *v = strndup(p, len), *end;
			double d = strtod(v, &end);
			if (*v && !*end)
				table_set_real(t, row, j, d);
			else if (*v)
				table_set_text(t, row, j, v);
			free(v);
			p += len + (p[len] == ',');
		}
		if (rows[r][0] == '!')
			table_suppress_row(t, row, "small");
	}
	f->names[f->ts.n] = names;
	f->ts.v[f->ts.n++] = t;
}

static enum finding_result run(struct fix *f, enum finding_result (*rule)(const struct finding_ctx *, FILE *),
			       char **text)
{
	size_t len;
	FILE *out = open_memstream(text, &len);
	enum finding_result res = rule(&f->c, out);
	fclose(out);
	return res;
}

static void check_text(const char *text, const char *needle)
{
	if (needle && !strstr(text, needle))
		fail_msg("\"%s\" not in \"%s\"", needle, text);
}

#define EXPECT(f, rule, want, needle)                                        \
	do {                                                                 \
		char *text_;                                                 \
		assert_int_equal(run(f, rule, &text_), want);                \
		check_text(text_, needle);                                   \
		free(text_);                                                 \
	} while (0)

static const char vs_cols[] = "phase,perspective,stratum_type,stratum,card,n,mean,share_top,rank";

static void values_top_and_bottom(void **state)
{
	struct fix *f = *state;
	static const char *const rows[] = {
		"individual,professional,all,all,c1,20,4.41,0.53,1", "individual,professional,all,all,c2,20,4,0.4,2",
		"individual,professional,all,all,c3,20,3.5,0.2,3", "individual,professional,all,all,c4,20,2.5,0.1,4",
		"individual,professional,all,all,c5,20,1.5,0,5", "individual,professional,all,all,c6,20,1.04,0,6"};
	add(f, "value_summary", vs_cols, rows, 6);
	EXPECT(f, finding_values, FINDING_STATED, "belangrijkst vinden de deelnemers kaart 1 (gemiddelde stapel 4,4; 53%");
	EXPECT(f, finding_values, FINDING_STATED, "minst belangrijk kaart 6, kaart 5 en kaart 4 (gemiddelde stapel 1,0; n = 20)");
}

static void values_silent_when_small_or_suppressed(void **state)
{
	struct fix *f = *state;
	static const char *const rows[] = {
		"individual,professional,all,all,c1,4,4.4,0.5,1", "individual,professional,all,all,c2,4,4,0.4,2",
		"individual,professional,all,all,c3,4,3.5,0.2,3", "!individual,professional,all,all,c4,,,,4",
		"individual,professional,all,all,c5,4,1.5,0,5", "individual,professional,all,all,c6,4,1,0,6"};
	add(f, "value_summary", vs_cols, rows, 6); /* n = 4 < --min-cell 5 */
	EXPECT(f, finding_values, FINDING_NONE, NULL);
}

static const char ag_cols[] = "scope_type,scope,phase,perspective,n_people,kendall_w,p_value";

static void agreement_labelled_after_schmidt(void **state)
{
	struct fix *f = *state;
	static const char *const rows[] = {"all,all,individual,professional,174,0.499,2.225e-308",
					   "all,all,exchange,professional,174,0.539,0"};
	add(f, "agreement", ag_cols, rows, 2);
	EXPECT(f, finding_agreement, FINDING_STATED, "in matige mate eens");
	EXPECT(f, finding_agreement, FINDING_STATED, "W = 0,50, p < 0,001, n = 174");
	EXPECT(f, finding_agreement, FINDING_STATED, "Na de uitwisseling aan tafel is W 0,54");
	assert_string_equal(finding_w_label(&f->c, 0.05), "zeer zwakke");
	assert_string_equal(finding_w_label(&f->c, 0.75), "sterke");
	f->c.lang = LANG_EN;
	assert_string_equal(finding_w_label(&f->c, 0.95), "unusually strong");
	EXPECT(f, finding_agreement, FINDING_STATED, "W = 0.50, p < 0.001");
}

static void agreement_not_beyond_chance(void **state)
{
	struct fix *f = *state;
	static const char *const rows[] = {"all,all,individual,professional,12,0.08,0.31"};
	add(f, "agreement", ag_cols, rows, 1);
	EXPECT(f, finding_agreement, FINDING_UNCLEAR, "niet duidelijk meer op elkaar dan bij toeval");
}

static const char gt_cols[] = "card,tables,consensus_reached,tables_total";
static const char gs_cols[] = "scope_type,scope,tables,top_four,top_three,fewer_cards,no_consensus,n_members,tables_with_w,w_q1,w_median,w_q3";

static void group_tops_every_table(void **state)
{
	struct fix *f = *state;
	static const char *const rows[] = {"c1,3,3,4", "c2,2,3,4"};
	static const char *const sum[] = {"all,all,5,3,0,0,2,20,5,0.41,0.524,0.6"};
	add(f, "group_tops", gt_cols, rows, 2);
	add(f, "group_tops_summary", gs_cols, sum, 1);
	char *text;
	assert_int_equal(run(f, finding_group_tops, &text), FINDING_STATED);
	assert_non_null(strstr(text, "3 van de 5 tafels kwamen tot een gezamenlijke top vier en 2 tot geen gezamenlijke top (20 deelnemers)."));
	assert_null(strstr(text, "top drie"));
	assert_non_null(strstr(text, "mediane Kendalls W van 0,52 (kwartielen 0,41 en 0,60, over 5 tafels)"));
	assert_non_null(strstr(text, "In elke gezamenlijke top stond kaart 1."));
	assert_null(strstr(text, "kaart 2"));
	free(text);
}

static void group_tops_no_card_everywhere(void **state)
{
	struct fix *f = *state;
	static const char *const rows[] = {"c1,2,3,4", "c2,1,3,4"};
	static const char *const sum[] = {"all,all,6,2,3,1,0,24,6,0.41,0.524,0.6", "traject,T1,,,,,,,,,,"};
	add(f, "group_tops", gt_cols, rows, 2);
	add(f, "group_tops_summary", gs_cols, sum, 2);
	char *text;
	assert_int_equal(run(f, finding_group_tops, &text), FINDING_STATED);
	assert_non_null(strstr(text, "2 van de 6 tafels kwamen tot een gezamenlijke top vier, 3 tot een top drie en 1 tot een top van minder kaarten"));
	assert_non_null(strstr(text, "Geen kaart stond in elke gezamenlijke top."));
	free(text);
}

/* Fewer than --min-cell tables: the engine emptied the row (keeping its
 * key columns, which add's '!' would clear); the sentence says why. */
static void group_tops_too_few_tables(void **state)
{
	struct fix *f = *state;
	static const char *const sum[] = {"all,all,,,,,,,,,,"};
	add(f, "group_tops_summary", gs_cols, sum, 1);
	EXPECT(f, finding_group_tops, FINDING_UNCLEAR, "minder dan 5 tafels");
}

static void group_tops_absent(void **state)
{
	struct fix *f = *state;
	static const char *const rows[] = {"c1,2,3,4"};
	add(f, "group_tops", gt_cols, rows, 1);
	char *text;
	assert_int_equal(run(f, finding_group_tops, &text), FINDING_NONE);
	free(text);
}

static const char ex_cols[] = "perspective,stratum_type,stratum,n,share_changed_top,mean_top_kept,kw_p_value,kw_epsilon2";

static void exchange_age_bands(void **state, const char *p, const char *eps, enum finding_result want,
			       const char *needle)
{
	struct fix *f = *state;
	char r1[128], r2[128];
	snprintf(r1, sizeof r1, "professional,age_band,<35,43,0.907,2.6,%s,%s", p, eps);
	snprintf(r2, sizeof r2, "professional,age_band,50+,55,0.58,3.3,%s,%s", p, eps);
	const char *const rows[] = {"professional,all,all,98,0.7,3.07,,", r1, r2};
	add(f, "exchange_change", ex_cols, rows, 3);
	EXPECT(f, finding_exchange, want, needle);
}

static void exchange_clear(void **state)
{
	exchange_age_bands(state, "7e-20", "0.51", FINDING_STATED, "<35 (91%, n = 43), 50+ (58%, n = 55)");
}

static void exchange_not_significant(void **state)
{
	exchange_age_bands(state, "0.2", "0.3", FINDING_UNCLEAR, "Geen duidelijk verschil tussen leeftijdsgroepen");
}

static void exchange_effect_too_small(void **state)
{
	exchange_age_bands(state, "0.01", "0.02", FINDING_UNCLEAR, "Geen duidelijk verschil tussen leeftijdsgroepen");
}

static const char pg_cols[] = "card,n,mean_difference,q_value,effect_size";

static void perspective(void **state, const char *q, const char *r, enum finding_result want, const char *needle)
{
	struct fix *f = *state;
	char row[128];
	snprintf(row, sizeof row, "c1,95,0.8,%s,%s", q, r);
	const char *const rows[] = {row, "c2,95,-0.1,0.9,0.05"};
	add(f, "perspective_gap", pg_cols, rows, 2);
	EXPECT(f, finding_perspective, want, needle);
}

static void perspective_clear(void **state)
{
	perspective(state, "0.01", "0.5", FINDING_STATED, "Als professional leggen deelnemers hoger: kaart 1 (+0,80); als persoon hoger: geen kaart duidelijk");
}

static void perspective_small_effect(void **state)
{
	perspective(state, "0.01", "0.2", FINDING_UNCLEAR, "geen duidelijk verschil per kaart");
}

static void perspective_not_significant(void **state)
{
	perspective(state, "0.2", "0.6", FINDING_UNCLEAR, "geen duidelijk verschil per kaart");
}

static const char gd_cols[] = "phase,perspective,factor,card,test,n,q_value,effect_size";
static const char gp_cols[] = "phase,perspective,factor,card,group_a,group_b,q_value,cliffs_delta";

static void groups(void **state, const char *eps, const char *delta, enum finding_result want, const char *needle)
{
	struct fix *f = *state;
	char row[128], pair[128];
	snprintf(row, sizeof row, "individual,professional,role,c3,kruskal-wallis,60,0.001,%s", eps);
	snprintf(pair, sizeof pair, "individual,professional,role,c3,beleid,uitvoering,0.002,%s", delta);
	const char *const rows[] = {row, "individual,professional,role,c4,kruskal-wallis,60,0.5,0.01",
				    "individual,professional,age_band,c3,kruskal-wallis,60,0.3,0.2"};
	const char *const pairs[] = {pair};
	add(f, "group_differences", gd_cols, rows, 3);
	add(f, "group_pairs", gp_cols, pairs, 1);
	EXPECT(f, finding_groups, want, needle);
}

static void groups_clear_with_pair(void **state)
{
	groups(state, "0.2", "-0.5", FINDING_STATED, "Tussen rollen verschillen 1 kaarten duidelijk, het sterkst kaart 3 (epsilon-kwadraat = 0,20, q = 0,001, n = 60; uitvoering legt haar hoger dan beleid (Cliffs delta = 0,50, groot");
}

static void groups_weak_effect(void **state)
{
	groups(state, "0.02", "0.5", FINDING_UNCLEAR, "Geen duidelijk verschil tussen rollen, leeftijdsgroepen.");
}

static void groups_small_pair_not_named(void **state)
{
	struct fix *f = *state;
	groups(state, "0.2", "0.1", FINDING_STATED, "n = 60).");
	char *text;
	run(f, finding_groups, &text);
	assert_null(strstr(text, "hoger dan"));
	free(text);
}

static const char fc_cols[] = "factor,n_defining,n_defining_people,variance_share";
static const char fa_cols[] = "card,factor,rank";

static void viewpoints_named(void **state)
{
	struct fix *f = *state;
	static const char *const ch[] = {"1,81,81,0.29", "2,44,44,0.19"};
	static const char *const arr[] = {"c2,1,1", "c5,1,2", "c1,2,1", "c6,2,2"};
	add(f, "factor_characteristics", fc_cols, ch, 2);
	add(f, "factor_arrays", fa_cols, arr, 4);
	EXPECT(f, finding_viewpoints, FINDING_STATED, "onderscheidt 2 gedeelde gezichtspunten");
	EXPECT(f, finding_viewpoints, FINDING_STATED, "Gezichtspunt 2 (44 bepalende sorteringen, 19% van de variantie) legt kaart 1 en kaart 6 het hoogst.");
}

static void viewpoints_suppressed(void **state)
{
	struct fix *f = *state;
	static const char *const ch[] = {"!1,,,", "!2,,,"};
	add(f, "factor_characteristics", fc_cols, ch, 2);
	EXPECT(f, finding_viewpoints, FINDING_NONE, NULL);
}

static void dilemmas_common_tags(void **state)
{
	struct fix *f = *state;
	static const char *const fr[] = {"all,all,tag,t1,40,0.1", "all,all,tag,t2,40,0.3", "all,all,pillar,,40,0.9"};
	static const char *const dv[] = {"Douane,profession-politics,9,1,1", "Douane,politics-society,9,0,0",
					 "Klein,politics-society,3,1,1"};
	add(f, "dilemma_frequencies", "stratum_type,stratum,level,tag,n_cases,share", fr, 3);
	add(f, "dilemma_values", "organisation,axis,n_cases,share,dominant", dv, 3);
	EXPECT(f, finding_dilemmas, FINDING_STATED, "het vaakst voor: t2 (30%), t1 (10%).");
	EXPECT(f, finding_dilemmas, FINDING_STATED, "Douane: professie - politiek (100% van de casussen, n = 9); beschrijvend");
	char *text;
	run(f, finding_dilemmas, &text);
	assert_null(strstr(text, "Klein")); /* 3 cases < --min-cell */
	free(text);
}

static void dilemmas_absent(void **state)
{
	EXPECT((struct fix *)*state, finding_dilemmas, FINDING_NONE, NULL);
}

static const char tr_cols[] = "phase,perspective,card,metric,first_year,last_year,slope,q_value";

static void trends(void **state, const char *q, enum finding_result want, const char *needle)
{
	struct fix *f = *state;
	char row[128];
	snprintf(row, sizeof row, "individual,professional,c2,share_top,2012,2016,0.08,%s", q);
	const char *const rows[] = {row, "individual,professional,c3,mean,2012,2016,-0.1,0.6"};
	add(f, "trends", tr_cols, rows, 2);
	EXPECT(f, finding_trends, want, needle);
}

static void trends_clear(void **state)
{
	trends(state, "0.002", FINDING_STATED, "Het aandeel in de hoogste stapel van kaart 2 stijgt (+8,0 procentpunt per jaar, q = 0,002) over de jaren 2012 tot 2016.");
}

static void trends_none(void **state)
{
	trends(state, "0.2", FINDING_UNCLEAR, "Over de jaren 2012 tot 2016 verandert geen kaart duidelijk");
}

static void probabilities_as_bounds(void **state)
{
	struct fix *f = *state;
	char b[32];
	assert_string_equal(fprob(&f->c, b, sizeof b, 2.225e-308), "< 0,001");
	assert_string_equal(fprob(&f->c, b, sizeof b, 0.0234), "= 0,023");
	f->c.lang = LANG_EN;
	assert_string_equal(fprob(&f->c, b, sizeof b, 0), "< 0.001");
	assert_string_equal(fpct(&f->c, b, sizeof b, 0.907), "91%");
}

#define T(fn) cmocka_unit_test_setup_teardown(fn, setup, teardown)

int main(void)
{
	const struct CMUnitTest tests[] = {
		T(values_top_and_bottom), T(values_silent_when_small_or_suppressed),
		T(agreement_labelled_after_schmidt), T(agreement_not_beyond_chance),
		T(group_tops_every_table), T(group_tops_no_card_everywhere),
		T(group_tops_too_few_tables), T(group_tops_absent),
		T(exchange_clear), T(exchange_not_significant), T(exchange_effect_too_small),
		T(perspective_clear), T(perspective_small_effect), T(perspective_not_significant),
		T(groups_clear_with_pair), T(groups_weak_effect), T(groups_small_pair_not_named),
		T(viewpoints_named), T(viewpoints_suppressed), T(dilemmas_common_tags), T(dilemmas_absent),
		T(trends_clear), T(trends_none), T(probabilities_as_bounds),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
