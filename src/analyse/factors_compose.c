/* factors_compose.c - who holds which viewpoint: the defining sorts of each
 * factor by the registry's strata (attribute.h) and year, with the people
 * of each stratum in the analysis (stratum_n_people), by which the privacy
 * engine hides every cell of a small stratum, its zeros too. */
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "goedwerk/attribute.h"
#include "factors_internal.h"

const struct column factors_cols_composition[] = {
	{"factor", 1}, {"stratum_type", 1}, {"stratum", 1}, {"n_sorts", 0}, {"n_people", 0},
	{"share", 0}, {"stratum_n_people", 0}};


struct cell_count {
	size_t n_sorts, n_people, stratum_people;
};

/* Counts per level (the last slot: unknown) among the defining sorts of f. */
static void count_levels(const struct factors_ctx *c, size_t f, const struct ds_factor *df,
			 struct cell_count *cells, int32_t *last_level_of_person)
{
	size_t L = df->n_levels, k = c->r->k;
	for (size_t p = 0; p < c->ds->n_people; p++)
		last_level_of_person[p] = INT32_MIN;
	/* people are counted once per level: bucket the defining rows by level
	 * first (a counting sort, linear in the sorts) */
	size_t *rows = xmalloc((c->n_used ? c->n_used : 1) * sizeof *rows), m = 0;
	size_t *start = xcalloc(L + 2, sizeof *start);
	for (size_t i = 0; i < c->n_used; i++)
		if (c->r->flagged[i * k + f]) {
			int32_t code = df->code ? df->code[c->used[i]] : -1;
			start[(code < 0 ? L : (size_t)code) + 1]++;
			m++;
		}
	for (size_t lv = 0; lv <= L; lv++)
		start[lv + 1] += start[lv];
	for (size_t i = 0; i < c->n_used; i++)
		if (c->r->flagged[i * k + f]) {
			int32_t code = df->code ? df->code[c->used[i]] : -1;
			rows[start[code < 0 ? L : (size_t)code]++] = c->used[i];
		}
	free(start);
	for (size_t t = 0; t < m; t++) {
		size_t row = rows[t];
		int32_t code = df->code ? df->code[row] : -1;
		size_t slot = code < 0 ? L : (size_t)code;
		cells[slot].n_sorts++;
		int32_t person = c->ds->person[row];
		if (person >= 0 && last_level_of_person[person] != (int32_t)slot) {
			last_level_of_person[person] = (int32_t)slot;
			cells[slot].n_people++;
		}
	}
	free(rows);
}

struct slot_person {
	size_t slot;
	int32_t person;
};

static int cmp_slot_person(const void *a, const void *b)
{
	const struct slot_person *x = a, *y = b;
	if (x->slot != y->slot)
		return x->slot < y->slot ? -1 : 1;
	return (x->person > y->person) - (x->person < y->person);
}

/* People per level (the last slot: unknown) among all analysed sorts. */
static void count_strata(const struct factors_ctx *c, const struct ds_factor *df,
			 struct cell_count *cells)
{
	size_t L = df->n_levels, n = 0;
	struct slot_person *v = xmalloc((c->n_used ? c->n_used : 1) * sizeof *v);
	for (size_t i = 0; i < c->n_used; i++) {
		int32_t code = df->code ? df->code[c->used[i]] : -1, person = c->ds->person[c->used[i]];
		if (person >= 0)
			v[n++] = (struct slot_person){code < 0 ? L : (size_t)code, person};
	}
	qsort(v, n, sizeof *v, cmp_slot_person);
	for (size_t i = 0; i < n; i++)
		if (i == 0 || v[i].slot != v[i - 1].slot || v[i].person != v[i - 1].person)
			cells[v[i].slot].stratum_people++;
	free(v);
}

void factors_fill_composition(struct factors_ctx *c)
{
	struct table *t = table_new("factor_composition", factors_cols_composition,
				    FACTORS_NCOLS_COMPOSITION);
	c->ft->t[FACTORS_COMPOSITION] = t;
	int32_t *mark = xmalloc((c->ds->n_people ? c->ds->n_people : 1) * sizeof *mark);
	int comp_strata[ATTR_MAX + 1]; /* the registry's strata, then year */
	size_t n_comp = attribute_factors(ATTR_STRATUM, comp_strata);
	comp_strata[n_comp++] = DS_YEAR;
	for (size_t f = 0; f < c->r->k; f++)
		for (size_t s = 0; s < n_comp; s++) {
			const struct ds_factor *df = &c->ds->f[comp_strata[s]];
			size_t L = df->n_levels;
			if (L == 0)
				continue; /* an attribute nobody has (no tenure bands given) */
			struct cell_count *cells = xcalloc(L + 1, sizeof *cells);
			count_levels(c, f, df, cells, mark);
			count_strata(c, df, cells);
			for (size_t lv = 0; lv <= L; lv++) {
				if (lv == L && cells[lv].n_sorts == 0)
					continue; /* no unknowns: no row */
				size_t row = table_add_row(t);
				table_set_int(t, row, 0, (long long)f + 1);
				table_set_text(t, row, 1, df->name ? df->name : "?");
				table_set_text(t, row, 2, lv < L ? df->levels[lv] : "unknown");
				table_set_int(t, row, 3, (long long)cells[lv].n_sorts);
				table_set_int(t, row, 4, (long long)cells[lv].n_people);
				if (c->r->n_defining[f])
					table_set_real(t, row, 5, (double)cells[lv].n_sorts /
							   (double)c->r->n_defining[f]);
				else
					table_set_undefined(t, row, 5, "no defining sorts");
				table_set_int(t, row, 6, (long long)cells[lv].stratum_people);
			}
			free(cells);
		}
	free(mark);
}
