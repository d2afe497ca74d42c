/* export.c - write stored trajecten back as a bundle (goedwerk export).
 *
 * One CSV per kind, in the columns ingest reads, rows in the order they
 * were stored (rowid), so that ingesting the bundle into an empty store
 * gives the same rows and the same content hashes.  Sorts are written in
 * long form (one row per placed card, a card left out has no row), which
 * holds any card set.  The card sets the sorts use and the codebook
 * versions the trajecten use (with the default one) come along; a kind
 * without rows gets no file. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "store_internal.h"

#define SEL "traject IN (SELECT traject FROM temp.export_ids)"

struct export_file {
	const char *name, *header, *sql;
};

/* The person columns follow the registry (participants_sql). */
static const struct export_file files[] = {
	{"cards.csv", "card_set,card,label_nl,label_en,canonical",
	 "SELECT card_set, card, label_nl, label_en, canonical FROM cards WHERE card_set IN"
	 " (SELECT card_set FROM sorts WHERE " SEL ") ORDER BY card_set, pos"},
	{"scale.csv", "card_set,category,label_nl,label_en,count",
	 "SELECT card_set, category, label_nl, label_en, count FROM scale WHERE card_set IN"
	 " (SELECT card_set FROM sorts WHERE " SEL ") ORDER BY card_set, category"},
	{"trajecten.csv", "traject,organisation,org_type,sector,start,end,description,codebook",
	 "SELECT traject, organisation, org_type, sector, start, \"end\", description, codebook"
	 " FROM trajecten WHERE " SEL " ORDER BY rowid"},
	{"participants.csv", NULL, NULL},
	{"sorts.csv", "traject,participant,session,phase,perspective,card_set,date,table,card,category",
	 "SELECT s.traject, s.participant, s.session, s.phase, s.perspective, s.card_set, s.date,"
	 " s.tbl, c.card, unicode(substr(s.cats, c.pos, 1)) - 65 + cs.scale_min"
	 " FROM sorts s JOIN card_sets cs ON cs.card_set = s.card_set"
	 " JOIN cards c ON c.card_set = s.card_set"
	 " WHERE s." SEL " AND substr(s.cats, c.pos, 1) <> '.' ORDER BY s.id, c.pos"},
	{"group_tops.csv", "traject,group,session,table,rank,card",
	 "SELECT traject, grp, session, tbl, rank, card FROM group_tops WHERE " SEL " ORDER BY rowid"},
	{"codebook.csv", "codebook,tag,label_nl,label_en,pillar,axis,canonical",
	 "SELECT codebook, tag, label_nl, label_en, pillar, axis, canonical FROM codebook"
	 " WHERE codebook = '" BUNDLE_DEFAULT_CODEBOOK "' OR codebook IN"
	 " (SELECT codebook FROM trajecten WHERE " SEL ") ORDER BY rowid"},
	{"dilemmas.csv", "traject,case,tags,group,session,pillar,date",
	 "SELECT d.traject, d.case_id, (SELECT group_concat(tag, '|') FROM (SELECT tag FROM"
	 " dilemma_tags x WHERE x.traject = d.traject AND x.case_id = d.case_id ORDER BY x.rowid)),"
	 " d.grp, d.session, d.pillar, d.date FROM dilemmas d WHERE d." SEL " ORDER BY d.rowid"},
};

/* "traject,participant,group,..." and its query, from the registry. */
static void participants_sql(char **header, char **sql)
{
	char *h = xstrdup("traject,participant"), *cols = xstrdup("traject, participant");
	for (size_t k = 0; k < attributes_len; k++) {
		if (attributes[k].source != ATTR_PERSON)
			continue;
		char *h2 = xasprintf("%s,%s", h, attributes[k].name);
		char *c2 = xasprintf("%s, %s", cols, attributes[k].store_col);
		free(h);
		free(cols);
		h = h2;
		cols = c2;
	}
	*header = h;
	*sql = xasprintf("SELECT %s FROM participants WHERE " SEL " ORDER BY rowid", cols);
	free(cols);
}

/* A CSV field: quoted when it holds a comma, quote or line break. */
static void put_field(FILE *f, const char *v)
{
	if (!strpbrk(v, ",\"\r\n")) {
		fputs(v, f);
		return;
	}
	fputc('"', f);
	for (; *v; v++) {
		if (*v == '"')
			fputc('"', f);
		fputc(*v, f);
	}
	fputc('"', f);
}

/* Write one file; 0 rows: no file.  -1 on a failed query or write. */
static int write_file(struct store *s, const char *dir, const char *name, const char *header,
		      const char *sql, struct diag *d)
{
	sqlite3_stmt *st;
	if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
		return -1;
	char *path = xasprintf("%s/%s", dir, name);
	FILE *f = NULL;
	int rc, bad = 0;
	while ((rc = sqlite3_step(st)) == SQLITE_ROW && !bad) {
		if (!f) { /* the first row: "x" refuses a file that is there */
			if (!(f = fopen(path, "wx"))) {
				bad = 1;
				break;
			}
			fprintf(f, "%s\n", header);
		}
		for (int c = 0; c < sqlite3_column_count(st); c++) {
			if (c)
				fputc(',', f);
			const unsigned char *v = sqlite3_column_text(st, c);
			put_field(f, v ? (const char *)v : "");
		}
		fputc('\n', f);
	}
	sqlite3_finalize(st);
	int err = errno;
	if (f && fclose(f) != 0)
		bad = 1;
	if (bad || (rc != SQLITE_DONE && rc != SQLITE_ROW))
		diag_error(d, path, 0, 0, "cannot write: %s", bad ? strerror(err) : sqlite3_errmsg(s->db));
	free(path);
	return bad || (rc != SQLITE_DONE && rc != SQLITE_ROW) ? -1 : 0;
}

static enum gw_status select_ids(struct store *s, const char *const *ids, size_t n,
				 struct diag *d)
{
	sqlite3_stmt *ins;
	if (sqlite3_exec(s->db, "CREATE TEMP TABLE export_ids(traject TEXT PRIMARY KEY)", NULL, NULL,
			 NULL) != SQLITE_OK ||
	    sqlite3_prepare_v2(s->db, "INSERT OR IGNORE INTO temp.export_ids VALUES(?1)", -1, &ins,
			       NULL) != SQLITE_OK)
		return GW_EINTERNAL;
	size_t errors = d->n_errors;
	for (size_t i = 0; i < n; i++) {
		size_t was[SK_N];
		if (store_kind_counts(s, ids[i], was) != GW_OK)
			break;
		if (!was[SK_DETAILS])
			store_unknown_traject(s, ids[i], d);
		sqlite3_bind_text(ins, 1, ids[i], -1, SQLITE_STATIC);
		store_step_once(ins);
	}
	sqlite3_finalize(ins);
	return d->n_errors > errors ? GW_EDATA : GW_OK;
}

enum gw_status store_export(struct store *s, const char *const *ids, size_t n, const char *dir,
			    struct diag *d)
{
	enum gw_status st = select_ids(s, ids, n, d);
	char *pheader, *psql;
	participants_sql(&pheader, &psql);
	for (size_t k = 0; k < sizeof files / sizeof *files && st == GW_OK; k++)
		if (write_file(s, dir, files[k].name, files[k].header ? files[k].header : pheader,
			       files[k].sql ? files[k].sql : psql, d))
			st = GW_EINTERNAL;
	free(pheader);
	free(psql);
	return st;
}
