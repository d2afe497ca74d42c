/* rows_sorts.c - what long and wide form share: the sort columns (traject,
 * participant, session, phase, perspective, card_set, date, table), the sort
 * index, the year of a sort (its date, else a date-like session, else the
 * traject's start year), forced-distribution reports, and the form of a
 * file (long when it has card and category columns). */
#include <string.h>
#include "internal.h"
#include "goedwerk/alloc.h"

const struct col_spec sort_specs[SO_N] = {
	{"traject", COL_REQUIRED}, {"participant", COL_REQUIRED}, {"session", 0}, {"phase", 0},
	{"perspective", 0}, {"card_set", 0}, {"date", 0}, {"table", 0}, {"card", 0},
	{"category", 0},
};

#define FORCED_LISTED 20 /* forced-distribution breaks listed one by one */

static const char *phase_of(struct ingest_ctx *c, const char *v)
{
	if (!*v || value_ieq(v, "individual") || value_ieq(v, "individueel"))
		return c->s_individual;
	if (value_ieq(v, "exchange") || value_ieq(v, "na_uitwisseling") ||
	    value_ieq(v, "na uitwisseling"))
		return c->s_exchange;
	return NULL;
}

static const char *perspective_of(struct ingest_ctx *c, const char *v)
{
	if (!*v || value_ieq(v, "professional") || value_ieq(v, "ambtenaar"))
		return c->s_professional;
	if (value_ieq(v, "personal") || value_ieq(v, "mens"))
		return c->s_personal;
	return NULL;
}

static void bad(struct reader *r, const struct csv_row *row, int s, const char *fmt, const char *v)
{
	diag_error(r->c->d, r->file, reader_line(row, r, s), reader_col(r, s), fmt, v);
}

int sorts_head(struct reader *r, const struct csv_row *row, struct sort_head *k)
{
	struct ingest_ctx *c = r->c;
	int nbad = 0;
	const char *t = reader_get(r, row, SO_TRAJECT), *p = reader_get(r, row, SO_PARTICIPANT);
	memset(k, 0, sizeof *k);
	if (!*t)
		bad(r, row, SO_TRAJECT, MSG("empty traject%s (expected a traject id)"), ""), nbad++;
	if (!*p)
		bad(r, row, SO_PARTICIPANT, MSG("empty participant%s (expected a pseudonym)"), ""), nbad++;
	const char *v = reader_get(r, row, SO_PHASE);
	if (!(k->phase = phase_of(c, v)))
		bad(r, row, SO_PHASE, MSG("phase '%s' (expected individual or exchange; "
			"individueel or na_uitwisseling)"), v), nbad++;
	v = reader_get(r, row, SO_PERSPECTIVE);
	if (!(k->perspective = perspective_of(c, v)))
		bad(r, row, SO_PERSPECTIVE, MSG("perspective '%s' (expected professional or personal; "
			"ambtenaar or mens)"), v), nbad++;
	char iso[11];
	int session_year = 0;
	v = reader_get(r, row, SO_SESSION);
	if (*v) {
		long n;
		session_year = value_date(v, NULL);
		if (!session_year && (value_int(v, &n) || n < 0))
			bad(r, row, SO_SESSION, MSG("session '%s' (expected a number or a date)"), v), nbad++;
		k->session = ingest_intern(c, v, strlen(v));
	}
	v = reader_get(r, row, SO_DATE);
	if (*v) {
		k->year = value_date(v, iso);
		if (!k->year)
			bad(r, row, SO_DATE, MSG("date '%s' (expected " DATE_FORMS ")"), v), nbad++;
		else
			k->date = ingest_intern(c, iso, strlen(iso));
	}
	k->table = ingest_intern_opt(c, reader_get(r, row, SO_TABLE));
	v = reader_get(r, row, SO_CARD_SET);
	k->card_set = *v ? ingest_intern(c, v, strlen(v)) : c->s_default_set;
	k->set = cards_set(c, k->card_set);
	if (!k->set) {
		bad(r, row, SO_CARD_SET, MSG("unknown card set '%s' (expected a set of cards.csv or "
			"'" BUNDLE_DEFAULT_CARD_SET "')"), v), nbad++;
	} else if (k->set->bad) {
		nbad++; /* already reported where the set is defined */
	}
	if (!*t || !*p)
		return -1;
	k->traject = ingest_intern(c, t, strlen(t));
	size_t ti = trajecten_need(c, k->traject, reader_line(row, r, SO_TRAJECT),
				   reader_col(r, SO_TRAJECT));
	if (ti == INGEST_NONE)
		return -1;
	if (!k->year)
		k->year = session_year ? session_year : c->b->trajecten[ti].start_year;
	k->participant = ingest_intern(c, p, strlen(p));
	k->participant_ix = participants_need(c, k->traject, k->participant,
					      reader_line(row, r, SO_PARTICIPANT),
					      reader_col(r, SO_PARTICIPANT));
	if (k->participant_ix == INGEST_NONE)
		return -1;
	if (k->set)
		k->set->used = 1;
	return nbad ? -1 : 0;
}

