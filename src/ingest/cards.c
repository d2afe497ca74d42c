/* cards.c - card sets: cards.csv, scale.csv and the built-in default set
 * (datasets/cards/ CSV files compiled in, read by the same reader).  A set
 * without scale rows has the scale 1..5 unforced (labels of the default
 * scale).  Cards are found by id or Dutch label, case-insensitive. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/textdist.h"
#include "internal.h"
#include "goedwerk/alloc.h"

extern const char default_cards_csv[];
extern const char default_scale_csv[];

static const char builtin_file[] = "<built-in goedwerk-30>";

static struct set_info *new_set(struct ingest_ctx *c, const char *name, const char *file, long line)
{
	GROW(c->sets, c->cap_sets, c->n_sets + 1);
	struct set_info *s = &c->sets[c->n_sets++];
	memset(s, 0, sizeof *s);
	s->cs.name = name;
	s->file = file ? ingest_intern(c, file, strlen(file)) : NULL;
	s->line = line;
	idx_init(&s->card_ix);
	return s;
}

struct set_info *cards_set(struct ingest_ctx *c, const char *name)
{
	for (size_t i = c->n_sets; i-- > 0;)
		if (!c->sets[i].shadowed && c->sets[i].cs.name == name)
			return &c->sets[i];
	return NULL;
}

/* Both paths in one folder (one bundle). */
static int same_folder(const char *a, const char *b)
{
	const char *sa = strrchr(a, '/'), *sb = strrchr(b, '/');
	size_t na = sa ? (size_t)(sa - a) : 0, nb = sb ? (size_t)(sb - b) : 0;
	return na == nb && strncmp(a, b, na) == 0;
}

/* The set of that name a file of the bundle folder of file defined, else
 * the latest of that name. */
static struct set_info *cards_set_near(struct ingest_ctx *c, const char *name, const char *file)
{
	for (size_t i = c->n_sets; i-- > 0;)
		if (!c->sets[i].shadowed && c->sets[i].cs.name == name && c->sets[i].file &&
		    same_folder(c->sets[i].file, file))
			return &c->sets[i];
	return cards_set(c, name);
}

static int key_eq(const void *ctx, size_t pos, const void *key)
{
	const struct set_info *s = ctx;
	return strcmp(s->keys[pos].key, key) == 0;
}

static int lower_into(char *buf, size_t size, const char *v, size_t len)
{
	if (len + 1 > size)
		return -1;
	for (size_t i = 0; i < len; i++) {
		char ch = v[i];
		buf[i] = ch >= 'A' && ch <= 'Z' ? (char)(ch - 'A' + 'a') : ch;
	}
	buf[len] = '\0';
	return 0;
}

size_t cards_find(const struct set_info *s, const char *card, size_t len)
{
	char buf[512];
	if (lower_into(buf, sizeof buf, card, len))
		return INGEST_NONE;
	size_t k = idx_find(&s->card_ix, idx_hash_str(buf, len), key_eq, s, buf);
	return k == INGEST_NONE ? INGEST_NONE : s->keys[k].pos;
}

static void add_key(struct ingest_ctx *c, struct set_info *s, const char *v, size_t pos)
{
	char buf[512];
	size_t len = strlen(v);
	if (lower_into(buf, sizeof buf, v, len) ||
	    idx_find(&s->card_ix, idx_hash_str(buf, len), key_eq, s, buf) != INGEST_NONE)
		return; /* an id wins over an equal label */
	GROW(s->keys, s->cap_keys, s->n_keys + 1);
	s->keys[s->n_keys].key = ingest_intern(c, buf, len);
	s->keys[s->n_keys].pos = pos;
	idx_add(&s->card_ix, idx_hash_str(buf, len), s->n_keys);
	s->n_keys++;
}

int cards_any_set_has(struct ingest_ctx *c, const char *lname)
{
	for (size_t i = 0; i < c->n_sets; i++) /* shadowed too: no cascade when a set is bad */
		if (cards_find(&c->sets[i], lname, strlen(lname)) != INGEST_NONE)
			return 1;
	return 0;
}

void cards_known(const struct set_info *s, struct text_known *k)
{
	for (size_t i = 0; i < s->cs.n_cards; i++) {
		text_known_add(k, s->cs.cards[i].card);
		text_known_add(k, s->cs.cards[i].label_nl);
	}
}

