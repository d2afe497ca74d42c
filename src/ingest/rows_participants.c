/* rows_participants.c - participants.csv: pseudonyms unique within their
 * traject, never e-mail addresses; ages and birth years become age bands
 * (a birth year by the age in the year of the participant's first sort,
 * else the traject's start year) and are not kept. */
#include <stdlib.h>
#include <string.h>
#include "internal.h"
#include "goedwerk/alloc.h"
#include "goedwerk/attribute.h"

/* The fixed columns, then one per person attribute of the registry
 * (attribute.h) from P_ATTR on, in registry order. */
enum { P_TRAJECT, P_PARTICIPANT, P_AGE, P_BIRTH_YEAR, P_ATTR };
#define P_AGE_BAND (P_ATTR + ATTR_P_AGE_BAND)
#define P_SPEC(id, col, ...) {col, 0},
static const struct col_spec specs[] = {
	{"traject", COL_REQUIRED}, {"participant", COL_REQUIRED}, {"age", 0}, {"birth_year", 0},
	GW_PERSON_ATTRIBUTES(P_SPEC)
};
#undef P_SPEC

struct pkey {
	const char *traject, *participant;
};

static int part_eq(const void *ctx, size_t pos, const void *key)
{
	const struct bundle_participant *p = &((const struct bundle *)ctx)->participants[pos];
	const struct pkey *k = key;
	return p->traject == k->traject && p->participant == k->participant;
}

static size_t find(struct ingest_ctx *c, const struct pkey *k)
{
	return idx_find(&c->part_ix, idx_hash_ptrs((const void *const *)k, 2), part_eq, c->b, k);
}

static size_t add(struct ingest_ctx *c, const struct pkey *k, long line)
{
	struct bundle *b = c->b;
	size_t i = b->n_participants;
	GROW(b->participants, b->cap_participants, i + 1);
	if (i + 1 > c->cap_part) {
		c->cap_part = b->cap_participants;
		c->part_birth = xrealloc(c->part_birth, c->cap_part * sizeof *c->part_birth);
		c->part_year = xrealloc(c->part_year, c->cap_part * sizeof *c->part_year);
		c->part_line = xrealloc(c->part_line, c->cap_part * sizeof *c->part_line);
		c->part_file = xrealloc(c->part_file, c->cap_part * sizeof *c->part_file);
		c->part_listed = xrealloc(c->part_listed, c->cap_part * sizeof *c->part_listed);
	}
	memset(&b->participants[i], 0, sizeof b->participants[i]);
	b->participants[i].traject = k->traject;
	b->participants[i].participant = k->participant;
	c->part_birth[i] = 0;
	c->part_year[i] = 0;
	c->part_line[i] = line;
	c->part_file[i] = c->file;
	c->part_listed[i] = 0;
	idx_add(&c->part_ix, idx_hash_ptrs((const void *const *)k, 2), i);
	b->n_participants++;
	return i;
}

static int listed_eq(const void *ctx, size_t pos, const void *key)
{
	return ((const char *const *)ctx)[pos] == key;
}

static int traject_listed(struct ingest_ctx *c, const char *traject)
{
	return idx_find(&c->listed_traject_ix, idx_hash_ptrs((const void *const *)&traject, 1),
			listed_eq, c->listed_trajecten, traject) != INGEST_NONE;
}

/* A new pseudonym: one with an identifier in it is refused (reader.c has
 * reported it); one that looks like a personal name is warned about. */
static int email_refused(struct ingest_ctx *c, const char *v, long line, long col)
{
	if (ident_scan(v, strlen(v)) != ID_NONE)
		return 1;
	if (ident_looks_like_name(v))
		diag_warn(c->d, c->file, line, col, "participant '%s' looks like a personal name "
			  "(expected a pseudonym such as p017: if it is a name, replace it by a "
			  "code)", v);
	return 0;
}

/* Name the value and the nearest listed participants of the traject. */
static void unknown_participant(struct ingest_ctx *c, const char *traject, const char *participant,
				long line, long col)
{
	const struct bundle *b = c->b;
	const char **known = xmalloc((b->n_participants + 1) * sizeof *known);
	size_t n = 0;
	for (size_t i = 0; i < b->n_participants; i++)
		if (b->participants[i].traject == traject && c->part_listed[i])
			known[n++] = b->participants[i].participant;
	char *expected = xasprintf(msg_tr("a participant of traject '%s' in participants.csv"), traject);
	codebook_unknown(c, c->file, line, col, MSG("unknown participant"), participant, expected,
			 known, n);
	free(expected);
	free(known);
}

size_t participants_need(struct ingest_ctx *c, const char *traject, const char *participant,
			 long line, long col)
{
	struct pkey k = {traject, participant};
	size_t i = find(c, &k);
	if (i != INGEST_NONE)
		return i;
	if (email_refused(c, participant, line, col))
		return INGEST_NONE;
	if (traject_listed(c, traject)) {
		unknown_participant(c, traject, participant, line, col);
		return INGEST_NONE;
	}
	return add(c, &k, line);
}

static int band_ok(struct ingest_ctx *c, const char *v)
{
	char buf[32];
	for (size_t i = 0; i <= c->opt->n_band_edges; i++) {
		int age = i < c->opt->n_band_edges ? c->opt->band_edges[i] : 200;
		if (strcmp(v, ingest_age_band(c->opt, age, buf, sizeof buf)) == 0)
			return 1;
	}
	return 0;
}

static void band_list(struct ingest_ctx *c, char *out, size_t size)
{
	char buf[32];
	size_t k = 0;
	out[0] = '\0';
	for (size_t i = 0; i <= c->opt->n_band_edges && k < size; i++) {
		int age = i < c->opt->n_band_edges ? c->opt->band_edges[i] : 200;
		k += (size_t)snprintf(out + k, size - k, "%s%s",
				      !i ? "" : i == c->opt->n_band_edges ? " or " : ", ",
				      ingest_age_band(c->opt, age, buf, sizeof buf));
	}
}

