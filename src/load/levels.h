/* levels.h - build a factor's level table while loading (private to
 * src/load): strings in any order -> dense codes, then sorted in the
 * factor's natural order and codes remapped. */
#ifndef GOEDWERK_LOAD_LEVELS_H
#define GOEDWERK_LOAD_LEVELS_H

#include <stddef.h>
#include <stdint.h>
#include "goedwerk/dataset.h"

struct levels {
	const char **names;   /* pooled */
	size_t n, cap;
	int32_t *slots;       /* hash: index into names, -1 empty */
	size_t nslots;
	const char *last_key; /* the last lookup, answered without hashing */
	int32_t last_code;
};

enum level_order { ORDER_TEXT, ORDER_NUMERIC_BAND, ORDER_PHASE, ORDER_PERSPECTIVE };

void levels_init(struct levels *l);
void levels_free(struct levels *l);
/* Code of a pooled string (pointer identity); NULL -> -1. */
int32_t levels_code(struct levels *l, const char *pooled);
/* Code of a pooled string already there, else -1 (nothing is added). */
int32_t levels_find(const struct levels *l, const char *pooled);
/* Sort the names, copy them into f->levels, remap every code in codes[0..n). */
void levels_finish(struct levels *l, enum level_order order, struct ds_factor *f,
		   int32_t *const *code_arrays, const size_t *code_lens, size_t n_arrays);

#endif
