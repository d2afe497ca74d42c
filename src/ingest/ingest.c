/* ingest.c - ingest_read: find the files, decode and parse each, and read
 * them kind by kind in dependency order (card sets, trajecten, participants,
 * sorts, group tops, codebook, dilemmas), then the cross-file checks. */
#include <errno.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "internal.h"
#include "goedwerk/alloc.h"
#include "goedwerk/sha256.h"
#include "goedwerk/strpool.h"

void ingest_options_default(struct ingest_options *o)
{
	memset(o, 0, sizeof *o);
	o->band_edges[0] = 34;
	o->band_edges[1] = 49;
	o->n_band_edges = 2;
}

const char *ingest_age_band(const struct ingest_options *opt, int age, char *buf, size_t size)
{
	size_t n = opt->n_band_edges;
	for (size_t i = 0; i < n; i++)
		if (age <= opt->band_edges[i]) {
			if (i == 0)
				snprintf(buf, size, "<%d", opt->band_edges[0] + 1);
			else
				snprintf(buf, size, "%d-%d", opt->band_edges[i - 1] + 1, opt->band_edges[i]);
			return buf;
		}
	snprintf(buf, size, "%d+", n ? opt->band_edges[n - 1] + 1 : 0);
	return buf;
}

void *ingest_arena_alloc(struct bundle *b, size_t n, size_t align)
{
	struct strpool *p = &b->pool;
	size_t pad = p->arena ? (align - (uintptr_t)p->arena % align) % align : 0;
	if (!p->arena || pad + n > p->arena_left) {
		size_t size = n + align > 65536 ? n + align : 65536;
		GROW(p->blocks, p->capblocks, p->nblocks + 1);
		p->arena = xmalloc(size);
		p->blocks[p->nblocks++] = p->arena;
		p->arena_left = size;
		pad = (align - (uintptr_t)p->arena % align) % align;
	}
	void *r = p->arena + pad;
	p->arena += pad + n;
	p->arena_left -= pad + n;
	return r;
}

const char *ingest_intern(struct ingest_ctx *c, const char *s, size_t len)
{
	return strpool_intern(&c->b->pool, s, len);
}

const char *ingest_intern_opt(struct ingest_ctx *c, const char *s)
{
	return s && *s ? strpool_intern(&c->b->pool, s, strlen(s)) : NULL;
}

/* The file's SHA-256, computed on the second core while the file is
 * parsed (it costs about as much as parsing a large sorts file). */
struct hash_job {
	const unsigned char *bytes;
	size_t n;
	char *hex;
};

static void *hash_bytes(void *arg)
{
	struct hash_job *j = arg;
	struct sha256 h;
	unsigned char dg[32];
	sha256_init(&h);
	sha256_update(&h, j->bytes, j->n);
	sha256_final(&h, dg);
	sha256_hex(dg, j->hex);
	return NULL;
}

static enum gw_status read_one(struct ingest_ctx *c, const struct input_file *f)
{
	if (f->book) {
		ingest_read_sheet(c, f);
		return GW_OK;
	}
	size_t n;
	int io;
	unsigned char *bytes = ingest_slurp(f, &n, &io, c->d);
	if (!bytes)
		return io ? GW_EINTERNAL : GW_OK;
	struct bundle *b = c->b;
	GROW(b->files, b->cap_files, b->n_files + 1);
	struct bundle_input_file *bf = &b->files[b->n_files++];
	bf->path = ingest_intern(c, f->path, strlen(f->path));
	struct hash_job job = {bytes, n, bf->sha256}; /* b->files stays put while parsing */
	pthread_t th;
	int threaded = n > (1 << 20) && pthread_create(&th, NULL, hash_bytes, &job) == 0;
	if (!threaded)
		hash_bytes(&job);
	if (n == 0) {
		diag_error(c->d, f->path, 0, 0, "empty file (expected a header row)");
		free(bytes);
		return GW_OK;
	}
	size_t tn;
	int has_cr;
	size_t bom = n >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
	char delim = ingest_detect_dialect(bytes + bom, n - bom);
	unsigned char *text = ingest_decode(f->path, bytes, n, delim, &tn, &has_cr, c->d);
	if (text) {
		ingest_kinds[f->kind].read(c, f->path, text, tn, delim, has_cr);
		if ((uintptr_t)text < (uintptr_t)bytes || (uintptr_t)text > (uintptr_t)(bytes + n))
			free(text);
	}
	if (threaded)
		pthread_join(th, NULL);
	free(bytes);
	return GW_OK;
}

