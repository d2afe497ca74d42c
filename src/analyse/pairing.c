/* pairing.c - see pairing.h.  The candidate sorts are ordered by person,
 * perspective key, session and store order, and each person's run is swept
 * once: linear after the sort, at a million sorts too. */
#include <stdlib.h>
#include "goedwerk/alloc.h"
#include "pairing.h"

const struct pair_rule pair_exchange = {"individual", NULL, "exchange", NULL, 0, 0};

struct cand {
	size_t i;
	int32_t person, pkey, session;
	int late;
};

static int cmp_cand(const void *pa, const void *pb)
{
	const struct cand *a = pa, *b = pb;
	int32_t ka[3] = {a->person, a->pkey, a->session}, kb[3] = {b->person, b->pkey, b->session};
	for (int k = 0; k < 3; k++)
		if (ka[k] != kb[k])
			return ka[k] < kb[k] ? -1 : 1;
	return a->i < b->i ? -1 : a->i > b->i;
}

/* -1: not a candidate; 0 early; 1 late. */
static int role_of(const struct dataset *ds, const int32_t code[4], size_t i)
{
	int32_t ph = ds->f[DS_PHASE].code[i], pe = ds->f[DS_PERSPECTIVE].code[i];
	if (ph == code[2] && (code[3] == DS_NO_LEVEL + 1 || pe == code[3]))
		return 1;
	if (ph == code[0] && (code[1] == DS_NO_LEVEL + 1 || pe == code[1]))
		return 0;
	return -1;
}

static int32_t code_or_any(const struct ds_factor *f, const char *name)
{
	return name ? ds_level_code(f, name) : DS_NO_LEVEL + 1; /* -1 stands for "any" here */
}

static size_t candidates(const struct dataset *ds, const struct pair_rule *r, struct cand *c)
{
	const int32_t code[4] = {ds_level_code(&ds->f[DS_PHASE], r->early_phase),
				 code_or_any(&ds->f[DS_PERSPECTIVE], r->early_persp),
				 ds_level_code(&ds->f[DS_PHASE], r->late_phase),
				 code_or_any(&ds->f[DS_PERSPECTIVE], r->late_persp)};
	size_t m = 0;
	for (size_t i = 0; i < ds->n_sorts; i++) {
		int role = role_of(ds, code, i);
		if (role < 0)
			continue;
		/* same-perspective rules key on the perspective, cross ones on none */
		int32_t pkey = r->early_persp ? 0 : ds->f[DS_PERSPECTIVE].code[i];
		c[m++] = (struct cand){i, ds->person[i], pkey, ds->f[DS_SESSION].code[i], role};
	}
	return m;
}

/* The partner of late sort c[k] in the person's run c[a..b), or SIZE_MAX. */
static size_t partner(const struct cand *c, size_t a, size_t b, size_t k, int either_side)
{
	size_t before = SIZE_MAX, after = SIZE_MAX;
	int32_t s = c[k].session, sb = -1;
	for (size_t e = a; e < b; e++) {
		if (c[e].late)
			continue;
		if (c[e].session == s)
			return c[e].i; /* the first of the same session */
		if (s < 0 || c[e].session < 0)
			continue;
		if (c[e].session < s && c[e].session != sb) {
			before = c[e].i; /* first of the latest earlier session so far */
			sb = c[e].session;
		}
		if (c[e].session > s && after == SIZE_MAX)
			after = c[e].i;
	}
	return before != SIZE_MAX ? before : either_side ? after : SIZE_MAX;
}

void pairing_make(const struct dataset *ds, const struct pair_rule *rule, struct pairing *out)
{
	struct cand *c = xmalloc((ds->n_sorts ? ds->n_sorts : 1) * sizeof *c);
	size_t m = candidates(ds, rule, c);
	qsort(c, m, sizeof *c, cmp_cand);
	*out = (struct pairing){xmalloc((m ? m : 1) * sizeof *out->pair), 0,
				xmalloc((m ? m : 1) * sizeof *out->unpaired), 0};
	for (size_t a = 0; a < m;) {
		size_t b = a + 1, got = 0;
		while (b < m && c[b].person == c[a].person && c[b].pkey == c[a].pkey)
			b++;
		for (size_t k = a; k < b; k++) {
			if (!c[k].late)
				continue;
			size_t e = partner(c, a, b, k, rule->either_side);
			if (e == SIZE_MAX)
				out->unpaired[out->n_unpaired++] = c[k].i;
			else if (!rule->one_per_person || !got++)
				out->pair[out->n++] = (struct sort_pair){e, c[k].i};
		}
		a = b;
	}
	free(c);
}

void pairing_free(struct pairing *p)
{
	free(p->pair);
	free(p->unpaired);
}
