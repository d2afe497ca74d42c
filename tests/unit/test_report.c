/* test_report.c - report_write over a hand-built dataset: the files exist,
 * the HTML holds its sections in the report language and no pseudonym, the
 * suppressed organisation shows as "—", the SVGs are SVG, the PDF carries no
 * run-dependent date, and two runs give byte-identical files. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include "goedwerk/version.h"
#include "goedwerk/cli.h"
#include "goedwerk/report.h"
#include "goedwerk/alloc.h"
#include "goedwerk/sha256.h"
#include "fixture.h"

#define N_SORTS 23
#define N_CARDS 6

/* Scale 1..5, six cards, unforced; organisation A has 10 people, B 10, C 3
 * (below --min-cell 5, so its cells must be suppressed). */
static void build_dataset(struct dataset *ds)
{
	int cats[N_SORTS * N_CARDS];
	for (size_t i = 0; i < N_SORTS; i++)
		for (size_t j = 0; j < N_CARDS; j++)
			cats[i * N_CARDS + j] = 1 + (int)((i + 2 * j) % 5);
	fixture_dataset(ds, N_SORTS, N_CARDS, 1, 5, cats);
	const char *org[N_SORTS];
	for (size_t i = 0; i < N_SORTS; i++)
		org[i] = i < 10 ? "Organisatie A" : i < 20 ? "Organisatie <B> & co" : "Organisatie C";
	fixture_factor(ds, DS_ORGANISATION, org);
	const char *traject[N_SORTS];
	for (size_t i = 0; i < N_SORTS; i++)
		traject[i] = i < 12 ? "T1" : "T2";
	fixture_factor(ds, DS_TRAJECT, traject);
	/* Sort labels as --show-sorts would carry them: pseudonyms that no
	 * chart or report section may show. */
	ds->sort_label = xcalloc(N_SORTS, sizeof *ds->sort_label);
	for (size_t i = 0; i < N_SORTS; i++)
		ds->sort_label[i] = xasprintf("pseudo-%02zu", i);
}

struct fix {
	struct dataset ds;
	struct selection sel;
	struct analysis a;
	struct table_set ts;
	char dir[2][64];
};

static int setup(void **state)
{
	struct fix *f = xcalloc(1, sizeof *f);
	build_dataset(&f->ds);
	selection_default(&f->sel);
	f->a = (struct analysis){.ds = &f->ds, .sel = &f->sel, .err = stderr};
	f->ts.n = 2;
	f->ts.v = xcalloc(2, sizeof *f->ts.v);
	f->ts.v[0] = fixture_build("value_frequencies", 5, &f->ds);
	f->ts.v[1] = fixture_build("value_summary", 5, &f->ds);
	for (int k = 0; k < 2; k++) {
		strcpy(f->dir[k], "/tmp/gw_test_report_XXXXXX");
		if (!mkdtemp(f->dir[k]))
			return -1;
	}
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fix *f = *state;
	for (int k = 0; k < 2; k++) {
		if (getenv("KEEP")) continue;
		char *cmd = xasprintf("rm -rf '%s'", f->dir[k]);
		if (system(cmd) != 0)
			fprintf(stderr, "cannot remove %s\n", f->dir[k]);
		free(cmd);
	}
	table_set_free(&f->ts);
	for (size_t i = 0; i < N_SORTS; i++)
		free(f->ds.sort_label[i]);
	free(f->ds.sort_label);
	f->ds.sort_label = NULL;
	dataset_free(&f->ds);
	free(f);
	return 0;
}

/* The store's trajecten: T9 holds none of the selected sorts. */
static char *ids[] = {"T1", "T2", "T9"};
static char *hashes[] = {"aaaa", "bbbb", "cccc"};

