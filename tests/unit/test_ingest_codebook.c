/* test_ingest_codebook.c - codebook versions at ingest: codebook.csv rows
 * per version (empty: default), `canonical` mapping a tag of another
 * version onto a default tag, trajecten.csv naming the version of its
 * dilemmas, and dilemma tags checked against that version.  Every problem
 * is reported at its FILE:LINE:COLUMN with the nearest known names. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "goedwerk/ingest.h"
#include "ingest_support.h"

static const char sorts[] = "traject,participant,card,category\nt1,p1,moed,3\nt2,p1,moed,4\n";
static const char trajecten[] = "traject,organisation,codebook\nt1,Douane,douane-2014\n"
				"t2,Belastingdienst,\n";
static const char codebook[] =
	"codebook,tag,label_nl,pillar,axis,canonical\n"
	",regels_vs_maatwerk,Regels of maatwerk,ethics,politics-society,\n"
	",loyaal,Loyaliteit,ethics,profession-politics,\n"
	"douane-2014,regelgeving,Regelgeving,ethics,,regels_vs_maatwerk\n"
	"douane-2014,trouw,Trouw,,,loyaal\n"
	"douane-2014,handhaving,Handhaving,,,\n";
static const char dilemmas[] = "traject,case,tags\nt1,C1,regelgeving|trouw\nt1,C2,handhaving\n"
			       "t2,C3,loyaal\n";

/* Ingest a bundle of the four files (NULL: the good one); returns the diag. */
static void read_bundle(const char *tr, const char *cb, const char *dil, struct bundle *b,
			struct diag *d)
{
	char *dir = ingest_test_tmpdir();
	ingest_test_write(dir, "sorts.csv", sorts, sizeof sorts - 1);
	tr = tr ? tr : trajecten;
	cb = cb ? cb : codebook;
	dil = dil ? dil : dilemmas;
	ingest_test_write(dir, "trajecten.csv", tr, strlen(tr));
	ingest_test_write(dir, "codebook.csv", cb, strlen(cb));
	ingest_test_write(dir, "dilemmas.csv", dil, strlen(dil));
	diag_init(d);
	bundle_init(b);
	const char *paths[1] = {dir};
	assert_int_equal(ingest_read(paths, 1, NULL, b, d), GW_OK);
	ingest_test_rmdir(dir);
}

static void test_versions_read(void **state)
{
	(void)state;
	struct bundle b;
	struct diag d;
	read_bundle(NULL, NULL, NULL, &b, &d);
	diag_print(&d, stderr);
	assert_int_equal(d.n_errors, 0);
	char *dump = ingest_test_dump(&b);
	assert_non_null(strstr(dump, "traject t1|Douane|-|-|-|-|-|0|douane-2014\n"));
	assert_non_null(strstr(dump, "traject t2|Belastingdienst|-|-|-|-|-|0\n"));
	assert_non_null(strstr(dump, "code default|loyaal|Loyaliteit|-|ethics|profession-politics|-\n"));
	assert_non_null(strstr(dump, "code douane-2014|regelgeving|Regelgeving|-|ethics|-|regels_vs_maatwerk\n"));
	assert_non_null(strstr(dump, "code douane-2014|handhaving|Handhaving|-|-|-|-\n"));
	assert_non_null(strstr(dump, "dilemma t1|C1|-|-|-|-|0|regelgeving,trouw\n"));
	assert_int_equal(b.n_codebook, 5);
	for (size_t i = 0; i < b.n_codebook; i++) /* the bundle's default codebook checked them */
		assert_int_equal(b.codebook[i].canonical_checked, b.codebook[i].canonical != NULL);
	free(dump);
	diag_free(&d);
	bundle_free(&b);
}

