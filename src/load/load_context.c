/* load_context.c - what surrounds the sorts: the card set and its scale, the
 * tables' common tops, the dilemmas and the codebook.  The analysis uses the
 * default codebook: the tags of a case coded in another version are mapped
 * onto default tags through their canonical; a tag without one is left out
 * (counted in a warning). */
#include <stdlib.h>
#include <string.h>
#include "goedwerk/bundle.h"
#include "goedwerk/alloc.h"
#include "load.h"

static char *dup_col(sqlite3_stmt *st, int col)
{
	const unsigned char *s = sqlite3_column_text(st, col);
	return s ? xstrdup((const char *)s) : NULL;
}

static sqlite3_stmt *prepare(struct loader *L, const char *sql)
{
	sqlite3_stmt *st = NULL;
	if (sqlite3_prepare_v2(L->db, sql, -1, &st, NULL) != SQLITE_OK) {
		fprintf(L->err, "goedwerk: the store could not be read: %s\n", sqlite3_errmsg(L->db));
		return NULL;
	}
	return st;
}

static enum gw_status load_cards(struct loader *L)
{
	struct dataset *ds = L->ds;
	sqlite3_stmt *st = prepare(L, "SELECT card, label_nl, label_en FROM cards "
				      "WHERE card_set = ?1 ORDER BY pos");
	if (!st)
		return GW_EINTERNAL;
	sqlite3_bind_text(st, 1, ds->card_set, -1, SQLITE_STATIC);
	size_t cap = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (ds->n_cards == cap) {
			cap = cap ? 2 * cap : 32;
			ds->card_id = xrealloc(ds->card_id, cap * sizeof *ds->card_id);
			ds->label_nl = xrealloc(ds->label_nl, cap * sizeof *ds->label_nl);
			ds->label_en = xrealloc(ds->label_en, cap * sizeof *ds->label_en);
		}
		ds->card_id[ds->n_cards] = dup_col(st, 0);
		ds->label_nl[ds->n_cards] = dup_col(st, 1);
		ds->label_en[ds->n_cards] = dup_col(st, 2);
		if (!ds->label_en[ds->n_cards]) /* an English report falls back to Dutch */
			ds->label_en[ds->n_cards] = xstrdup(ds->label_nl[ds->n_cards]);
		ds->n_cards++;
	}
	sqlite3_finalize(st);
	return GW_OK;
}

static enum gw_status load_scale(struct loader *L)
{
	struct dataset *ds = L->ds;
	sqlite3_stmt *st = prepare(L, "SELECT scale_min, scale_max, forced FROM card_sets WHERE card_set = ?1");
	if (!st)
		return GW_EINTERNAL;
	sqlite3_bind_text(st, 1, ds->card_set, -1, SQLITE_STATIC);
	int found = sqlite3_step(st) == SQLITE_ROW, forced = 0;
	if (found) {
		ds->scale_min = sqlite3_column_int(st, 0);
		ds->scale_max = sqlite3_column_int(st, 1);
		forced = sqlite3_column_int(st, 2);
	}
	sqlite3_finalize(st);
	if (!found || ds->scale_max < ds->scale_min) {
		fprintf(L->err, "goedwerk: card set '%s' is not in the store\n", ds->card_set);
		return GW_EDATA;
	}
	ds->n_scale = (size_t)(ds->scale_max - ds->scale_min + 1);
	ds->scale_label_nl = xcalloc(ds->n_scale, sizeof *ds->scale_label_nl);
	ds->scale_label_en = xcalloc(ds->n_scale, sizeof *ds->scale_label_en);
	if (forced)
		ds->scale_count = xcalloc(ds->n_scale, sizeof *ds->scale_count);
	st = prepare(L, "SELECT category, label_nl, label_en, count FROM scale WHERE card_set = ?1");
	if (!st)
		return GW_EINTERNAL;
	sqlite3_bind_text(st, 1, ds->card_set, -1, SQLITE_STATIC);
	while (sqlite3_step(st) == SQLITE_ROW) {
		int c = sqlite3_column_int(st, 0);
		if (c < ds->scale_min || c > ds->scale_max)
			continue;
		size_t k = (size_t)(c - ds->scale_min);
		free(ds->scale_label_nl[k]);
		free(ds->scale_label_en[k]);
		ds->scale_label_nl[k] = dup_col(st, 1);
		ds->scale_label_en[k] = dup_col(st, 2);
		if (ds->scale_count)
			ds->scale_count[k] = sqlite3_column_int(st, 3);
	}
	sqlite3_finalize(st);
	for (size_t k = 0; k < ds->n_scale; k++) { /* a scale without labels: its numbers */
		if (!ds->scale_label_nl[k])
			ds->scale_label_nl[k] = xasprintf("%d", ds->scale_min + (int)k);
		if (!ds->scale_label_en[k])
			ds->scale_label_en[k] = xstrdup(ds->scale_label_nl[k]);
	}
	return GW_OK;
}

enum gw_status load_card_set(struct loader *L)
{
	enum gw_status st = load_scale(L);
	if (st == GW_OK)
		st = load_cards(L);
	if (st == GW_OK && L->ds->n_cards == 0) {
		fprintf(L->err, "goedwerk: card set '%s' has no cards in the store\n", L->ds->card_set);
		st = GW_EDATA;
	}
	return st;
}

