/* load.c - select sorts from the store into a compact struct dataset.
 * One pass over the rows: categories unpacked into one int8 block, every
 * attribute turned into a level code; levels are sorted at the end. */
#include <stdlib.h>
#include <string.h>
#include "goedwerk/dataset.h"
#include "goedwerk/load.h"
#include "goedwerk/alloc.h"
#include "goedwerk/strpool.h"
#include "load.h"
#include "table_key.h"

/* The WHERE clause of a selection over a table aliased `alias`, and its
 * parameters, bound from index 2 on (1 is the card set where used). */
static char *placeholders(size_t n)
{
	char *in = xstrdup("?");
	for (size_t i = 1; i < n; i++) {
		char *t = xasprintf("%s,?", in);
		free(in);
		in = t;
	}
	return in;
}

/* "AND alias.traject IN (...)": by traject id, or by an attribute of the
 * traject (organisation, org_type). */
static char *and_traject_in(char *w, const char *alias, const char *column, size_t n)
{
	if (!n)
		return w;
	char *in = placeholders(n), *t;
	if (strcmp(column, "traject") == 0)
		t = xasprintf("%s AND %s.traject IN (%s)", w, alias, in);
	else
		t = xasprintf("%s AND %s.traject IN (SELECT traject FROM trajecten WHERE %s IN (%s))", w,
			      alias, column, in);
	free(in);
	free(w);
	return t;
}

static char *where_clause(const struct selection *sel, const char *alias, int sorts)
{
	char *w = xstrdup("1");
	char *t;
	w = and_traject_in(w, alias, "traject", sel->n_trajecten);
	w = and_traject_in(w, alias, "organisation", sel->n_organisations);
	w = and_traject_in(w, alias, "org_type", sel->n_org_types);
	const char *conds[4] = {sel->from_year ? "year >= ?" : NULL, sel->to_year ? "year <= ?" : NULL,
				sorts && sel->phase ? "phase = ?" : NULL,
				sorts && sel->perspective ? "perspective = ?" : NULL};
	for (int k = 0; k < 4; k++)
		if (conds[k]) {
			t = xasprintf("%s AND %s.%s", w, alias, conds[k]);
			free(w);
			w = t;
		}
	return w;
}

static void bind_selection(sqlite3_stmt *st, const struct selection *sel, int first, int sorts)
{
	int k = first;
	for (size_t i = 0; i < sel->n_trajecten; i++)
		sqlite3_bind_text(st, k++, sel->trajecten[i], -1, SQLITE_STATIC);
	for (size_t i = 0; i < sel->n_organisations; i++)
		sqlite3_bind_text(st, k++, sel->organisations[i], -1, SQLITE_STATIC);
	for (size_t i = 0; i < sel->n_org_types; i++)
		sqlite3_bind_text(st, k++, sel->org_types[i], -1, SQLITE_STATIC);
	if (sel->from_year)
		sqlite3_bind_int(st, k++, sel->from_year);
	if (sel->to_year)
		sqlite3_bind_int(st, k++, sel->to_year);
	if (sorts && sel->phase)
		sqlite3_bind_text(st, k++, sel->phase, -1, SQLITE_STATIC);
	if (sorts && sel->perspective)
		sqlite3_bind_text(st, k++, sel->perspective, -1, SQLITE_STATIC);
}

sqlite3_stmt *load_prepare_selected(struct loader *L, const char *sql_fmt, const char *alias,
				    int sorts, int bind_card_set)
{
	char *w = where_clause(L->sel, alias, sorts);
	char *sql = xasprintf(sql_fmt, w);
	sqlite3_stmt *st = NULL;
	int rc = sqlite3_prepare_v2(L->db, sql, -1, &st, NULL);
	free(sql);
	free(w);
	if (rc != SQLITE_OK) {
		fprintf(L->err, "goedwerk: the store could not be read: %s\n", sqlite3_errmsg(L->db));
		return NULL;
	}
	if (bind_card_set)
		sqlite3_bind_text(st, 1, L->ds->card_set, -1, SQLITE_STATIC);
	bind_selection(st, L->sel, bind_card_set ? 2 : 1, sorts);
	return st;
}

static const char *scoped(struct loader *L, const char *traject, const char *name);

/* Rows come ordered by id, so most columns repeat the row before: the last
 * value of each column is kept and reused without hashing. */
