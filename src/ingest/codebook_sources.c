/* codebook_sources.c - the codebook tags a bundle may use besides its own
 * codebook.csv: the versions the store holds (opt->stored) and, when
 * neither gives a default tag, the built-in default codebook
 * (datasets/codebook/goedwerk-dilemmas.csv compiled in, read by the same
 * reader).  So a bundle's dilemma tags are always checked, as its sorts are
 * checked against the built-in cards, and the built-in codebook is stored
 * with the first dilemmas coded in it. */
#include <string.h>
#include "internal.h"

extern const char default_codebook_csv[];

const char codebook_builtin_file[] = "<built-in codebook>";

static const char *pooled(struct ingest_ctx *c, const char *s)
{
	return s ? ingest_intern(c, s, strlen(s)) : NULL;
}

/* The stored code k in the bundle's pool. */
static struct bundle_code from_store(struct ingest_ctx *c, const struct bundle_code *k)
{
	struct bundle_code n = {0};
	n.codebook = pooled(c, k->codebook);
	n.tag = pooled(c, k->tag);
	n.label_nl = pooled(c, k->label_nl);
	n.label_en = pooled(c, k->label_en);
	n.pillar = pooled(c, k->pillar);
	n.axis = pooled(c, k->axis);
	n.canonical = pooled(c, k->canonical);
	n.canonical_checked = 1; /* checked when it was stored */
	return n;
}

static int given_by_bundle(struct ingest_ctx *c, size_t own, const char *version)
{
	for (size_t i = 0; i < own; i++)
		if (c->b->codebook[i].codebook == version)
			return 1;
	return 0;
}

/* A stored version the bundle gives too is compared whole by the store
 * (store/codebook.c), except the default one, which grows: its stored tags
 * join the bundle's, and a tag the bundle defines otherwise is an error at
 * its row. */
static void add_stored(struct ingest_ctx *c, size_t own)
{
	const struct bundle *s = c->opt->stored;
	for (size_t i = 0; s && i < s->n_codebook; i++) {
		struct bundle_code k = from_store(c, &s->codebook[i]);
		int is_default = k.codebook == c->s_default_codebook;
		if (!is_default && given_by_bundle(c, own, k.codebook))
			continue;
		size_t o = codebook_find(c, k.codebook, k.tag);
		if (o == INGEST_NONE) {
			codebook_append(c, &k, NULL, 0, 0);
			continue;
		}
		const struct bundle_code *e = &c->b->codebook[o];
		if (o < own && (e->label_nl != k.label_nl || e->label_en != k.label_en ||
				e->pillar != k.pillar || e->axis != k.axis))
			diag_error(c->d, c->code_at[o].file, c->code_at[o].line, c->code_at[o].col,
				   "tag '%s' differs from the stored one (expected the same label, pillar "
				   "and axis as in the store, or another tag)", k.tag);
	}
}

void codebook_add_sources(struct ingest_ctx *c)
{
	size_t own = c->b->n_codebook;
	add_stored(c, own);
	if (codebook_has_version(c, NULL) ||
	    !(c->have_dilemmas_file || own || c->opt->reference_only))
		return;
	c->reading_builtin = 1;
	codebook_read(c, codebook_builtin_file, (const unsigned char *)default_codebook_csv,
		      strlen(default_codebook_csv), ',', 0);
	c->reading_builtin = 0;
}
