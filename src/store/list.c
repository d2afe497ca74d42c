/* list.c - `goedwerk list`: what is stored, as counts.  Pseudonyms never
 * appear: participants, organisations, groups and the tables of the exchange
 * are counts of people, as tables for the privacy engine (store_counts). */
#include <stdlib.h>
#include <string.h>
#include "goedwerk/store.h"
#include "goedwerk/alloc.h"
#include "goedwerk/table.h"

struct listing {
	const char *what;
	const char *header;
	const char *sql;
};

static const struct listing listings[] = {
	{"trajecten", "traject\torganisation\torg_type\tstart\tend\tparticipants\tsorts\tdilemmas"
		      "\tcodebook",
	 "SELECT t.traject, coalesce(t.organisation,''), coalesce(t.org_type,''),"
	 " coalesce(t.start,''), coalesce(t.\"end\",''),"
	 " (SELECT count(*) FROM participants p WHERE p.traject = t.traject),"
	 " (SELECT count(*) FROM sorts s WHERE s.traject = t.traject),"
	 " (SELECT count(*) FROM dilemmas d WHERE d.traject = t.traject), t.codebook"
	 " FROM trajecten t ORDER BY t.traject"},
	{"cards", "card_set\tpos\tcard\tlabel_nl\tlabel_en",
	 "SELECT card_set, pos, card, label_nl, coalesce(label_en,'') FROM cards ORDER BY card_set, pos"},
	/* per codebook version, the default first; cases coded in that version */
	{"tags", "codebook\ttag\tcanonical\tpillar\taxis\tcases\tlabel_nl",
	 "SELECT c.codebook, c.tag, coalesce(c.canonical,''), coalesce(c.pillar,''),"
	 " coalesce(c.axis,''), (SELECT count(*) FROM dilemma_tags x JOIN trajecten t"
	 " ON t.traject = x.traject WHERE x.tag = c.tag AND t.codebook = c.codebook), c.label_nl"
	 " FROM codebook c ORDER BY c.codebook <> '" BUNDLE_DEFAULT_CODEBOOK "', c.codebook, c.tag"},
};

static const struct listing *find_listing(const char *what)
{
	for (size_t i = 0; i < sizeof listings / sizeof *listings; i++)
		if (strcmp(listings[i].what, what) == 0)
			return &listings[i];
	return NULL;
}

/* The listings of counts of people, shown only after the privacy engine:
 * the first n_text columns are text, the others whole numbers. */
struct counted {
	const char *what;
	const struct column *cols;
	size_t ncols, n_text;
	const char *sql;
};

static const struct column participant_cols[] = {
	{"traject", 1}, {"group", 1}, {"role", 1}, {"age_band", 1}, {"participants", 0}};
/* trajecten counts trajecten, not people ('list trajecten' shows them): a key */
static const struct column organisation_cols[] = {
	{"organisation", 1}, {"org_type", 1}, {"trajecten", 1}, {"participants", 0}, {"sorts", 0}};
static const struct column group_cols[] = {
	{"traject", 1}, {"group", 1}, {"participants", 0}, {"sorts", 0}};
static const struct column table_cols[] = {
	{"traject", 1}, {"group", 1}, {"session", 1}, {"table", 1}, {"members", 0}};

#define COLS(c) c, sizeof c / sizeof *c
static const struct counted counted[] = {
	{"participants", COLS(participant_cols), 4,
	 "SELECT traject, coalesce(grp,''), coalesce(role,''), coalesce(age_band,''), count(*)"
	 " FROM participants GROUP BY traject, grp, role, age_band ORDER BY 1, 2, 3, 4"},
	{"organisations", COLS(organisation_cols), 2,
	 "WITH o AS (SELECT traject, coalesce(organisation,'') AS org, coalesce(org_type,'') AS typ"
	 " FROM trajecten) SELECT org, typ, count(*),"
	 " sum((SELECT count(*) FROM participants p WHERE p.traject = o.traject)),"
	 " sum((SELECT count(*) FROM sorts s WHERE s.traject = o.traject))"
	 " FROM o GROUP BY org, typ ORDER BY org, typ"},
	{"groups", COLS(group_cols), 2,
	 "SELECT p.traject, coalesce(p.grp,'') AS g, count(DISTINCT p.participant), count(s.id)"
	 " FROM participants p LEFT JOIN sorts s ON s.traject = p.traject"
	 " AND s.participant = p.participant GROUP BY p.traject, g ORDER BY 1, 2"},
	/* the tables of the exchange: who sat at them, from the sorts */
	{"tables", COLS(table_cols), 4,
	 "SELECT s.traject, coalesce(p.grp,'') AS g, coalesce(s.session,'') AS ses, s.tbl,"
	 " count(DISTINCT s.participant) FROM sorts s LEFT JOIN participants p"
	 " ON p.traject = s.traject AND p.participant = s.participant"
	 " WHERE s.tbl IS NOT NULL AND s.tbl <> '' GROUP BY s.traject, g, ses, s.tbl"
	 " ORDER BY 1, 2, 3, 4"},
};

