/* index.c - an open-addressing hash index from caller keys to array
 * positions.  It stores only hash and position (8 bytes a slot), so a
 * million sorts cost 16 MB of index, and the caller's array holds the keys.
 * Positions must fit in 32 bits. */
#include <stdlib.h>
#include <string.h>
#include "internal.h"
#include "goedwerk/alloc.h"

void idx_init(struct idx *x)
{
	memset(x, 0, sizeof *x);
}

void idx_free(struct idx *x)
{
	free(x->slots);
	memset(x, 0, sizeof *x);
}

static uint64_t mix(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdull;
	h ^= h >> 33;
	h *= 0xc4ceb9fe1a85ec53ull;
	h ^= h >> 33;
	return h;
}

uint64_t idx_hash_ptrs(const void *const *p, size_t n)
{
	uint64_t h = 0x9e3779b97f4a7c15ull;
	for (size_t i = 0; i < n; i++)
		h = mix(h ^ (uint64_t)(uintptr_t)p[i]) + i;
	return h;
}

uint64_t idx_hash_str(const char *s, size_t n)
{
	uint64_t h = 1469598103934665603ull;
	for (size_t i = 0; i < n; i++) {
		unsigned char ch = (unsigned char)s[i];
		if (ch >= 'A' && ch <= 'Z')
			ch = (unsigned char)(ch - 'A' + 'a');
		h = (h ^ ch) * 1099511628211ull;
	}
	return mix(h);
}

size_t idx_find(const struct idx *x, uint64_t h, idx_eq eq, const void *ctx, const void *key)
{
	if (!x->n)
		return INGEST_NONE;
	uint32_t tag = (uint32_t)(h >> 32);
	for (size_t j = mix(tag) & (x->n - 1);; j = (j + 1) & (x->n - 1)) {
		uint64_t s = x->slots[j];
		if (!s)
			return INGEST_NONE;
		if ((uint32_t)(s >> 32) == tag) {
			size_t pos = (size_t)(uint32_t)s - 1;
			if (eq(ctx, pos, key))
				return pos;
		}
	}
}

static void put(uint64_t *slots, size_t n, uint64_t s, uint64_t h)
{
	size_t j = h & (n - 1);
	while (slots[j])
		j = (j + 1) & (n - 1);
	slots[j] = s;
}

void idx_add(struct idx *x, uint64_t h, size_t pos)
{
	if ((x->used + 1) * 2 > x->n) {
		size_t n = x->n ? 2 * x->n : 64;
		uint64_t *slots = xcalloc(n, sizeof *slots);
		/* a slot keeps the high 32 hash bits (the tag); the probe starts
		 * from the tag too, so growing needs no caller callback */
		for (size_t j = 0; j < x->n; j++)
			if (x->slots[j])
				put(slots, n, x->slots[j], mix(x->slots[j] >> 32));
		free(x->slots);
		x->slots = slots;
		x->n = n;
	}
	uint64_t tag = h >> 32;
	put(x->slots, x->n, tag << 32 | (uint64_t)(pos + 1), mix(tag));
	x->used++;
}