const char *load_text(struct loader *L, sqlite3_stmt *st, int col)
{
	const unsigned char *s = sqlite3_column_text(st, col);
	if (!s || !*s)
		return NULL;
	size_t n = (size_t)sqlite3_column_bytes(st, col);
	struct last_text *last = col < LOAD_MAX_COLS ? &L->last[col] : NULL;
	if (last && last->pooled && last->len == n && memcmp(last->pooled, s, n) == 0)
		return last->pooled;
	const char *p = strpool_intern(&L->pool, (const char *)s, n);
	if (last) {
		last->pooled = p;
		last->len = n;
	}
	return p;
}

/* "TRAJECT/NAME", pooled; NULL when name is.  Both arguments are pooled,
 * so a repeat of the call before (per slot) is answered from memory. */
const char *load_scoped(struct loader *L, int slot, const char *traject, const char *name)
{
	if (!name)
		return NULL;
	struct scoped_memo *m = &L->scoped[slot];
	if (m->traject == traject && m->name == name)
		return m->result;
	m->traject = traject;
	m->name = name;
	m->result = scoped(L, traject, name);
	return m->result;
}

static const char *scoped(struct loader *L, const char *traject, const char *name)
{
	size_t a = strlen(traject), b = strlen(name);
	char buf[512];
	if (a + b + 2 > sizeof buf) {
		char *s = xasprintf("%s/%s", traject, name);
		const char *p = strpool_get(&L->pool, s);
		free(s);
		return p;
	}
	memcpy(buf, traject, a);
	buf[a] = '/';
	memcpy(buf + a + 1, name, b);
	return strpool_intern(&L->pool, buf, a + b + 1);
}

