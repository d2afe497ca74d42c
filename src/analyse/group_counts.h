/* group_counts.h - pile counts per level of a factor, per card, for one
 * phase x perspective: the shared first pass of group_differences and
 * group_pairs (both then test from counts, linear in the sorts). */
#ifndef GOEDWERK_ANALYSE_GROUP_COUNTS_H
#define GOEDWERK_ANALYSE_GROUP_COUNTS_H

#include <stddef.h>
#include <stdint.h>
#include "goedwerk/dataset.h"

/* The factors compared between groups, in output order. */
/* The factors of group_differences and group_pairs: the registry's
 * ATTR_FACTOR attributes (attribute.h), into out; returns how many. */
size_t group_factors(int out[ATTR_MAX]);

struct group_counts {
	size_t L, nc, ns;  /* levels (of the current factor), cards, piles */
	double *c;         /* level x card x pile */
	size_t *people;    /* per level */
	int32_t *seen;     /* per person: level + 1 already counted, else 0 */
};

/* Room for the largest of group_factors; free with group_counts_free. */
void group_counts_init(struct group_counts *k, const struct dataset *ds);
/* Room for the levels of factor f only (the trajecten of distinctive). */
void group_counts_init_factor(struct group_counts *k, const struct dataset *ds, int f);
void group_counts_free(struct group_counts *k);
/* One pass over the sorts of (phase a, perspective b): pile counts and
 * people per level of factor f; sets k->L to f's level count. */
void group_counts_fill(struct group_counts *k, const struct dataset *ds, int f, int32_t a,
		       int32_t b);
/* The counts of level lv for card j: ns piles. */
static inline const double *group_counts_of(const struct group_counts *k, size_t lv, size_t j)
{
	return k->c + (lv * k->nc + j) * k->ns;
}

#endif
