/* rows_group_tops.c - group_tops.csv: the common top four a table agreed
 * on.  Cards resolve in the card set of the traject's sorts (the default
 * set when it has none).  Ranks 1..4, no rank or card twice in a table; a
 * table without consensus is one row with rank and card empty. */
#include <stdlib.h>
#include <string.h>
#include "internal.h"
#include "goedwerk/alloc.h"

enum { G_TRAJECT, G_TABLE, G_RANK, G_CARD, G_GROUP, G_SESSION };
static const struct col_spec specs[] = {
	{"traject", COL_REQUIRED}, {"table", COL_REQUIRED}, {"rank", COL_REQUIRED},
	{"card", COL_REQUIRED}, {"group", 0}, {"session", 0},
};

struct gtable {
	const char *traject, *group, *session, *table;
	unsigned ranks;       /* bit r: rank r given */
	size_t cards[8];
	size_t n_cards;
	int none, rows;
};

struct gstate {
	struct gtable *t;
	size_t n, cap;
	struct idx ix;
	struct set_info **set_of; /* per traject index, for the first n_set_of */
	size_t n_set_of;
};

static int table_eq(const void *ctx, size_t pos, const void *key)
{
	const struct gtable *a = &((const struct gtable *)ctx)[pos], *b = key;
	return a->traject == b->traject && a->group == b->group && a->session == b->session &&
	       a->table == b->table;
}

static struct gtable *table_of(struct gstate *g, const struct gtable *k)
{
	const void *p[4] = {k->traject, k->group, k->session, k->table};
	uint64_t h = idx_hash_ptrs(p, 4);
	size_t i = idx_find(&g->ix, h, table_eq, g->t, k);
	if (i == INGEST_NONE) {
		GROW(g->t, g->cap, g->n + 1);
		g->t[g->n] = *k;
		idx_add(&g->ix, h, g->n);
		i = g->n++;
	}
	return &g->t[i];
}

static struct set_info *set_of_traject(struct ingest_ctx *c, struct gstate *g, size_t ti)
{
	if (!g->set_of) {
		struct bundle *b = c->b;
		g->n_set_of = b->n_trajecten;
		g->set_of = xcalloc(b->n_trajecten + 1, sizeof *g->set_of);
		for (size_t i = 0; i < b->n_sorts; i++) {
			size_t t = trajecten_find(c, b->sorts[i].traject);
			if (t != INGEST_NONE && !g->set_of[t])
				g->set_of[t] = cards_set(c, b->sorts[i].card_set);
		}
	}
	/* a traject first named here has no sorts: the default set */
	struct set_info *s = ti < g->n_set_of ? g->set_of[ti] : NULL;
	if (!s) {
		s = cards_set(c, c->s_default_set);
		if (s)
			s->used = 1;
	}
	return s;
}

static void row(struct reader *r, const struct csv_row *row)
{
	struct ingest_ctx *c = r->c;
	struct gstate *g = r->state;
	const char *t = reader_get(r, row, G_TRAJECT), *tb = reader_get(r, row, G_TABLE);
	const char *rk = reader_get(r, row, G_RANK), *card = reader_get(r, row, G_CARD);
	struct diag *d = c->d;
	if (!*t || !*tb) {
		int s = *t ? G_TABLE : G_TRAJECT;
		diag_error(d, r->file, reader_line(row, r, s), reader_col(r, s), "empty %s "
			   "(expected an id)", specs[s].name);
		return;
	}
	struct gtable k = {0};
	k.traject = ingest_intern(c, t, strlen(t));
	size_t ti = trajecten_need(c, k.traject, reader_line(row, r, G_TRAJECT),
				   reader_col(r, G_TRAJECT));
	if (ti == INGEST_NONE)
		return;
	k.group = ingest_intern_opt(c, reader_get(r, row, G_GROUP));
	k.session = ingest_intern_opt(c, reader_get(r, row, G_SESSION));
	k.table = ingest_intern(c, tb, strlen(tb));
	struct gtable *gt = table_of(g, &k);
	struct bundle_group_top top = {k.traject, k.group, k.session, k.table, 0, NULL};
	long rline = reader_line(row, r, G_RANK), rcol = reader_col(r, G_RANK);
	long cline = reader_line(row, r, G_CARD), ccol = reader_col(r, G_CARD);
	if (!*card) {
		if (*rk) {
			diag_error(d, r->file, rline, rcol, "rank '%s' without a card (expected rank and "
				   "card both empty for a table without consensus)", rk);
			return;
		}
		if (gt->rows)
			diag_error(d, r->file, cline, ccol, "a table without consensus has other rows "
				   "(expected one row with rank and card empty)");
		gt->none = 1;
		gt->rows++;
	} else {
		long v;
		if (value_int(rk, &v) || v < 1 || v > 4) {
			diag_error(d, r->file, rline, rcol, "rank '%s' (expected 1, 2, 3 or 4)", rk);
			return;
		}
		struct set_info *s = set_of_traject(c, g, ti);
		size_t pos = s ? cards_find(s, card, strlen(card)) : INGEST_NONE;
		if (pos == INGEST_NONE) {
			cards_unknown(c, s, s ? s->cs.name : c->s_default_set, card, r->file, cline,
				      ccol);
			return;
		}
		if (gt->none)
			diag_error(d, r->file, cline, ccol, "a table without consensus has other rows "
				   "(expected one row with rank and card empty)");
		if (gt->ranks & 1u << v)
			diag_error(d, r->file, rline, rcol, "rank %ld given twice for table '%s' "
				   "(expected each rank once)", v, tb);
		for (size_t i = 0; i < gt->n_cards; i++)
			if (gt->cards[i] == pos)
				diag_error(d, r->file, cline, ccol, "card '%s' given twice for table '%s' "
					   "(expected each card once)", card, tb);
		gt->ranks |= 1u << v;
		if (gt->n_cards < 8)
			gt->cards[gt->n_cards++] = pos;
		gt->rows++;
		top.rank = (int)v;
		top.card = s->cs.cards[pos].card;
	}
	struct bundle *b = c->b;
	GROW(b->group_tops, b->cap_group_tops, b->n_group_tops + 1);
	b->group_tops[b->n_group_tops++] = top;
}

void group_tops_read(struct ingest_ctx *c, const char *file, const unsigned char *t, size_t n,
		     char delim, int has_cr)
{
	struct gstate g = {0};
	struct reader r = READER_FOR(c, file, specs, row);
	r.state = &g;
	idx_init(&g.ix);
	reader_run(&r, t, n, delim, has_cr);
	free(g.t);
	free(g.set_of);
	idx_free(&g.ix);
}
