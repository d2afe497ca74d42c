/* dilemmas.c - units and strata of the dilemma tables (see dilemmas.h). */
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "dilemmas.h"

static const char *const pillars[] = {"excellence", "ethics", "engagement"};
static const char *const axes[] = {"profession-politics", "profession-society",
				   "politics-society"};

const int dil_strata[] = {STRATUM_ALL, DS_TRAJECT, DS_ORGANISATION, DS_ORG_TYPE,
			  DS_GROUP, DS_ROLE, DS_SESSION, DS_YEAR};
const size_t dil_strata_len = sizeof dil_strata / sizeof dil_strata[0];

static int in_codebook(const struct dataset *ds, char **field, const char *v)
{
	for (size_t k = 0; k < ds->n_tags; k++)
		if (field[k] && strcmp(field[k], v) == 0)
			return 1;
	return 0;
}

static void add_unit(struct dil_units *u, const char *kind, const char *name, int tag)
{
	u->kind[u->n] = kind;
	u->name[u->n] = name;
	u->tag[u->n++] = tag;
}

/* Does case d carry unit k (a pillar or axis through one of its tags)? */
static int carries(const struct dataset *ds, const struct dil_units *u, size_t k,
		   const struct ds_dilemma *d)
{
	for (size_t t = 0; t < d->n_tags; t++) {
		int32_t g = d->tags[t];
		if (u->tag[k] >= 0 ? g == u->tag[k]
		    : strcmp(u->kind[k], "pillar") == 0
			? ds->tag_pillar[g] && strcmp(ds->tag_pillar[g], u->name[k]) == 0
			: ds->tag_axis[g] && strcmp(ds->tag_axis[g], u->name[k]) == 0)
			return 1;
	}
	return 0;
}

void dil_units_build(const struct dataset *ds, struct dil_units *u)
{
	size_t cap = ds->n_tags + 6;
	u->n = 0;
	u->kind = xmalloc(cap * sizeof *u->kind);
	u->name = xmalloc(cap * sizeof *u->name);
	u->tag = xmalloc(cap * sizeof *u->tag);
	for (size_t k = 0; k < ds->n_tags; k++)
		add_unit(u, "tag", ds->tag[k], (int)k);
	for (size_t k = 0; k < 3; k++)
		if (in_codebook(ds, ds->tag_pillar, pillars[k]))
			add_unit(u, "pillar", pillars[k], -1);
	for (size_t k = 0; k < 3; k++)
		if (in_codebook(ds, ds->tag_axis, axes[k]))
			add_unit(u, "axis", axes[k], -1);
	size_t nc = ds->n_dilemmas;
	u->has = xcalloc(u->n * nc + 1, 1);
	for (size_t k = 0; k < u->n; k++)
		for (size_t i = 0; i < nc; i++)
			u->has[k * nc + i] = (unsigned char)carries(ds, u, k, &ds->dilemmas[i]);
}

void dil_units_free(struct dil_units *u)
{
	free(u->kind);
	free(u->name);
	free(u->tag);
	free(u->has);
	memset(u, 0, sizeof *u);
}

size_t dil_n_levels(const struct dataset *ds, int s)
{
	return s == STRATUM_ALL ? 1 : ds->f[s].n_levels;
}

const char *dil_stratum_type(const struct dataset *ds, int s)
{
	return s == STRATUM_ALL ? "all" : ds->f[s].name;
}

const char *dil_level_name(const struct dataset *ds, int s, size_t level)
{
	return s == STRATUM_ALL ? "all" : ds->f[s].levels[level];
}

int32_t dil_level(const struct ds_dilemma *d, int s)
{
	switch (s) {
	case STRATUM_ALL: return 0;
	case DS_TRAJECT: return d->traject;
	case DS_ORGANISATION: return d->organisation;
	case DS_ORG_TYPE: return d->org_type;
	case DS_GROUP: return d->group;
	case DS_ROLE: return d->role;
	case DS_SESSION: return d->session;
	case DS_YEAR: return d->year;
	default: return -1;
	}
}

size_t *dil_cases(const struct dataset *ds, int s)
{
	size_t nl = dil_n_levels(ds, s);
	size_t *n = xcalloc(nl + 1, sizeof *n);
	for (size_t i = 0; i < ds->n_dilemmas; i++) {
		int32_t l = dil_level(&ds->dilemmas[i], s);
		if (l >= 0)
			n[l]++;
	}
	return n;
}

void dil_pair_counts(const struct dataset *ds, int s, int32_t level, struct pair_counts *pc)
{
	pc->cases = 0;
	for (size_t i = 0; i < ds->n_dilemmas; i++) {
		const struct ds_dilemma *d = &ds->dilemmas[i];
		if (dil_level(d, s) != level)
			continue;
		pc->cases++;
		for (size_t x = 0; x < d->n_tags; x++) {
			pc->single[d->tags[x]]++;
			for (size_t y = 0; y < d->n_tags; y++)
				if (x != y)
					pc->both[(size_t)d->tags[x] * pc->n + (size_t)d->tags[y]]++;
		}
	}
}