/* age_band, age or birth_year: at most one given; 0 ok */
static void age(struct reader *r, const struct csv_row *row, size_t i)
{
	struct ingest_ctx *c = r->c;
	const char *band = reader_get(r, row, P_AGE_BAND), *a = reader_get(r, row, P_AGE);
	const char *by = reader_get(r, row, P_BIRTH_YEAR);
	char buf[64];
	long v;
	if ((*band != 0) + (*a != 0) + (*by != 0) > 1) {
		diag_error(c->d, r->file, row->row_line, reader_col(r, *band ? P_AGE : P_BIRTH_YEAR),
			   "more than one of age_band, age and birth_year (expected one)");
	} else if (*band) {
		if (band_ok(c, band)) {
			c->b->participants[i].attr[ATTR_P_AGE_BAND] = ingest_intern(c, band, strlen(band));
		} else {
			band_list(c, buf, sizeof buf);
			diag_error(c->d, r->file, reader_line(row, r, P_AGE_BAND), reader_col(r, P_AGE_BAND),
				   "age band '%s' (expected %s)", band, buf);
		}
	} else if (*a) {
		if (value_int(a, &v) || v < 0 || v > 120) {
			diag_error(c->d, r->file, reader_line(row, r, P_AGE), reader_col(r, P_AGE),
				   "age '%s' (expected a whole number from 0 to 120)", a);
		} else {
			ingest_age_band(c->opt, (int)v, buf, sizeof buf);
			c->b->participants[i].attr[ATTR_P_AGE_BAND] = ingest_intern(c, buf, strlen(buf));
		}
	} else if (*by) {
		if (value_int(by, &v) || v < 1900 || v > c->this_year)
			diag_error(c->d, r->file, reader_line(row, r, P_BIRTH_YEAR),
				   reader_col(r, P_BIRTH_YEAR), "birth year '%s' (expected a past year "
				   "from 1900 on)", by);
		else
			c->part_birth[i] = (int)v;
	}
}

static void row(struct reader *r, const struct csv_row *row)
{
	struct ingest_ctx *c = r->c;
	const char *t = reader_get(r, row, P_TRAJECT), *p = reader_get(r, row, P_PARTICIPANT);
	long pline = reader_line(row, r, P_PARTICIPANT), pcol = reader_col(r, P_PARTICIPANT);
	if (!*t || !*p) {
		int s = *t ? P_PARTICIPANT : P_TRAJECT;
		diag_error(c->d, r->file, reader_line(row, r, s), reader_col(r, s),
			   "empty %s (expected an id)", specs[s].name);
		return;
	}
	if (email_refused(c, p, pline, pcol))
		return;
	const char *traject = ingest_intern(c, t, strlen(t));
	if (trajecten_need(c, traject, reader_line(row, r, P_TRAJECT), reader_col(r, P_TRAJECT)) ==
	    INGEST_NONE)
		return;
	struct pkey k = {traject, ingest_intern(c, p, strlen(p))};
	if (find(c, &k) != INGEST_NONE) {
		size_t o = find(c, &k);
		char at[1024];
		diag_error(c->d, r->file, pline, pcol, "participant given twice in traject '%s' "
			   "(expected a pseudonym unique within its traject; first at %s)",
			   t, diag_place(at, sizeof at, c->part_file[o], c->part_line[o], 0));
		return;
	}
	size_t i = add(c, &k, row->row_line);
	c->part_listed[i] = 1;
	c->b->participants[i].listed = 1;
	if (!traject_listed(c, traject)) {
		GROW(c->listed_trajecten, c->cap_listed, c->n_listed + 1);
		c->listed_trajecten[c->n_listed] = traject;
		idx_add(&c->listed_traject_ix, idx_hash_ptrs((const void *const *)&traject, 1),
			c->n_listed++);
	}
	struct bundle_participant *bp = &c->b->participants[i];
	for (size_t a = 0; a < attributes_len; a++)
		if (attributes[a].source == ATTR_PERSON && !(attributes[a].flags & ATTR_DERIVED))
			bp->attr[attributes[a].person] =
				ingest_intern_opt(c, reader_get(r, row, P_ATTR + attributes[a].person));
	age(r, row, i);
}

void participants_read(struct ingest_ctx *c, const char *file, const unsigned char *t, size_t n,
		       char delim, int has_cr)
{
	struct reader r = READER_FOR(c, file, specs, row);
	reader_run(&r, t, n, delim, has_cr);
}

void participants_finish(struct ingest_ctx *c)
{
	struct bundle *b = c->b;
	char buf[32];
	for (size_t i = 0; i < b->n_participants; i++) {
		if (!c->part_birth[i])
			continue;
		int year = c->part_year[i];
		if (!year) {
			size_t t = trajecten_find(c, b->participants[i].traject);
			year = t != INGEST_NONE ? b->trajecten[t].start_year : 0;
		}
		if (!year) {
			diag_warn(c->d, c->part_file[i], c->part_line[i], 0, "birth year left unbanded: "
				  "no sort date and no traject start (expected a date to band it by)");
			continue;
		}
		int age = year - c->part_birth[i];
		if (age < 0) {
			diag_error(c->d, c->part_file[i], c->part_line[i], 0, "birth year %d after the "
				   "sort year %d (expected an earlier year)", c->part_birth[i], year);
			continue;
		}
		ingest_age_band(c->opt, age, buf, sizeof buf);
		b->participants[i].attr[ATTR_P_AGE_BAND] = ingest_intern(c, buf, strlen(buf));
	}
}
