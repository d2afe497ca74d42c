/* rows.c - insert one traject's rows with statements prepared once.
 * Sorts are packed one byte per card: 'A' + category - scale_min, '.' for
 * a card left out (see store.h). */
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "goedwerk/attribute.h"
#include "store_internal.h"

int (*store_fault_hook)(const char *step);

static const char *const insert_sql[] = {
	"INSERT INTO trajecten VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)",
	NULL, /* participants: its columns follow the registry (participant_insert_sql) */
	"INSERT INTO sorts(traject, participant, session, phase, perspective, card_set, date, tbl, "
	"year, cats) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10)",
	"INSERT INTO group_tops VALUES(?1,?2,?3,?4,?5,?6)",
	"INSERT INTO dilemmas VALUES(?1,?2,?3,?4,?5,?6,?7)",
	"INSERT OR IGNORE INTO dilemma_tags VALUES(?1,?2,?3)",
	"UPDATE trajecten SET content_hash = ?2 WHERE traject = ?1",
};

/* "INSERT INTO participants(traject, participant, grp, role, ...)": one
 * column per person attribute of the registry (attribute.h). */
static char *participant_insert_sql(void)
{
	char *cols = xstrdup("traject, participant"), *vals = xstrdup("?1,?2");
	for (size_t k = 0; k < attributes_len; k++) {
		if (attributes[k].source != ATTR_PERSON)
			continue;
		char *c = xasprintf("%s, %s", cols, attributes[k].store_col);
		char *v = xasprintf("%s,?%d", vals, 3 + attributes[k].person);
		free(cols);
		free(vals);
		cols = c;
		vals = v;
	}
	char *sql = xasprintf("INSERT OR IGNORE INTO participants(%s) VALUES(%s)", cols, vals);
	free(cols);
	free(vals);
	return sql;
}

enum gw_status inserts_prepare(struct store *s, struct inserts *ins)
{
	sqlite3_stmt **v[] = {&ins->traject, &ins->participant, &ins->sort, &ins->top,
			      &ins->dilemma, &ins->tag, &ins->rehash};
	memset(ins, 0, sizeof *ins);
	char *participants = participant_insert_sql();
	enum gw_status st = GW_OK;
	for (size_t k = 0; k < sizeof v / sizeof *v && st == GW_OK; k++)
		if (sqlite3_prepare_v2(s->db, insert_sql[k] ? insert_sql[k] : participants, -1, v[k],
				       NULL) != SQLITE_OK)
			st = GW_EINTERNAL;
	free(participants);
	return st;
}

void inserts_finalize(struct inserts *ins)
{
	sqlite3_finalize(ins->traject);
	sqlite3_finalize(ins->participant);
	sqlite3_finalize(ins->sort);
	sqlite3_finalize(ins->top);
	sqlite3_finalize(ins->dilemma);
	sqlite3_finalize(ins->tag);
	sqlite3_finalize(ins->rehash);
}

/* Bind texts (NULL binds NULL) from index 1 on. */
static void bind_texts(sqlite3_stmt *st, const char *const *v, int n)
{
	for (int i = 0; i < n; i++)
		if (v[i])
			sqlite3_bind_text(st, i + 1, v[i], -1, SQLITE_STATIC);
		else
			sqlite3_bind_null(st, i + 1);
}

static int run(sqlite3_stmt *st)
{
	int rc = sqlite3_step(st);
	sqlite3_reset(st);
	sqlite3_clear_bindings(st);
	return rc == SQLITE_DONE ? 0 : -1;
}

static int insert_sort(struct inserts *ins, const struct bundle *b, const struct bundle_sort *s,
		       char *buf)
{
	const struct bundle_card_set *cs = bundle_find_card_set(b, s->card_set);
	if (!cs || !cs->n_scale)
		return -1;
	int lo = cs->scale[0].value;
	for (size_t j = 0; j < cs->n_cards; j++)
		buf[j] = s->cats[j] == BUNDLE_MISSING ? '.' : (char)('A' + s->cats[j] - lo);
	const char *v[] = {s->traject, s->participant, s->session, s->phase, s->perspective,
			   s->card_set, s->date, s->table};
	bind_texts(ins->sort, v, 8);
	if (s->year)
		sqlite3_bind_int(ins->sort, 9, s->year);
	sqlite3_bind_text(ins->sort, 10, buf, (int)cs->n_cards, SQLITE_STATIC);
	return run(ins->sort);
}

