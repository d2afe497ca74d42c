/* index.c - small containers for the writer: index lists, pointer maps. */
#include <stdint.h>
#include <stdlib.h>
#include "goedwerk/alloc.h"
#include "store_internal.h"

void index_list_add(struct index_list *l, size_t i)
{
	GROW(l->v, l->cap, l->n + 1);
	l->v[l->n++] = i;
}

void traject_rows_free(struct traject_rows *r)
{
	free(r->participants.v);
	free(r->sorts.v);
	free(r->tops.v);
	free(r->dilemmas.v);
}

static size_t slot(const void *key, size_t mask)
{
	uint64_t x = (uint64_t)(uintptr_t)key;
	x ^= x >> 17;
	x *= 0x9E3779B97F4A7C15ull;
	return (size_t)(x >> 24) & mask;
}

void ptr_index_init(struct ptr_index *ix, size_t expected)
{
	size_t n = 16;
	while (n < 2 * expected + 2)
		n *= 2;
	ix->nslots = n;
	ix->keys = xcalloc(n, sizeof *ix->keys);
	ix->vals = xcalloc(n, sizeof *ix->vals);
}

void ptr_index_put(struct ptr_index *ix, const void *key, size_t val)
{
	size_t j = slot(key, ix->nslots - 1);
	while (ix->keys[j] && ix->keys[j] != key)
		j = (j + 1) & (ix->nslots - 1);
	ix->keys[j] = key;
	ix->vals[j] = val;
}

size_t ptr_index_get(const struct ptr_index *ix, const void *key)
{
	size_t j = slot(key, ix->nslots - 1);
	while (ix->keys[j]) {
		if (ix->keys[j] == key)
			return ix->vals[j];
		j = (j + 1) & (ix->nslots - 1);
	}
	return (size_t)-1;
}

void ptr_index_free(struct ptr_index *ix)
{
	free(ix->keys);
	free(ix->vals);
}
