/* factors.c - `goedwerk factors` from a dataset to tables: choose the usable
 * sorts, run the Q-method analysis (stats/factor.h), write the rows, apply
 * min-cell suppression (see goedwerk/factors.h). */
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/factors.h"
#include "goedwerk/alloc.h"
#include "card_view.h"
#include "factors_internal.h"

void factors_options_default(struct factors_options *o)
{
	memset(o, 0, sizeof *o);
	o->extraction = FACTOR_PCA;
	o->rotation = FACTOR_VARIMAX;
	o->say_counts = 1;
}

void factors_tables_free(struct factors_tables *ft)
{
	for (int i = 0; i < FACTORS_N_TABLES; i++)
		table_free(ft->t[i]);
	memset(ft, 0, sizeof *ft);
}

const char *factors_sort_name(const struct dataset *ds, size_t row, char *buf, size_t size)
{
	if (ds->sort_label && ds->sort_label[row])
		return ds->sort_label[row];
	snprintf(buf, size, "s%lld", (long long)ds->sort_id[row]);
	return buf;
}

/* Level code of name in factor f; -1 when absent, -2 when name is NULL. */
static int32_t level_of(const struct dataset *ds, int f, const char *name)
{
	if (!name)
		return -2;
	for (size_t l = 0; l < ds->f[f].n_levels; l++)
		if (strcmp(ds->f[f].levels[l], name) == 0)
			return (int32_t)l;
	return -1;
}

static int selected(const struct dataset *ds, int f, int32_t want, size_t row)
{
	return want == -2 || (ds->f[f].code && ds->f[f].code[row] == want);
}

/* Complete sorts with some variation, of the phase and perspective asked. */
static size_t *usable_sorts(const struct dataset *ds, const struct factors_options *o,
			    struct factors_tables *ft)
{
	size_t *used = xmalloc((ds->n_sorts ? ds->n_sorts : 1) * sizeof *used), m = 0;
	int32_t phase = level_of(ds, DS_PHASE, o->phase);
	int32_t persp = level_of(ds, DS_PERSPECTIVE, o->perspective);
	for (size_t i = 0; i < ds->n_sorts; i++) {
		if (!selected(ds, DS_PHASE, phase, i) || !selected(ds, DS_PERSPECTIVE, persp, i))
			continue;
		int complete = 1, varies = 0;
		for (size_t j = 0; j < ds->n_cards; j++) {
			int c = ds_cat(ds, i, j);
			complete &= c != DS_MISSING;
			varies |= c != ds_cat(ds, i, 0);
		}
		if (!complete)
			ft->n_incomplete++;
		else if (!varies)
			ft->n_constant++;
		else
			used[m++] = i;
	}
	ft->n_sorts_used = m;
	return used;
}

size_t factors_count_people(const struct dataset *ds, const size_t *rows, size_t n)
{
	unsigned char *seen = xcalloc(ds->n_people ? ds->n_people : 1, 1);
	size_t people = 0;
	for (size_t i = 0; i < n; i++) {
		int32_t p = ds->person[rows[i]];
		if (p >= 0 && !seen[p]) {
			seen[p] = 1;
			people++;
		}
	}
	free(seen);
	return people;
}

/* The forced distribution, else the rounded mean sorted profile. */
static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

static double *distribution(const struct dataset *ds, const double *x, size_t N)
{
	size_t n = ds->n_cards;
	double *q = xcalloc(n, sizeof *q);
	if (ds->scale_count) {
		size_t p = 0;
		for (size_t c = 0; c < ds->n_scale; c++)
			p += ds->scale_count[c] > 0 ? (size_t)ds->scale_count[c] : 0;
		if (p == n) {
			p = 0;
			for (size_t c = 0; c < ds->n_scale; c++)
				for (int m = 0; m < ds->scale_count[c]; m++)
					q[p++] = ds->scale_min + (int)c;
			return q;
		}
	}
	double *row = xmalloc(n * sizeof *row);
	for (size_t i = 0; i < N; i++) {
		memcpy(row, x + i * n, n * sizeof *row);
		qsort(row, n, sizeof *row, cmp_double);
		for (size_t j = 0; j < n; j++)
			q[j] += row[j];
	}
	for (size_t j = 0; j < n; j++)
		q[j] = round(q[j] / (double)N);
	free(row);
	return q;
}

static enum gw_status check_k(const struct factors_options *o, size_t N, size_t n, size_t *k,
			      FILE *err)
{
	size_t max = N < n - 1 ? N : n - 1;
	*k = o->n_factors ? o->n_factors : FACTORS_DEFAULT_K;
	if (!o->n_factors && *k > max)
		*k = max;
	if (*k < 1 || *k > max) {
		factors_say(err, "goedwerk factors: cannot extract %zu factors from %zu sorts of %zu cards "
			"(at most %zu)\n", *k, N, n, max);
		return GW_EUSAGE;
	}
	if (o->extraction == FACTOR_CENTROID && N > FACTOR_CENTROID_MAX_SORTS) {
		factors_say(err, "goedwerk factors: centroid extraction needs the sorts x sorts matrix and "
			"takes at most %d sorts, not %zu (use --extraction pca)\n",
			FACTOR_CENTROID_MAX_SORTS, N);
		return GW_EUSAGE;
	}
	return GW_OK;
}

static enum gw_status factors_analyse(const struct dataset *ds, const struct factors_options *o,
				      struct factors_tables *ft, size_t *used, FILE *err);