/* The same tag may be in two versions; a tag twice in one version must agree. */
static void test_same_tag_two_versions(void **state)
{
	(void)state;
	struct bundle b;
	struct diag d;
	static const char cb[] = "codeboek,tag,label_nl,canonical\n,loyaal,Loyaliteit,\n"
				 "douane-2014,loyaal,Loyaal,loyaal\ndouane-2014,loyaal,Loyaal,loyaal\n"
				 "douane-2014,trouw,Trouw,\ndouane-2014,trouw,Trouw!,\n";
	read_bundle(NULL, cb, "traject,case,tags\nt1,C1,loyaal|trouw\n", &b, &d);
	assert_int_equal(d.n_errors, 1);
	assert_int_equal(d.v[0].line, 6);
	assert_int_equal(d.v[0].col, 2);
	assert_non_null(strstr(d.v[0].msg, "tag 'trouw' given twice in codebook 'douane-2014'"));
	diag_free(&d);
	bundle_free(&b);
}

static void test_unknown_canonical(void **state)
{
	(void)state;
	struct bundle b;
	struct diag d;
	static const char cb[] = "tag,label_nl,codebook,canonical\nloyaal,Loyaliteit,,\n"
				 "trouw,Trouw,douane-2014,loyal\nregelgeving,Regels,douane-2014,\n"
				 "integer,Integer,,loyaal\n";
	read_bundle(NULL, cb, "traject,case,tags\nt1,C1,trouw\n", &b, &d);
	assert_int_equal(d.n_errors, 2);
	/* a canonical on a default tag, reported as the row is read */
	assert_int_equal(d.v[0].line, 5);
	assert_int_equal(d.v[0].col, 4);
	assert_non_null(strstr(d.v[0].msg, "canonical 'loyaal' for a tag of the default codebook"));
	assert_int_equal(d.v[1].line, 3);
	assert_int_equal(d.v[1].col, 4);
	assert_string_equal(d.v[1].msg, "canonical 'loyal' (expected a tag of the default codebook; "
			    "nearest: loyaal)");
	diag_free(&d);
	bundle_free(&b);
}

/* Without a default codebook in the bundle or the store, the built-in one
 * (datasets/codebook/goedwerk-dilemmas.csv) checks canonicals and tags. */
static void test_builtin_default(void **state)
{
	(void)state;
	struct bundle b;
	struct diag d;
	static const char cb[] = "codebook,tag,label_nl,canonical\n"
				 "douane-2014,trouw,Trouw,open_vizir\n";
	read_bundle("traject,organisation,codebook\nt1,Douane,douane-2014\nt2,Belastingdienst,\n",
		    cb, "traject,case,tags\nt1,C1,trouw\nt2,C2,afrekencultuur|open_vizier\n"
		    "t2,C3,\"afrekencultuur,open_vizir\"\n", &b, &d);
	assert_int_equal(d.n_errors, 3);
	assert_int_equal(d.v[0].line, 2);
	assert_int_equal(d.v[0].col, 4);
	assert_string_equal(d.v[0].msg, "canonical 'open_vizir' (expected a tag of the built-in "
			    "default codebook; nearest: open_vizier)");
	assert_int_equal(d.v[1].line, 4);
	assert_int_equal(d.v[1].col, 3);
	assert_string_equal(d.v[1].msg, "tags joined by ',' in 'afrekencultuur,open_vizir' (expected "
			    "codes joined by '|': afrekencultuur|open_vizir)");
	assert_string_equal(d.v[2].msg, "unknown tag 'open_vizir' (expected a tag of the built-in "
			    "codebook, or a codebook.csv that defines it; nearest: open_vizier)");
	assert_int_equal(b.n_codebook, 1 + 18); /* the bundle's tag, then the 18 built-in ones */
	assert_string_equal(b.codebook[1].tag, "professional_vs_functionaris");
	assert_string_equal(b.codebook[1].axis, "profession-politics");
	diag_free(&d);
	bundle_free(&b);
}

/* The store's codebook, when it holds one, instead of the built-in one: its
 * versions the bundle does not give are usable, its default tags join the
 * bundle's, and a default tag defined otherwise is an error at its row. */
