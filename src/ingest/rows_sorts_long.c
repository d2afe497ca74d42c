/* rows_sorts_long.c - long form: one row per placement.  An empty category
 * is an error (leave the row out to leave the card out); a card placed twice
 * in one sort is an error; a forced-distribution break is reported at the
 * row that overflows its category. */
#include <string.h>
#include "internal.h"

static void differs(struct reader *r, const struct csv_row *row, int s, size_t sort)
{
	diag_error(r->c->d, r->file, reader_line(row, r, s), reader_col(r, s),
		   "%s differs from an earlier row of the same sort (expected one %s per sort, "
		   "as at %s:%ld)", sort_specs[s].name, sort_specs[s].name, r->c->sort_file[sort],
		   r->c->sort_line[sort]);
}

void sorts_long_row(struct reader *r, const struct csv_row *row)
{
	struct ingest_ctx *c = r->c;
	struct sort_head k;
	const char *card = reader_get(r, row, SO_CARD), *cat = reader_get(r, row, SO_CATEGORY);
	long card_line = reader_line(row, r, SO_CARD), card_col = reader_col(r, SO_CARD);
	long cat_line = reader_line(row, r, SO_CATEGORY), cat_col = reader_col(r, SO_CATEGORY);
	int ok = sorts_head(r, row, &k) == 0;
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
			diag_error(c->d, r->file, card_line, card_col, "unknown card '%s' (expected a "
				   "card of set '%s')", card, k.set->cs.name);
			ok = 0;
		}
	}
	int v = 0;
	if (*cat && cards_category(k.set, cat, &v)) {
		const struct bundle_card_set *cs = &k.set->cs;
		diag_error(c->d, r->file, cat_line, cat_col, "category '%s' is not on the scale "
			   "(expected %d..%d or a label of the scale of set '%s')", cat,
			   cs->scale[0].value, cs->scale[cs->n_scale - 1].value, cs->name);
		ok = 0;
	}
	if (!ok)
		return;
	size_t s = sorts_find(c, &k);
	if (s == INGEST_NONE) {
		s = sorts_add(c, &k, row->row_line);
	} else {
		const struct bundle_sort *o = &c->b->sorts[s];
		if (o->date != k.date)
			differs(r, row, SO_DATE, s);
		if (o->table != k.table)
			differs(r, row, SO_TABLE, s);
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
