/* levels.c - level tables for the factors of a dataset. */
#include <stdlib.h>
#include <string.h>
#include "levels.h"
#include "goedwerk/alloc.h"

void levels_init(struct levels *l)
{
	memset(l, 0, sizeof *l);
}

void levels_free(struct levels *l)
{
	free(l->names);
	free(l->slots);
	memset(l, 0, sizeof *l);
}

static size_t ptr_hash(const char *p, size_t mask)
{
	uintptr_t x = (uintptr_t)p;
	x ^= x >> 17;
	x *= 0x9E3779B97F4A7C15ull;
	return (size_t)(x >> 20) & mask;
}

static void rehash(struct levels *l)
{
	size_t n = l->nslots ? l->nslots * 2 : 64;
	free(l->slots);
	l->slots = xmalloc(n * sizeof *l->slots);
	for (size_t i = 0; i < n; i++)
		l->slots[i] = -1;
	l->nslots = n;
	for (size_t k = 0; k < l->n; k++) {
		size_t j = ptr_hash(l->names[k], n - 1);
		while (l->slots[j] >= 0)
			j = (j + 1) & (n - 1);
		l->slots[j] = (int32_t)k;
	}
}

static int32_t levels_code_lookup(struct levels *l, const char *pooled);

int32_t levels_code(struct levels *l, const char *pooled)
{
	if (!pooled)
		return -1;
	if (pooled == l->last_key) /* runs of equal values are the common case */
		return l->last_code;
	l->last_key = pooled;
	l->last_code = levels_code_lookup(l, pooled);
	return l->last_code;
}

static int32_t levels_code_lookup(struct levels *l, const char *pooled)
{
	if ((l->n + 1) * 2 > l->nslots)
		rehash(l);
	size_t j = ptr_hash(pooled, l->nslots - 1);
	while (l->slots[j] >= 0) {
		if (l->names[l->slots[j]] == pooled)
			return l->slots[j];
		j = (j + 1) & (l->nslots - 1);
	}
	GROW(l->names, l->cap, l->n + 1);
	l->names[l->n] = pooled;
	l->slots[j] = (int32_t)l->n;
	return (int32_t)l->n++;
}

/* Fixed ranks for the words SPEC defines, so tables list them naturally. */
static int word_rank(const char *s, enum level_order order)
{
	static const char *const phases[] = {"individual", "exchange"};
	static const char *const persp[] = {"professional", "personal"};
	const char *const *w = order == ORDER_PHASE ? phases : persp;
	for (int i = 0; i < 2; i++)
		if (strcmp(s, w[i]) == 0)
			return i;
	return 2;
}

/* Age bands "<35" < "35-49" < "50+", years numerically, else text. */
static double band_key(const char *s)
{
	if (s[0] == '<')
		return strtod(s + 1, NULL) - 0.5;
	char *end;
	double v = strtod(s, &end);
	return end == s ? 1e300 : v;
}

static enum level_order g_order; /* qsort has no context argument in C11 */

static int cmp_names(const void *a, const void *b)
{
	const char *x = *(const char *const *)a, *y = *(const char *const *)b;
	if (g_order == ORDER_PHASE || g_order == ORDER_PERSPECTIVE) {
		int d = word_rank(x, g_order) - word_rank(y, g_order);
		if (d)
			return d;
	} else if (g_order == ORDER_NUMERIC_BAND) {
		double kx = band_key(x), ky = band_key(y);
		if (kx != ky)
			return kx < ky ? -1 : 1;
	}
	return strcmp(x, y);
}

static const struct ds_factor *g_factor; /* for cmp_codes, as g_order */

static int cmp_codes(const void *a, const void *b)
{
	return strcmp(g_factor->levels[*(const int32_t *)a], g_factor->levels[*(const int32_t *)b]);
}

/* f->by_name: the level codes in strcmp order, so that ds_level_code
 * searches instead of scanning (levels are in the factor's own order). */
static void index_by_name(struct ds_factor *f)
{
	f->by_name = xmalloc((f->n_levels ? f->n_levels : 1) * sizeof *f->by_name);
	for (size_t k = 0; k < f->n_levels; k++)
		f->by_name[k] = (int32_t)k;
	g_factor = f;
	qsort(f->by_name, f->n_levels, sizeof *f->by_name, cmp_codes);
}

void levels_finish(struct levels *l, enum level_order order, struct ds_factor *f,
		   int32_t *const *code_arrays, const size_t *code_lens, size_t n_arrays)
{
	const char **sorted = xmalloc((l->n ? l->n : 1) * sizeof *sorted);
	if (l->n) /* names is NULL for a factor nobody has */
		memcpy(sorted, l->names, l->n * sizeof *sorted);
	g_order = order;
	qsort(sorted, l->n, sizeof *sorted, cmp_names);
	int32_t *remap = xmalloc((l->n ? l->n : 1) * sizeof *remap);
	f->n_levels = l->n;
	f->levels = xmalloc((l->n ? l->n : 1) * sizeof *f->levels);
	for (size_t k = 0; k < l->n; k++) {
		f->levels[k] = xstrdup(sorted[k]);
		remap[levels_code(l, sorted[k])] = (int32_t)k;
	}
	for (size_t a = 0; a < n_arrays; a++)
		for (size_t i = 0; i < code_lens[a]; i++)
			if (code_arrays[a][i] >= 0)
				code_arrays[a][i] = remap[code_arrays[a][i]];
	free(remap);
	free(sorted);
	index_by_name(f);
}
