/* rows_codebook.c - codebook.csv: dilemma tags with a pillar and an axis of
 * the 'bewust vakmanschap' triangle, per codebook version (column
 * `codebook`, empty: the default version).  A tag of another version maps
 * onto a default tag through `canonical`, as an adapted card onto a
 * standard one.  Also the pillar names shared with dilemmas.csv (English,
 * or the Dutch words of the Goed Werk model). */
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "goedwerk/textdist.h"
#include "internal.h"

enum { K_TAG, K_LABEL_NL, K_LABEL_EN, K_PILLAR, K_AXIS, K_CODEBOOK, K_CANONICAL };
static const struct col_spec specs[] = {
	{"tag", COL_REQUIRED}, {"label_nl", COL_REQUIRED | COL_TEXT}, {"label_en", COL_TEXT},
	{"pillar", 0}, {"axis", 0}, {"codebook", 0}, {"canonical", 0},
};

const char *codebook_pillar(struct ingest_ctx *c, const char *v)
{
	static const char *const names[][2] = {
		{"excellence", "excellence"}, {"ethics", "ethics"}, {"engagement", "engagement"},
		{"uitmuntend vakmanschap", "excellence"}, {"vakmanschap", "excellence"},
		{"morele verantwoordelijkheid", "ethics"}, {"ethiek", "ethics"},
		{"persoonlijke betrokkenheid", "engagement"}, {"betrokkenheid", "engagement"},
	};
	for (size_t i = 0; i < sizeof names / sizeof *names; i++)
		if (value_ieq(v, names[i][0]))
			return ingest_intern(c, names[i][1], strlen(names[i][1]));
	return NULL;
}

static const char *axis_of(struct ingest_ctx *c, const char *v)
{
	static const char *const axes[] = {"profession-politics", "profession-society",
					   "politics-society"};
	for (size_t i = 0; i < 3; i++)
		if (value_ieq(v, axes[i]))
			return ingest_intern(c, axes[i], strlen(axes[i]));
	return NULL;
}

static int code_eq(const void *ctx, size_t pos, const void *key)
{
	const struct bundle_code *e = &((const struct bundle *)ctx)->codebook[pos];
	const char *const *k = key;
	return e->codebook == k[0] && e->tag == k[1];
}

const char *codebook_version(struct ingest_ctx *c, const char *version)
{
	return version ? version : c->s_default_codebook;
}

size_t codebook_find(struct ingest_ctx *c, const char *version, const char *tag)
{
	const char *key[2] = {codebook_version(c, version), tag};
	return idx_find(&c->code_ix, idx_hash_ptrs((const void *const *)key, 2), code_eq, c->b, key);
}

int codebook_has_version(struct ingest_ctx *c, const char *version)
{
	version = codebook_version(c, version);
	for (size_t i = 0; i < c->b->n_codebook; i++) /* codebooks are small */
		if (c->b->codebook[i].codebook == version)
			return 1;
	return 0;
}

size_t codebook_tags_of(struct ingest_ctx *c, const char *version, const char ***out)
{
	version = codebook_version(c, version);
	const struct bundle *b = c->b;
	const char **v = xmalloc((b->n_codebook ? b->n_codebook : 1) * sizeof *v);
	size_t n = 0;
	for (size_t i = 0; i < b->n_codebook; i++)
		if (b->codebook[i].codebook == version)
			v[n++] = b->codebook[i].tag;
	*out = v;
	return n;
}

/* "what 'word' (expected ...; nearest: a, b, c)" at file:line:col. */
void codebook_unknown(struct ingest_ctx *c, const char *file, long line, long col,
		      const char *what, const char *word, const char *expected,
		      const char *const *known, size_t n)
{
	char near[512];
	what = msg_tr(what);
	expected = msg_tr(expected);
	if (!text_nearest_list(word, known, n, near, sizeof near))
		diag_error(c->d, file, line, col, "%s '%s' (expected %s)", what, word, expected);
	else
		diag_error(c->d, file, line, col, "%s '%s' (expected %s; nearest: %s)", what, word,
			   expected, near);
}

/* The canonical column: only for a tag of another version than the
 * default; 0 when fine. */
static int canonical(struct reader *r, const struct csv_row *row, struct bundle_code *k)
{
	struct ingest_ctx *c = r->c;
	const char *v = reader_get(r, row, K_CANONICAL);
	if (!*v)
		return 0;
	k->file = ingest_intern(c, r->file, strlen(r->file));
	k->line = reader_line(row, r, K_CANONICAL);
	k->col = reader_col(r, K_CANONICAL);
	if (k->codebook == c->s_default_codebook) {
		diag_error(c->d, r->file, k->line, k->col, "canonical '%s' for a tag of the default "
			   "codebook (expected canonical only for a tag of another codebook version)", v);
		return -1;
	}
	k->canonical = ingest_intern(c, v, strlen(v));
	return 0;
}

