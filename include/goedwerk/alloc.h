/* alloc.h - checked allocation and growable arrays.
 *
 * Allocation failure is not recoverable in goedwerk: xmalloc and friends print
 * "goedwerk: out of memory" and exit(3). */
#ifndef GOEDWERK_ALLOC_H
#define GOEDWERK_ALLOC_H

#include <stddef.h>

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
/* printf into a fresh string; the caller frees it. */
__attribute__((format(printf, 1, 2))) char *xasprintf(const char *fmt, ...);

/* Grow *v (element size sz) so that it holds at least need elements. */
void grow(void **v, size_t *cap, size_t need, size_t sz);
#define GROW(v, cap, need) grow((void **)&(v), &(cap), (need), sizeof *(v))

#endif
