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

/* Without a default codebook in the bundle the store checks the canonical. */
static void test_canonical_left_to_store(void **state)
{
	(void)state;
	struct bundle b;
	struct diag d;
	static const char cb[] = "codebook,tag,label_nl,canonical\ndouane-2014,trouw,Trouw,loyal\n";
	read_bundle("traject,organisation,codebook\nt1,Douane,douane-2014\nt2,Belastingdienst,\n",
		    cb, "traject,case,tags\nt1,C1,trouw\nt2,C2,whatever\n", &b, &d);
	assert_int_equal(d.n_errors, 0);
	assert_int_equal(b.n_codebook, 1);
	assert_int_equal(b.codebook[0].canonical_checked, 0);
	assert_int_equal(b.codebook[0].line, 2);
	assert_int_equal(b.codebook[0].col, 4);
	assert_non_null(strstr(b.codebook[0].file, "codebook.csv"));
	diag_free(&d);
	bundle_free(&b);
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
		cmocka_unit_test(test_canonical_left_to_store),
		cmocka_unit_test(test_unknown_version_and_tags),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