static enum gw_status choose_card_set(struct loader *L)
{
	if (L->sel->card_set) {
		L->ds->card_set = xstrdup(L->sel->card_set);
		return GW_OK;
	}
	sqlite3_stmt *st;
	/* One card set in the store (the usual case): no need to count sorts. */
	if (sqlite3_prepare_v2(L->db, "SELECT min(card_set), count(*) FROM card_sets", -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW && sqlite3_column_int(st, 1) == 1)
		L->ds->card_set = xstrdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	if (L->ds->card_set)
		return GW_OK;
	st = load_prepare_selected(
		L, "SELECT s.card_set FROM sorts s WHERE %s GROUP BY s.card_set "
		   "ORDER BY count(*) DESC, s.card_set LIMIT 1", "s", 1, 0);
	if (!st)
		return GW_EINTERNAL;
	if (sqlite3_step(st) == SQLITE_ROW)
		L->ds->card_set = xstrdup((const char *)sqlite3_column_text(st, 0));
	sqlite3_finalize(st);
	if (!L->ds->card_set) {
		fputs("goedwerk: no sorts match the selection (is anything ingested?)\n", L->err);
		return GW_EDATA;
	}
	return GW_OK;
}

/* People are numbered by their participants row: a dense array over rowids
 * instead of hashing "traject/participant" for every sort.  A sort whose
 * participant has no row (not expected from ingest) is numbered by name. */
static int32_t number(struct loader *L, int32_t *slot)
{
	if (*slot < 0)
		*slot = (int32_t)L->n_people++;
	return *slot;
}

static int32_t person_of(struct loader *L, sqlite3_stmt *st, const char *traject, const char *participant)
{
	if (sqlite3_column_type(st, COL_ROWID) == SQLITE_INTEGER) {
		sqlite3_int64 id = sqlite3_column_int64(st, COL_ROWID);
		if (id >= 0 && (size_t)id < L->n_rowid_slot)
			return number(L, &L->rowid_slot[id]);
	}
	int32_t code = levels_code(&L->people, load_scoped(L, SCOPED_PERSON, traject, participant));
	if ((size_t)code >= L->n_name_slot) {
		size_t n = 2 * (size_t)code + 16;
		L->name_slot = xrealloc(L->name_slot, n * sizeof *L->name_slot);
		for (size_t k = L->n_name_slot; k < n; k++)
			L->name_slot[k] = -1;
		L->n_name_slot = n;
	}
	return number(L, &L->name_slot[code]);
}

static void prepare_people(struct loader *L)
{
	sqlite3_stmt *st;
	sqlite3_int64 max = 0;
	if (sqlite3_prepare_v2(L->db, "SELECT max(rowid) FROM participants", -1, &st, NULL) == SQLITE_OK &&
	    sqlite3_step(st) == SQLITE_ROW)
		max = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	L->n_rowid_slot = max > 0 && max < (1 << 28) ? (size_t)max + 1 : 0;
	L->rowid_slot = xmalloc((L->n_rowid_slot ? L->n_rowid_slot : 1) * sizeof *L->rowid_slot);
	for (size_t k = 0; k < L->n_rowid_slot; k++)
		L->rowid_slot[k] = -1;
}

static void add_sort(struct loader *L, sqlite3_stmt *st)
{
	struct dataset *ds = L->ds;
	size_t i = ds->n_sorts;
	if (i == L->cap) {
		L->cap = L->cap ? 2 * L->cap : 1024;
		ds->cats = xrealloc(ds->cats, L->cap * ds->n_cards);
		ds->person = xrealloc(ds->person, L->cap * sizeof *ds->person);
		ds->year = xrealloc(ds->year, L->cap * sizeof *ds->year);
		ds->sort_id = xrealloc(ds->sort_id, L->cap * sizeof *ds->sort_id);
		for (int k = 0; k < DS_N_FACTORS; k++)
			ds->f[k].code = xrealloc(ds->f[k].code, L->cap * sizeof *ds->f[k].code);
		if (L->sel->show_sorts)
			ds->sort_label = xrealloc(ds->sort_label, L->cap * sizeof *ds->sort_label);
	}
	ds->sort_id[i] = sqlite3_column_int64(st, 0);
	const char *traject = load_text(L, st, 1), *participant = load_text(L, st, 2);
	ds->person[i] = person_of(L, st, traject, participant);
	const char *cats = (const char *)sqlite3_column_text(st, 8);
	int8_t *row = ds->cats + i * ds->n_cards;
	size_t len = cats ? (size_t)sqlite3_column_bytes(st, 8) : 0;
	for (size_t j = 0; j < ds->n_cards; j++)
		row[j] = j < len && cats[j] != '.' ? (int8_t)(cats[j] - 'A' + ds->scale_min) : DS_MISSING;
	ds->year[i] = sqlite3_column_int(st, 7);
	const char *v[DS_N_FACTORS] = {
		[DS_TRAJECT] = traject,
		[DS_YEAR] = ds->year[i] ? load_text(L, st, 7) : NULL,
		[DS_SESSION] = load_text(L, st, 3), [DS_PHASE] = load_text(L, st, 4),
		[DS_PERSPECTIVE] = load_text(L, st, 5)};
	const char *group = NULL;
	for (size_t k = 0; k < attributes_len; k++) {
		const char *a = L->attr_col[k] < 0 ? NULL : load_text(L, st, L->attr_col[k]);
		v[attributes[k].factor] = attributes[k].flags & ATTR_SCOPED
			? load_scoped(L, SCOPED_GROUP, traject, a) : a;
		if (attributes[k].factor == DS_GROUP)
			group = a;
	}
	v[DS_TABLE] = table_key(L, traject, group, v[DS_SESSION], load_text(L, st, 6));
	for (int k = 0; k < DS_N_FACTORS; k++)
		ds->f[k].code[i] = levels_code(&L->lv[k], v[k]);
	if (L->sel->show_sorts)
		ds->sort_label[i] = xasprintf("%s/%s/%s/%s/%s", traject, participant,
					      v[DS_SESSION] ? v[DS_SESSION] : "-", v[DS_PHASE],
					      v[DS_PERSPECTIVE]);
	ds->n_sorts++;
}

/* The attribute columns of the registry, as "t.organisation, p.role, ...";
 * a column an older store lacks (a read-only store not yet given the
 * registry's newer columns) is selected as NULL. */
static char *attribute_columns(struct loader *L)
{
	char *cols = xstrdup("");
	for (size_t k = 0; k < attributes_len; k++) {
		const struct attribute *a = &attributes[k];
		const char *tbl = a->source == ATTR_TRAJECT ? "trajecten" : "participants";
		int have = store_has_column(L->store, tbl, a->store_col);
		L->attr_col[k] = have ? COL_ATTRS + (int)k : -1;
		char *next = xasprintf("%s, %s%s", cols, have ? (a->source == ATTR_TRAJECT ? "t." : "p.") : "NULL",
				       have ? a->store_col : "");
		free(cols);
		cols = next;
	}
	return cols;
}

static enum gw_status load_sorts(struct loader *L)
{
	char *cols = attribute_columns(L);
	char *sql = xasprintf(
		"SELECT s.id, s.traject, s.participant, s.session, s.phase, s.perspective, s.tbl, "
		"s.year, s.cats, p.rowid%s "
		"FROM sorts s JOIN trajecten t ON t.traject = s.traject "
		"LEFT JOIN participants p ON p.traject = s.traject AND p.participant = s.participant "
		"WHERE s.card_set = ?1 AND %%s ORDER BY s.id", cols);
	sqlite3_stmt *st = load_prepare_selected(L, sql, "s", 1, 1);
	free(cols);
	free(sql);
	if (!st)
		return GW_EINTERNAL;
	prepare_people(L);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW)
		add_sort(L, st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		fprintf(L->err, "goedwerk: the store could not be read: %s\n", sqlite3_errmsg(L->db));
		return GW_EINTERNAL;
	}
	if (L->ds->n_sorts == 0) {
		fprintf(L->err, "goedwerk: no sorts of card set '%s' match the selection\n", L->ds->card_set);
		return GW_EDATA;
	}
	return GW_OK;
}