static int card_index(const struct dataset *ds, const char *card)
{
	for (size_t j = 0; j < ds->n_cards; j++)
		if (strcmp(ds->card_id[j], card) == 0)
			return (int)j;
	return -1;
}

/* A new top, or the last one when the row continues the same table. */
static struct ds_table_top *top_for(struct loader *L, const char *traject, const char *table, size_t *cap)
{
	struct dataset *ds = L->ds;
	const char *scope = load_scoped(L, SCOPED_TABLE, traject, table);
	if (ds->n_tops && strcmp(ds->tops[ds->n_tops - 1].scope, scope) == 0)
		return &ds->tops[ds->n_tops - 1];
	GROW(ds->tops, *cap, ds->n_tops + 1);
	L->top_code[DS_TRAJECT] = xrealloc(L->top_code[DS_TRAJECT], *cap * sizeof(int32_t));
	L->top_code[DS_TABLE] = xrealloc(L->top_code[DS_TABLE], *cap * sizeof(int32_t));
	struct ds_table_top *t = &ds->tops[ds->n_tops];
	memset(t, 0, sizeof *t);
	t->scope = xstrdup(scope);
	t->consensus = 1;
	L->top_code[DS_TRAJECT][ds->n_tops] = levels_code(&L->lv[DS_TRAJECT], traject);
	L->top_code[DS_TABLE][ds->n_tops] = levels_code(&L->lv[DS_TABLE], scope);
	ds->n_tops++;
	return t;
}

enum gw_status load_tops(struct loader *L)
{
	struct selection nosel = *L->sel; /* tops have no year, phase or perspective */
	nosel.from_year = nosel.to_year = 0;
	const struct selection *keep = L->sel;
	L->sel = &nosel;
	sqlite3_stmt *st = load_prepare_selected(
		L, "SELECT g.traject, g.tbl, g.rank, g.card FROM group_tops g WHERE %s "
		   "ORDER BY g.traject, g.tbl, g.rank", "g", 0, 0);
	L->sel = keep;
	if (!st)
		return GW_EINTERNAL;
	size_t cap = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		const char *traject = load_text(L, st, 0), *table = load_text(L, st, 1);
		if (!traject || !table)
			continue;
		struct ds_table_top *t = top_for(L, traject, table, &cap);
		const char *card = (const char *)sqlite3_column_text(st, 3);
		int j = card && *card ? card_index(L->ds, card) : -1;
		if (!card || !*card)
			t->consensus = 0;
		else if (j >= 0 && t->n_cards < 4)
			t->cards[t->n_cards++] = j;
	}
	sqlite3_finalize(st);
	return GW_OK;
}

static enum gw_status load_codebook(struct loader *L)
{
	struct dataset *ds = L->ds;
	sqlite3_stmt *st = prepare(L, "SELECT tag, label_nl, label_en, pillar, axis FROM codebook "
				      "WHERE codebook = '" BUNDLE_DEFAULT_CODEBOOK "' ORDER BY tag");
	if (!st)
		return GW_EINTERNAL;
	size_t cap = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (ds->n_tags == cap) {
			cap = cap ? 2 * cap : 32;
			ds->tag = xrealloc(ds->tag, cap * sizeof *ds->tag);
			ds->tag_label_nl = xrealloc(ds->tag_label_nl, cap * sizeof(char *));
			ds->tag_label_en = xrealloc(ds->tag_label_en, cap * sizeof(char *));
			ds->tag_pillar = xrealloc(ds->tag_pillar, cap * sizeof(char *));
			ds->tag_axis = xrealloc(ds->tag_axis, cap * sizeof(char *));
		}
		size_t k = ds->n_tags++;
		ds->tag[k] = dup_col(st, 0);
		ds->tag_label_nl[k] = dup_col(st, 1);
		ds->tag_label_en[k] = dup_col(st, 2);
		if (!ds->tag_label_en[k])
			ds->tag_label_en[k] = xstrdup(ds->tag_label_nl[k]);
		ds->tag_pillar[k] = dup_col(st, 3);
		ds->tag_axis[k] = dup_col(st, 4);
	}
	sqlite3_finalize(st);
	return GW_OK;
}

static int tag_index(const struct dataset *ds, const char *tag)
{
	for (size_t k = 0; k < ds->n_tags; k++) /* codebooks are small */
		if (strcmp(ds->tag[k], tag) == 0)
			return (int)k;
	return -1;
}

static const int dilemma_factors[] = {DS_TRAJECT, DS_ORGANISATION, DS_ORG_TYPE, DS_ROLE,
				      DS_SESSION, DS_YEAR, DS_GROUP};