const char *cards_hint(const struct set_info *s, const char *word, char *buf, size_t size)
{
	struct text_known k = {0};
	cards_known(s, &k);
	text_known_hint(&k, word, buf, size);
	text_known_free(&k);
	return buf;
}

const char *cards_pile_hint(const struct set_info *s, const char *word, char *buf, size_t size)
{
	struct text_known k = {0};
	for (size_t i = 0; i < s->cs.n_scale; i++) {
		text_known_add(&k, s->cs.scale[i].label_nl);
		if (s->cs.scale[i].label_en)
			text_known_add(&k, s->cs.scale[i].label_en);
	}
	text_known_hint(&k, word, buf, size);
	text_known_free(&k);
	return buf;
}

void cards_unknown(struct ingest_ctx *c, const struct set_info *s, const char *set_name,
		   const char *card, const char *file, long line, long col)
{
	char hint[600] = "";
	diag_error(c->d, file, line, col, "unknown card '%s' (expected a card of set '%s'%s)", card,
		   set_name, s ? cards_hint(s, card, hint, sizeof hint) : hint);
}

int cards_category(const struct set_info *s, const char *v, int *out)
{
	const struct bundle_card_set *cs = &s->cs;
	long k;
	if (value_int(v, &k) == 0) {
		if (cs->n_scale && k >= cs->scale[0].value && k <= cs->scale[cs->n_scale - 1].value) {
			*out = (int)k;
			return 0;
		}
		return -1;
	}
	for (size_t i = 0; i < cs->n_scale; i++)
		if (value_ieq(v, cs->scale[i].label_nl) ||
		    (cs->scale[i].label_en && value_ieq(v, cs->scale[i].label_en))) {
			*out = cs->scale[i].value;
			return 0;
		}
	return -1;
}

/* --- cards.csv ------------------------------------------------------------ */

enum { C_SET, C_CARD, C_LABEL_NL, C_LABEL_EN, C_CANONICAL };
static const struct col_spec card_specs[] = {
	{"card_set", COL_REQUIRED}, {"card", COL_REQUIRED}, {"label_nl", COL_REQUIRED | COL_TEXT},
	{"label_en", COL_TEXT}, {"canonical", 0},
};

static void card_row(struct reader *r, const struct csv_row *row)
{
	struct ingest_ctx *c = r->c;
	const char *set = reader_get(r, row, C_SET), *card = reader_get(r, row, C_CARD);
	const char *label = reader_get(r, row, C_LABEL_NL);
	int bad = 0;
	for (int s = C_SET; s <= C_LABEL_NL; s++)
		if (!*reader_get(r, row, s)) {
			diag_error(c->d, r->file, reader_line(row, r, s), reader_col(r, s),
				   "empty %s (expected a value)", card_specs[s].name);
			bad = 1;
		}
	if (bad)
		return;
	const char *name = ingest_intern(c, set, strlen(set));
	struct set_info *s = cards_set(c, name);
	if (s && !s->file && !c->reading_builtin) {
		s->shadowed = 1; /* the bundle defines the default set itself */
		s = NULL;
	}
	if (s && s->file && !c->reading_builtin && !same_folder(s->file, r->file))
		s = NULL; /* another bundle of the call repeats it: compared in cards_finish */
	if (!s)
		s = new_set(c, name, c->reading_builtin ? NULL : r->file, row->row_line);
	size_t pos = cards_find(s, card, strlen(card));
	if (pos != INGEST_NONE && value_ieq(s->cs.cards[pos].card, card)) {
		diag_error(c->d, r->file, reader_line(row, r, C_CARD), reader_col(r, C_CARD),
			   "card '%s' given twice in set '%s' (expected each card once)", card, name);
		s->bad = 1;
		return;
	}
	GROW(s->cs.cards, s->cap_cards, s->cs.n_cards + 1);
	struct bundle_card *k = &s->cs.cards[s->cs.n_cards];
	k->card = ingest_intern(c, card, strlen(card));
	k->label_nl = ingest_intern(c, label, strlen(label));
	k->label_en = ingest_intern_opt(c, reader_get(r, row, C_LABEL_EN));
	k->canonical = ingest_intern_opt(c, reader_get(r, row, C_CANONICAL));
	add_key(c, s, card, s->cs.n_cards);
	add_key(c, s, label, s->cs.n_cards);
	s->cs.n_cards++;
}

