/* fuzz_targets.c - the fuzz targets of ingest and the store, all in memory
 * (no file is written per execution).
 *
 *   a file kind (sorts, participants, trajecten, cards, scale, group_tops,
 *     codebook, dilemmas): the input is that file; the other kinds get a
 *     small valid sorts.csv beside it so that their rows are read on.
 *   bundle: the input is one or more bundles, each a run of files: a line
 *     "@@ NAME" starts file NAME (the text before the first such line is
 *     sorts.csv), a line "@@@@" starts the next bundle.  Each bundle that
 *     reads without errors is written twice into one in-memory store, after
 *     the bundles before it: the second write must change nothing.
 *   xlsx: the input is a workbook (or the parts of one, zipped here), read
 *     from memory by the workbook reader and written twice as a bundle is.
 *
 * Any input must give diagnostics, never a crash, a hang or a leak; a
 * bundle without errors must keep the invariants of bundle.h.
 *
 *   scripts/fuzz.sh TARGET SECONDS   run one target under libFuzzer (clang)
 *   make fuzz-replay                 replay tests/fuzz/corpus/TARGET/ under ASan/UBSan */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/bundle.h"
#include "goedwerk/diag.h"
#include "goedwerk/ingest.h"
#include "goedwerk/store.h"
#include "fuzz_targets.h"
#include "fuzz_zip.h"

#define MAX_FILES 16
#define MAX_BUNDLES 4

static const char companion[] = "traject,participant,card,category\n"
				"t1,p1,integriteit,5\nt1,p1,rijkdom,1\n";

/* The bundle.h invariants: every sort's card set is known and every
 * category on its scale. */
static void check_invariants(const struct bundle *b)
{
	for (size_t i = 0; i < b->n_sorts; i++) {
		const struct bundle_card_set *cs = bundle_find_card_set(b, b->sorts[i].card_set);
		if (!cs)
			abort();
		for (size_t k = 0; k < cs->n_cards; k++) {
			int v = b->sorts[i].cats[k];
			if (v != BUNDLE_MISSING &&
			    (v < cs->scale[0].value || v > cs->scale[cs->n_scale - 1].value))
				abort();
		}
	}
}

/* Read files into b; 1 when there were no errors (invariants checked). */
static int read_bundle(const struct ingest_mem_file *f, size_t n, int strict, struct bundle *b)
{
	struct ingest_options o;
	ingest_options_default(&o);
	o.strict = strict;
	struct diag d;
	diag_init(&d);
	bundle_init(b);
	ingest_read_mem(f, n, &o, b, &d);
	int ok = d.n_errors == 0;
	if (ok)
		check_invariants(b);
	diag_free(&d);
	return ok;
}

static int run_kind(const char *kind, const uint8_t *data, size_t size)
{
	char name[64];
	snprintf(name, sizeof name, "%s.csv", kind);
	struct ingest_mem_file f[2] = {{name, data, size}, {"sorts.csv", companion,
							    sizeof companion - 1}};
	struct bundle b;
	read_bundle(f, strcmp(kind, "sorts") ? 2 : 1, (int)(size & 1), &b);
	bundle_free(&b);
	return 0;
}

/* A line "@@ NAME" or "@@@@" at p (the start of a line)?  *name_len: 0 for
 * "@@@@"; returns the length of the line with its newline, 0 when none. */
static size_t marker(const uint8_t *p, const uint8_t *end, size_t *name_len)
{
	if (end - p < 3 || p[0] != '@' || p[1] != '@')
		return 0;
	const uint8_t *nl = memchr(p, '\n', (size_t)(end - p));
	size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
	if (len == 4 && p[2] == '@' && p[3] == '@')
		*name_len = 0;
	else if (p[2] == ' ' && len > 3 && len < 60)
		*name_len = len - 3;
	else
		return 0;
	return len + (nl != NULL);
}

struct split {
	struct ingest_mem_file f[MAX_BUNDLES][MAX_FILES];
	size_t n[MAX_BUNDLES], n_bundles;
	char names[MAX_BUNDLES * MAX_FILES][64];
	size_t n_names;
};

static void open_file(struct split *s, const char *name, size_t len, const uint8_t *at)
{
	size_t bi = s->n_bundles - 1;
	if (s->n[bi] == MAX_FILES || s->n_names == MAX_BUNDLES * MAX_FILES)
		return;
	char *nm = s->names[s->n_names++];
	memcpy(nm, name, len);
	nm[len] = '\0';
	s->f[bi][s->n[bi]++] = (struct ingest_mem_file){nm, at, 0};
}

