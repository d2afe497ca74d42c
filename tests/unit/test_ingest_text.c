/* test_ingest_text.c - ingest's text layer: delimiter detection, encoding
 * (BOM, UTF-8, Windows-1252, refused bytes), the libcsv driver's physical
 * line numbers, header aliases and identifiers, value rules, age bands.
 * Expected values follow SPEC.md ("Edge rules of ingest"); the
 * Windows-1252 code points are from the Unicode mapping table
 * (unicode.org/Public/MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1252.TXT). */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "../../src/ingest/internal.h"
#include "goedwerk/alloc.h"

#define U(s) ((const unsigned char *)(s))

static void test_dialect(void **state)
{
	(void)state;
	assert_int_equal(ingest_detect_dialect(U("a,b,c\n1;2;3;4\n"), 14), ',');
	assert_int_equal(ingest_detect_dialect(U("a;b;c\r\n"), 7), ';');
	assert_int_equal(ingest_detect_dialect(U("a\tb\tc\n"), 6), '\t');
	/* delimiters inside quotes do not count */
	assert_int_equal(ingest_detect_dialect(U("\"a;b;c;d\",e,f\n"), 14), ',');
	assert_int_equal(ingest_detect_dialect(U("\"x,y\";z\n"), 8), ';');
	/* one column: comma */
	assert_int_equal(ingest_detect_dialect(U("traject\n"), 8), ',');
	assert_int_equal(ingest_detect_dialect(U(""), 0), ',');
}

static unsigned char *decode(const char *in, size_t n, size_t *out_n, int *has_cr, struct diag *d)
{
	unsigned char *copy = xmalloc(n + 1);
	memcpy(copy, in, n);
	unsigned char *t = ingest_decode("f.csv", copy, n, ',', out_n, has_cr, d);
	if (!t) {
		free(copy);
		return NULL;
	}
	unsigned char *r = xmalloc(*out_n + 1);
	memcpy(r, t, *out_n);
	r[*out_n] = 0;
	if (t < copy || t > copy + n)
		free(t);
	free(copy);
	return r;
}

static void test_encoding_utf8_bom(void **state)
{
	(void)state;
	struct diag d;
	diag_init(&d);
	size_t n;
	int cr;
	unsigned char *t = decode("\xEF\xBB\xBFkaart,caf\xC3\xA9\r\n", 16, &n, &cr, &d);
	assert_non_null(t);
	assert_string_equal((char *)t, "kaart,caf\xC3\xA9\r\n");
	assert_int_equal(cr, 1);
	assert_int_equal(d.n, 0); /* no warning for UTF-8 */
	free(t);
	diag_free(&d);
}

static void test_encoding_cp1252(void **state)
{
	(void)state;
	struct diag d;
	diag_init(&d);
	size_t n;
	int cr;
	/* e9 = U+00E9 e, 80 = U+20AC euro, 96 = U+2013 en dash */
	unsigned char *t = decode("caf\xE9 \x80 \x96\n", 9, &n, &cr, &d);
	assert_non_null(t);
	assert_string_equal((char *)t, "caf\xC3\xA9 \xE2\x82\xAC \xE2\x80\x93\n");
	assert_int_equal(cr, 0);
	assert_int_equal(d.n, 1);
	assert_int_equal(d.v[0].level, DIAG_WARNING);
	assert_string_equal(d.v[0].file, "f.csv");
	assert_int_equal(d.n_errors, 0);
	free(t);
	diag_free(&d);
}

static void test_encoding_refused(void **state)
{
	(void)state;
	struct diag d;
	size_t n;
	int cr;
	/* 0x81 is undefined in Windows-1252: refused at its line and field */
	diag_init(&d);
	assert_null(decode("a,b\nc,d\ne,\x81x\n", 12, &n, &cr, &d));
	assert_int_equal(d.n_errors, 1);
	assert_int_equal(d.v[0].line, 3);
	assert_int_equal(d.v[0].col, 2);
	assert_string_equal(d.v[0].msg, "byte 0x81 is neither UTF-8 nor Windows-1252 (expected UTF-8 or Windows-1252 text)");
	diag_free(&d);
	/* NUL */
	diag_init(&d);
	assert_null(decode("a,b\n\"x\ny\",\0\n", 12, &n, &cr, &d));
	assert_int_equal(d.v[0].line, 3); /* physical line, inside the second field */
	assert_int_equal(d.v[0].col, 2);
	assert_string_equal(d.v[0].msg, "NUL byte (expected text)");
	diag_free(&d);
	/* valid UTF-8 and an invalid byte: mixed */
	diag_init(&d);
	assert_null(decode("\xC3\xA9\n\xE9\n", 5, &n, &cr, &d));
	assert_int_equal(d.v[0].line, 2);
	diag_free(&d);
	/* UTF-16 */
	diag_init(&d);
	assert_null(decode("\xFF\xFEt\0", 4, &n, &cr, &d));
	assert_int_equal(d.n_errors, 1);
	diag_free(&d);
	/* an overlong UTF-8 form is not UTF-8: read as Windows-1252 (C0 = A-grave) */
	diag_init(&d);
	unsigned char *t = decode("\xC0\xAF\n", 3, &n, &cr, &d);
	assert_string_equal((char *)t, "\xC3\x80\xC2\xAF\n");
	assert_int_equal(d.n_errors, 0);
	free(t);
	diag_free(&d);
}