void cards_read_file(struct ingest_ctx *c, const char *file, const unsigned char *t, size_t n,
		     char delim, int has_cr)
{
	struct reader r = READER_FOR(c, file, card_specs, card_row);
	reader_run(&r, t, n, delim, has_cr);
	if (!c->reading_builtin)
		c->have_cards_file = 1;
}

/* --- scale.csv ------------------------------------------------------------ */

enum { S_SET, S_CATEGORY, S_LABEL_NL, S_LABEL_EN, S_COUNT };
static const struct col_spec scale_specs[] = {
	{"card_set", COL_REQUIRED}, {"category", COL_REQUIRED}, {"label_nl", COL_REQUIRED | COL_TEXT},
	{"label_en", COL_TEXT}, {"count", 0},
};

static void scale_row(struct reader *r, const struct csv_row *row)
{
	struct ingest_ctx *c = r->c;
	const char *set = reader_get(r, row, S_SET), *cat = reader_get(r, row, S_CATEGORY);
	const char *label = reader_get(r, row, S_LABEL_NL), *count = reader_get(r, row, S_COUNT);
	const char *name = ingest_intern(c, set, strlen(set));
	struct set_info *s = cards_set_near(c, name, r->file);
	if (!s || (!s->file && !c->reading_builtin)) {
		diag_error(c->d, r->file, reader_line(row, r, S_SET), reader_col(r, S_SET),
			   "scale of unknown card set '%s' (expected a set of cards.csv)", set);
		return;
	}
	long v, k = BUNDLE_NOT_FORCED;
	if (value_int(cat, &v) || v < -100 || v > 100) {
		diag_error(c->d, r->file, reader_line(row, r, S_CATEGORY), reader_col(r, S_CATEGORY),
			   "category '%s' (expected a whole number from -100 to 100)", cat);
		s->bad = 1;
		return;
	}
	if (!*label) {
		diag_error(c->d, r->file, reader_line(row, r, S_LABEL_NL), reader_col(r, S_LABEL_NL),
			   "empty label_nl (expected a value)");
		s->bad = 1;
	}
	if (*count && (value_int(count, &k) || k < 0 || k > 10000)) {
		diag_error(c->d, r->file, reader_line(row, r, S_COUNT), reader_col(r, S_COUNT),
			   "count '%s' (expected a whole number >= 0, or empty when not forced)", count);
		s->bad = 1;
		k = BUNDLE_NOT_FORCED;
	}
	for (size_t i = 0; i < s->cs.n_scale; i++)
		if (s->cs.scale[i].value == v) {
			diag_error(c->d, r->file, reader_line(row, r, S_CATEGORY), reader_col(r, S_CATEGORY),
				   "category %ld given twice for set '%s' (expected each category once)", v, set);
			s->bad = 1;
			return;
		}
	GROW(s->cs.scale, s->cap_scale, s->cs.n_scale + 1);
	struct bundle_category *g = &s->cs.scale[s->cs.n_scale++];
	g->value = (int)v;
	g->label_nl = ingest_intern(c, label, strlen(label));
	g->label_en = ingest_intern_opt(c, reader_get(r, row, S_LABEL_EN));
	g->count = (int)k;
	if (!s->scale_line) {
		s->scale_file = ingest_intern(c, r->file, strlen(r->file));
		s->scale_line = row->row_line;
	}
}

void scale_read_file(struct ingest_ctx *c, const char *file, const unsigned char *t, size_t n,
		     char delim, int has_cr)
{
	struct reader r = READER_FOR(c, file, scale_specs, scale_row);
	reader_run(&r, t, n, delim, has_cr);
}

static void read_builtin(struct ingest_ctx *c)
{
	c->reading_builtin = 1;
	cards_read_file(c, builtin_file, (const unsigned char *)default_cards_csv,
			strlen(default_cards_csv), ',', 0);
	scale_read_file(c, builtin_file, (const unsigned char *)default_scale_csv,
			strlen(default_scale_csv), ',', 0);
	c->reading_builtin = 0;
}

/* The built-in set is read once per process (its CSV never changes) into
 * a context of its own; each ingest copies it, strings interned into its
 * own pool (sets and cards are compared by interned pointer). */
static struct builtin_read {
	struct ingest_ctx c;
	struct ingest_options o;
	struct bundle b;
	struct diag d;
} builtin;
static pthread_once_t builtin_once = PTHREAD_ONCE_INIT;

