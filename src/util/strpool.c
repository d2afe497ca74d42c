/* strpool.c - interned strings in arena blocks; equal strings share one
 * pointer, so a million sorts naming the same traject cost one copy. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "goedwerk/strpool.h"

#define BLOCK 65536

static uint64_t hash(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ull; /* FNV-1a */
	for (size_t i = 0; i < n; i++) {
		h ^= (unsigned char)s[i];
		h *= 1099511628211ull;
	}
	return h;
}

void strpool_init(struct strpool *p)
{
	memset(p, 0, sizeof *p);
}

void strpool_free(struct strpool *p)
{
	for (size_t i = 0; i < p->nblocks; i++)
		free(p->blocks[i]);
	free(p->blocks);
	free(p->slots);
	memset(p, 0, sizeof *p);
}

static char *store_copy(struct strpool *p, const char *s, size_t n)
{
	if (n + 1 > p->arena_left) {
		size_t size = n + 1 > BLOCK ? n + 1 : BLOCK;
		GROW(p->blocks, p->capblocks, p->nblocks + 1);
		p->arena = xmalloc(size);
		p->blocks[p->nblocks++] = p->arena;
		p->arena_left = size;
	}
	char *d = p->arena;
	memcpy(d, s, n);
	d[n] = '\0';
	p->arena += n + 1;
	p->arena_left -= n + 1;
	return d;
}

static void rehash(struct strpool *p)
{
	size_t n = p->nslots ? p->nslots * 2 : 1024;
	char **slots = xcalloc(n, sizeof *slots);
	for (size_t i = 0; i < p->nslots; i++) {
		char *s = p->slots[i];
		if (!s)
			continue;
		size_t j = hash(s, strlen(s)) & (n - 1);
		while (slots[j])
			j = (j + 1) & (n - 1);
		slots[j] = s;
	}
	free(p->slots);
	p->slots = slots;
	p->nslots = n;
}

const char *strpool_intern(struct strpool *p, const char *s, size_t len)
{
	if ((p->used + 1) * 2 > p->nslots)
		rehash(p);
	size_t j = hash(s, len) & (p->nslots - 1);
	while (p->slots[j]) {
		const char *t = p->slots[j];
		if (strncmp(t, s, len) == 0 && t[len] == '\0')
			return t;
		j = (j + 1) & (p->nslots - 1);
	}
	p->slots[j] = store_copy(p, s, len);
	p->used++;
	return p->slots[j];
}

const char *strpool_get(struct strpool *p, const char *s)
{
	return s ? strpool_intern(p, s, strlen(s)) : NULL;
}