struct got {
	char text[512];
	long rows;
};

static void collect(void *ctx, const struct csv_row *row)
{
	struct got *g = ctx;
	size_t k = strlen(g->text);
	for (size_t i = 0; i < row->n; i++)
		k += (size_t)snprintf(g->text + k, sizeof g->text - k, "%ld:[%s]%s", row->line[i],
				      row->f[i], i + 1 < row->n ? " " : "\n");
	g->rows++;
}

static void test_parse_lines(void **state)
{
	(void)state;
	struct diag d;
	diag_init(&d);
	struct got g = {{0}, 0};
	const char *in = "a,b\r\n\r\n\"x\r\ny\",z\r\n  ,\"q\"\"r\"\r\nlast,\"\"";
	long n = ingest_parse("f.csv", U(in), strlen(in), ',', 1, collect, &g, &d);
	assert_int_equal(d.n, 0);
	assert_int_equal(n, 4);
	/* blank line 2 skipped; a quoted CRLF becomes LF; the field after a
	 * multi-line field opens on the line where that one closes */
	assert_string_equal(g.text, "1:[a] 1:[b]\n3:[x\ny] 4:[z]\n5:[] 5:[q\"r]\n6:[last] 6:[]\n");
	diag_free(&d);
}

static void test_parse_errors(void **state)
{
	(void)state;
	struct diag d;
	diag_init(&d);
	struct got g = {{0}, 0};
	const char *in = "a,b\nx,y\"z\nok,1\nn,\"open\nmore\n";
	ingest_parse("f.csv", U(in), strlen(in), ',', 0, collect, &g, &d);
	assert_int_equal(d.n_errors, 2);
	assert_int_equal(d.v[0].line, 2); /* stray quote */
	assert_int_equal(d.v[0].col, 2);
	assert_int_equal(d.v[1].line, 4); /* unterminated: where the field opens */
	assert_int_equal(d.v[1].col, 2);
	assert_string_equal(d.v[1].msg, "unterminated quoted field (expected a closing double quote)");
	/* rows with a parse error are not passed on; the others are */
	assert_string_equal(g.text, "1:[a] 1:[b]\n3:[ok] 3:[1]\n");
	diag_free(&d);
}

static void test_parse_huge_field(void **state)
{
	(void)state;
	size_t big = INGEST_FIELD_MAX + 10;
	char *in = xmalloc(big + 64);
	strcpy(in, "a,b\n1,\"");
	size_t k = strlen(in);
	memset(in + k, 'x', big);
	strcpy(in + k + big, "\"\n2,3\n");
	struct diag d;
	diag_init(&d);
	struct got g = {{0}, 0};
	ingest_parse("f.csv", U(in), strlen(in), ',', 0, collect, &g, &d);
	assert_int_equal(d.n_errors, 1);
	assert_int_equal(d.v[0].line, 2);
	assert_int_equal(d.v[0].col, 2);
	assert_string_equal(d.v[0].msg, "field longer than 65536 bytes (expected at most 64 KiB)");
	assert_string_equal(g.text, "1:[a] 1:[b]\n3:[2] 3:[3]\n"); /* reads on */
	/* exactly 64 KiB is fine */
	memset(in + k, 'x', INGEST_FIELD_MAX);
	strcpy(in + k + INGEST_FIELD_MAX, "\"\n");
	diag_free(&d);
	diag_init(&d);
	g.text[0] = 0;
	ingest_parse("f.csv", U(in), strlen(in), ',', 0, collect, &g, &d);
	assert_int_equal(d.n_errors, 0);
	diag_free(&d);
	free(in);
}

static const struct col_spec specs[] = {{"traject", COL_REQUIRED}, {"participant", COL_REQUIRED},
					{"card_set", 0}, {"group", 0}};

static void header_of(const char *line, struct header *h, struct diag *d)
{
	struct got g = {{0}, 0};
	(void)g;
	/* build a row by hand: fields split on ',' */
	char buf[256];
	const char *f[16];
	size_t len[16];
	long ln[16];
	size_t n = 0;
	strcpy(buf, line);
	for (char *p = buf, *e; p; p = e ? e + 1 : NULL) {
		e = strchr(p, ',');
		if (e)
			*e = 0;
		f[n] = p;
		len[n] = strlen(p);
		ln[n] = 1;
		n++;
	}
	struct csv_row row = {n, f, len, ln, 1, 0};
	header_read(h, specs, 4, &row, "f.csv", 0, d);
}