enum gw_status store_counts(struct store *s, const char *what, struct table **out)
{
	const struct counted *k = NULL;
	for (size_t i = 0; i < sizeof counted / sizeof *counted; i++)
		if (strcmp(counted[i].what, what) == 0)
			k = &counted[i];
	*out = NULL;
	if (!k)
		return GW_EUSAGE;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, k->sql, -1, &st, NULL) != SQLITE_OK)
		return GW_EINTERNAL;
	struct table *t = table_new(what, k->cols, k->ncols);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		size_t r = table_add_row(t);
		for (size_t c = 0; c < k->ncols; c++)
			if (c < k->n_text)
				table_set_text(t, r, c, (const char *)sqlite3_column_text(st, (int)c));
			else
				table_set_int(t, r, c, sqlite3_column_int64(st, (int)c));
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		table_free(t);
		return GW_EINTERNAL;
	}
	*out = t;
	return GW_OK;
}

enum gw_status store_list(struct store *s, const char *what, FILE *out)
{
	const struct listing *l = find_listing(what);
	if (!l)
		return GW_EUSAGE;
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, l->sql, -1, &st, NULL) != SQLITE_OK)
		return GW_EINTERNAL;
	fprintf(out, "%s\n", l->header);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int n = sqlite3_column_count(st);
		for (int c = 0; c < n; c++)
			fprintf(out, "%s%s", c ? "\t" : "", (const char *)sqlite3_column_text(st, c));
		fputc('\n', out);
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? GW_OK : GW_EINTERNAL;
}

enum gw_status store_traject_hashes(struct store *s, char ***ids, char ***hashes, size_t *n)
{
	sqlite3_stmt *st;
	*ids = *hashes = NULL;
	*n = 0;
	if (sqlite3_prepare_v2(s->db, "SELECT traject, content_hash FROM trajecten ORDER BY traject",
			       -1, &st, NULL) != SQLITE_OK)
		return GW_EINTERNAL;
	size_t cap = 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		if (*n == cap) {
			cap = cap ? 2 * cap : 16;
			*ids = xrealloc(*ids, cap * sizeof **ids);
			*hashes = xrealloc(*hashes, cap * sizeof **hashes);
		}
		(*ids)[*n] = xstrdup((const char *)sqlite3_column_text(st, 0));
		(*hashes)[*n] = xstrdup((const char *)sqlite3_column_text(st, 1));
		(*n)++;
	}
	sqlite3_finalize(st);
	return GW_OK;
}

/* What a selection option may name, and where the store keeps it. */
static const struct {
	const char *what, *sql;
} stored_values[] = {
	{"traject", "SELECT traject FROM trajecten ORDER BY 1"},
	{"organisation", "SELECT DISTINCT organisation FROM trajecten WHERE organisation <> ''"
			 " ORDER BY 1"},
	{"org_type", "SELECT DISTINCT org_type FROM trajecten WHERE org_type <> '' ORDER BY 1"},
	{"card_set", "SELECT card_set FROM card_sets ORDER BY 1"},
	{"year", "SELECT DISTINCT year FROM sorts WHERE year IS NOT NULL ORDER BY 1"},
};

enum gw_status store_values(struct store *s, const char *what, char ***values, size_t *n)
{
	const char *sql = NULL;
	for (size_t i = 0; i < sizeof stored_values / sizeof *stored_values; i++)
		if (strcmp(what, stored_values[i].what) == 0)
			sql = stored_values[i].sql;
	*values = NULL;
	*n = 0;
	sqlite3_stmt *st;
	if (!sql || sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return GW_EINTERNAL;
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*values = xrealloc(*values, (*n + 1) * sizeof **values);
		(*values)[(*n)++] = xstrdup((const char *)sqlite3_column_text(st, 0));
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? GW_OK : GW_EINTERNAL;
}
