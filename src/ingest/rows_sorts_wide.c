/* rows_sorts_wide.c - wide form: one row per sort, one column per card (id
 * or Dutch label).  An empty cell leaves the card out.  A column that is
 * neither a sort column nor a card of any known set is an error at the
 * header; a card of another set than the row's must stay empty. */
#include <stdlib.h>
#include <string.h>
#include "internal.h"
#include "goedwerk/textdist.h"
#include "goedwerk/alloc.h"

struct wide {
	size_t **map;     /* per card set (index in c->sets): column -> card pos */
	size_t n_sets;
	long header_line;
	int any_cards;
};

/* The sort columns and cards of every set nearest to a header name. */
static const char *column_hint(const struct reader *r, const char *word, char *buf, size_t size)
{
	struct text_known k = {0};
	for (size_t s = 0; s < r->n_specs; s++)
		text_known_add(&k, r->specs[s].name);
	for (size_t i = 0; i < r->c->n_sets; i++)
		cards_known(&r->c->sets[i], &k);
	text_known_hint(&k, word, buf, size);
	text_known_free(&k);
	return buf;
}

void sorts_wide_header(struct reader *r, const struct csv_row *row)
{
	struct ingest_ctx *c = r->c;
	struct wide *w = xcalloc(1, sizeof *w);
	r->state = w;
	w->n_sets = c->n_sets;
	w->map = xcalloc(c->n_sets, sizeof *w->map);
	w->header_line = row->row_line;
	for (size_t i = 0; i < r->h.n_fields; i++) {
		if (r->h.spec_of[i] != -1)
			continue;
		if (cards_any_set_has(c, r->h.lname[i])) {
			w->any_cards = 1;
			continue;
		}
		char hint[600];
		diag_error(c->d, r->file, row->line[i], (long)i + 1, "unknown column '%s' (expected "
			   "a sort column or a card id or label_nl of a card set%s)", row->f[i],
			   column_hint(r, row->f[i], hint, sizeof hint));
		r->h.spec_of[i] = -2;
	}
	if (!w->any_cards && r->h.ok) {
		diag_error(c->d, r->file, row->row_line, 0, "no card columns (expected card and "
			   "category columns, or one column per card)");
		r->h.ok = 0;
	}
}

/* The column -> card map of one set, made once per file and set. */
static const size_t *map_for(struct reader *r, const struct set_info *s)
{
	struct wide *w = r->state;
	size_t si = (size_t)(s - r->c->sets);
	if (w->map[si])
		return w->map[si];
	size_t *m = xmalloc(r->h.n_fields * sizeof *m);
	for (size_t i = 0; i < r->h.n_fields; i++) {
		m[i] = INGEST_NONE;
		if (r->h.spec_of[i] != -1)
			continue;
		m[i] = cards_find(s, r->h.lname[i], strlen(r->h.lname[i]));
		for (size_t j = 0; j < i && m[i] != INGEST_NONE; j++)
			if (m[j] == m[i]) {
				diag_error(r->c->d, r->file, w->header_line, (long)i + 1, "column '%s' is "
					   "card '%s' again (expected one column per card)",
					   r->h.lname[i], s->cs.cards[m[i]].card);
				m[i] = INGEST_NONE;
			}
	}
	return w->map[si] = m;
}

static int category_of(const struct set_info *s, const char *v, size_t len, int *out)
{
	const struct bundle_card_set *cs = &s->cs;
	if (len == 1 && v[0] >= '0' && v[0] <= '9') { /* the common case, fast */
		int k = v[0] - '0';
		if (k < cs->scale[0].value || k > cs->scale[cs->n_scale - 1].value)
			return -1;
		*out = k;
		return 0;
	}
	return cards_category(s, v, out);
}

void sorts_wide_row(struct reader *r, const struct csv_row *row)
{
	struct ingest_ctx *c = r->c;
	struct sort_head k;
	if (sorts_head(r, row, &k) != 0 || !k.set)
		return;
	size_t s = sorts_find(c, &k);
	if (s != INGEST_NONE) {
		char at[1024];
		diag_error(c->d, r->file, row->row_line, 1, "sort given twice: same participant, "
			   "session, phase, perspective and card set (expected one row per sort; "
			   "first at %s)", diag_place(at, sizeof at, c->sort_file[s], c->sort_line[s], 0));
		return;
	}
	const struct bundle_card_set *cs = &k.set->cs;
	const size_t *map = map_for(r, k.set);
	s = sorts_add(c, &k, row->row_line);
	int8_t *cats = c->b->sorts[s].cats;
	int counts[256] = {0};
	int lo = cs->scale[0].value, broke = 0, broke_cat = 0;
	long broke_col = 0;
	for (size_t i = 0; i < r->h.n_fields; i++) {
		if (!row->len[i] || r->h.spec_of[i] != -1)
			continue;
		if (map[i] == INGEST_NONE) {
			diag_error(c->d, r->file, row->line[i], (long)i + 1, "column '%s' is not a card "
				   "of set '%s' (expected the cell empty)", r->h.lname[i], cs->name);
			continue;
		}
		int v;
		char letters[8];
		if (category_of(k.set, row->f[i], row->len[i], &v)) {
			char hint[600];
			diag_error(c->d, r->file, row->line[i], (long)i + 1, "card '%s' (column %s): "
				   "category '%s' is not on the scale (expected %d..%d or a label of the "
				   "scale of set '%s'%s)", cs->cards[map[i]].label_nl,
				   diag_column_letters((long)i + 1, letters), row->f[i], lo,
				   cs->scale[cs->n_scale - 1].value, cs->name,
				   cards_pile_hint(k.set, row->f[i], hint, sizeof hint));
			continue;
		}
		cats[map[i]] = (int8_t)v;
		int n = ++counts[v - lo];
		if (cs->forced && !broke && n > cs->scale[v - lo].count) {
			broke = 1;
			broke_cat = v;
			broke_col = (long)i + 1;
		}
	}
	if (broke) /* at the sort's row and the first cell that overflows */
		sorts_forced_break(c, row->row_line, broke_col, k.set, broke_cat,
				   counts[broke_cat - lo]);
}

void sorts_wide_done(struct reader *r)
{
	struct wide *w = r->state;
	if (!w || r->row != sorts_wide_row)
		return;
	for (size_t i = 0; i < w->n_sets; i++)
		free(w->map[i]);
	free(w->map);
	free(w);
	r->state = NULL;
}