static void test_stored_codebook(void **state)
{
	(void)state;
	struct bundle st;
	bundle_init(&st);
	static const struct bundle_code stored[] = {
		{.codebook = "default", .tag = "loyaal", .label_nl = "Loyaliteit", .pillar = "ethics"},
		{.codebook = "default", .tag = "moed", .label_nl = "Moed"},
		{.codebook = "douane-2014", .tag = "trouw", .label_nl = "Trouw", .canonical = "loyaal"},
	};
	st.codebook = (struct bundle_code *)stored;
	st.n_codebook = 3;
	struct ingest_options opt;
	ingest_options_default(&opt);
	opt.stored = &st;
	char *dir = ingest_test_tmpdir();
	ingest_test_write(dir, "sorts.csv", sorts, sizeof sorts - 1);
	static const char tr[] = "traject,organisation,codebook\nt1,Douane,douane-2014\nt2,B,\n";
	static const char cb[] = "tag,label_nl\neigen,Eigen\nloyaal,Loyaal\n";
	static const char dil[] = "traject,case,tags\nt1,C1,trouw\nt2,C2,eigen|loyaal\n"
				  "t2,C3,open_vizier\n";
	ingest_test_write(dir, "trajecten.csv", tr, sizeof tr - 1);
	ingest_test_write(dir, "codebook.csv", cb, sizeof cb - 1);
	ingest_test_write(dir, "dilemmas.csv", dil, sizeof dil - 1);
	struct bundle b;
	struct diag d;
	diag_init(&d);
	bundle_init(&b);
	const char *paths[1] = {dir};
	assert_int_equal(ingest_read(paths, 1, &opt, &b, &d), GW_OK);
	assert_int_equal(d.n_errors, 2);
	assert_int_equal(d.v[0].line, 3);
	assert_int_equal(d.v[0].col, 1);
	assert_string_equal(d.v[0].msg, "tag 'loyaal' differs from the stored one (expected the same "
			    "label, pillar and axis as in the store, or another tag)");
	assert_int_equal(d.v[1].line, 4);
	assert_string_equal(d.v[1].msg, "unknown tag 'open_vizier' (expected a tag of codebook.csv or "
			    "of the stored codebook)");
	assert_int_equal(b.n_codebook, 4); /* eigen, loyaal of the bundle; moed, trouw of the store */
	assert_string_equal(b.codebook[3].tag, "trouw");
	assert_int_equal(b.codebook[3].canonical_checked, 1);
	diag_free(&d);
	bundle_free(&b);
	ingest_test_rmdir(dir);
}

static void test_unknown_version_and_tags(void **state)
{
	(void)state;
	struct bundle b;
	struct diag d;
	read_bundle("traject,organisation,codebook\nt1,Douane,douane-2015\nt2,Belastingdienst,default\n",
		    NULL, "traject,case,tags\nt1,C1,whatever\nt2,C2,regelgeving|loyal\n", &b, &d);
	assert_int_equal(d.n_errors, 3);
	/* the version at its cell; no cascade for the cases of that traject */
	assert_int_equal(d.v[0].line, 2);
	assert_int_equal(d.v[0].col, 3);
	assert_string_equal(d.v[0].msg, "unknown codebook 'douane-2015' (expected default or a "
			    "codebook of codebook.csv; nearest: douane-2014)");
	/* t2 is coded in the default codebook: another version's tag is unknown there */
	assert_int_equal(d.v[1].line, 3);
	assert_string_equal(d.v[1].msg, "unknown tag 'regelgeving' (expected a tag of codebook.csv)");
	assert_string_equal(d.v[2].msg, "unknown tag 'loyal' (expected a tag of codebook.csv; "
			    "nearest: loyaal)");
	diag_free(&d);
	bundle_free(&b);
	/* and a default tag in a case of a versioned traject */
	read_bundle(NULL, NULL, "traject,case,tags\nt1,C1,loyaal\n", &b, &d);
	assert_int_equal(d.n_errors, 1);
	assert_string_equal(d.v[0].msg, "unknown tag 'loyaal' (expected a tag of codebook "
			    "'douane-2014' of codebook.csv)");
	diag_free(&d);
	bundle_free(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_versions_read),
		cmocka_unit_test(test_same_tag_two_versions),
		cmocka_unit_test(test_unknown_canonical),
		cmocka_unit_test(test_builtin_default),
		cmocka_unit_test(test_stored_codebook),
		cmocka_unit_test(test_unknown_version_and_tags),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
