/* ingest_support.c - helpers for the ingest tests: temporary bundles on
 * disk and a canonical text dump of a bundle (everything but file paths and
 * hashes), so that two bundles can be compared for equality. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "goedwerk/bundle.h"
#include "goedwerk/alloc.h"
#include "ingest_support.h"

char *ingest_test_tmpdir(void)
{
	char tmpl[] = "/tmp/gw-ingest-test-XXXXXX";
	char *d = mkdtemp(tmpl);
	return d ? xstrdup(d) : NULL;
}

void ingest_test_write(const char *dir, const char *name, const void *bytes, size_t n)
{
	char *path = xasprintf("%s/%s", dir, name);
	FILE *f = fopen(path, "wb");
	if (f) {
		fwrite(bytes, 1, n, f);
		fclose(f);
	}
	free(path);
}

void ingest_test_rmdir(char *dir)
{
	char *cmd = xasprintf("rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	free(cmd);
	free(dir);
}

#define S(x) ((x) ? (x) : "-")

char *ingest_test_dump(const struct bundle *b)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&buf, &len);
	for (size_t i = 0; i < b->n_card_sets; i++) {
		const struct bundle_card_set *s = &b->card_sets[i];
		fprintf(f, "set %s forced=%d from_file=%d\n", s->name, s->forced, s->from_file);
		for (size_t k = 0; k < s->n_cards; k++)
			fprintf(f, " card %s|%s|%s|%s\n", s->cards[k].card, s->cards[k].label_nl,
				S(s->cards[k].label_en), S(s->cards[k].canonical));
		for (size_t k = 0; k < s->n_scale; k++)
			fprintf(f, " cat %d|%s|%s|%d\n", s->scale[k].value, s->scale[k].label_nl,
				S(s->scale[k].label_en), s->scale[k].count);
	}
	for (size_t i = 0; i < b->n_trajecten; i++) {
		const struct bundle_traject *t = &b->trajecten[i];
		fprintf(f, "traject %s|%s|%s|%s|%s|%s|%s|%d%s%s\n", t->traject, S(t->organisation),
			S(t->org_type), S(t->sector), S(t->description), S(t->start), S(t->end),
			t->start_year, t->codebook ? "|" : "", t->codebook ? t->codebook : "");
	}
	for (size_t i = 0; i < b->n_participants; i++) {
		const struct bundle_participant *p = &b->participants[i];
		fprintf(f, "participant %s|%s", p->traject, p->participant);
		for (size_t k = 0; k < ATTR_N_PERSON; k++)
			fprintf(f, "|%s", S(p->attr[k]));
		fputc('\n', f);
	}
	for (size_t i = 0; i < b->n_sorts; i++) {
		const struct bundle_sort *s = &b->sorts[i];
		const struct bundle_card_set *cs = bundle_find_card_set(b, s->card_set);
		fprintf(f, "sort %s|%s|%s|%s|%s|%s|%s|%s|%d|", s->traject, s->participant,
			S(s->session), s->phase, s->perspective, s->card_set, S(s->date), S(s->table),
			s->year);
		for (size_t k = 0; cs && k < cs->n_cards; k++)
			fprintf(f, "%c", s->cats[k] == BUNDLE_MISSING ? '.' : 'A' + s->cats[k] - cs->scale[0].value);
		fprintf(f, "\n");
	}
	for (size_t i = 0; i < b->n_group_tops; i++) {
		const struct bundle_group_top *g = &b->group_tops[i];
		fprintf(f, "top %s|%s|%s|%s|%d|%s\n", g->traject, S(g->group), S(g->session), g->table,
			g->rank, S(g->card));
	}
	for (size_t i = 0; i < b->n_codebook; i++) {
		const struct bundle_code *c = &b->codebook[i];
		fprintf(f, "code %s|%s|%s|%s|%s|%s|%s\n", c->codebook, c->tag, c->label_nl,
			S(c->label_en), S(c->pillar), S(c->axis), S(c->canonical));
	}
	for (size_t i = 0; i < b->n_dilemmas; i++) {
		const struct bundle_dilemma *m = &b->dilemmas[i];
		fprintf(f, "dilemma %s|%s|%s|%s|%s|%s|%d|", m->traject, m->case_id, S(m->group),
			S(m->session), S(m->pillar), S(m->date), m->year);
		for (size_t k = 0; k < m->n_tags; k++)
			fprintf(f, "%s%s", k ? "," : "", m->tags[k]);
		fprintf(f, "\n");
	}
	fclose(f);
	return buf;
}
