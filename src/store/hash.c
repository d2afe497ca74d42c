/* hash.c - the content hash of a traject: every field the bundle gives for
 * it, in bundle order, each followed by a separator byte, so that "ab","c"
 * and "a","bc" differ. */
#include <string.h>
#include "goedwerk/attribute.h"
#include "goedwerk/sha256.h"
#include "store_internal.h"

static void field(struct sha256 *c, const char *s)
{
	static const unsigned char null_mark = 0x01, sep = 0x1f;
	if (s)
		sha256_update(c, s, strlen(s));
	else
		sha256_update(c, &null_mark, 1);
	sha256_update(c, &sep, 1);
}

static void number(struct sha256 *c, long long v)
{
	char buf[32];
	snprintf(buf, sizeof buf, "%lld", v);
	field(c, buf);
}

static void sort_fields(struct sha256 *c, const struct bundle *b, const struct bundle_sort *s)
{
	const struct bundle_card_set *cs = bundle_find_card_set(b, s->card_set);
	field(c, s->participant);
	field(c, s->session);
	field(c, s->phase);
	field(c, s->perspective);
	field(c, s->card_set);
	field(c, s->date);
	field(c, s->table);
	number(c, s->year);
	sha256_update(c, s->cats, cs ? cs->n_cards : 0);
}

/* The attributes of schema v1 in their hashed order; an attribute the
 * registry added later is hashed by name and only when given, so that the
 * hashes of stores written before it stay valid. */
static const char *const person_v1[] = {"grp", "role", "age_band", "gender", "tenure_band"};

static const char *person_value(const struct bundle_participant *p, const char *store_col)
{
	for (size_t k = 0; k < attributes_len; k++)
		if (attributes[k].source == ATTR_PERSON && strcmp(attributes[k].store_col, store_col) == 0)
			return p->attr[attributes[k].person];
	return NULL;
}

static int is_v1(const char *store_col)
{
	for (size_t k = 0; k < sizeof person_v1 / sizeof *person_v1; k++)
		if (strcmp(person_v1[k], store_col) == 0)
			return 1;
	return 0;
}

static void person_fields(struct sha256 *c, const struct bundle_participant *p)
{
	for (size_t k = 0; k < sizeof person_v1 / sizeof *person_v1; k++)
		field(c, person_value(p, person_v1[k]));
	for (size_t k = 0; k < attributes_len; k++) {
		const struct attribute *a = &attributes[k];
		if (a->source == ATTR_PERSON && !is_v1(a->store_col) && p->attr[a->person]) {
			field(c, a->name);
			field(c, p->attr[a->person]);
		}
	}
}

void store_traject_hash(const struct bundle *b, size_t t, const struct traject_rows *rows,
			char hex[65])
{
	struct sha256 c;
	unsigned char d[32];
	const struct bundle_traject *tr = &b->trajecten[t];
	sha256_init(&c);
	field(&c, "goedwerk traject v1");
	const char *tf[] = {tr->traject, tr->organisation, tr->org_type, tr->sector, tr->description,
			    tr->start, tr->end};
	for (size_t k = 0; k < sizeof tf / sizeof *tf; k++)
		field(&c, tf[k]);
	if (tr->codebook) { /* only when named: hashes of older stores stay valid */
		field(&c, "c");
		field(&c, tr->codebook);
	}
	for (size_t k = 0; k < rows->participants.n; k++) {
		const struct bundle_participant *p = &b->participants[rows->participants.v[k]];
		field(&c, "p");
		field(&c, p->participant);
		person_fields(&c, p);
	}
	for (size_t k = 0; k < rows->sorts.n; k++) {
		field(&c, "s");
		sort_fields(&c, b, &b->sorts[rows->sorts.v[k]]);
	}
	for (size_t k = 0; k < rows->tops.n; k++) {
		const struct bundle_group_top *g = &b->group_tops[rows->tops.v[k]];
		const char *gf[] = {"g", g->group, g->session, g->table, g->card};
		for (size_t f = 0; f < sizeof gf / sizeof *gf; f++)
			field(&c, gf[f]);
		number(&c, g->rank);
	}
	for (size_t k = 0; k < rows->dilemmas.n; k++) {
		const struct bundle_dilemma *m = &b->dilemmas[rows->dilemmas.v[k]];
		const char *mf[] = {"d", m->case_id, m->group, m->session, m->pillar, m->date};
		for (size_t f = 0; f < sizeof mf / sizeof *mf; f++)
			field(&c, mf[f]);
		for (size_t j = 0; j < m->n_tags; j++)
			field(&c, m->tags[j]);
	}
	sha256_final(&c, d);
	sha256_hex(d, hex);
}