static void row(struct reader *r, const struct csv_row *row)
{
	struct ingest_ctx *c = r->c;
	const char *tag = reader_get(r, row, K_TAG), *label = reader_get(r, row, K_LABEL_NL);
	const char *pillar = reader_get(r, row, K_PILLAR), *axis = reader_get(r, row, K_AXIS);
	if (!*tag || !*label) {
		int s = *tag ? K_LABEL_NL : K_TAG;
		diag_error(c->d, r->file, reader_line(row, r, s), reader_col(r, s), "empty %s "
			   "(expected a value)", specs[s].name);
		return;
	}
	struct bundle_code k = {0};
	k.codebook = codebook_version(c, ingest_intern_opt(c, reader_get(r, row, K_CODEBOOK)));
	k.tag = ingest_intern(c, tag, strlen(tag));
	k.label_nl = ingest_intern(c, label, strlen(label));
	k.label_en = ingest_intern_opt(c, reader_get(r, row, K_LABEL_EN));
	if (canonical(r, row, &k))
		return;
	if (*pillar && !(k.pillar = codebook_pillar(c, pillar))) {
		diag_error(c->d, r->file, reader_line(row, r, K_PILLAR), reader_col(r, K_PILLAR),
			   "pillar '%s' (expected excellence, ethics or engagement)", pillar);
		return;
	}
	if (*axis && !(k.axis = axis_of(c, axis))) {
		diag_error(c->d, r->file, reader_line(row, r, K_AXIS), reader_col(r, K_AXIS),
			   "axis '%s' (expected profession-politics, profession-society or "
			   "politics-society)", axis);
		return;
	}
	size_t o = codebook_find(c, k.codebook, k.tag);
	struct bundle *b = c->b;
	if (o != INGEST_NONE) {
		const struct bundle_code *e = &b->codebook[o];
		if (e->label_nl != k.label_nl || e->label_en != k.label_en || e->pillar != k.pillar ||
		    e->axis != k.axis || e->canonical != k.canonical) {
			if (k.codebook == c->s_default_codebook)
				diag_error(c->d, r->file, reader_line(row, r, K_TAG), reader_col(r, K_TAG),
					   "tag '%s' given twice, differently (expected one row per tag)", tag);
			else
				diag_error(c->d, r->file, reader_line(row, r, K_TAG), reader_col(r, K_TAG),
					   "tag '%s' given twice in codebook '%s', differently (expected "
					   "one row per tag)", tag, k.codebook);
		}
		return;
	}
	GROW(b->codebook, b->cap_codebook, b->n_codebook + 1);
	b->codebook[b->n_codebook] = k;
	const char *key[2] = {k.codebook, k.tag};
	idx_add(&c->code_ix, idx_hash_ptrs((const void *const *)key, 2), b->n_codebook++);
}

/* Each canonical must be a default tag of the bundle, when it gives any
 * (else the store checks it). */
static void check_canonicals(struct ingest_ctx *c)
{
	struct bundle *b = c->b;
	const char **known;
	size_t n = codebook_tags_of(c, NULL, &known);
	for (size_t i = 0; i < b->n_codebook && n; i++) {
		struct bundle_code *k = &b->codebook[i];
		if (!k->canonical || k->canonical_checked)
			continue;
		k->canonical_checked = 1;
		if (codebook_find(c, NULL, k->canonical) == INGEST_NONE)
			codebook_unknown(c, k->file, k->line, k->col, MSG("canonical"), k->canonical,
					 MSG("a tag of the default codebook"), known, n);
	}
	free(known);
}

/* The version a traject names must be in codebook.csv; the hint names the
 * nearest versions. */
static void check_trajecten(struct ingest_ctx *c)
{
	struct bundle *b = c->b;
	const char **known = xmalloc((b->n_codebook + 1) * sizeof *known);
	size_t n = 0;
	known[n++] = c->s_default_codebook;
	for (size_t i = 0; i < b->n_codebook; i++) {
		size_t j = 0;
		while (j < n && known[j] != b->codebook[i].codebook)
			j++;
		if (j == n)
			known[n++] = b->codebook[i].codebook;
	}
	for (size_t i = 0; i < c->n_cb_refs; i++) {
		const struct codebook_ref *f = &c->cb_refs[i];
		const char *v = b->trajecten[f->traject].codebook;
		if (v && !codebook_has_version(c, v))
			codebook_unknown(c, f->file, f->line, f->col, MSG("unknown codebook"), v,
					 MSG(BUNDLE_DEFAULT_CODEBOOK " or a codebook of codebook.csv"), known, n);
	}
	free(known);
}

void codebook_finish(struct ingest_ctx *c)
{
	check_canonicals(c);
	check_trajecten(c);
}

void codebook_read(struct ingest_ctx *c, const char *file, const unsigned char *t, size_t n,
		   char delim, int has_cr)
{
	struct reader r = READER_FOR(c, file, specs, row);
	reader_run(&r, t, n, delim, has_cr);
}
