/* rows_dilemmas.c - dilemmas.csv: one case per row, its codes joined by '|'.
 * Each code must be a tag of the codebook version of the case's traject
 * when the bundle gives that version (the default one: when codebook.csv
 * has default rows); a case is unique
 * within its traject; its year as for a sort (date, date-like session,
 * traject start). */
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "internal.h"

enum { D_TRAJECT, D_CASE, D_TAGS, D_GROUP, D_SESSION, D_PILLAR, D_DATE };
static const struct col_spec specs[] = {
	{"traject", COL_REQUIRED}, {"case", COL_REQUIRED}, {"tags", COL_REQUIRED}, {"group", 0},
	{"session", 0}, {"pillar", 0}, {"date", 0},
};

static int case_eq(const void *ctx, size_t pos, const void *key)
{
	const struct bundle_dilemma *a = &((const struct bundle *)ctx)->dilemmas[pos];
	const char *const *k = key;
	return a->traject == k[0] && a->case_id == k[1];
}

/* "unknown tag" naming the nearest tags of the version, when any is near. */
static void unknown_tag(struct reader *r, long line, long col, const char *version,
			const char *tag)
{
	struct ingest_ctx *c = r->c;
	const char **known;
	size_t n = codebook_tags_of(c, version, &known);
	char *expected = version ? xasprintf(msg_tr("a tag of codebook '%s' of codebook.csv"), version)
				 : xstrdup(msg_tr("a tag of codebook.csv"));
	codebook_unknown(c, r->file, line, col, MSG("unknown tag"), tag, expected, known, n);
	free(expected);
	free(known);
}

/* Split tags on '|' into the arena; 0 when all are fine.  version: the
 * traject's codebook version (NULL: default). */
static int tags(struct reader *r, const struct csv_row *row, const char *version,
		struct bundle_dilemma *m)
{
	struct ingest_ctx *c = r->c;
	const char *v = reader_get(r, row, D_TAGS);
	long line = reader_line(row, r, D_TAGS), col = reader_col(r, D_TAGS);
	size_t n = *v ? 1 : 0;
	for (const char *p = v; *p; p++)
		n += *p == '|';
	m->tags = ingest_arena_alloc(c->b, (n ? n : 1) * sizeof *m->tags, sizeof(void *));
	m->n_tags = 0;
	int bad = 0, check = codebook_has_version(c, version);
	for (const char *p = v; n && p;) {
		const char *e = strchr(p, '|');
		size_t len = e ? (size_t)(e - p) : strlen(p);
		while (len && (*p == ' ' || *p == '\t'))
			p++, len--;
		while (len && (p[len - 1] == ' ' || p[len - 1] == '\t'))
			len--;
		const char *tag = ingest_intern(c, p, len);
		if (!len) {
			diag_error(c->d, r->file, line, col, "empty tag in '%s' (expected codes joined "
				   "by '|')", v);
			bad = 1;
		} else if (check && codebook_find(c, version, tag) == INGEST_NONE) {
			unknown_tag(r, line, col, version, tag);
			bad = 1;
		} else {
			for (size_t i = 0; i < m->n_tags; i++)
				if (m->tags[i] == tag) {
					diag_error(c->d, r->file, line, col, "tag '%s' given twice "
						   "(expected each tag once per case)", tag);
					bad = 1;
				}
			m->tags[m->n_tags++] = tag;
		}
		p = e ? e + 1 : NULL;
	}
	return bad;
}

static void row(struct reader *r, const struct csv_row *row)
{
	struct ingest_ctx *c = r->c;
	const char *t = reader_get(r, row, D_TRAJECT), *cs = reader_get(r, row, D_CASE);
	if (!*t || !*cs) {
		int s = *t ? D_CASE : D_TRAJECT;
		diag_error(c->d, r->file, reader_line(row, r, s), reader_col(r, s), "empty %s "
			   "(expected an id)", specs[s].name);
		return;
	}
	struct bundle_dilemma m = {0};
	m.traject = ingest_intern(c, t, strlen(t));
	size_t ti = trajecten_need(c, m.traject, reader_line(row, r, D_TRAJECT),
				   reader_col(r, D_TRAJECT));
	if (ti == INGEST_NONE)
		return;
	m.case_id = ingest_intern(c, cs, strlen(cs));
	m.group = ingest_intern_opt(c, reader_get(r, row, D_GROUP));
	const char *v = reader_get(r, row, D_SESSION);
	int session_year = 0;
	long num;
	if (*v) {
		session_year = value_date(v, NULL);
		if (!session_year && (value_int(v, &num) || num < 0))
			diag_error(c->d, r->file, reader_line(row, r, D_SESSION), reader_col(r, D_SESSION),
				   "session '%s' (expected a number or a date)", v);
		m.session = ingest_intern(c, v, strlen(v));
	}
	v = reader_get(r, row, D_PILLAR);
	if (*v && !(m.pillar = codebook_pillar(c, v)))
		diag_error(c->d, r->file, reader_line(row, r, D_PILLAR), reader_col(r, D_PILLAR),
			   "pillar '%s' (expected excellence, ethics or engagement)", v);
	v = reader_get(r, row, D_DATE);
	char iso[11];
	if (*v) {
		m.year = value_date(v, iso);
		if (!m.year)
			diag_error(c->d, r->file, reader_line(row, r, D_DATE), reader_col(r, D_DATE),
				   "date '%s' (expected " DATE_FORMS ")", v);
		else
			m.date = ingest_intern(c, iso, strlen(iso));
	}
	if (!m.year)
		m.year = session_year ? session_year : c->b->trajecten[ti].start_year;
	if (tags(r, row, c->b->trajecten[ti].codebook, &m))
		return;
	const char *key[2] = {m.traject, m.case_id};
	uint64_t h = idx_hash_ptrs((const void *const *)key, 2);
	if (idx_find(&c->case_ix, h, case_eq, c->b, key) != INGEST_NONE) {
		diag_error(c->d, r->file, reader_line(row, r, D_CASE), reader_col(r, D_CASE),
			   "case '%s' given twice in traject '%s' (expected each case once)", cs, t);
		return;
	}
	struct bundle *b = c->b;
	GROW(b->dilemmas, b->cap_dilemmas, b->n_dilemmas + 1);
	b->dilemmas[b->n_dilemmas] = m;
	idx_add(&c->case_ix, h, b->n_dilemmas++);
}

void dilemmas_read(struct ingest_ctx *c, const char *file, const unsigned char *t, size_t n,
		   char delim, int has_cr)
{
	struct reader r = READER_FOR(c, file, specs, row);
	reader_run(&r, t, n, delim, has_cr);
}
