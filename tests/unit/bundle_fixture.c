/* bundle_fixture.c - a small hand-built bundle for store and load tests. */
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "goedwerk/strpool.h"
#include "bundle_fixture.h"

#define P(s) strpool_get(&b->pool, s)

/* bundle_free leaves sort categories to the ingest arena; the test's own
 * allocations are kept here and freed after it. */
static void *owned[16];
static size_t n_owned;

static void add_sort(struct bundle *b, const char *traject, const char *who, const char *phase,
		     int year, const char *table, const int8_t *cats, size_t n)
{
	GROW(b->sorts, b->cap_sorts, b->n_sorts + 1);
	struct bundle_sort *s = &b->sorts[b->n_sorts++];
	memset(s, 0, sizeof *s);
	s->traject = P(traject);
	s->participant = P(who);
	s->phase = P(phase);
	s->perspective = P("professional");
	s->card_set = P("mini");
	s->table = table ? P(table) : NULL;
	s->year = year;
	s->cats = owned[n_owned++] = xmalloc(n);
	memcpy(s->cats, cats, n);
}

static void add_person(struct bundle *b, const char *traject, const char *who, const char *age,
		       const char *role)
{
	GROW(b->participants, b->cap_participants, b->n_participants + 1);
	struct bundle_participant *p = &b->participants[b->n_participants++];
	memset(p, 0, sizeof *p);
	p->traject = P(traject);
	p->participant = P(who);
	p->attr[ATTR_P_AGE_BAND] = P(age);
	p->attr[ATTR_P_ROLE] = P(role);
	p->attr[ATTR_P_GROUP] = P("g1");
}

/* Two trajecten, a 3-card set on the scale -1..1 (so that the packing offset
 * is exercised), three people, five sorts, one card left out. */
void bundle_fixture(struct bundle *b)
{
	bundle_init(b);
	GROW(b->card_sets, b->cap_card_sets, 1);
	struct bundle_card_set *cs = &b->card_sets[b->n_card_sets++];
	memset(cs, 0, sizeof *cs);
	cs->name = P("mini");
	cs->n_cards = 3;
	cs->cards = xcalloc(3, sizeof *cs->cards); /* freed by bundle_free */
	const char *ids[] = {"x", "y", "z"};
	for (int j = 0; j < 3; j++) {
		cs->cards[j].card = P(ids[j]);
		cs->cards[j].label_nl = P(ids[j]);
	}
	cs->n_scale = 3;
	cs->scale = xcalloc(3, sizeof *cs->scale);
	for (int k = 0; k < 3; k++) {
		cs->scale[k].value = k - 1;
		cs->scale[k].label_nl = P(k == 0 ? "laag" : k == 1 ? "midden" : "hoog");
		cs->scale[k].count = BUNDLE_NOT_FORCED;
	}
	cs->from_file = 1;
	GROW(b->trajecten, b->cap_trajecten, 2);
	memset(b->trajecten, 0, 2 * sizeof *b->trajecten);
	b->trajecten[0].traject = P("T1");
	b->trajecten[0].organisation = P("Douane");
	b->trajecten[0].start_year = 2013;
	b->trajecten[1].traject = P("T2");
	b->trajecten[1].organisation = P("Belastingdienst");
	b->trajecten[1].start_year = 2015;
	b->n_trajecten = 2;
	add_person(b, "T1", "P1", "50+", "beleid");
	add_person(b, "T1", "P2", "<35", "leiding");
	add_person(b, "T2", "P1", "35-49", "beleid");
	const int8_t a[] = {-1, 0, 1}, c[] = {1, BUNDLE_MISSING, -1}, d[] = {0, 1, -1};
	add_sort(b, "T1", "P1", "individual", 2013, NULL, a, 3);
	add_sort(b, "T1", "P1", "exchange", 2013, "A", c, 3);
	add_sort(b, "T1", "P2", "individual", 2014, NULL, d, 3);
	add_sort(b, "T2", "P1", "individual", 2015, NULL, a, 3);
	add_sort(b, "T2", "P1", "exchange", 2015, "A", d, 3);
}


void bundle_fixture_free(struct bundle *b)
{
	bundle_free(b);
	while (n_owned)
		free(owned[--n_owned]);
}

static void add_code(struct bundle *b, const char *version, const char *tag, const char *pillar,
		     const char *canonical)
{
	GROW(b->codebook, b->cap_codebook, b->n_codebook + 1);
	struct bundle_code *c = &b->codebook[b->n_codebook++];
	memset(c, 0, sizeof *c);
	c->codebook = P(version);
	c->tag = P(tag);
	c->label_nl = P(tag);
	c->pillar = pillar ? P(pillar) : NULL;
	c->canonical = canonical ? P(canonical) : NULL;
	c->canonical_checked = 1;
}

static void add_case(struct bundle *b, const char *traject, const char *id, const char **tags,
		     size_t n)
{
	GROW(b->dilemmas, b->cap_dilemmas, b->n_dilemmas + 1);
	struct bundle_dilemma *m = &b->dilemmas[b->n_dilemmas++];
	memset(m, 0, sizeof *m);
	m->traject = P(traject);
	m->case_id = P(id);
	m->tags = owned[n_owned++] = xcalloc(n, sizeof *m->tags);
	for (size_t k = 0; k < n; k++)
		m->tags[k] = P(tags[k]);
	m->n_tags = n;
}

/* T1 is coded in the codebook version "douane": regelgeving -> regels,
 * trouw -> loyaal, handhaving without a canonical; T2 in the default one. */
void bundle_fixture_codebook(struct bundle *b)
{
	add_code(b, BUNDLE_DEFAULT_CODEBOOK, "regels", "ethics", NULL);
	add_code(b, BUNDLE_DEFAULT_CODEBOOK, "loyaal", "engagement", NULL);
	add_code(b, "douane", "regelgeving", NULL, "regels");
	add_code(b, "douane", "trouw", NULL, "loyaal");
	add_code(b, "douane", "handhaving", NULL, NULL);
	b->trajecten[0].codebook = P("douane");
	add_case(b, "T1", "C1", (const char *[]){"regelgeving", "trouw"}, 2);
	add_case(b, "T1", "C2", (const char *[]){"handhaving", "trouw"}, 2);
	add_case(b, "T2", "C3", (const char *[]){"loyaal"}, 1);
}
