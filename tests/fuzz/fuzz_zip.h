/* fuzz_zip.h - zip named parts in memory (fuzz_zip.c). */
#ifndef GOEDWERK_FUZZ_ZIP_H
#define GOEDWERK_FUZZ_ZIP_H

#include <stddef.h>
#include "goedwerk/ingest.h"

/* The archive's bytes (*n of them; the caller frees). */
unsigned char *fuzz_zip(const struct ingest_mem_file *parts, size_t n_parts, size_t *n);

#endif
