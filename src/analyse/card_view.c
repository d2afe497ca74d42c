/* card_view.c - see card_view.h. */
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "card_view.h"

static unsigned char *placed_cards(const struct dataset *ds, const unsigned char *mask)
{
	unsigned char *placed = xcalloc(ds->n_cards + 1, 1);
	for (size_t i = 0; i < ds->n_sorts; i++)
		if (!mask || mask[i])
			for (size_t j = 0; j < ds->n_cards; j++)
				placed[j] |= ds_cat(ds, i, j) != DS_MISSING;
	return placed;
}

static void keep_cards(const struct dataset *ds, const unsigned char *placed, struct card_view *v)
{
	size_t n = ds->n_cards - v->n_absent, m = 0;
	struct dataset *w = &v->ds;
	w->n_cards = n;
	w->card_id = xmalloc((n + 1) * sizeof *w->card_id);
	w->label_nl = xmalloc((n + 1) * sizeof *w->label_nl);
	w->label_en = xmalloc((n + 1) * sizeof *w->label_en);
	w->cats = xmalloc((ds->n_sorts ? ds->n_sorts : 1) * (n ? n : 1));
	for (size_t j = 0; j < ds->n_cards; j++) {
		if (!placed[j])
			continue;
		w->card_id[m] = ds->card_id[j];
		w->label_nl[m] = ds->label_nl ? ds->label_nl[j] : NULL;
		w->label_en[m] = ds->label_en ? ds->label_en[j] : NULL;
		for (size_t i = 0; i < ds->n_sorts; i++)
			w->cats[i * n + m] = ds->cats[i * ds->n_cards + j];
		m++;
	}
}

int card_view_make(const struct dataset *ds, const unsigned char *mask, struct card_view *v)
{
	memset(v, 0, sizeof *v);
	unsigned char *placed = placed_cards(ds, mask);
	for (size_t j = 0; j < ds->n_cards; j++)
		if (!placed[j]) {
			char *s = v->absent ? xasprintf("%s, %s", v->absent, ds->card_id[j])
					    : xstrdup(ds->card_id[j]);
			free(v->absent);
			v->absent = s;
			v->n_absent++;
		}
	if (v->n_absent && v->n_absent < ds->n_cards) {
		v->ds = *ds;
		keep_cards(ds, placed, v);
	}
	free(placed);
	if (v->n_absent == ds->n_cards) { /* nothing placed at all: nothing to leave out */
		free(v->absent);
		memset(v, 0, sizeof *v);
	}
	return v->n_absent > 0;
}

void card_view_free(struct card_view *v)
{
	if (v->n_absent) {
		free(v->ds.card_id);
		free(v->ds.label_nl);
		free(v->ds.label_en);
		free(v->ds.cats);
	}
	free(v->absent);
	memset(v, 0, sizeof *v);
}
