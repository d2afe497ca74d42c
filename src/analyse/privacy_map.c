/* privacy_map.c - a string -> index map for the privacy engine (open
 * addressing, FNV-1a); see privacy_internal.h. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "privacy_internal.h"

static uint64_t hash(const char *s)
{
	uint64_t h = 1469598103934665603ull;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return h;
}

void privacy_map_free(struct map *m)
{
	for (size_t i = 0; i < m->cap; i++)
		free(m->key[i]);
	free(m->key);
	free(m->val);
	memset(m, 0, sizeof *m);
}

static void privacy_map_grow(struct map *m)
{
	struct map old = *m;
	m->cap = old.cap ? 2 * old.cap : 64;
	m->key = xcalloc(m->cap, sizeof *m->key);
	m->val = xcalloc(m->cap, sizeof *m->val);
	m->n = 0;
	for (size_t i = 0; i < old.cap; i++)
		if (old.key[i]) {
			int found;
			*privacy_map_slot(m, old.key[i], &found) = old.val[i];
		}
	privacy_map_free(&old);
}

/* The value slot of k, inserted (with found = 0) when new. */
size_t *privacy_map_slot(struct map *m, const char *k, int *found)
{
	if (2 * (m->n + 1) > m->cap)
		privacy_map_grow(m);
	size_t i = hash(k) & (m->cap - 1);
	while (m->key[i] && strcmp(m->key[i], k) != 0)
		i = (i + 1) & (m->cap - 1);
	*found = m->key[i] != NULL;
	if (!*found) {
		m->key[i] = xstrdup(k);
		m->n++;
	}
	return &m->val[i];
}

size_t privacy_map_get(const struct map *m, const char *k)
{
	if (!m->cap)
		return NO_CELL;
	size_t i = hash(k) & (m->cap - 1);
	while (m->key[i] && strcmp(m->key[i], k) != 0)
		i = (i + 1) & (m->cap - 1);
	return m->key[i] ? m->val[i] : NO_CELL;
}
