/* test_ingest_mem.c - ingest_read_mem, the entry of the fuzz targets, reads
 * as ingest_read does: a workbook in memory gives the bundle its file gives
 * (the xlsx fuzz target reads workbooks this way), CSV files in memory the
 * bundle of their folder, and the built-in card set (read once per process,
 * copied into each bundle) is the same in every ingest of a process. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include <zip.h>
#include "goedwerk/alloc.h"
#include "goedwerk/ingest.h"
#include "ingest_support.h"

#define NS "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
#define RNS "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
static const char workbook[] =
	"<workbook xmlns=\"" NS "\" xmlns:r=\"" RNS "\"><sheets>"
	"<sheet name=\"sorts\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
static const char rels[] =
	"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
	"<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/></Relationships>";
static const char sheet[] =
	"<worksheet xmlns=\"" NS "\"><sheetData>"
	"<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>traject</t></is></c>"
	"<c r=\"B1\" t=\"inlineStr\"><is><t>participant</t></is></c>"
	"<c r=\"C1\" t=\"inlineStr\"><is><t>card</t></is></c>"
	"<c r=\"D1\" t=\"inlineStr\"><is><t>category</t></is></c></row>"
	"<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>t1</t></is></c>"
	"<c r=\"B2\" t=\"inlineStr\"><is><t>p1</t></is></c>"
	"<c r=\"C2\" t=\"inlineStr\"><is><t>integriteit</t></is></c><c r=\"D2\"><v>5</v></c></row>"
	"<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>t1</t></is></c>"
	"<c r=\"B3\" t=\"inlineStr\"><is><t>p1</t></is></c>"
	"<c r=\"C3\" t=\"inlineStr\"><is><t>rijkdom</t></is></c><c r=\"D3\"><v>1</v></c></row>"
	"</sheetData></worksheet>";
static const char sorts_csv[] = "traject,participant,card,category\n"
				"t1,p1,integriteit,5\nt1,p1,rijkdom,1\n";

/* The workbook above as the bytes of an .xlsx file (caller frees). */
static unsigned char *workbook_bytes(size_t *n)
{
	const char *names[3] = {"xl/workbook.xml", "xl/_rels/workbook.xml.rels",
				"xl/worksheets/sheet1.xml"};
	const char *parts[3] = {workbook, rels, sheet};
	zip_error_t e;
	zip_error_init(&e);
	zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &e);
	zip_t *z = zip_open_from_source(src, ZIP_TRUNCATE, &e);
	assert_non_null(z);
	zip_source_keep(src);
	for (int i = 0; i < 3; i++)
		assert_true(zip_file_add(z, names[i], zip_source_buffer(z, parts[i], strlen(parts[i]), 0),
					 0) >= 0);
	assert_int_equal(zip_close(z), 0);
	assert_int_equal(zip_source_open(src), 0);
	assert_int_equal(zip_source_seek(src, 0, SEEK_END), 0);
	zip_int64_t len = zip_source_tell(src);
	assert_int_equal(zip_source_seek(src, 0, SEEK_SET), 0);
	unsigned char *buf = xmalloc((size_t)len);
	assert_int_equal(zip_source_read(src, buf, (zip_uint64_t)len), len);
	zip_source_close(src);
	zip_source_free(src);
	*n = (size_t)len;
	return buf;
}

/* The dump of a bundle read from memory (no diagnostics expected). */
static char *read_mem(const struct ingest_mem_file *f, size_t n)
{
	struct bundle b;
	struct diag d;
	diag_init(&d);
	bundle_init(&b);
	assert_int_equal(ingest_read_mem(f, n, NULL, &b, &d), GW_OK);
	diag_print(&d, stderr);
	assert_int_equal(d.n, 0);
	assert_int_equal(b.n_sorts, 1);
	char *dump = ingest_test_dump(&b);
	diag_free(&d);
	bundle_free(&b);
	return dump;
}

static char *read_path(const char *path)
{
	struct bundle b;
	struct diag d;
	diag_init(&d);
	bundle_init(&b);
	assert_int_equal(ingest_read(&path, 1, NULL, &b, &d), GW_OK);
	diag_print(&d, stderr);
	assert_int_equal(d.n, 0);
	char *dump = ingest_test_dump(&b);
	diag_free(&d);
	bundle_free(&b);
	return dump;
}

static void test_workbook_in_memory(void **state)
{
	(void)state;
	size_t n;
	unsigned char *bytes = workbook_bytes(&n);
	char *dir = ingest_test_tmpdir();
	ingest_test_write(dir, "bundle.xlsx", bytes, n);
	char *path = xasprintf("%s/bundle.xlsx", dir);
	char *from_file = read_path(path);
	struct ingest_mem_file f = {"bundle.xlsx", bytes, n};
	char *from_mem = read_mem(&f, 1);
	assert_string_equal(from_mem, from_file);
	assert_non_null(strstr(from_mem, "integriteit"));
	/* the same rows as CSV: the same bundle */
	struct ingest_mem_file csv = {"sorts.csv", sorts_csv, sizeof sorts_csv - 1};
	char *from_csv = read_mem(&csv, 1);
	assert_string_equal(from_csv, from_mem);
	free(from_csv);
	free(from_mem);
	free(from_file);
	free(path);
	free(bytes);
	ingest_test_rmdir(dir);
}

static void test_damaged_workbook_in_memory(void **state)
{
	(void)state;
	size_t n;
	unsigned char *bytes = workbook_bytes(&n);
	struct ingest_mem_file f = {"bundle.xlsx", bytes, n / 2};
	struct bundle b;
	struct diag d;
	diag_init(&d);
	bundle_init(&b);
	ingest_read_mem(&f, 1, NULL, &b, &d);
	assert_true(d.n_errors > 0);
	assert_string_equal(d.v[0].file, "bundle.xlsx");
	assert_non_null(strstr(d.v[0].msg, "cannot read as an Excel workbook"));
	diag_free(&d);
	bundle_free(&b);
	free(bytes);
}

/* The built-in set: read once per process, copied into every bundle. */
static void test_builtin_set_every_time(void **state)
{
	(void)state;
	struct ingest_mem_file csv = {"sorts.csv", sorts_csv, sizeof sorts_csv - 1};
	char *first = read_mem(&csv, 1), *again = read_mem(&csv, 1);
	assert_string_equal(first, again);
	assert_non_null(strstr(first, "set goedwerk-30 forced=1 from_file=0"));
	assert_non_null(strstr(first, "card moed|"));
	assert_non_null(strstr(first, "cat 5|Meest belangrijk"));
	free(first);
	free(again);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_workbook_in_memory),
		cmocka_unit_test(test_damaged_workbook_in_memory),
		cmocka_unit_test(test_builtin_set_every_time),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
