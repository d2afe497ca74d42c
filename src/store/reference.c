/* reference.c - what the store holds that a later bundle may use without
 * repeating it: the card sets (cards and scale) and the codebook versions,
 * read back into a bundle as ingest built them, so that a set the bundle
 * uses hashes as it did when stored. */
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "store_internal.h"

static const char *text(struct bundle *b, sqlite3_stmt *st, int col)
{
	const unsigned char *t = sqlite3_column_text(st, col);
	return t ? strpool_intern(&b->pool, (const char *)t, strlen((const char *)t)) : NULL;
}

static int prepare(struct store *s, const char *sql, sqlite3_stmt **st)
{
	return sqlite3_prepare_v2(s->db, sql, -1, st, NULL) == SQLITE_OK ? 0 : -1;
}

/* The cards and scale of cs (named), in card and category order. */
static int read_set(sqlite3_stmt *cards, sqlite3_stmt *scale, struct bundle_card_set *cs,
		    struct bundle *b)
{
	size_t cap = 0;
	int rc;
	sqlite3_bind_text(cards, 1, cs->name, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(cards)) == SQLITE_ROW) {
		GROW(cs->cards, cap, cs->n_cards + 1);
		cs->cards[cs->n_cards++] = (struct bundle_card){text(b, cards, 0), text(b, cards, 1),
								text(b, cards, 2), text(b, cards, 3)};
	}
	sqlite3_reset(cards);
	if (rc != SQLITE_DONE)
		return -1;
	cap = 0;
	sqlite3_bind_text(scale, 1, cs->name, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(scale)) == SQLITE_ROW) {
		GROW(cs->scale, cap, cs->n_scale + 1);
		struct bundle_category *g = &cs->scale[cs->n_scale++];
		g->value = sqlite3_column_int(scale, 0);
		g->label_nl = text(b, scale, 1);
		g->label_en = text(b, scale, 2);
		g->count = sqlite3_column_type(scale, 3) == SQLITE_NULL ? BUNDLE_NOT_FORCED
			   : sqlite3_column_int(scale, 3);
	}
	sqlite3_reset(scale);
	return rc == SQLITE_DONE ? 0 : -1;
}

static int read_sets(struct store *s, struct bundle *b)
{
	sqlite3_stmt *sets = NULL, *cards = NULL, *scale = NULL;
	int rc = -1;
	if (prepare(s, "SELECT card_set, forced FROM card_sets ORDER BY card_set", &sets) ||
	    prepare(s, "SELECT card, label_nl, label_en, canonical FROM cards WHERE card_set = ?1"
		    " ORDER BY pos", &cards) ||
	    prepare(s, "SELECT category, label_nl, label_en, count FROM scale WHERE card_set = ?1"
		    " ORDER BY category", &scale))
		goto out;
	while ((rc = sqlite3_step(sets)) == SQLITE_ROW) {
		GROW(b->card_sets, b->cap_card_sets, b->n_card_sets + 1);
		struct bundle_card_set *cs = &b->card_sets[b->n_card_sets++];
		memset(cs, 0, sizeof *cs);
		cs->name = text(b, sets, 0);
		cs->forced = sqlite3_column_int(sets, 1);
		cs->from_file = 1;
		if (read_set(cards, scale, cs, b))
			goto out;
	}
	rc = rc == SQLITE_DONE ? 0 : -1;
out:
	sqlite3_finalize(sets);
	sqlite3_finalize(cards);
	sqlite3_finalize(scale);
	return rc;
}

static int read_codebook(struct store *s, struct bundle *b)
{
	sqlite3_stmt *st;
	if (prepare(s, "SELECT codebook, tag, label_nl, label_en, pillar, axis, canonical"
		    " FROM codebook ORDER BY rowid", &st))
		return -1;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		GROW(b->codebook, b->cap_codebook, b->n_codebook + 1);
		struct bundle_code *k = &b->codebook[b->n_codebook++];
		memset(k, 0, sizeof *k);
		k->codebook = text(b, st, 0);
		k->tag = text(b, st, 1);
		k->label_nl = text(b, st, 2);
		k->label_en = text(b, st, 3);
		k->pillar = text(b, st, 4);
		k->axis = text(b, st, 5);
		k->canonical = text(b, st, 6);
		k->canonical_checked = 1;
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

enum gw_status store_read_reference(struct store *s, struct bundle *b, struct diag *d)
{
	if (read_sets(s, b) || read_codebook(s, b))
		return store_write_failed(s, d, "read");
	return GW_OK;
}
