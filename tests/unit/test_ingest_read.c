/* test_ingest_read.c - ingest_read on whole bundles written to a temporary
 * folder: the same data in long form, in wide form, and as ';'-separated
 * Windows-1252 with CRLF, Dutch headers and Dutch values gives identical
 * bundles; then the SPEC rules that need more than one file (year of a
 * sort, birth-year banding by the sort year, forced distribution under
 * --strict, reading on after errors, file hashes, header-only files). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "goedwerk/ingest.h"
#include "goedwerk/alloc.h"
#include "goedwerk/sha256.h"
#include "ingest_support.h"

static const char *const cards[30] = {
	"sociale_betrokkenheid", "openheid", "kwaliteit", "persoonlijke_ontwikkeling", "plezier",
	"rijkdom", "geloof", "spiritualiteit", "visie", "professioneel_gedrag", "creativiteit",
	"eerlijkheid", "rechtvaardigheid", "onafhankelijkheid", "integriteit",
	"verantwoordelijkheid", "samenwerking", "respect", "loyaliteit", "betrouwbaarheid",
	"deskundigheid", "zorgvuldigheid", "dienstbaarheid", "erkenning", "zekerheid", "invloed",
	"autonomie", "balans", "kennis", "moed"};
static const char *const labels[5] = {"Minst belangrijk", "Minder belangrijk", "Neutraal",
				      "Belangrijker", "Meest belangrijk"};

/* three participants x two phases; p3 leaves 'moed' (0 = left out) */
static int cat_of(int sort, int card)
{
	static const int base[30] = {3, 4, 3, 3, 3, 1, 1, 2, 5, 4, 5, 3, 2, 4, 3,
				     4, 2, 3, 3, 3, 5, 4, 1, 2, 1, 2, 5, 2, 4, 3};
	if (sort >= 4 && card == 29)
		return 0;
	return base[(card + 7 * sort) % 30];
}

static const char *phase_en[2] = {"individual", "exchange"};
static const char *phase_nl[2] = {"individueel", "na_uitwisseling"};

enum form { LONG, WIDE, DUTCH };

static char *sorts_csv(enum form form)
{
	char *buf;
	size_t len;
	FILE *f = open_memstream(&buf, &len);
	const char *sep = form == DUTCH ? ";" : ",", *nl = form == DUTCH ? "\r\n" : "\n";
	if (form == LONG) {
		fprintf(f, "traject,participant,session,phase,date,card,category\n");
		for (int s = 0; s < 6; s++)
			for (int k = 0; k < 30; k++)
				if (cat_of(s, k))
					fprintf(f, "%s,p%d,%d,%s,%s,%s,%d\n", s < 4 ? "t1" : "t2", s / 2 + 1,
						1 + s % 2, phase_en[s % 2], s < 4 ? "2014-03-02" : "",
						cards[k], cat_of(s, k));
		fclose(f);
		return buf;
	}
	fprintf(f, form == DUTCH ? "traject;deelnemer;sessie;fase;datum" :
		"traject,participant,session,phase,date");
	for (int k = 0; k < 30; k++) /* Dutch form: card columns by their Dutch label */
		fprintf(f, "%s%s", sep, form == DUTCH && k == 4 ? "Plezier in het werk" : cards[k]);
	fprintf(f, "%s", nl);
	for (int s = 0; s < 6; s++) {
		fprintf(f, "%s%sp%d%s%d%s%s%s%s", s < 4 ? "t1" : "t2", sep, s / 2 + 1, sep, 1 + s % 2,
			sep, form == DUTCH ? phase_nl[s % 2] : phase_en[s % 2], sep,
			s < 4 ? (form == DUTCH ? "02-03-2014" : "2014-03-02") : "");
		for (int k = 0; k < 30; k++) {
			int c = cat_of(s, k);
			if (!c)
				fprintf(f, "%s", sep);
			else if (form == DUTCH && k % 3 == 0) /* categories by scale label */
				fprintf(f, "%s%s", sep, labels[c - 1]);
			else
				fprintf(f, "%s%d", sep, c);
		}
		fprintf(f, "%s", nl);
	}
	fclose(f);
	return buf;
}

