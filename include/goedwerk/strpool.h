/* strpool.h - a string pool: interned, immutable, NUL-terminated strings
 * that live until strpool_free.  Equal strings intern to the same pointer,
 * so pointer equality is string equality for pooled strings. */
#ifndef GOEDWERK_STRPOOL_H
#define GOEDWERK_STRPOOL_H

#include <stddef.h>

struct strpool {
	char **slots; /* open-addressing hash set */
	size_t nslots, used;
	char *arena;  /* current block */
	size_t arena_left;
	char **blocks;
	size_t nblocks, capblocks;
};
void strpool_init(struct strpool *p);
void strpool_free(struct strpool *p);
const char *strpool_intern(struct strpool *p, const char *s, size_t len);
const char *strpool_get(struct strpool *p, const char *s); /* NUL-terminated */

#endif
