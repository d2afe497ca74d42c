/* fixture.c - hand-built datasets for unit tests. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "fixture.h"

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

void fixture_factor(struct dataset *ds, enum ds_factor_id f, const char *const *values)
{
	struct ds_factor *x = &ds->f[f];
	for (size_t k = 0; k < x->n_levels; k++)
		free(x->levels[k]);
	free(x->levels);
	x->levels = xcalloc(ds->n_sorts + 1, sizeof *x->levels);
	x->n_levels = 0;
	for (size_t i = 0; i < ds->n_sorts; i++) {
		if (!values[i])
			continue;
		int seen = 0;
		for (size_t k = 0; k < x->n_levels; k++)
			seen |= strcmp(x->levels[k], values[i]) == 0;
		if (!seen)
			x->levels[x->n_levels++] = xstrdup(values[i]);
	}
	qsort(x->levels, x->n_levels, sizeof *x->levels, cmp_str);
	for (size_t i = 0; i < ds->n_sorts; i++) {
		x->code[i] = -1;
		for (size_t k = 0; values[i] && k < x->n_levels; k++)
			if (strcmp(x->levels[k], values[i]) == 0)
				x->code[i] = (int32_t)k;
	}
}

void fixture_people(struct dataset *ds, const int *person)
{
	int max = -1;
	for (size_t i = 0; i < ds->n_sorts; i++) {
		ds->person[i] = person[i];
		if (person[i] > max)
			max = person[i];
	}
	ds->n_people = (size_t)(max + 1);
}

void fixture_dataset(struct dataset *ds, size_t n_sorts, size_t n_cards, int scale_min,
		     int scale_max, const int *cats)
{
	memset(ds, 0, sizeof *ds);
	ds->card_set = xstrdup("test");
	ds->n_cards = n_cards;
	ds->card_id = xcalloc(n_cards, sizeof(char *));
	ds->label_nl = xcalloc(n_cards, sizeof(char *));
	ds->label_en = xcalloc(n_cards, sizeof(char *));
	for (size_t j = 0; j < n_cards; j++) {
		ds->card_id[j] = xasprintf("c%zu", j + 1);
		ds->label_nl[j] = xasprintf("kaart %zu", j + 1);
		ds->label_en[j] = xasprintf("card %zu", j + 1);
	}
	ds->scale_min = scale_min;
	ds->scale_max = scale_max;
	ds->n_scale = (size_t)(scale_max - scale_min + 1);
	ds->scale_label_nl = xcalloc(ds->n_scale, sizeof(char *));
	ds->scale_label_en = xcalloc(ds->n_scale, sizeof(char *));
	for (size_t k = 0; k < ds->n_scale; k++) {
		ds->scale_label_nl[k] = xasprintf("%d", scale_min + (int)k);
		ds->scale_label_en[k] = xasprintf("%d", scale_min + (int)k);
	}
	ds->n_sorts = n_sorts;
	ds->cats = xcalloc(n_sorts * n_cards, 1);
	for (size_t i = 0; i < n_sorts * n_cards; i++)
		ds->cats[i] = cats[i] == 0 ? DS_MISSING : (int8_t)cats[i];
	ds->person = xcalloc(n_sorts, sizeof *ds->person);
	ds->year = xcalloc(n_sorts, sizeof *ds->year);
	ds->sort_id = xcalloc(n_sorts, sizeof *ds->sort_id);
	for (size_t i = 0; i < n_sorts; i++) {
		ds->person[i] = (int32_t)i;
		ds->sort_id[i] = (int64_t)i + 1;
	}
	ds->n_people = n_sorts;
	const char **v = xcalloc(n_sorts, sizeof *v);
	for (int f = 0; f < DS_N_FACTORS; f++) {
		ds->f[f].name = ds_factor_name(f);
		ds->f[f].code = xcalloc(n_sorts, sizeof(int32_t));
		for (size_t i = 0; i < n_sorts; i++)
			v[i] = f == DS_PHASE ? "individual" : f == DS_PERSPECTIVE ? "professional" : NULL;
		fixture_factor(ds, (enum ds_factor_id)f, v);
	}
	free(v);
}

struct table *fixture_build(const char *name, int min_cell, struct dataset *ds)
{
	struct selection sel;
	selection_default(&sel);
	sel.min_cell = min_cell;
	struct analysis a = {.ds = ds, .sel = &sel, .err = stderr};
	for (size_t i = 0; i < analyse_registry_len; i++)
		if (strcmp(analyse_registry[i]->name, name) == 0) {
			const struct table_def *d = analyse_registry[i];
			struct table *t = table_new(d->name, d->cols, d->ncols);
			if (d->build(&a, t) != GW_OK ||
			    privacy_apply(&d->privacy, t, &a) != GW_OK) {
				fprintf(stderr, "fixture_build: table %s failed\n", name);
				abort();
			}
			return t;
		}
	fprintf(stderr, "fixture_build: no table %s\n", name);
	abort();
}

static int32_t level_index(const struct ds_factor *f, const char *v)
{
	for (size_t k = 0; v && k < f->n_levels; k++)
		if (strcmp(f->levels[k], v) == 0)
			return (int32_t)k;
	return -1;
}

void fixture_codebook(struct dataset *ds, size_t n_tags, const char *const *tag,
		      const char *const *pillar, const char *const *axis)
{
	ds->n_tags = n_tags;
	ds->tag = xcalloc(n_tags + 1, sizeof(char *));
	ds->tag_label_nl = xcalloc(n_tags + 1, sizeof(char *));
	ds->tag_label_en = xcalloc(n_tags + 1, sizeof(char *));
	ds->tag_pillar = xcalloc(n_tags + 1, sizeof(char *));
	ds->tag_axis = xcalloc(n_tags + 1, sizeof(char *));
	for (size_t k = 0; k < n_tags; k++) {
		ds->tag[k] = xstrdup(tag[k]);
		ds->tag_label_nl[k] = xstrdup(tag[k]);
		ds->tag_label_en[k] = xstrdup(tag[k]);
		ds->tag_pillar[k] = pillar[k] ? xstrdup(pillar[k]) : NULL;
		ds->tag_axis[k] = axis[k] ? xstrdup(axis[k]) : NULL;
	}
}

void fixture_dilemmas(struct dataset *ds, size_t n_cases, const char *const *tags,
		      const char *const *organisation)
{
	ds->n_dilemmas = n_cases;
	ds->dilemmas = xcalloc(n_cases + 1, sizeof *ds->dilemmas);
	for (size_t i = 0; i < n_cases; i++) {
		struct ds_dilemma *d = &ds->dilemmas[i];
		d->traject = d->org_type = d->group = d->role = d->session = d->year = -1;
		d->organisation = level_index(&ds->f[DS_ORGANISATION], organisation[i]);
		d->tags = xcalloc(strlen(tags[i]) + 1, sizeof *d->tags);
		for (const char *p = tags[i]; *p;) {
			const char *bar = strchr(p, '|');
			size_t len = bar ? (size_t)(bar - p) : strlen(p);
			for (size_t k = 0; k < ds->n_tags; k++)
				if (strlen(ds->tag[k]) == len && strncmp(ds->tag[k], p, len) == 0)
					d->tags[d->n_tags++] = (int32_t)k;
			p = bar ? bar + 1 : p + len;
		}
	}
}
