/* fuzz_targets.h - one entry for every fuzz target (fuzz_targets.c). */
#ifndef GOEDWERK_FUZZ_TARGETS_H
#define GOEDWERK_FUZZ_TARGETS_H

#include <stddef.h>
#include <stdint.h>

/* target: a file kind ("sorts", "participants", ...) or "bundle". */
int fuzz_run(const char *target, const uint8_t *data, size_t size);

#endif