static void ctx_init(struct ingest_ctx *c, const struct ingest_options *opt, struct bundle *b,
		     struct diag *d)
{
	memset(c, 0, sizeof *c);
	c->opt = opt;
	c->b = b;
	c->d = d;
	time_t now = time(NULL);
	struct tm tm;
	gmtime_r(&now, &tm);
	c->this_year = tm.tm_year + 1900;
	c->s_individual = ingest_intern(c, "individual", 10);
	c->s_exchange = ingest_intern(c, "exchange", 8);
	c->s_professional = ingest_intern(c, "professional", 12);
	c->s_personal = ingest_intern(c, "personal", 8);
	c->s_default_set = ingest_intern(c, BUNDLE_DEFAULT_CARD_SET, strlen(BUNDLE_DEFAULT_CARD_SET));
	c->s_default_codebook = ingest_intern(c, BUNDLE_DEFAULT_CODEBOOK,
					      strlen(BUNDLE_DEFAULT_CODEBOOK));
}

static void ctx_free(struct ingest_ctx *c)
{
	for (size_t i = 0; i < c->n_sets; i++) {
		struct set_info *s = &c->sets[i];
		idx_free(&s->card_ix);
		free(s->keys);
		free(s->cs.cards);
		free(s->cs.scale);
	}
	free(c->sets);
	idx_free(&c->traject_ix);
	idx_free(&c->part_ix);
	free(c->part_birth);
	free(c->part_year);
	free(c->part_line);
	free(c->part_file);
	free(c->part_listed);
	idx_free(&c->listed_traject_ix);
	free(c->listed_trajecten);
	idx_free(&c->sort_ix);
	free(c->sort_line);
	free(c->sort_file);
	idx_free(&c->code_ix);
	free(c->cb_refs);
	idx_free(&c->case_ix);
}

/* Read the files kind by kind, then the cross-file checks. */
static enum gw_status read_all(const struct ingest_options *opt, struct bundle *b,
			       struct diag *d, struct input_file *files, size_t nf,
			       size_t errors)
{
	struct ingest_options def;
	if (!opt) {
		ingest_options_default(&def);
		opt = &def;
	}
	struct ingest_ctx c;
	ctx_init(&c, opt, b, d);
	int have_sorts = 0;
	for (size_t i = 0; i < nf; i++)
		have_sorts |= files[i].kind == FK_SORTS;
	if (!have_sorts && d->n_errors == errors && !opt->reference_only)
		diag_error(d, NULL, 0, 0, "no sorts file among the files given (expected sorts.csv)");
	enum gw_status st = GW_OK;
	cards_init_builtin(&c);
	size_t done = 0;
	for (int kind = 0; kind < FK_N; kind++) {
		for (size_t i = 0; i < nf; i++) {
			if ((int)files[i].kind != kind)
				continue;
			if (opt->progress)
				opt->progress(opt->progress_arg, done++, nf, files[i].path);
			if (read_one(&c, &files[i]) != GW_OK)
				st = GW_EINTERNAL;
		}
		if (ingest_kinds[kind].after)
			ingest_kinds[kind].after(&c);
	}
	if (c.forced_more)
		(c.opt->strict ? diag_error : diag_warn)(d, NULL, 0, 0,
			"%ld more sorts break the forced distribution (not listed)", c.forced_more);
	cards_to_bundle(&c);
	ingest_files_free(files, nf);
	ctx_free(&c);
	return st;
}

enum gw_status ingest_read(const char *const *paths, size_t n_paths,
			   const struct ingest_options *opt, struct bundle *b, struct diag *d)
{
	struct input_file *files;
	size_t nf, errors = d->n_errors;
	ingest_find_files(paths, n_paths, &files, &nf, d);
	return read_all(opt, b, d, files, nf, errors);
}

enum gw_status ingest_read_mem(const struct ingest_mem_file *m, size_t n_files,
			       const struct ingest_options *opt, struct bundle *b,
			       struct diag *d)
{
	struct input_file *files;
	size_t nf, errors = d->n_errors;
	ingest_mem_files(m, n_files, &files, &nf, d);
	return read_all(opt, b, d, files, nf, errors);
}