static void write_bundle(const char *dir, enum form form)
{
	char *s = sorts_csv(form);
	ingest_test_write(dir, "sorts.csv", s, strlen(s));
	free(s);
	if (form == DUTCH) {
		/* Windows-1252: e9 = e-acute, 96 = en dash */
		static const char tr[] = "traject;organisatie;start;omschrijving\r\n"
			"t1;Ministerie van Caf\xE9s;2014-03;\"regel \x96 een;\r\nregel twee\"\r\n"
			"t2;Gemeente;2015;\r\n";
		ingest_test_write(dir, "trajecten.csv", tr, sizeof tr - 1);
		static const char pa[] = "traject;deelnemer;groep;rol;leeftijd;geboortejaar\r\n"
			"t1;p1;g1;beleid;;1980\r\nt1;p2;g1;leiding;51;\r\nt2;p3;;uitvoering;;1980\r\n";
		ingest_test_write(dir, "participants.csv", pa, sizeof pa - 1);
		static const char gt[] = "traject;tafel;rang;kaart\r\nt1;T1;1;Moed\r\nt1;T1;2;kennis\r\n"
			"t1;T2;;\r\n";
		ingest_test_write(dir, "group_tops.csv", gt, sizeof gt - 1);
	} else {
		static const char tr[] = "traject,organisation,start,description\n"
			"t1,Ministerie van Caf\xC3\xA9s,2014-03,\"regel \xE2\x80\x93 een;\nregel twee\"\n"
			"t2,Gemeente,2015,\n";
		ingest_test_write(dir, "trajecten.csv", tr, sizeof tr - 1);
		static const char pa[] = "traject,participant,group,role,age,birth_year\n"
			"t1,p1,g1,beleid,,1980\nt1,p2,g1,leiding,51,\nt2,p3,,uitvoering,,1980\n";
		ingest_test_write(dir, "participants.csv", pa, sizeof pa - 1);
		static const char gt[] = "traject,table,rank,card\nt1,T1,1,moed\nt1,T1,2,kennis\n"
			"t1,T2,,\n";
		ingest_test_write(dir, "group_tops.csv", gt, sizeof gt - 1);
	}
}

static char *read_dump(const char *dir, int strict, struct diag *d)
{
	struct bundle b;
	struct ingest_options o;
	ingest_options_default(&o);
	o.strict = strict;
	bundle_init(&b);
	const char *paths[1] = {dir};
	assert_int_equal(ingest_read(paths, 1, &o, &b, d), GW_OK);
	char *s = ingest_test_dump(&b);
	bundle_free(&b);
	return s;
}

static void test_forms_equivalent(void **state)
{
	(void)state;
	char *dump[3];
	for (int form = LONG; form <= DUTCH; form++) {
		char *dir = ingest_test_tmpdir();
		write_bundle(dir, (enum form)form);
		struct diag d;
		diag_init(&d);
		dump[form] = read_dump(dir, 0, &d);
		if (d.n_errors)
			diag_print(&d, stderr);
		assert_int_equal(d.n_errors, 0);
		assert_int_equal(d.n, form == DUTCH ? 1 : 0); /* the Windows-1252 warning */
		diag_free(&d);
		ingest_test_rmdir(dir);
	}
	assert_string_equal(dump[LONG], dump[WIDE]);
	assert_string_equal(dump[LONG], dump[DUTCH]);
	/* and what they hold: p1 born 1980 sorted in 2014 is 34 (<35); p3 born
	 * 1980 in traject t2 (no date: its start 2015) is 35; text verbatim */
	assert_non_null(strstr(dump[LONG], "participant t1|p1|g1|beleid|<35|-|-\n"));
	assert_non_null(strstr(dump[LONG], "participant t1|p2|g1|leiding|50+|-|-\n"));
	assert_non_null(strstr(dump[LONG], "participant t2|p3|-|uitvoering|35-49|-|-\n"));
	assert_non_null(strstr(dump[LONG], "traject t1|Ministerie van Caf\xC3\xA9s|-|-|regel \xE2\x80\x93 een;\nregel twee|2014-03|-|2014\n"));
	assert_non_null(strstr(dump[LONG], "sort t1|p1|1|individual|professional|goedwerk-30|2014-03-02|-|2014|CDCCCAABEDECBDCDBCCCEDABABEBDC\n"));
	assert_non_null(strstr(dump[LONG], "sort t2|p3|2|exchange|professional|goedwerk-30|-|-|2015|"));
	assert_non_null(strstr(dump[LONG], "top t1|-|-|T2|0|-\n"));
	for (int i = 0; i < 3; i++)
		free(dump[i]);
}

static struct diag run(const char *sorts, const char *other_name, const char *other, int strict,
		       struct bundle *b)
{
	char *dir = ingest_test_tmpdir();
	ingest_test_write(dir, "sorts.csv", sorts, strlen(sorts));
	if (other_name)
		ingest_test_write(dir, other_name, other, strlen(other));
	struct ingest_options o;
	ingest_options_default(&o);
	o.strict = strict;
	struct diag d;
	diag_init(&d);
	bundle_init(b);
	const char *paths[1] = {dir};
	ingest_read(paths, 1, &o, b, &d);
	ingest_test_rmdir(dir);
	return d;
}