static void test_header(void **state)
{
	(void)state;
	struct diag d;
	struct header h;
	diag_init(&d);
	header_of(" Traject ,DEELNEMER,KaartSet,groep", &h, &d);
	assert_int_equal(d.n, 0);
	assert_true(h.ok);
	assert_int_equal(h.idx[0], 0);
	assert_int_equal(h.idx[1], 1);
	assert_int_equal(h.idx[2], 2);
	assert_int_equal(h.idx[3], 3);
	header_free(&h);
	diag_free(&d);
	/* identifiers refused; missing required; unknown warned */
	diag_init(&d);
	header_of("traject,naam,E-mail,opmerking", &h, &d);
	assert_false(h.ok);
	assert_int_equal(d.n_errors, 3);
	assert_string_equal(d.v[0].msg, "column 'naam' is a direct identifier (expected pseudonyms only: remove the column)");
	assert_int_equal(d.v[1].col, 3);
	assert_int_equal(d.v[2].level, DIAG_WARNING);
	assert_string_equal(d.v[3].msg, "missing column 'participant' (expected the columns traject, participant)");
	header_free(&h);
	diag_free(&d);
	assert_true(header_is_identifier("bsn"));
	assert_true(header_is_identifier("geboortedatum"));
	assert_false(header_is_identifier("geboortejaar"));
	assert_string_equal(header_canonical("tafel"), "table");
	assert_string_equal(header_canonical("leeftijdsgroep"), "age_band");
}

static void test_values(void **state)
{
	(void)state;
	char iso[11];
	assert_int_equal(value_date("2014", iso), 2014);
	assert_string_equal(iso, "2014");
	assert_int_equal(value_date("2014-03", iso), 2014);
	assert_int_equal(value_date("2014-13", iso), 0);
	assert_int_equal(value_date("2014-02-29", iso), 0);
	assert_int_equal(value_date("2016-02-29", iso), 2016);
	assert_int_equal(value_date("09-07-2012", iso), 2012);
	assert_string_equal(iso, "2012-07-09");
	assert_int_equal(value_date("3", iso), 0);
	assert_true(value_looks_like_email("jan.jansen@minbzk.nl"));
	assert_false(value_looks_like_email("P001"));
	assert_false(value_looks_like_email("team@home"));
	long v;
	assert_int_equal(value_int("+4", &v), 0);
	assert_int_equal(v, 4);
	assert_int_equal(value_int("-4", &v), 0);
	assert_int_equal(v, -4);
	assert_int_not_equal(value_int("4.0", &v), 0);
	assert_int_not_equal(value_int("", &v), 0);
	assert_true(value_ieq("Individueel", "individueel"));
}

static void test_age_band(void **state)
{
	(void)state;
	struct ingest_options o;
	char buf[16];
	ingest_options_default(&o);
	assert_string_equal(ingest_age_band(&o, 0, buf, sizeof buf), "<35");
	assert_string_equal(ingest_age_band(&o, 34, buf, sizeof buf), "<35");
	assert_string_equal(ingest_age_band(&o, 35, buf, sizeof buf), "35-49");
	assert_string_equal(ingest_age_band(&o, 49, buf, sizeof buf), "35-49");
	assert_string_equal(ingest_age_band(&o, 50, buf, sizeof buf), "50+");
	o.band_edges[0] = 29;
	o.band_edges[1] = 39;
	o.band_edges[2] = 54;
	o.n_band_edges = 3;
	assert_string_equal(ingest_age_band(&o, 45, buf, sizeof buf), "40-54");
	assert_string_equal(ingest_age_band(&o, 55, buf, sizeof buf), "55+");
}

static void test_file_kind(void **state)
{
	(void)state;
	assert_int_equal(ingest_file_kind("b/sorts.csv"), FK_SORTS);
	assert_int_equal(ingest_file_kind("b/sorts_2015.csv"), FK_SORTS);
	assert_int_equal(ingest_file_kind("Trajecten.CSV"), FK_TRAJECTEN);
	assert_int_equal(ingest_file_kind("group_tops.csv"), FK_GROUP_TOPS);
	/* Dutch names (kinds.c) */
	assert_int_equal(ingest_file_kind("deelnemers.csv"), FK_PARTICIPANTS);
	assert_int_equal(ingest_file_kind("Sorteringen_2016.csv"), FK_SORTS);
	assert_int_equal(ingest_file_kind("codeboek.csv"), FK_CODEBOOK);
	assert_int_equal(ingest_file_kind("deelnemers_oud.csv"), FK_UNKNOWN); /* no prefix kind */
	assert_int_equal(ingest_file_kind("people.csv"), FK_UNKNOWN);
	assert_int_equal(ingest_file_kind("sorts.txt"), FK_UNKNOWN);
	assert_int_equal(ingest_file_kind("sorts"), FK_UNKNOWN);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dialect),
		cmocka_unit_test(test_encoding_utf8_bom),
		cmocka_unit_test(test_encoding_cp1252),
		cmocka_unit_test(test_encoding_refused),
		cmocka_unit_test(test_parse_lines),
		cmocka_unit_test(test_parse_errors),
		cmocka_unit_test(test_parse_huge_field),
		cmocka_unit_test(test_header),
		cmocka_unit_test(test_values),
		cmocka_unit_test(test_age_band),
		cmocka_unit_test(test_file_kind),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
