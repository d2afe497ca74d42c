/* list.c - `goedwerk list`: what is stored, as counts.  Pseudonyms never
 * appear: participants are listed as counts per traject, group, role and
 * age band. */
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
	{"participants", "traject\tgroup\trole\tage_band\tparticipants",
	 "SELECT traject, coalesce(grp,''), coalesce(role,''), coalesce(age_band,''), count(*)"
	 " FROM participants GROUP BY traject, grp, role, age_band ORDER BY 1, 2, 3, 4"},
};

static const struct listing *find_listing(const char *what)
{
	for (size_t i = 0; i < sizeof listings / sizeof *listings; i++)
		if (strcmp(listings[i].what, what) == 0)
			return &listings[i];
	return NULL;
}

enum gw_status store_participant_counts(struct store *s, struct table **out)
{
	static const struct column cols[] = {
		{"traject", 1}, {"group", 1}, {"role", 1}, {"age_band", 1}, {"participants", 0}};
	sqlite3_stmt *st;
	*out = NULL;
	if (sqlite3_prepare_v2(s->db, find_listing("participants")->sql, -1, &st, NULL) != SQLITE_OK)
		return GW_EINTERNAL;
	struct table *t = table_new("participants", cols, sizeof cols / sizeof *cols);
	int rc;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		size_t r = table_add_row(t);
		for (int c = 0; c < 4; c++)
			table_set_text(t, r, (size_t)c, (const char *)sqlite3_column_text(st, c));
		table_set_int(t, r, 4, sqlite3_column_int64(st, 4));
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

enum gw_status store_traject_values(struct store *s, const char *column, char ***values, size_t *n)
{
	static const char *const allowed[] = {"traject", "organisation", "org_type"};
	int ok = 0;
	for (size_t i = 0; i < 3; i++)
		ok |= strcmp(column, allowed[i]) == 0;
	*values = NULL;
	*n = 0;
	char *sql = xasprintf("SELECT DISTINCT %s FROM trajecten WHERE %s IS NOT NULL AND %s <> ''"
			      " ORDER BY 1", column, column, column);
	sqlite3_stmt *st;
	int rc = ok ? sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) : SQLITE_ERROR;
	free(sql);
	if (rc != SQLITE_OK)
		return GW_EINTERNAL;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		*values = xrealloc(*values, (*n + 1) * sizeof **values);
		(*values)[(*n)++] = xstrdup((const char *)sqlite3_column_text(st, 0));
	}
	sqlite3_finalize(st);
	return rc == SQLITE_DONE ? GW_OK : GW_EINTERNAL;
}
