/* rows_codebook.c - codebook.csv: dilemma tags with a pillar and an axis of
 * the 'bewust vakmanschap' triangle.  Also the pillar names shared with
 * dilemmas.csv (English, or the Dutch words of the Goed Werk model). */
#include <string.h>
#include "internal.h"

enum { K_TAG, K_LABEL_NL, K_LABEL_EN, K_PILLAR, K_AXIS };
static const struct col_spec specs[] = {
	{"tag", COL_REQUIRED}, {"label_nl", COL_REQUIRED | COL_TEXT}, {"label_en", COL_TEXT},
	{"pillar", 0}, {"axis", 0},
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
	return ((const struct bundle *)ctx)->codebook[pos].tag == key;
}

size_t codebook_find(struct ingest_ctx *c, const char *tag)
{
	return idx_find(&c->code_ix, idx_hash_ptrs((const void *const *)&tag, 1), code_eq, c->b, tag);
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
	struct bundle_code k = {ingest_intern(c, tag, strlen(tag)), ingest_intern(c, label, strlen(label)),
				ingest_intern_opt(c, reader_get(r, row, K_LABEL_EN)), NULL, NULL};
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
	size_t o = codebook_find(c, k.tag);
	struct bundle *b = c->b;
	if (o != INGEST_NONE) {
		const struct bundle_code *e = &b->codebook[o];
		if (e->label_nl != k.label_nl || e->label_en != k.label_en || e->pillar != k.pillar ||
		    e->axis != k.axis)
			diag_error(c->d, r->file, reader_line(row, r, K_TAG), reader_col(r, K_TAG),
				   "tag '%s' given twice, differently (expected one row per tag)", tag);
		return;
	}
	GROW(b->codebook, b->cap_codebook, b->n_codebook + 1);
	b->codebook[b->n_codebook] = k;
	idx_add(&c->code_ix, idx_hash_ptrs((const void *const *)&k.tag, 1), b->n_codebook++);
}

void codebook_read(struct ingest_ctx *c, const char *file, const unsigned char *t, size_t n,
		   char delim, int has_cr)
{
	struct reader r = {0};
	r.c = c;
	r.file = file;
	r.specs = specs;
	r.n_specs = sizeof specs / sizeof *specs;
	r.row = row;
	if (reader_run(&r, t, n, delim, has_cr) > 0)
		c->have_codebook = 1;
}