static void test_year_rules(void **state)
{
	(void)state;
	struct bundle b;
	struct diag d = run("traject,participant,session,date,card,category\n"
			    "t1,a,1,2016-05-01,moed,3\n"      /* date */
			    "t1,b,2015-02-03,,moed,3\n"       /* date-like session */
			    "t1,c,2,,moed,3\n"                /* traject start */
			    "t2,d,2,,moed,3\n",               /* unknown: 0 */
			    "trajecten.csv", "traject,organisation,start\nt1,O,2013-09\nt2,P,\n", 0, &b);
	assert_int_equal(d.n_errors, 0);
	assert_int_equal(b.n_sorts, 4);
	assert_int_equal(b.sorts[0].year, 2016);
	assert_int_equal(b.sorts[1].year, 2015);
	assert_int_equal(b.sorts[2].year, 2013);
	assert_int_equal(b.sorts[3].year, 0);
	/* a sort may leave cards out: only moed placed */
	const struct bundle_card_set *cs = bundle_find_card_set(&b, b.sorts[0].card_set);
	assert_non_null(cs);
	assert_int_equal(cs->n_cards, 30);
	assert_int_equal(b.sorts[0].cats[29], 3);
	assert_int_equal(b.sorts[0].cats[0], BUNDLE_MISSING);
	diag_free(&d);
	bundle_free(&b);
}

static void test_forced_strict(void **state)
{
	(void)state;
	/* five cards in category 5: the fifth row overflows */
	const char *s = "traject,participant,card,category\nt,p,moed,5\nt,p,kennis,5\n"
			"t,p,balans,5\nt,p,autonomie,5\nt,p,invloed,5\nt,p,zekerheid,5\n";
	struct bundle b;
	struct diag d = run(s, NULL, NULL, 0, &b);
	assert_int_equal(d.n_errors, 0);
	assert_int_equal(d.n, 1);
	assert_int_equal(d.v[0].level, DIAG_WARNING);
	assert_int_equal(d.v[0].line, 6);
	assert_int_equal(d.v[0].col, 4);
	assert_int_equal(b.n_sorts, 1);
	diag_free(&d);
	bundle_free(&b);
	d = run(s, NULL, NULL, 1, &b);
	assert_int_equal(d.n_errors, 1);
	assert_string_equal(d.v[0].msg, "sort breaks the forced distribution: 5 cards in category 5 (expected at most 4)");
	diag_free(&d);
	bundle_free(&b);
}

static void test_reads_on(void **state)
{
	(void)state;
	struct bundle b;
	struct diag d = run("traject,participant,card,category\n"
			    "t,p,moedig,3\n"
			    "t,p,moed,\n"
			    "t,,moed,3\n"
			    "t,q,moed,8\n"
			    "t,q,kennis,Neutraal\n", NULL, NULL, 0, &b);
	assert_int_equal(d.n_errors, 4);
	assert_int_equal(d.v[0].line, 2);
	assert_int_equal(d.v[1].line, 3);
	assert_int_equal(d.v[2].line, 4);
	assert_int_equal(d.v[2].col, 2);
	assert_int_equal(d.v[3].line, 5);
	assert_int_equal(d.v[3].col, 4);
	diag_free(&d);
	bundle_free(&b);
}

static void test_files_hashed(void **state)
{
	(void)state;
	char *dir = ingest_test_tmpdir();
	static const char s[] = "traject,participant,card,category\nt,p,moed,3\n";
	ingest_test_write(dir, "sorts.csv", s, sizeof s - 1);
	ingest_test_write(dir, "codebook.csv", "tag,label_nl\n", 13); /* only a header: none */
	ingest_test_write(dir, "README.md", "not read", 8);
	struct bundle b;
	struct diag d;
	diag_init(&d);
	bundle_init(&b);
	const char *paths[1] = {dir};
	assert_int_equal(ingest_read(paths, 1, NULL, &b, &d), GW_OK);
	assert_int_equal(d.n, 0);
	assert_int_equal(b.n_files, 2);
	assert_int_equal(b.n_codebook, 0);
	char hex[65], *path = NULL;
	for (size_t i = 0; i < b.n_files; i++)
		if (strstr(b.files[i].path, "sorts.csv"))
			path = xstrdup(b.files[i].path), memcpy(hex, b.files[i].sha256, 65);
	assert_non_null(path);
	char want[65];
	assert_int_equal(sha256_file_hex(path, want), 0);
	assert_string_equal(hex, want);
	/* the default set is in the bundle because a sort uses it */
	assert_int_equal(b.n_card_sets, 1);
	assert_string_equal(b.card_sets[0].name, "goedwerk-30");
	assert_int_equal(b.card_sets[0].forced, 1);
	assert_int_equal(b.card_sets[0].from_file, 0);
	free(path);
	diag_free(&d);
	bundle_free(&b);
	ingest_test_rmdir(dir);
}