static void builtin_read_once(void)
{
	ingest_options_default(&builtin.o);
	bundle_init(&builtin.b);
	diag_init(&builtin.d);
	builtin.c.opt = &builtin.o;
	builtin.c.b = &builtin.b;
	builtin.c.d = &builtin.d;
	read_builtin(&builtin.c);
}

static const char *copy_str(struct ingest_ctx *c, const char *s)
{
	return s ? ingest_intern(c, s, strlen(s)) : NULL;
}

static void copy_set(struct ingest_ctx *c, const struct set_info *from)
{
	struct set_info *s = new_set(c, copy_str(c, from->cs.name), NULL, from->line);
	s->cs.n_cards = s->cap_cards = from->cs.n_cards;
	s->cs.cards = xmalloc(s->cap_cards * sizeof *s->cs.cards + 1);
	for (size_t i = 0; i < s->cs.n_cards; i++) {
		const struct bundle_card *k = &from->cs.cards[i];
		s->cs.cards[i] = (struct bundle_card){copy_str(c, k->card), copy_str(c, k->label_nl),
						      copy_str(c, k->label_en), copy_str(c, k->canonical)};
	}
	s->cs.n_scale = s->cap_scale = from->cs.n_scale;
	s->cs.scale = xmalloc(s->cap_scale * sizeof *s->cs.scale + 1);
	for (size_t i = 0; i < s->cs.n_scale; i++) {
		s->cs.scale[i] = from->cs.scale[i];
		s->cs.scale[i].label_nl = copy_str(c, from->cs.scale[i].label_nl);
		s->cs.scale[i].label_en = copy_str(c, from->cs.scale[i].label_en);
	}
	s->n_keys = s->cap_keys = from->n_keys;
	s->keys = xmalloc(s->cap_keys * sizeof *s->keys + 1);
	for (size_t i = 0; i < s->n_keys; i++)
		s->keys[i] = (struct card_key){copy_str(c, from->keys[i].key), from->keys[i].pos};
	s->card_ix = from->card_ix; /* hashes and positions only: the same here */
	s->card_ix.slots = xmalloc(s->card_ix.n * sizeof *s->card_ix.slots + 1);
	memcpy(s->card_ix.slots, from->card_ix.slots, s->card_ix.n * sizeof *s->card_ix.slots);
	s->scale_file = copy_str(c, from->scale_file);
	s->scale_line = from->scale_line;
	s->bad = from->bad;
}

void cards_init_builtin(struct ingest_ctx *c)
{
	pthread_once(&builtin_once, builtin_read_once);
	if (builtin.d.n) {
		read_builtin(c); /* its messages (never expected) go where they belong */
		return;
	}
	for (size_t i = 0; i < builtin.c.n_sets; i++)
		copy_set(c, &builtin.c.sets[i]);
}

/* --- checks once all card and scale files are read ------------------------ */

static int cmp_cat(const void *a, const void *b)
{
	const struct bundle_category *x = a, *y = b;
	return (x->value > y->value) - (x->value < y->value);
}

static void copy_scale(struct set_info *s, const struct set_info *from)
{
	s->cs.n_scale = s->cap_scale = from->cs.n_scale;
	s->cs.scale = xmalloc(s->cs.n_scale * sizeof *s->cs.scale);
	memcpy(s->cs.scale, from->cs.scale, s->cs.n_scale * sizeof *s->cs.scale);
	s->cs.forced = from->cs.forced;
}

static void check_scale(struct ingest_ctx *c, struct set_info *s)
{
	const struct set_info *def = &c->sets[0];
	const char *file = s->scale_file ? s->scale_file : builtin_file;
	if (!s->cs.n_scale) {
		/* SPEC: a card set without scale.csv has the scale 1..5, unforced */
		copy_scale(s, def);
		if (s->cs.name == def->cs.name && s->cs.n_cards == def->cs.n_cards)
			return; /* the bundle repeats the default set: its forced scale too */
		s->cs.forced = 0;
		for (size_t i = 0; i < s->cs.n_scale; i++)
			s->cs.scale[i].count = BUNDLE_NOT_FORCED;
		return;
	}
	qsort(s->cs.scale, s->cs.n_scale, sizeof *s->cs.scale, cmp_cat);
	size_t with_count = 0;
	long sum = 0;
	for (size_t i = 0; i < s->cs.n_scale; i++) {
		if (i && s->cs.scale[i].value != s->cs.scale[i - 1].value + 1) {
			diag_error(c->d, file, s->scale_line, 0, "scale of set '%s' skips from %d to %d "
				   "(expected a contiguous range of categories)", s->cs.name,
				   s->cs.scale[i - 1].value, s->cs.scale[i].value);
			s->bad = 1;
		}
		if (s->cs.scale[i].count != BUNDLE_NOT_FORCED) {
			with_count++;
			sum += s->cs.scale[i].count;
		}
	}
	if (with_count && with_count != s->cs.n_scale) {
		diag_error(c->d, file, s->scale_line, 0, "scale of set '%s' gives a count for %zu of %zu "
			   "categories (expected a count for all of them or none)", s->cs.name,
			   with_count, s->cs.n_scale);
		s->bad = 1;
	} else if (with_count && sum != (long)s->cs.n_cards) {
		diag_error(c->d, file, s->scale_line, 0, "scale counts of set '%s' add up to %ld "
			   "(expected %zu, the number of cards)", s->cs.name, sum, s->cs.n_cards);
		s->bad = 1;
	}
	s->cs.forced = with_count == s->cs.n_scale;
}

