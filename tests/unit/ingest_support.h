/* ingest_support.h - helpers for the ingest tests (see ingest_support.c). */
#ifndef GOEDWERK_TEST_INGEST_SUPPORT_H
#define GOEDWERK_TEST_INGEST_SUPPORT_H
#include <stddef.h>
#include "goedwerk/bundle.h"
char *ingest_test_tmpdir(void);                 /* caller passes it to ingest_test_rmdir */
void ingest_test_write(const char *dir, const char *name, const void *bytes, size_t n);
void ingest_test_rmdir(char *dir);              /* removes and frees */
char *ingest_test_dump(const struct bundle *b); /* caller frees */
#endif