static int sort_eq(const void *ctx, size_t pos, const void *key)
{
	const struct bundle_sort *s = &((const struct bundle *)ctx)->sorts[pos];
	const struct sort_head *k = key;
	return s->traject == k->traject && s->participant == k->participant &&
	       s->session == k->session && s->phase == k->phase &&
	       s->perspective == k->perspective && s->card_set == k->card_set;
}

static uint64_t sort_hash(const struct sort_head *k)
{
	const void *p[6] = {k->traject, k->participant, k->session, k->phase, k->perspective,
			    k->card_set};
	return idx_hash_ptrs(p, 6);
}

size_t sorts_find(struct ingest_ctx *c, const struct sort_head *k)
{
	return idx_find(&c->sort_ix, sort_hash(k), sort_eq, c->b, k);
}

size_t sorts_add(struct ingest_ctx *c, const struct sort_head *k, long line)
{
	struct bundle *b = c->b;
	size_t i = b->n_sorts;
	GROW(b->sorts, b->cap_sorts, i + 1);
	if (i + 1 > c->cap_sort_line) {
		c->cap_sort_line = b->cap_sorts;
		c->sort_line = xrealloc(c->sort_line, c->cap_sort_line * sizeof *c->sort_line);
		c->sort_file = xrealloc(c->sort_file, c->cap_sort_line * sizeof *c->sort_file);
	}
	struct bundle_sort *s = &b->sorts[i];
	s->traject = k->traject;
	s->participant = k->participant;
	s->session = k->session;
	s->phase = k->phase;
	s->perspective = k->perspective;
	s->card_set = k->card_set;
	s->date = k->date;
	s->table = k->table;
	s->year = k->year;
	size_t n = k->set->cs.n_cards;
	s->cats = ingest_arena_alloc(b, n ? n : 1, 1);
	memset(s->cats, (unsigned char)BUNDLE_MISSING, n);
	c->sort_line[i] = line;
	c->sort_file[i] = c->file;
	idx_add(&c->sort_ix, sort_hash(k), i);
	int *y = &c->part_year[k->participant_ix];
	if (k->year && (!*y || k->year < *y))
		*y = k->year;
	b->n_sorts++;
	return i;
}

void sorts_forced_break(struct ingest_ctx *c, long line, long col, const struct set_info *s,
			int category, int count)
{
	if (c->forced_reported >= FORCED_LISTED) {
		c->forced_more++;
		return;
	}
	c->forced_reported++;
	int limit = 0;
	for (size_t i = 0; i < s->cs.n_scale; i++)
		if (s->cs.scale[i].value == category)
			limit = s->cs.scale[i].count;
	(c->opt->strict ? diag_error : diag_warn)(c->d, c->file, line, col,
		"sort breaks the forced distribution: %d cards in category %d (expected at most %d)",
		count, category, limit);
}

static void on_header(struct reader *r, const struct csv_row *row)
{
	struct ingest_ctx *c = r->c;
	int has_card = r->h.idx[SO_CARD] >= 0, has_cat = r->h.idx[SO_CATEGORY] >= 0;
	if (!has_card && !has_cat) {
		r->row = sorts_wide_row;
		sorts_wide_header(r, row);
		return;
	}
	r->row = sorts_long_row;
	if (!has_card || !has_cat) {
		diag_error(c->d, r->file, row->row_line, 0, "missing column '%s' (expected card and "
			   "category columns in long form, or one column per card in wide form)",
			   has_card ? "category" : "card");
		r->h.ok = 0;
	}
	for (size_t i = 0; i < r->h.n_fields; i++) {
		if (r->h.spec_of[i] != -1)
			continue;
		if (cards_any_set_has(c, r->h.lname[i])) {
			diag_error(c->d, r->file, row->line[i], (long)i + 1, "column '%s' is a card in a "
				   "long-form file (expected either card and category columns or one "
				   "column per card, not both)", row->f[i]);
			r->h.ok = 0;
		} else {
			char hint[600];
			diag_warn(c->d, r->file, row->line[i], (long)i + 1, "unknown column '%s' "
				  "ignored (expected a sort column%s)", row->f[i],
				  header_hint(r->specs, r->n_specs, row->f[i], hint, sizeof hint));
		}
		r->h.spec_of[i] = -2;
	}
}

void sorts_read(struct ingest_ctx *c, const char *file, const unsigned char *t, size_t n,
		char delim, int has_cr)
{
	struct reader r = reader_for(c, file, sort_specs, SO_N, sorts_long_row);
	r.others_ok = 1;
	r.on_header = on_header;
	if (reader_run(&r, t, n, delim, has_cr) == 0)
		diag_error(c->d, file, 0, 0, "no sorts: the file has a header and no rows "
			   "(expected at least one sort)");
	sorts_wide_done(&r);
	sorts_long_done(&r);
}