static void split_input(struct split *s, const uint8_t *data, size_t size)
{
	memset(s, 0, sizeof *s);
	s->n_bundles = 1;
	open_file(s, "sorts.csv", 9, data);
	const uint8_t *end = data + size;
	for (const uint8_t *p = data; p < end;) {
		size_t name_len, m = marker(p, end, &name_len);
		struct ingest_mem_file *cur = &s->f[s->n_bundles - 1][s->n[s->n_bundles - 1] - 1];
		if (!m) {
			const uint8_t *nl = memchr(p, '\n', (size_t)(end - p));
			p = nl ? nl + 1 : end;
			cur->n = (size_t)(p - (const uint8_t *)cur->bytes);
			continue;
		}
		if (name_len == 0 && s->n_bundles < MAX_BUNDLES) {
			s->n_bundles++;
			open_file(s, "sorts.csv", 9, p + m);
		} else if (name_len) {
			open_file(s, (const char *)p + 3, name_len, p + m);
		}
		p += m;
	}
}

static void write_twice(struct store *st, const struct bundle *b)
{
	struct diag d;
	diag_init(&d);
	struct store_ingest_result r1 = {0}, r2 = {0};
	if (store_write_bundle(st, b, 0, &d, &r1) == GW_OK) {
		if (store_write_bundle(st, b, 0, &d, &r2) != GW_OK || r2.trajecten_new ||
		    r2.trajecten_replaced || r2.sorts_written ||
		    r2.trajecten_same != r1.trajecten_new + r1.trajecten_same)
			abort(); /* the same bundle again must change nothing */
	}
	diag_free(&d);
}

/* The store: opened (schema created by store_open) once per process; each
 * execution starts from that fresh store's image again, which costs a copy
 * instead of the schema's DDL. */
static struct store *fresh_store(void)
{
	static struct store st;
	static unsigned char *image;
	static sqlite3_int64 n_image;
	if (!image) {
		if (store_open(&st, ":memory:", 1, stderr) != GW_OK)
			abort();
		image = sqlite3_serialize(st.db, "main", &n_image, 0);
		if (!image)
			abort();
		return &st;
	}
	unsigned char *copy = sqlite3_malloc64((sqlite3_uint64)n_image);
	if (!copy)
		abort();
	memcpy(copy, image, (size_t)n_image);
	if (sqlite3_deserialize(st.db, "main", copy, n_image, n_image,
				SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE) !=
	    SQLITE_OK)
		abort();
	return &st;
}

static int run_bundle(const uint8_t *data, size_t size)
{
	static struct split s; /* large: not on the stack */
	split_input(&s, data, size);
	struct store *st = NULL;
	for (size_t i = 0; i < s.n_bundles; i++) {
		struct bundle b;
		if (read_bundle(s.f[i], s.n[i], (int)(size & 1), &b)) {
			if (!st)
				st = fresh_store();
			write_twice(st, &b);
		}
		bundle_free(&b);
	}
	return 0;
}

/* xlsx: the input is a workbook, or (when it does not start as a zip does)
 * the parts of one, each after a line "@@ PART" ("@@ xl/workbook.xml"),
 * which are zipped here first.  Named bundle.xlsx (sheets named like the
 * files) or, by one bit of the size, sorts.xlsx (its first sheet the sorts). */
static int run_xlsx(const uint8_t *data, size_t size)
{
	static struct split s;
	unsigned char *zipped = NULL;
	struct ingest_mem_file f = {size & 2 ? "sorts.xlsx" : "bundle.xlsx", data, size};
	if (size < 2 || data[0] != 'P' || data[1] != 'K') {
		split_input(&s, data, size);
		struct ingest_mem_file parts[MAX_BUNDLES * MAX_FILES];
		size_t n = 0;
		for (size_t i = 0; i < s.n_bundles; i++)
			for (size_t k = i == 0; k < s.n[i]; k++) /* not the text before the first */
				parts[n++] = s.f[i][k];
		f.bytes = zipped = fuzz_zip(parts, n, &f.n);
	}
	struct bundle b;
	if (read_bundle(&f, 1, (int)(size & 1), &b))
		write_twice(fresh_store(), &b);
	bundle_free(&b);
	free(zipped);
	return 0;
}

static const char *const kinds[] = {"sorts", "participants", "trajecten", "cards",
				    "scale", "group_tops", "codebook", "dilemmas"};

int fuzz_run(const char *target, const uint8_t *data, size_t size)
{
	if (strcmp(target, "bundle") == 0)
		return run_bundle(data, size);
	if (strcmp(target, "xlsx") == 0)
		return run_xlsx(data, size);
	for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
		if (strcmp(target, kinds[i]) == 0)
			return run_kind(target, data, size);
	fprintf(stderr, "fuzz: unknown target '%s'\n", target);
	abort();
}
