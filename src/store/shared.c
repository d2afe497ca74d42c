/* shared.c - what trajecten share: card sets (cards + scale) and codebook
 * tags (codebook.c).  A repeat must be identical; a different one under the
 * same name would silently change stored sorts, so it is refused. */
#include <stdlib.h>
#include <string.h>
#include "goedwerk/sha256.h"
#include "store_internal.h"

static void hash_text(struct sha256 *c, const char *s)
{
	static const unsigned char sep = 0x1f, null_mark = 0x01;
	if (s)
		sha256_update(c, s, strlen(s));
	else
		sha256_update(c, &null_mark, 1);
	sha256_update(c, &sep, 1);
}

static void card_set_hash(const struct bundle_card_set *cs, char hex[65])
{
	struct sha256 c;
	unsigned char d[32];
	char buf[64];
	sha256_init(&c);
	for (size_t j = 0; j < cs->n_cards; j++) {
		hash_text(&c, cs->cards[j].card);
		hash_text(&c, cs->cards[j].label_nl);
		hash_text(&c, cs->cards[j].label_en);
		hash_text(&c, cs->cards[j].canonical);
	}
	for (size_t k = 0; k < cs->n_scale; k++) {
		snprintf(buf, sizeof buf, "%d %d", cs->scale[k].value, cs->scale[k].count);
		hash_text(&c, buf);
		hash_text(&c, cs->scale[k].label_nl);
		hash_text(&c, cs->scale[k].label_en);
	}
	sha256_final(&c, d);
	sha256_hex(d, hex);
}

int store_bind_opt(sqlite3_stmt *st, int i, const char *s)
{
	return s ? sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC) : sqlite3_bind_null(st, i);
}

int store_step_once(sqlite3_stmt *st)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

static enum gw_status insert_card_set(struct store *s, const struct bundle_card_set *cs, const char *hash)
{
	sqlite3_stmt *set = NULL, *card = NULL, *cat = NULL;
	enum gw_status st = GW_EINTERNAL;
	if (sqlite3_prepare_v2(s->db, "INSERT INTO card_sets VALUES(?1,?2,?3,?4,?5,?6)", -1, &set, NULL) ||
	    sqlite3_prepare_v2(s->db, "INSERT INTO cards VALUES(?1,?2,?3,?4,?5,?6)", -1, &card, NULL) ||
	    sqlite3_prepare_v2(s->db, "INSERT INTO scale VALUES(?1,?2,?3,?4,?5)", -1, &cat, NULL))
		goto out;
	sqlite3_bind_text(set, 1, cs->name, -1, SQLITE_STATIC);
	sqlite3_bind_int64(set, 2, (sqlite3_int64)cs->n_cards);
	sqlite3_bind_int(set, 3, cs->n_scale ? cs->scale[0].value : 1);
	sqlite3_bind_int(set, 4, cs->n_scale ? cs->scale[cs->n_scale - 1].value : 5);
	sqlite3_bind_int(set, 5, cs->forced);
	sqlite3_bind_text(set, 6, hash, -1, SQLITE_STATIC);
	if (store_step_once(set))
		goto out;
	for (size_t j = 0; j < cs->n_cards; j++) {
		sqlite3_bind_text(card, 1, cs->name, -1, SQLITE_STATIC);
		sqlite3_bind_int64(card, 2, (sqlite3_int64)j + 1);
		sqlite3_bind_text(card, 3, cs->cards[j].card, -1, SQLITE_STATIC);
		sqlite3_bind_text(card, 4, cs->cards[j].label_nl, -1, SQLITE_STATIC);
		store_bind_opt(card, 5, cs->cards[j].label_en);
		store_bind_opt(card, 6, cs->cards[j].canonical);
		if (store_step_once(card))
			goto out;
	}
	for (size_t k = 0; k < cs->n_scale; k++) {
		const struct bundle_category *c = &cs->scale[k];
		sqlite3_bind_text(cat, 1, cs->name, -1, SQLITE_STATIC);
		sqlite3_bind_int(cat, 2, c->value);
		store_bind_opt(cat, 3, c->label_nl ? c->label_nl : "");
		store_bind_opt(cat, 4, c->label_en);
		if (c->count != BUNDLE_NOT_FORCED)
			sqlite3_bind_int(cat, 5, c->count);
		if (store_step_once(cat))
			goto out;
	}
	st = GW_OK;
out:
	sqlite3_finalize(set);
	sqlite3_finalize(card);
	sqlite3_finalize(cat);
	return st;
}

int store_lookup(struct store *s, const char *sql, const char *key, const char *key2, char *out,
		 size_t size)
{
	sqlite3_stmt *st;
	int found = 0;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return -1;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	if (key2)
		sqlite3_bind_text(st, 2, key2, -1, SQLITE_STATIC);
	if (sqlite3_step(st) == SQLITE_ROW) {
		found = 1;
		const unsigned char *t = sqlite3_column_text(st, 0);
		snprintf(out, size, "%s", t ? (const char *)t : "");
	}
	sqlite3_finalize(st);
	return found;
}

static enum gw_status write_card_sets(struct store *s, const struct bundle *b, struct diag *d)
{
	for (size_t i = 0; i < b->n_card_sets; i++) {
		const struct bundle_card_set *cs = &b->card_sets[i];
		char hash[65], old[65];
		card_set_hash(cs, hash);
		int found = store_lookup(s, "SELECT content_hash FROM card_sets WHERE card_set = ?1",
					 cs->name, NULL, old, sizeof old);
		if (found < 0)
			return GW_EINTERNAL;
		if (found && strcmp(old, hash) != 0)
			diag_error(d, NULL, 0, 0, "card set '%s' is already stored with other cards or "
				   "categories (expected the same set, or a new name)", cs->name);
		else if (!found && insert_card_set(s, cs, hash) != GW_OK)
			return GW_EINTERNAL;
	}
	return GW_OK;
}

enum gw_status store_write_shared(struct store *s, const struct bundle *b, struct diag *d)
{
	enum gw_status st = write_card_sets(s, b, d);
	return st == GW_OK ? store_write_codebook(s, b, d) : st;
}