static int same_set(const struct bundle_card_set *a, const struct bundle_card_set *b)
{
	if (a->n_cards != b->n_cards || a->n_scale != b->n_scale || a->forced != b->forced)
		return 0;
	for (size_t i = 0; i < a->n_cards; i++)
		if (a->cards[i].card != b->cards[i].card || a->cards[i].label_nl != b->cards[i].label_nl)
			return 0;
	for (size_t i = 0; i < a->n_scale; i++)
		if (a->scale[i].value != b->scale[i].value || a->scale[i].count != b->scale[i].count)
			return 0;
	return 1;
}

static int identical_set(const struct bundle_card_set *a, const struct bundle_card_set *b)
{
	if (!same_set(a, b))
		return 0;
	for (size_t i = 0; i < a->n_cards; i++)
		if (a->cards[i].label_en != b->cards[i].label_en ||
		    a->cards[i].canonical != b->cards[i].canonical)
			return 0;
	for (size_t i = 0; i < a->n_scale; i++)
		if (a->scale[i].label_nl != b->scale[i].label_nl ||
		    a->scale[i].label_en != b->scale[i].label_en)
			return 0;
	return 1;
}

/* A set repeated by another bundle of the call: identical is one set (the
 * first), different is an error naming both files. */
static void repeated_sets(struct ingest_ctx *c)
{
	for (size_t j = 1; j < c->n_sets; j++) {
		struct set_info *r = &c->sets[j];
		for (size_t i = 0; i < j && r->file && !r->shadowed; i++) {
			struct set_info *f = &c->sets[i];
			if (f->shadowed || !f->file || f->cs.name != r->cs.name)
				continue;
			if (!f->bad && !r->bad && !identical_set(&f->cs, &r->cs))
				diag_error(c->d, r->file, r->line, 0, "card set '%s' differs from the one "
					   "in %s:%ld (expected the same cards, labels and scale in every "
					   "bundle, or another name)", r->cs.name, f->file, f->line);
			r->shadowed = 1;
		}
	}
}

void cards_finish(struct ingest_ctx *c)
{
	for (size_t i = 0; i < c->n_sets; i++)
		check_scale(c, &c->sets[i]);
	repeated_sets(c);
	struct set_info *def = &c->sets[0];
	if (def->shadowed) {
		struct set_info *mine = cards_set(c, def->cs.name);
		if (mine && !mine->bad && !same_set(&mine->cs, &def->cs)) {
			diag_error(c->d, mine->file, mine->line, 0, "card set '%s' differs from the "
				   "built-in default set (expected its 30 cards and scale, or another "
				   "name for an adapted set)", mine->cs.name);
			mine->bad = 1;
		}
	}
}

void cards_to_bundle(struct ingest_ctx *c)
{
	struct bundle *b = c->b;
	for (size_t i = 0; i < c->n_sets; i++) {
		struct set_info *s = &c->sets[i];
		/* the template wants the built-in set although no sort uses it */
		if (!s->shadowed && (s->file || s->used || c->opt->reference_only)) {
			GROW(b->card_sets, b->cap_card_sets, b->n_card_sets + 1);
			s->cs.from_file = s->file != NULL;
			b->card_sets[b->n_card_sets++] = s->cs;
		} else {
			free(s->cs.cards);
			free(s->cs.scale);
		}
		s->cs.cards = NULL;
		s->cs.scale = NULL;
	}
}