static void test_cards_without_scale(void **state)
{
	(void)state;
	/* SPEC: a card set without scale.csv has the scale 1..5, unforced */
	struct bundle b;
	struct diag d = run("traject,participant,card_set,card,category\nt,p,mijn,a,5\nt,p,mijn,b,5\n",
			    "cards.csv", "card_set,card,label_nl\nmijn,a,A\nmijn,b,B\n", 1, &b);
	assert_int_equal(d.n, 0);
	const struct bundle_card_set *cs = bundle_find_card_set(&b, b.sorts[0].card_set);
	assert_int_equal(cs->forced, 0);
	assert_int_equal(cs->n_scale, 5);
	assert_int_equal(cs->scale[0].value, 1);
	assert_int_equal(cs->scale[4].count, BUNDLE_NOT_FORCED);
	diag_free(&d);
	bundle_free(&b);
}

static void test_long_interleaved(void **state)
{
	(void)state;
	/* rows of two sorts mixed: the same sorts as when grouped; the compact
	 * path (same sort columns as the previous row) must not mix them up */
	struct bundle b1, b2;
	struct diag d1 = run("traject,participant,phase,card,category\n"
			     "t,p,individual,moed,5\nt,p,exchange,moed,1\nt,p,individual,kennis,4\n"
			     "t,p,exchange,kennis,2\nt,p,exchange,balans,3\n", NULL, NULL, 0, &b1);
	struct diag d2 = run("traject,participant,phase,card,category\n"
			     "t,p,individual,moed,5\nt,p,individual,kennis,4\n"
			     "t,p,exchange,moed,1\nt,p,exchange,kennis,2\nt,p,exchange,balans,3\n",
			     NULL, NULL, 0, &b2);
	assert_int_equal(d1.n, 0);
	assert_int_equal(d2.n, 0);
	char *s1 = ingest_test_dump(&b1), *s2 = ingest_test_dump(&b2);
	assert_string_equal(s1, s2);
	assert_int_equal(b1.n_sorts, 2);
	assert_int_equal(b1.sorts[1].cats[27], 3); /* balans, in the exchange sort */
	assert_int_equal(b1.sorts[0].cats[27], BUNDLE_MISSING);
	free(s1);
	free(s2);
	diag_free(&d1);
	diag_free(&d2);
	bundle_free(&b1);
	bundle_free(&b2);
}

static void test_large_file(void **state)
{
	(void)state;
	/* > 1 MiB: the file is hashed on a second thread while it is parsed */
	char *dir = ingest_test_tmpdir();
	char *buf;
	size_t len;
	FILE *f = open_memstream(&buf, &len);
	fprintf(f, "traject,participant");
	for (int k = 0; k < 30; k++)
		fprintf(f, ",%s", cards[k]);
	fprintf(f, "\n");
	for (int i = 0; i < 20000; i++) {
		fprintf(f, "t%d,p%d", i % 7, i);
		for (int k = 0; k < 30; k++)
			fprintf(f, ",%d", cat_of(i % 4, k));
		fprintf(f, "\n");
	}
	fclose(f);
	assert_true(len > (1 << 20));
	ingest_test_write(dir, "sorts.csv", buf, len);
	struct bundle b;
	struct diag d;
	diag_init(&d);
	bundle_init(&b);
	const char *paths[1] = {dir};
	assert_int_equal(ingest_read(paths, 1, NULL, &b, &d), GW_OK);
	assert_int_equal(d.n, 0);
	assert_int_equal(b.n_sorts, 20000);
	assert_int_equal(b.n_participants, 20000);
	assert_int_equal(b.n_trajecten, 7);
	assert_int_equal(b.sorts[19999].cats[0], cat_of(19999 % 4, 0));
	char want[65];
	assert_int_equal(sha256_file_hex(b.files[0].path, want), 0);
	assert_string_equal(b.files[0].sha256, want);
	free(buf);
	diag_free(&d);
	bundle_free(&b);
	ingest_test_rmdir(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_forms_equivalent),
		cmocka_unit_test(test_year_rules),
		cmocka_unit_test(test_forced_strict),
		cmocka_unit_test(test_reads_on),
		cmocka_unit_test(test_files_hashed),
		cmocka_unit_test(test_cards_without_scale),
		cmocka_unit_test(test_long_interleaved),
		cmocka_unit_test(test_large_file),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
