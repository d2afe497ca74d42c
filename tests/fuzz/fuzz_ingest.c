/* fuzz_ingest.c - libFuzzer target for ingest: the input becomes sorts.csv,
 * or, when it holds a line "@@", the part before it sorts.csv and the part
 * after it a second file whose kind follows from the input length.  Any
 * input must give diagnostics, never a crash, a hang or a leak.
 *
 *   scripts/fuzz.sh          run it under libFuzzer (clang)
 *   make fuzz-replay         replay tests/fuzz/corpus under ASan/UBSan */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "goedwerk/bundle.h"
#include "goedwerk/diag.h"
#include "goedwerk/ingest.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *const others[] = {"trajecten.csv", "participants.csv", "cards.csv",
				     "scale.csv", "group_tops.csv", "codebook.csv",
				     "dilemmas.csv"};
#define N_OTHERS (sizeof others / sizeof *others)

static char dir[64];

static void put(const char *name, const uint8_t *p, size_t n)
{
	char path[128];
	snprintf(path, sizeof path, "%s/%s", dir, name);
	FILE *f = fopen(path, "wb");
	if (!f)
		abort();
	if (n && fwrite(p, 1, n, f) != n)
		abort();
	fclose(f);
}

static void clear(void)
{
	char path[128];
	for (size_t i = 0; i < N_OTHERS; i++) {
		snprintf(path, sizeof path, "%s/%s", dir, others[i]);
		unlink(path);
	}
}

static void cleanup(void)
{
	char path[128];
	clear();
	snprintf(path, sizeof path, "%s/sorts.csv", dir);
	unlink(path);
	rmdir(dir);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!dir[0]) {
		strcpy(dir, "/tmp/gw-fuzz-XXXXXX");
		if (!mkdtemp(dir))
			abort();
		atexit(cleanup);
	}
	clear();
	const uint8_t *cut = NULL;
	for (size_t i = 0; i + 3 <= size && !cut; i++)
		if (data[i] == '@' && data[i + 1] == '@' && data[i + 2] == '\n' &&
		    (i == 0 || data[i - 1] == '\n'))
			cut = data + i;
	if (cut) {
		put("sorts.csv", data, (size_t)(cut - data));
		put(others[size % N_OTHERS], cut + 3, size - (size_t)(cut - data) - 3);
	} else {
		put("sorts.csv", data, size);
	}
	struct ingest_options o;
	ingest_options_default(&o);
	o.strict = (int)(size & 1);
	struct bundle b;
	struct diag d;
	bundle_init(&b);
	diag_init(&d);
	const char *paths[1] = {dir};
	ingest_read(paths, 1, &o, &b, &d);
	/* the invariants of bundle.h when there are no errors */
	if (d.n_errors == 0) {
		for (size_t i = 0; i < b.n_sorts; i++) {
			const struct bundle_card_set *cs = bundle_find_card_set(&b, b.sorts[i].card_set);
			if (!cs)
				abort();
			for (size_t k = 0; k < cs->n_cards; k++) {
				int v = b.sorts[i].cats[k];
				if (v != BUNDLE_MISSING &&
				    (v < cs->scale[0].value || v > cs->scale[cs->n_scale - 1].value))
					abort();
			}
		}
	}
	diag_free(&d);
	bundle_free(&b);
	return 0;
}