static void write_report(struct fix *f, int k, enum report_lang lang)
{
	const char *argv[] = {"report", "--out", "OUT"};
	struct report_options o = {f->dir[k], lang, {0}, argv, 3, "test.db", ids, hashes, 3, NULL, NULL, NULL, NULL};
	assert_int_equal(output_write_tables(&f->ts, f->dir[k], &o.fmt, stderr), GW_OK);
	assert_int_equal(report_write(&f->a, &f->ts, &o, stderr), GW_OK);
}

static char *slurp(const char *dir, const char *name, size_t *len)
{
	char *path = xasprintf("%s/%s", dir, name);
	FILE *in = fopen(path, "rb");
	free(path);
	if (!in)
		return NULL;
	size_t cap = 1 << 16, n = 0;
	char *buf = xmalloc(cap + 1);
	size_t got;
	while ((got = fread(buf + n, 1, cap - n, in)) > 0) {
		n += got;
		if (n == cap)
			buf = xrealloc(buf, (cap *= 2) + 1);
	}
	fclose(in);
	buf[n] = '\0';
	if (len)
		*len = n;
	return buf;
}

/* PLplot's SVG driver writes every character of a text as &#xNN;: decode
 * those (ASCII only, enough for the labels searched) so that text in charts
 * can be searched like text in the HTML. */
static void decode_char_refs(char *s)
{
	char *w = s;
	for (const char *r = s; *r;) {
		unsigned v;
		int used = 0;
		if (r[0] == '&' && r[1] == '#' && r[2] == 'x' && sscanf(r, "&#x%x;%n", &v, &used) == 1 &&
		    used > 0 && v > 0 && v < 128) {
			*w++ = (char)v;
			r += used;
		} else {
			*w++ = *r++;
		}
	}
	*w = '\0';
}

static const char *const files[] = {
	"report.html", "provenance.json", "tables/value_frequencies.csv", "tables/value_summary.csv",
	"charts/value_profile.svg", "charts/value_profile.png", "charts/value_profile.pdf",
	"charts/heatmap_organisation.svg", "charts/heatmap_organisation.png",
	"charts/heatmap_organisation.pdf", NULL};

static void test_files_and_html_nl(void **state)
{
	struct fix *f = *state;
	write_report(f, 0, LANG_NL);
	for (int i = 0; files[i]; i++) {
		size_t n = 0;
		char *s = slurp(f->dir[0], files[i], &n);
		if (!s)
			fail_msg("missing %s", files[i]);
		assert_true(n > 0);
		if (strstr(files[i], ".svg"))
			assert_true(strncmp(s, "<?xml", 5) == 0 || strncmp(s, "<svg", 4) == 0);
		if (strstr(files[i], ".png"))
			assert_memory_equal(s, "\x89PNG", 4);
		if (strstr(files[i], ".pdf")) {
			assert_memory_equal(s, "%PDF", 4);
			/* cairo's CreationDate is pinned (SOURCE_DATE_EPOCH-style),
			 * never the time of the run */
			char *d = strstr(s, "/CreationDate");
			if (d)
				assert_null(strstr(d, "(D:2026"));
		}
		free(s);
	}
	char *html = slurp(f->dir[0], "report.html", NULL);
	/* the organisation name escaped, never raw markup (before decoding) */
	assert_null(strstr(html, "<B>"));
	decode_char_refs(html);
	/* ...and present, as character references, in the heat map */
	assert_non_null(strstr(html, "Organisatie <B> & co"));
	assert_non_null(strstr(html, "<html lang=\"nl\""));
	/* numbered sections, listed in the contents; numbered figures */
	assert_non_null(strstr(html, "<h2 id=\"kernbevindingen\">1 Kernbevindingen</h2>"));
	assert_non_null(strstr(html, "<a href=\"#kernbevindingen\">1 Kernbevindingen</a>"));
	assert_non_null(strstr(html, "<h2 id=\"sec-value_profile\">3 Waarden</h2>"));
	assert_non_null(strstr(html, "<b>Figuur 1. Waardenprofiel.</b>"));
	assert_non_null(strstr(html, "<b>Figuur 2. Topkaarten per organisatie.</b>"));
	assert_non_null(strstr(html, "Verantwoording</h2>"));
	assert_non_null(strstr(html, "Benjamini"));
	assert_non_null(strstr(html, "@page{size:A4"));
	assert_null(strstr(html, " 1 trajecten"));
	assert_non_null(strstr(html, "value_summary"));
	assert_non_null(strstr(html, "kaart 1"));
	assert_non_null(strstr(html, "<svg"));
	assert_null(strstr(html, "<image"));       /* charts inline, not linked */
	assert_null(strstr(html, "src=\"http"));   /* self-contained */
	assert_null(strstr(html, "href=\"http"));
	assert_null(strstr(html, "pseudo-"));
	/* organisation C (3 people < --min-cell 5) is suppressed: the footnote */
	assert_non_null(strstr(html, "minder dan 5 personen"));
	free(html);
	for (int i = 0; files[i]; i++) {
		char *s = slurp(f->dir[0], files[i], NULL);
		decode_char_refs(s);
		assert_null(strstr(s, "pseudo-"));
		free(s);
	}
}

