/* rows_trajecten.c - trajecten.csv, and trajecten named by other files:
 * when any trajecten.csv is given, every traject must be in one; without
 * one, a traject is created bare (organisation NULL).  The optional
 * `codebook` names the codebook version of the traject's dilemmas; it is
 * checked once codebook.csv is read (codebook_finish). */
#include <string.h>
#include "internal.h"
#include "goedwerk/textdist.h"
#include "goedwerk/alloc.h"

enum { T_TRAJECT, T_ORG, T_ORG_TYPE, T_SECTOR, T_START, T_END, T_DESCRIPTION, T_CODEBOOK };
static const struct col_spec specs[] = {
	{"traject", COL_REQUIRED}, {"organisation", COL_REQUIRED | COL_TEXT}, {"org_type", 0},
	{"sector", 0}, {"start", 0}, {"end", 0}, {"description", COL_TEXT}, {"codebook", 0},
};

static int traject_eq(const void *ctx, size_t pos, const void *key)
{
	const struct bundle *b = ctx;
	return b->trajecten[pos].traject == key;
}

size_t trajecten_find(struct ingest_ctx *c, const char *traject)
{
	return idx_find(&c->traject_ix, idx_hash_ptrs((const void *const *)&traject, 1),
			traject_eq, c->b, traject);
}

static size_t add(struct ingest_ctx *c, const char *traject)
{
	struct bundle *b = c->b;
	GROW(b->trajecten, b->cap_trajecten, b->n_trajecten + 1);
	struct bundle_traject *t = &b->trajecten[b->n_trajecten];
	memset(t, 0, sizeof *t);
	t->traject = traject;
	idx_add(&c->traject_ix, idx_hash_ptrs((const void *const *)&traject, 1), b->n_trajecten);
	return b->n_trajecten++;
}

size_t trajecten_need(struct ingest_ctx *c, const char *traject, long line, long col)
{
	size_t t = trajecten_find(c, traject);
	if (t != INGEST_NONE)
		return t;
	if (c->have_trajecten_file) {
		struct text_known k = {0};
		char hint[600];
		for (size_t i = 0; i < c->b->n_trajecten; i++)
			text_known_add(&k, c->b->trajecten[i].traject);
		diag_error(c->d, c->file, line, col, "unknown traject '%s' (expected a traject of "
			   "trajecten.csv%s)", traject, text_known_hint(&k, traject, hint, sizeof hint));
		text_known_free(&k);
		return INGEST_NONE;
	}
	return add(c, traject);
}

static const char *date_field(struct reader *r, const struct csv_row *row, int s, int *year)
{
	const char *v = reader_get(r, row, s);
	*year = 0;
	if (!*v)
		return NULL;
	char iso[11];
	*year = value_date(v, iso);
	if (!*year || strlen(v) != strlen(iso) || (v[4] != '-' && strlen(v) > 4)) {
		diag_error(r->c->d, r->file, reader_line(row, r, s), reader_col(r, s),
			   "%s '%s' (expected a year, YYYY-MM or " DATE_FORMS ")", specs[s].name, v);
		*year = -1;
		return NULL;
	}
	return ingest_intern(r->c, v, strlen(v));
}

static void row(struct reader *r, const struct csv_row *row)
{
	struct ingest_ctx *c = r->c;
	const char *id = reader_get(r, row, T_TRAJECT), *org = reader_get(r, row, T_ORG);
	if (!*id) {
		diag_error(c->d, r->file, reader_line(row, r, T_TRAJECT), reader_col(r, T_TRAJECT),
			   "empty traject (expected an id)");
		return;
	}
	if (!*org)
		diag_error(c->d, r->file, reader_line(row, r, T_ORG), reader_col(r, T_ORG),
			   "empty organisation (expected a name)");
	const char *traject = ingest_intern(c, id, strlen(id));
	struct bundle_traject t = {0};
	t.traject = traject;
	t.listed = 1;
	t.organisation = ingest_intern_opt(c, org);
	t.org_type = ingest_intern_opt(c, reader_get(r, row, T_ORG_TYPE));
	t.sector = ingest_intern_opt(c, reader_get(r, row, T_SECTOR));
	t.description = ingest_intern_opt(c, reader_get(r, row, T_DESCRIPTION));
	t.codebook = ingest_intern_opt(c, reader_get(r, row, T_CODEBOOK));
	if (t.codebook == c->s_default_codebook)
		t.codebook = NULL; /* the default named: as if none */
	int y0, y1;
	t.start = date_field(r, row, T_START, &y0);
	t.end = date_field(r, row, T_END, &y1);
	t.start_year = y0 > 0 ? y0 : 0;
	if (t.start && t.end && strcmp(t.start, t.end) > 0)
		diag_error(c->d, r->file, reader_line(row, r, T_END), reader_col(r, T_END),
			   "end '%s' before start '%s' (expected end >= start)", t.end, t.start);
	size_t k = trajecten_find(c, traject);
	if (k != INGEST_NONE) {
		const struct bundle_traject *o = &c->b->trajecten[k];
		if (o->organisation != t.organisation || o->org_type != t.org_type ||
		    o->sector != t.sector || o->start != t.start || o->end != t.end ||
		    o->description != t.description || o->codebook != t.codebook)
			diag_error(c->d, r->file, reader_line(row, r, T_TRAJECT), reader_col(r, T_TRAJECT),
				   "traject '%s' given twice, differently (expected one row per traject)", id);
		return;
	}
	size_t i = add(c, traject); /* may move the array: index after */
	c->b->trajecten[i] = t;
	if (t.codebook) {
		GROW(c->cb_refs, c->cap_cb_refs, c->n_cb_refs + 1);
		c->cb_refs[c->n_cb_refs++] = (struct codebook_ref){
			i, ingest_intern(c, r->file, strlen(r->file)), reader_line(row, r, T_CODEBOOK),
			reader_col(r, T_CODEBOOK)};
	}
}

void trajecten_read(struct ingest_ctx *c, const char *file, const unsigned char *t, size_t n,
		    char delim, int has_cr)
{
	struct reader r = READER_FOR(c, file, specs, row);
	if (reader_run(&r, t, n, delim, has_cr) > 0) /* only a header: none */
		c->have_trajecten_file = 1;
}
