/* file.h - a whole file into memory. */
#ifndef GOEDWERK_FILE_H
#define GOEDWERK_FILE_H

#include <stddef.h>

/* The whole file, NUL-terminated (it may hold NULs: *len is its size);
 * NULL on I/O failure.  The caller frees it. */
char *read_file(const char *path, size_t *len);

#endif
