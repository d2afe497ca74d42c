/* util.h - small helpers every module may use: checked allocation, growable
 * arrays, a string pool, locale-independent number formatting and parsing,
 * SHA-256 for provenance.
 *
 * Allocation failure is not recoverable in goedwerk: xmalloc and friends print
 * "goedwerk: out of memory" and exit(3). */
#ifndef GOEDWERK_UTIL_H
#define GOEDWERK_UTIL_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

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

/* String pool: interned, immutable, NUL-terminated strings that live until
 * strpool_free.  Equal strings intern to the same pointer, so pointer
 * equality is string equality for pooled strings. */
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

/* Numbers as text, the same in every locale.  fmt_real writes the shortest
 * decimal that reads back as the same double (15 to 17 digits), with
 * ',' instead of '.' when decimal_comma.  Returns buf. */
char *fmt_real(char *buf, size_t size, double v, int decimal_comma);
/* Round for reading: fixed decimals. */
char *fmt_fixed(char *buf, size_t size, double v, int decimals, int decimal_comma);
/* Parse a whole string as an integer / a '.'-decimal; 0 on success. */
int parse_long(const char *s, long *out);
int parse_double(const char *s, double *out);

/* The whole file, NUL-terminated (it may hold NULs: *len is its size);
 * NULL on I/O failure.  The caller frees it. */
char *read_file(const char *path, size_t *len);

/* Levenshtein distance (bytes).  text_nearest: indices of the known words
 * at the smallest distance from word (at most max_pick, in the order of
 * known) into pick; returns how many, 0 when even the nearest is too far
 * (more than about half the word) to be a useful hint. */
size_t text_distance(const char *a, const char *b);
size_t text_nearest(const char *word, const char *const *known, size_t n_known, size_t *pick,
		    size_t max_pick);

/* SHA-256 (FIPS 180-4). */
struct sha256 {
	uint32_t h[8];
	uint64_t len;
	unsigned char buf[64];
	size_t nbuf;
};
void sha256_init(struct sha256 *c);
void sha256_update(struct sha256 *c, const void *data, size_t n);
void sha256_final(struct sha256 *c, unsigned char out[32]);
/* Hex digest of a whole file into hex[65]; 0 on success. */
int sha256_file_hex(const char *path, char hex[65]);
void sha256_hex(const unsigned char d[32], char hex[65]);

#endif
