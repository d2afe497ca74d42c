/* fuzz_main.c - the libFuzzer entry: one binary for every target, chosen by
 * $GOEDWERK_FUZZ_TARGET (scripts/fuzz.sh sets it), so that a campaign over
 * all targets builds once per sanitizer. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include "fuzz_targets.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char *target;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	target = getenv("GOEDWERK_FUZZ_TARGET");
	if (!target || !*target) {
		fprintf(stderr, "fuzz: set GOEDWERK_FUZZ_TARGET (sorts, ..., bundle, xlsx)\n");
		exit(2);
	}
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_run(target, data, size);
}
