/* factors_crib.c - factor_crib: a viewpoint's crib sheet as Q researchers
 * write one before interpreting it (Watts & Stenner 2012, Doing Q
 * Methodological Research, ch. 7): the cards at the top and at the bottom
 * of its factor array, and the cards it places higher (lower) than every
 * other viewpoint does, each in its array's category.
 *
 * One row per factor x card, every card, so that the rows of a factor the
 * privacy engine hides say nothing by their number: `extreme` (1 at the
 * array's highest pile, -1 at its lowest, else 0) rests on the factor's
 * defining people; `vs_others` (1 above every other defined factor's
 * category, -1 below each, else 0) and others_max/others_min on the fewest
 * defining people among the others too.  A card at an extreme stands in the
 * crib sheet once, at its extreme (as in Watts & Stenner's sheets); rows are
 * in crib order: top, higher, lower, bottom (by z-score), then the rest in
 * card order. */
#include <math.h>
#include <stdlib.h>
#include "goedwerk/alloc.h"
#include "factors_internal.h"

const struct column factors_cols_crib[] = {
	{"factor", 1}, {"card", 1}, {"label_nl", 1}, {"extreme", 0}, {"vs_others", 0},
	{"category", 0}, {"others_max", 0}, {"others_min", 0}, {"z_score", 0},
	{"n_defining_people", 0}, {"n_people_others", 0}};
enum { C_FACTOR, C_CARD, C_LABEL, C_EXTREME, C_VS, C_CAT, C_MAX, C_MIN, C_Z, C_PEOPLE,
       C_OTHERS };

struct crib_card {
	size_t card;
	int extreme, vs; /* as the columns */
	double z;
};

/* Crib order: top, higher, lower, bottom, the rest; within by z (down for
 * the upper lists, up for the lower ones), then card order. */
static int group_of(const struct crib_card *x)
{
	if (x->extreme)
		return x->extreme > 0 ? 0 : 3;
	return x->vs > 0 ? 1 : x->vs < 0 ? 2 : 4;
}

static int by_crib(const void *a, const void *b)
{
	const struct crib_card *x = a, *y = b;
	int gx = group_of(x), gy = group_of(y);
	if (gx != gy)
		return gx < gy ? -1 : 1;
	if (gx < 4 && x->z != y->z)
		return (gx < 2 ? x->z > y->z : x->z < y->z) ? -1 : 1;
	return (x->card > y->card) - (x->card < y->card);
}

/* The highest and lowest category of factor f's array. */
static void array_ends(const struct factor_result *r, size_t f, double *hi, double *lo)
{
	*hi = -INFINITY;
	*lo = INFINITY;
	for (size_t j = 0; j < r->n_cards; j++) {
		*hi = fmax(*hi, r->arrays[j * r->k + f]);
		*lo = fmin(*lo, r->arrays[j * r->k + f]);
	}
}

/* Card j against the other defined factors: their highest and lowest
 * category; returns how many there are. */
static size_t others(const struct factor_result *r, size_t f, size_t j, double *hi, double *lo)
{
	size_t n = 0;
	*hi = -INFINITY;
	*lo = INFINITY;
	for (size_t g = 0; g < r->k; g++)
		if (g != f && r->defined[g]) {
			*hi = fmax(*hi, r->arrays[j * r->k + g]);
			*lo = fmin(*lo, r->arrays[j * r->k + g]);
			n++;
		}
	return n;
}

static void crib_row(struct table *t, const struct factors_ctx *c, size_t f,
		     const struct crib_card *e, size_t people, size_t people_others)
{
	const struct factor_result *r = c->r;
	size_t j = e->card, row = table_add_row(t);
	double hi, lo;
	table_set_int(t, row, C_FACTOR, (long long)f + 1);
	table_set_text(t, row, C_CARD, c->ds->card_id[j]);
	table_set_text(t, row, C_LABEL, c->ds->label_nl ? c->ds->label_nl[j] : NULL);
	if (people)
		table_set_int(t, row, C_PEOPLE, (long long)people);
	table_set_int(t, row, C_EXTREME, e->extreme);
	table_set_int(t, row, C_CAT, (long long)r->arrays[j * r->k + f]);
	table_set_real(t, row, C_Z, e->z);
	if (!others(r, f, j, &hi, &lo)) {
		table_set_undefined(t, row, C_VS, "no other viewpoint to compare with");
		return;
	}
	table_set_int(t, row, C_OTHERS, (long long)people_others);
	table_set_int(t, row, C_VS, e->vs);
	table_set_int(t, row, C_MAX, (long long)hi);
	table_set_int(t, row, C_MIN, (long long)lo);
}

/* The fewest defining people among the defined factors other than f. */
static size_t fewest_others(const struct factor_result *r, size_t f, const size_t *people)
{
	size_t m = SIZE_MAX;
	for (size_t g = 0; g < r->k; g++)
		if (g != f && r->defined[g] && people[g] < m)
			m = people[g];
	return m == SIZE_MAX ? 0 : m;
}

static void crib_factor(struct table *t, const struct factors_ctx *c, size_t f,
			const size_t *people, struct crib_card *v)
{
	const struct factor_result *r = c->r;
	double top, bottom, hi, lo;
	array_ends(r, f, &top, &bottom);
	for (size_t j = 0; j < r->n_cards; j++) {
		double a = r->arrays[j * r->k + f];
		size_t n = others(r, f, j, &hi, &lo);
		v[j] = (struct crib_card){j, a == top ? 1 : a == bottom ? -1 : 0,
					  n && a > hi ? 1 : n && a < lo ? -1 : 0, r->zscores[j * r->k + f]};
	}
	qsort(v, r->n_cards, sizeof *v, by_crib);
	size_t po = fewest_others(r, f, people);
	for (size_t j = 0; j < r->n_cards; j++)
		crib_row(t, c, f, &v[j], people[f], po);
}

void factors_fill_crib(struct factors_ctx *c)
{
	const struct factor_result *r = c->r;
	struct table *t = table_new("factor_crib", factors_cols_crib, FACTORS_NCOLS_CRIB);
	c->ft->t[FACTORS_CRIB] = t;
	size_t *people = xcalloc(r->k + 1, sizeof *people);
	struct crib_card *v = xcalloc(r->n_cards + 1, sizeof *v);
	for (size_t f = 0; f < r->k; f++)
		people[f] = factors_defining_people(c, f);
	for (size_t f = 0; f < r->k; f++) {
		if (r->defined[f]) {
			crib_factor(t, c, f, people, v);
			continue;
		}
		for (size_t j = 0; j < r->n_cards; j++) { /* no array to crib */
			size_t row = table_add_row(t);
			table_set_int(t, row, C_FACTOR, (long long)f + 1);
			table_set_text(t, row, C_CARD, c->ds->card_id[j]);
			table_set_text(t, row, C_LABEL, c->ds->label_nl ? c->ds->label_nl[j] : NULL);
			table_set_undefined(t, row, C_EXTREME, "no defining sorts");
		}
	}
	free(v);
	free(people);
}