static void test_english(void **state)
{
	struct fix *f = *state;
	write_report(f, 0, LANG_EN);
	char *html = slurp(f->dir[0], "report.html", NULL);
	decode_char_refs(html);
	assert_non_null(strstr(html, "<html lang=\"en\""));
	assert_non_null(strstr(html, "<b>Figure 1. Value profile.</b>"));
	assert_non_null(strstr(html, "1 Key findings</h2>"));
	assert_non_null(strstr(html, "card 1"));
	/* tables show the English card label where the CSV has label_nl */
	assert_null(strstr(html, "<th class=\"t\">label_nl</th>"));
	assert_non_null(strstr(html, "<td class=\"t\">card 1</td>"));
	assert_null(strstr(html, "<td class=\"t\">kaart 1</td>"));
	assert_null(strstr(html, "Waardenprofiel"));
	free(html);
	char *prov = slurp(f->dir[0], "provenance.json", NULL);
	assert_non_null(strstr(prov, "\"lang\": \"en\""));
	assert_non_null(strstr(prov, "\"content_sha256\": \"bbbb\""));
	assert_null(strstr(prov, "cccc")); /* only the selected trajecten are inputs */
	assert_non_null(strstr(prov, "\"version\": \"" GOEDWERK_VERSION "\""));
	/* the report and every chart file are hashed as written */
	const char *outs[] = {"report.html", "charts/value_profile.svg", "charts/value_profile.png", NULL};
	for (int i = 0; outs[i]; i++) {
		char hex[65], *path = xasprintf("%s/%s", f->dir[0], outs[i]);
		assert_int_equal(sha256_file_hex(path, hex), 0);
		char *entry = xasprintf("{\"file\": \"%s\", \"sha256\": \"%s\"}", outs[i], hex);
		assert_non_null(strstr(prov, entry));
		free(entry);
		free(path);
	}
	free(prov);
}

/* Two runs into two folders: every file byte for byte the same (the command
 * line in provenance.json is the same argv in both). */
static void test_byte_identical(void **state)
{
	struct fix *f = *state;
	write_report(f, 0, LANG_NL);
	write_report(f, 1, LANG_NL);
	for (int i = 0; files[i]; i++) {
		size_t n0 = 0, n1 = 0;
		char *s0 = slurp(f->dir[0], files[i], &n0), *s1 = slurp(f->dir[1], files[i], &n1);
		assert_non_null(s0);
		assert_non_null(s1);
		if (n0 != n1 || memcmp(s0, s1, n0) != 0)
			fail_msg("%s differs between two runs", files[i]);
		free(s0);
		free(s1);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_files_and_html_nl, setup, teardown),
		cmocka_unit_test_setup_teardown(test_english, setup, teardown),
		cmocka_unit_test_setup_teardown(test_byte_identical, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