static const enum level_order factor_order[DS_N_FACTORS] = {
	[DS_AGE_BAND] = ORDER_NUMERIC_BAND, [DS_YEAR] = ORDER_NUMERIC_BAND,
	[DS_SESSION] = ORDER_NUMERIC_BAND, [DS_PHASE] = ORDER_PHASE,
	[DS_PERSPECTIVE] = ORDER_PERSPECTIVE};

/* Sort every factor's levels; codes held by tops and dilemmas follow. */
static void finish_levels(struct loader *L)
{
	struct dataset *ds = L->ds;
	table_key_names(L);
	for (int k = 0; k < DS_N_FACTORS; k++) {
		int32_t *arrays[3] = {ds->f[k].code, L->dil_code[k], L->top_code[k]};
		size_t lens[3] = {ds->n_sorts, L->dil_code[k] ? ds->n_dilemmas : 0,
				  L->top_code[k] ? ds->n_tops : 0};
		ds->f[k].name = ds_factor_name(k);
		levels_finish(&L->lv[k], factor_order[k], &ds->f[k], arrays, lens, 3);
	}
}

enum gw_status dataset_load(struct store *s, const struct selection *sel, struct dataset *ds,
			    FILE *err)
{
	memset(ds, 0, sizeof *ds);
	struct loader L = {.store = s, .db = s->db, .ds = ds, .sel = sel, .err = err};
	strpool_init(&L.pool);
	levels_init(&L.people);
	for (int k = 0; k < DS_N_FACTORS; k++)
		levels_init(&L.lv[k]);
	enum gw_status st = choose_card_set(&L);
	if (st == GW_OK)
		st = load_card_set(&L);
	if (st == GW_OK)
		st = load_sorts(&L);
	if (st == GW_OK)
		st = load_tops(&L);
	if (st == GW_OK)
		st = load_dilemmas(&L);
	if (st == GW_OK) {
		ds->n_people = L.n_people;
		finish_levels(&L);
		load_attach_codes(&L);
	}
	for (int k = 0; k < DS_N_FACTORS; k++) {
		levels_free(&L.lv[k]);
		free(L.dil_code[k]);
		free(L.top_code[k]);
	}
	levels_free(&L.people);
	table_key_free(&L);
	free(L.rowid_slot);
	free(L.name_slot);
	strpool_free(&L.pool);
	if (st != GW_OK)
		dataset_free(ds);
	return st;
}

static void free_strings(char **v, size_t n)
{
	if (!v)
		return;
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

void dataset_free(struct dataset *ds)
{
	free(ds->card_set);
	free_strings(ds->card_id, ds->n_cards);
	free_strings(ds->label_nl, ds->n_cards);
	free_strings(ds->label_en, ds->n_cards);
	free_strings(ds->scale_label_nl, ds->n_scale);
	free_strings(ds->scale_label_en, ds->n_scale);
	free(ds->scale_count);
	free(ds->cats);
	free(ds->person);
	free(ds->year);
	free(ds->sort_id);
	free_strings(ds->sort_label, ds->sort_label ? ds->n_sorts : 0);
	for (int k = 0; k < DS_N_FACTORS; k++) {
		free_strings(ds->f[k].levels, ds->f[k].n_levels);
		free(ds->f[k].code);
		free(ds->f[k].by_name);
	}
	for (size_t i = 0; i < ds->n_tops; i++)
		free(ds->tops[i].scope);
	free(ds->tops);
	free_strings(ds->tag, ds->n_tags);
	free_strings(ds->tag_label_nl, ds->n_tags);
	free_strings(ds->tag_label_en, ds->n_tags);
	free_strings(ds->tag_pillar, ds->n_tags);
	free_strings(ds->tag_axis, ds->n_tags);
	for (size_t i = 0; i < ds->n_dilemmas; i++)
		free(ds->dilemmas[i].tags);
	free(ds->dilemmas);
	memset(ds, 0, sizeof *ds);
}
