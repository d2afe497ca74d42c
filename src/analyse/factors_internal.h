/* factors_internal.h - shared by src/analyse/factors*.c (private). */
#ifndef GOEDWERK_ANALYSE_FACTORS_INTERNAL_H
#define GOEDWERK_ANALYSE_FACTORS_INTERNAL_H

#include <stddef.h>
#include <stdio.h>
#include "goedwerk/factors.h"

struct factors_ctx {
	const struct dataset *ds;
	const struct factors_options *o;
	const struct factor_result *r;
	const size_t *used;      /* analysed sort -> dataset row */
	size_t n_used;
	struct factors_tables *ft;
};

/* "s<id>", or the sort label when the dataset has them (--show-sorts). */
const char *factors_sort_name(const struct dataset *ds, size_t row, char *buf, size_t size);
/* A message on err; none when err is NULL (callers that build table by
 * table want the messages once). */
__attribute__((format(printf, 2, 3))) void factors_say(FILE *err, const char *fmt, ...);
/* Distinct people among dataset rows. */
size_t factors_count_people(const struct dataset *ds, const size_t *rows, size_t n);
/* People among the defining sorts of factor f. */
size_t factors_defining_people(const struct factors_ctx *c, size_t f);

/* The columns of each table (shared with the registry rows, tbl_factors.c). */
#define FACTORS_NCOLS_LOADINGS 4
#define FACTORS_NCOLS_ARRAYS 10
#define FACTORS_NCOLS_CHARACTERISTICS 11
#define FACTORS_NCOLS_EIGENVALUES 5
#define FACTORS_NCOLS_DIFFERENCES 9
#define FACTORS_NCOLS_CORRELATIONS 5
#define FACTORS_NCOLS_COMPOSITION 7
#define FACTORS_NCOLS_CRIB 11
extern const struct column factors_cols_loadings[FACTORS_NCOLS_LOADINGS];
extern const struct column factors_cols_arrays[FACTORS_NCOLS_ARRAYS];
extern const struct column factors_cols_characteristics[FACTORS_NCOLS_CHARACTERISTICS];
extern const struct column factors_cols_eigenvalues[FACTORS_NCOLS_EIGENVALUES];
extern const struct column factors_cols_differences[FACTORS_NCOLS_DIFFERENCES];
extern const struct column factors_cols_correlations[FACTORS_NCOLS_CORRELATIONS];
extern const struct column factors_cols_composition[FACTORS_NCOLS_COMPOSITION];
extern const struct column factors_cols_crib[FACTORS_NCOLS_CRIB];

void factors_fill_tables(struct factors_ctx *c);
void factors_fill_composition(struct factors_ctx *c);
void factors_fill_crib(struct factors_ctx *c);

#endif