static int insert_dilemma(struct inserts *ins, const struct bundle_dilemma *m)
{
	const char *v[] = {m->traject, m->case_id, m->group, m->session, m->pillar, m->date};
	bind_texts(ins->dilemma, v, 6);
	if (m->year)
		sqlite3_bind_int(ins->dilemma, 7, m->year);
	if (run(ins->dilemma))
		return -1;
	for (size_t j = 0; j < m->n_tags; j++) {
		const char *t[] = {m->traject, m->case_id, m->tags[j]};
		bind_texts(ins->tag, t, 3);
		if (run(ins->tag))
			return -1;
	}
	return 0;
}

static size_t max_cards(const struct bundle *b)
{
	size_t m = 1;
	for (size_t i = 0; i < b->n_card_sets; i++)
		if (b->card_sets[i].n_cards > m)
			m = b->card_sets[i].n_cards;
	return m;
}

static int insert_details(struct inserts *ins, const struct bundle_traject *tr, const char *hash)
{
	const char *tv[] = {tr->traject, tr->organisation, tr->org_type, tr->sector, tr->start,
			    tr->end, tr->description};
	bind_texts(ins->traject, tv, 7);
	if (tr->start_year)
		sqlite3_bind_int(ins->traject, 8, tr->start_year);
	sqlite3_bind_text(ins->traject, 9, hash, -1, SQLITE_STATIC);
	sqlite3_bind_text(ins->traject, 10, tr->codebook ? tr->codebook : BUNDLE_DEFAULT_CODEBOOK,
			  -1, SQLITE_STATIC);
	return run(ins->traject);
}

#define HAS(kind) (kinds & (1u << (kind)))

enum gw_status inserts_traject(struct store *s, struct inserts *ins, const struct bundle *b,
			       size_t t, const struct traject_rows *rows, const char *hash,
			       unsigned kinds)
{
	(void)s;
	const struct bundle_traject *tr = &b->trajecten[t];
	const char *rv[] = {tr->traject, hash};
	if (!HAS(SK_DETAILS))
		bind_texts(ins->rehash, rv, 2);
	if (HAS(SK_DETAILS) ? insert_details(ins, tr, hash) : run(ins->rehash))
		return GW_EINTERNAL;
	for (size_t k = 0; k < rows->participants.n; k++) {
		const struct bundle_participant *p = &b->participants[rows->participants.v[k]];
		const char *pv[2 + ATTR_N_PERSON] = {p->traject, p->participant};
		memcpy(pv + 2, p->attr, sizeof p->attr);
		bind_texts(ins->participant, pv, 2 + ATTR_N_PERSON);
		if (run(ins->participant))
			return GW_EINTERNAL;
	}
	char *buf = xmalloc(max_cards(b));
	int bad = 0;
	for (size_t k = 0; HAS(SK_SORTS) && k < rows->sorts.n && !bad; k++)
		bad = insert_sort(ins, b, &b->sorts[rows->sorts.v[k]], buf);
	free(buf);
	for (size_t k = 0; HAS(SK_GROUP_TOPS) && k < rows->tops.n && !bad; k++) {
		const struct bundle_group_top *g = &b->group_tops[rows->tops.v[k]];
		const char *gv[] = {g->traject, g->group, g->session, g->table};
		bind_texts(ins->top, gv, 4);
		if (g->rank)
			sqlite3_bind_int(ins->top, 5, g->rank);
		if (g->card)
			sqlite3_bind_text(ins->top, 6, g->card, -1, SQLITE_STATIC);
		bad = run(ins->top);
	}
	for (size_t k = 0; HAS(SK_DILEMMAS) && k < rows->dilemmas.n && !bad; k++)
		bad = insert_dilemma(ins, &b->dilemmas[rows->dilemmas.v[k]]);
	if (!bad && store_fault_hook && store_fault_hook("rows") != 0)
		bad = 1;
	return bad ? GW_EINTERNAL : GW_OK;
}