static void add_dilemma(struct loader *L, sqlite3_stmt *st, size_t *cap)
{
	struct dataset *ds = L->ds;
	if (ds->n_dilemmas == *cap) {
		*cap = *cap ? 2 * *cap : 64;
		ds->dilemmas = xrealloc(ds->dilemmas, *cap * sizeof *ds->dilemmas);
		for (size_t k = 0; k < sizeof dilemma_factors / sizeof *dilemma_factors; k++)
			L->dil_code[dilemma_factors[k]] =
				xrealloc(L->dil_code[dilemma_factors[k]], *cap * sizeof(int32_t));
	}
	size_t i = ds->n_dilemmas++;
	struct ds_dilemma *d = &ds->dilemmas[i];
	memset(d, 0, sizeof *d);
	d->year_value = sqlite3_column_int(st, 5);
	const char *v[] = {load_text(L, st, 0), load_text(L, st, 2), load_text(L, st, 3),
			   load_text(L, st, 4), load_text(L, st, 1),
			   d->year_value ? load_text(L, st, 5) : NULL,
			   load_scoped(L, SCOPED_GROUP, load_text(L, st, 0), load_text(L, st, 8))};
	for (size_t k = 0; k < sizeof dilemma_factors / sizeof *dilemma_factors; k++)
		L->dil_code[dilemma_factors[k]][i] = levels_code(&L->lv[dilemma_factors[k]], v[k]);
	const char *tags = (const char *)sqlite3_column_text(st, 6);
	for (const char *p = tags; p && *p;) {
		const char *bar = strchr(p, '|');
		size_t len = bar ? (size_t)(bar - p) : strlen(p);
		char *tag = xstrndup(p, len);
		int k = tag_index(ds, tag);
		free(tag);
		if (k >= 0) {
			d->tags = xrealloc(d->tags, (d->n_tags + 1) * sizeof *d->tags);
			d->tags[d->n_tags++] = k;
		}
		p = bar ? bar + 1 : NULL;
	}
}

/* A case's tags (alias x) with the codebook row of its traject's version
 * (t, alias c), and the tag in the default codebook: itself when the traject
 * is coded in the default version, else its canonical (NULL: none). */
#define CASE_TAGS                                                                        \
	"dilemma_tags x LEFT JOIN codebook c ON c.codebook = t.codebook AND c.tag = x.tag " \
	"WHERE x.traject = d.traject AND x.case_id = d.case_id"
#define MAPPED_TAG                                                                       \
	"(CASE WHEN t.codebook = '" BUNDLE_DEFAULT_CODEBOOK "' THEN x.tag ELSE c.canonical END)"

enum gw_status load_dilemmas(struct loader *L)
{
	enum gw_status rc = load_codebook(L);
	if (rc != GW_OK)
		return rc;
	/* The role of a case is the most common role in its group, computed once
	 * per group (a window over the grouped participants), not per case. */
	sqlite3_stmt *st = load_prepare_selected(
		L,
		"WITH best AS (SELECT traject, grp, role FROM (SELECT traject, grp, role, row_number() "
		" OVER (PARTITION BY traject, grp ORDER BY count(*) DESC, role) AS rn FROM participants "
		" WHERE role IS NOT NULL AND grp IS NOT NULL GROUP BY traject, grp, role) WHERE rn = 1) "
		"SELECT d.traject, d.session, t.organisation, t.org_type, b.role, "
		"d.year, (SELECT group_concat(tag, '|') FROM (SELECT DISTINCT " MAPPED_TAG " AS tag "
		" FROM " CASE_TAGS " AND " MAPPED_TAG " IS NOT NULL ORDER BY 1)), "
		"(SELECT count(*) FROM " CASE_TAGS " AND " MAPPED_TAG " IS NULL), d.grp "
		"FROM dilemmas d JOIN trajecten t ON t.traject = d.traject "
		"LEFT JOIN best b ON b.traject = d.traject AND b.grp = d.grp WHERE %s "
		"ORDER BY d.traject, d.case_id", "d", 0, 0);
	if (!st)
		return GW_EINTERNAL;
	size_t cap = 0;
	long unmapped = 0, cases = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		add_dilemma(L, st, &cap);
		int n = sqlite3_column_int(st, 7);
		unmapped += n;
		cases += n > 0;
	}
	sqlite3_finalize(st);
	if (unmapped)
		fprintf(L->err, "goedwerk: warning: %ld tags of %ld cases are coded in another codebook "
			"version without a canonical tag of the default codebook (left out of the "
			"analysis)\n", unmapped, cases);
	return GW_OK;
}

void load_attach_codes(struct loader *L)
{
	struct dataset *ds = L->ds;
	for (size_t i = 0; i < ds->n_tops; i++) {
		ds->tops[i].traject = L->top_code[DS_TRAJECT][i];
		ds->tops[i].table = L->top_code[DS_TABLE][i];
	}
	for (size_t i = 0; i < ds->n_dilemmas; i++) {
		struct ds_dilemma *d = &ds->dilemmas[i];
		d->traject = L->dil_code[DS_TRAJECT][i];
		d->organisation = L->dil_code[DS_ORGANISATION][i];
		d->org_type = L->dil_code[DS_ORG_TYPE][i];
		d->role = L->dil_code[DS_ROLE][i];
		d->group = L->dil_code[DS_GROUP][i];
		d->session = L->dil_code[DS_SESSION][i];
		d->year = L->dil_code[DS_YEAR][i];
	}
}