void factors_say(FILE *err, const char *fmt, ...)
{
	if (!err)
		return;
	va_list ap;
	va_start(ap, fmt);
	vfprintf(err, fmt, ap);
	va_end(ap);
}

/* The sorts of the phase and perspective asked. */
static unsigned char *selected_sorts(const struct dataset *ds, const struct factors_options *o)
{
	unsigned char *mask = xcalloc(ds->n_sorts + 1, 1);
	int32_t phase = level_of(ds, DS_PHASE, o->phase);
	int32_t persp = level_of(ds, DS_PERSPECTIVE, o->perspective);
	for (size_t i = 0; i < ds->n_sorts; i++)
		mask[i] = selected(ds, DS_PHASE, phase, i) && selected(ds, DS_PERSPECTIVE, persp, i);
	return mask;
}

/* Say in every row's note of every table which cards were left out. */
static void note_absent(struct factors_tables *ft, const struct card_view *v)
{
	char *why = xasprintf("placed by nobody, left out of the factor analysis: %s", v->absent);
	for (int k = 0; k < FACTORS_N_TABLES; k++)
		for (size_t r = 0; ft->t[k] && r < ft->t[k]->nrows; r++)
			table_note(ft->t[k], r, why);
	free(why);
}

static enum gw_status factors_run_on(const struct dataset *ds, const struct factors_options *o,
				     struct factors_tables *ft, FILE *err);

/* A card nobody placed in the analysed sorts is left out (card_view.h), so
 * that it does not make every sort incomplete. */
enum gw_status factors_run(const struct dataset *ds, const struct factors_options *o,
			   struct factors_tables *ft, FILE *err)
{
	unsigned char *mask = selected_sorts(ds, o);
	struct card_view v;
	int view = card_view_make(ds, mask, &v);
	free(mask);
	if (view)
		factors_say(err, "goedwerk factors: %zu cards placed by nobody left out (%s)\n",
			    v.n_absent, v.absent);
	enum gw_status st = factors_run_on(view ? &v.ds : ds, o, ft, err);
	if (view && st == GW_OK)
		note_absent(ft, &v);
	card_view_free(&v);
	return st;
}

static enum gw_status factors_run_on(const struct dataset *ds, const struct factors_options *o,
				     struct factors_tables *ft, FILE *err)
{
	memset(ft, 0, sizeof *ft);
	size_t *used = usable_sorts(ds, o, ft);
	size_t N = ft->n_sorts_used;
	ft->n_people_used = factors_count_people(ds, used, N);
	if (o->say_counts || ft->n_incomplete || ft->n_constant)
		factors_say(err, "goedwerk factors: %zu sorts of %zu people analysed; left out %zu "
			    "incomplete and %zu without variation\n", N, ft->n_people_used,
			    ft->n_incomplete, ft->n_constant);
	enum gw_status st = factors_analyse(ds, o, ft, used, err);
	free(used);
	return st;
}

/* The analysis proper over the usable sorts used[0..n_sorts_used). */
static enum gw_status factors_analyse(const struct dataset *ds, const struct factors_options *o,
				      struct factors_tables *ft, size_t *used, FILE *err)
{
	size_t N = ft->n_sorts_used, n = ds->n_cards, k = 0;
	if (N < 2 || n < 3) {
		factors_say(err, "goedwerk factors: too few complete sorts (%zu) or cards (%zu) "
			"for a factor analysis (expected at least 2 sorts of 3 cards)\n", N, n);
		return GW_EDATA;
	}
	enum gw_status st = check_k(o, N, n, &k, err);
	if (st != GW_OK)
		return st;
	double *x = xmalloc(N * n * sizeof *x);
	for (size_t i = 0; i < N; i++)
		for (size_t j = 0; j < n; j++)
			x[i * n + j] = ds_cat(ds, used[i], j);
	double *q = distribution(ds, x, N);
	signed char *flags = NULL;
	if (o->flags_path)
		st = factors_read_flags(o->flags_path, ds, used, N, k, &flags, err);
	struct factor_result r;
	memset(&r, 0, sizeof r);
	if (st == GW_OK) {
		struct factor_options fo;
		stats_factor_options_default(&fo);
		fo.n_factors = k;
		fo.extraction = o->extraction;
		fo.rotation = o->rotation;
		fo.varimax_eps = o->tolerance;
		fo.qscores = q;
		fo.manual_flags = flags;
		fo.qmethod_compat = o->qmethod_compat;
		st = stats_factor_run(x, N, n, &fo, &r);
		if (st != GW_OK)
			factors_say(err, "goedwerk factors: the factor analysis failed (%s)\n",
				st == GW_UNDEFINED ? "undefined for these sorts" : "internal error");
		if (st == GW_UNDEFINED)
			st = GW_EDATA;
	}
	if (st == GW_OK) {
		ft->k = k;
		ft->varimax_iterations = r.varimax_iterations;
		ft->varimax_converged = r.varimax_converged;
		if (o->rotation == FACTOR_VARIMAX && k > 1 && !r.varimax_converged)
			factors_say(err, "goedwerk factors: varimax stopped after %d iterations without "
				"settling\n", r.varimax_iterations);
		for (size_t f = 0; f < k; f++)
			if (r.flipped[f])
				factors_say(err, "goedwerk factors: factor %zu flipped (its defining sorts load "
					"mostly negatively)\n", f + 1);
		struct factors_ctx c = {ds, o, &r, used, N, ft};
		factors_fill_tables(&c);
		factors_fill_composition(&c);
		factors_fill_crib(&c);
	}
	stats_factor_free(&r);
	free(flags);
	free(q);
	free(x);
	return st;
}
