/* rows_sorts_long.c - long form: one row per placement.  An empty category
 * is an error (leave the row out to leave the card out); a card placed twice
 * in one sort is an error; a forced-distribution break is reported at the
 * row that overflows its category. */
#include <stdlib.h>
#include <string.h>
#include "internal.h"
#include "goedwerk/alloc.h"

/* The compact path: rows of one sort usually follow each other, so the sort
 * columns of the previous row are kept as one string; a row whose sort
 * columns are byte-identical reuses its sort without interning or lookups. */
struct long_state {
	char prev[512];
	size_t prev_len;
	int valid;
	struct sort_head k;
	size_t sort;
};

static size_t head_key(const struct reader *r, const struct csv_row *row, char *buf, size_t size)
{
	size_t k = 0;
	for (int s = SO_TRAJECT; s <= SO_TABLE; s++) {
		const char *v = reader_get(r, row, s);
		size_t n = strlen(v);
		if (k + n + 1 > size)
			return 0;
		memcpy(buf + k, v, n);
		k += n;
		buf[k++] = '\x1f';
	}
	return k;
}

void sorts_long_done(struct reader *r)
{
	if (r->row == sorts_long_row)
		free(r->state);
	r->state = NULL;
}

static void differs(struct reader *r, const struct csv_row *row, int s, size_t sort)
{
	char at[1024];
	diag_error(r->c->d, r->file, reader_line(row, r, s), reader_col(r, s),
		   "%s differs from an earlier row of the same sort (expected one %s per sort, "
		   "as at %s)", sort_specs[s].name, sort_specs[s].name,
		   diag_place(at, sizeof at, r->c->sort_file[sort], r->c->sort_line[sort], 0));
}

void sorts_long_row(struct reader *r, const struct csv_row *row)
{
	struct ingest_ctx *c = r->c;
	struct long_state *ls = r->state;
	if (!ls)
		ls = r->state = xcalloc(1, sizeof *ls);
	struct sort_head k;
	const char *card = reader_get(r, row, SO_CARD), *cat = reader_get(r, row, SO_CATEGORY);
	long card_line = reader_line(row, r, SO_CARD), card_col = reader_col(r, SO_CARD);
	long cat_line = reader_line(row, r, SO_CATEGORY), cat_col = reader_col(r, SO_CATEGORY);
	char key[sizeof ls->prev];
	size_t key_len = head_key(r, row, key, sizeof key);
	int same = ls->valid && key_len && key_len == ls->prev_len && memcmp(key, ls->prev, key_len) == 0;
	int ok = 1;
	if (same)
		k = ls->k;
	else
		ok = sorts_head(r, row, &k) == 0;
	if (!*card) {
		diag_error(c->d, r->file, card_line, card_col, "empty card (expected a card id)");
		ok = 0;
	}
	if (!*cat) {
		diag_error(c->d, r->file, cat_line, cat_col, "empty category (expected a category; "
			   "leave the row out to leave the card out)");
		ok = 0;
	}
	if (!k.set || k.set->bad)
		return;
	size_t pos = INGEST_NONE;
	if (*card) {
		pos = cards_find(k.set, card, strlen(card));
		if (pos == INGEST_NONE) {
			cards_unknown(c, k.set, k.set->cs.name, card, r->file, card_line, card_col);
			ok = 0;
		}
	}
	int v = 0;
	if (*cat && cards_category(k.set, cat, &v)) {
		const struct bundle_card_set *cs = &k.set->cs;
		char hint[600];
		diag_error(c->d, r->file, cat_line, cat_col, "category '%s' is not on the scale "
			   "(expected %d..%d or a label of the scale of set '%s'%s)", cat,
			   cs->scale[0].value, cs->scale[cs->n_scale - 1].value, cs->name,
			   cards_pile_hint(k.set, cat, hint, sizeof hint));
		ok = 0;
	}
	if (!ok)
		return;
	size_t s = same ? ls->sort : sorts_find(c, &k);
	if (s == INGEST_NONE) {
		s = sorts_add(c, &k, row->row_line);
	} else if (!same) {
		const struct bundle_sort *o = &c->b->sorts[s];
		if (o->date != k.date)
			differs(r, row, SO_DATE, s);
		if (o->table != k.table)
			differs(r, row, SO_TABLE, s);
	}
	if (!same && key_len) {
		memcpy(ls->prev, key, key_len);
		ls->prev_len = key_len;
		ls->k = k;
		ls->sort = s;
		ls->valid = 1;
	}
	int8_t *cats = c->b->sorts[s].cats;
	if (cats[pos] != BUNDLE_MISSING) {
		diag_error(c->d, r->file, card_line, card_col, "card '%s' placed twice in one sort "
			   "(expected each card once per sort)", card);
		return;
	}
	cats[pos] = (int8_t)v;
	if (!k.set->cs.forced)
		return;
	int n = 0;
	for (size_t i = 0; i < k.set->cs.n_cards; i++)
		n += cats[i] == v;
	const struct bundle_category *g = &k.set->cs.scale[v - k.set->cs.scale[0].value];
	if (n == g->count + 1)
		sorts_forced_break(c, cat_line, cat_col, k.set, v, n);
}
