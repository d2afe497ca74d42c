/* file.h - a whole file into memory, with a size bound.  Only regular files
 * are read: a named pipe would block, a device (/dev/zero) never end. */
#ifndef GOEDWERK_FILE_H
#define GOEDWERK_FILE_H

#include <stddef.h>

#define FILE_READ_MAX ((size_t)1 << 30) /* read_file's bound: 1 GiB */
#define FILE_TOO_LARGE "is larger than the size limit" /* the *why of a file past max */

/* The whole regular file of at most max bytes, NUL-terminated (it may hold
 * NULs: *len is its size).  NULL on failure, with *why (when why is not
 * NULL) saying what is wrong in words: "is a named pipe, not a regular
 * file", FILE_TOO_LARGE, or strerror.  Opened without
 * blocking, so a FIFO never hangs.  The caller frees it. */
char *read_file_max(const char *path, size_t max, size_t *len, const char **why);
/* read_file_max with FILE_READ_MAX. */
char *read_file(const char *path, size_t *len);
/* What a non-regular file is ("a folder", "a named pipe", ...), NULL when
 * mode is a regular file's. */
const char *file_type_word(unsigned mode);

#endif
