/* bundle.c - the in-memory bundle: init, free, card-set lookup.  Sort
 * categories (cats) and dilemma tag arrays live in the string pool's blocks
 * (see ingest_arena_alloc), so bundle_free releases them with the pool. */
#include <stdlib.h>
#include <string.h>
#include "goedwerk/bundle.h"
#include "goedwerk/strpool.h"

void bundle_init(struct bundle *b)
{
	memset(b, 0, sizeof *b);
	strpool_init(&b->pool);
}

void bundle_free(struct bundle *b)
{
	for (size_t i = 0; i < b->n_card_sets; i++) {
		free(b->card_sets[i].cards);
		free(b->card_sets[i].scale);
	}
	free(b->card_sets);
	free(b->trajecten);
	free(b->participants);
	free(b->sorts);
	free(b->group_tops);
	free(b->dilemmas);
	free(b->codebook);
	free(b->files);
	strpool_free(&b->pool);
	memset(b, 0, sizeof *b);
}

const struct bundle_card_set *bundle_find_card_set(const struct bundle *b, const char *name)
{
	if (!name)
		return NULL;
	for (size_t i = 0; i < b->n_card_sets; i++)
		if (b->card_sets[i].name == name || strcmp(b->card_sets[i].name, name) == 0)
			return &b->card_sets[i];
	return NULL;
}
