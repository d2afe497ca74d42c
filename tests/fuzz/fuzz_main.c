/* fuzz_main.c - the libFuzzer entry of one target, FUZZ_TARGET (a macro
 * given by scripts/fuzz.sh). */
#include <stddef.h>
#include <stdint.h>
#include "fuzz_targets.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	return fuzz_run(FUZZ_TARGET, data, size);
}
