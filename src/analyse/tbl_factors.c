/* tbl_factors.c - the factor tables as rows of the table registry, so that
 * `goedwerk analyse` and `report` carry them too.  Each builder runs the
 * analysis with the defaults of `goedwerk factors` (PCA, varimax, 3 factors;
 * individual professional sorts unless the selection names a phase or
 * perspective) once per analyse_run (cache.h) and takes its table over.
 * When the data cannot carry a factor analysis the tables stay empty (the
 * reason is on err once). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "goedwerk/factors.h"
#include "goedwerk/membuf.h"
#include "cache.h"
#include "factors_internal.h"
#include "empty.h"
#include "goedwerk/messages.h"
#include "tables.h"

static void copy_rows(const struct table *from, struct table *to)
{
	for (size_t r = 0; r < from->nrows; r++) {
		size_t row = table_add_row(to);
		for (size_t j = 0; j < from->ncols && j < to->ncols; j++) {
			struct cell c = table_cell(from, r, j);
			if (c.kind == CELL_TEXT)
				table_set_text(to, row, j, c.v.text);
			else if (c.kind == CELL_INT)
				table_set_int(to, row, j, c.v.i);
			else if (c.kind == CELL_REAL)
				table_set_real(to, row, j, c.v.r);
		}
	}
}

static enum gw_status run_to(const struct analysis *a, struct factors_tables *ft, FILE *err)
{
	struct factors_options o;
	factors_options_default(&o);
	o.phase = a->sel && a->sel->phase ? NULL : "individual";
	o.perspective = a->sel && a->sel->perspective ? NULL : "professional";
	o.say_counts = 0; /* analyse and report say it only when sorts were left out */
	return factors_run(a->ds, &o, ft, err);
}

/* The analysis, its messages passed on to err (NULL: dropped) and the last
 * of them, without its "goedwerk factors: " and newline, in *why: when the
 * data cannot carry a factor analysis, that is what the tables say. */
static enum gw_status run(const struct analysis *a, struct factors_tables *ft, FILE *err,
			  char **why)
{
	struct membuf m;
	membuf_open(&m, NULL); /* no memory: no messages, and the plain reason */
	enum gw_status st = run_to(a, ft, m.f);
	*why = NULL;
	if (m.held && fflush(m.f) == 0 && m.p) {
		char *text = xstrdup(m.p);
		size_t len = strlen(text);
		while (len > 0 && text[len - 1] == '\n')
			text[--len] = '\0';
		const char *last = strrchr(text, '\n') ? strrchr(text, '\n') + 1 : text;
		const char *prefix = "goedwerk factors: ";
		if (strncmp(last, prefix, strlen(prefix)) == 0)
			last += strlen(prefix);
		*why = *last ? xasprintf("no factor analysis: %s", last) : NULL;
		free(text);
	}
	membuf_pass_on(&m, err);
	return st;
}

/* Why table which is empty after the analysis ran (why: its message). */
static void say_why_empty(struct table *t, enum gw_status st, const char *why, int which)
{
	if (st != GW_OK)
		empty_because(t, why ? why : MSG("no factor analysis"));
	else if (which == FACTORS_DIFFERENCES || which == FACTORS_CORRELATIONS)
		empty_because(t, MSG("one factor: no pair of factors to compare"));
	else
		empty_because(t, MSG("no factor has defining sorts"));
}

/* Take src's rows over into t (same columns), leaving src empty. */
static void take_over(struct table *t, struct table *src)
{
	struct table tmp = *t;
	*t = *src;
	*src = tmp;
}

static enum gw_status build(const struct analysis *a, struct table *t, int which)
{
	struct analysis_cache *c = a->cache;
	if (!c) { /* a builder called alone (tests): run for this table only */
		struct factors_tables ft;
		char *why = NULL;
		enum gw_status st = run(a, &ft, NULL, &why);
		if (st == GW_OK)
			copy_rows(ft.t[which], t);
		say_why_empty(t, st, why, which);
		factors_tables_free(&ft);
		free(why);
		return st == GW_EDATA || st == GW_EUSAGE ? GW_OK : st;
	}
	pthread_mutex_lock(&c->lock); /* seven tables, one factor analysis */
	if (!c->factors_done) {
		c->factors_status = run(a, &c->factors, a->err, &c->factors_why);
		c->factors_done = 1;
	}
	pthread_mutex_unlock(&c->lock);
	if (c->factors_status == GW_OK && c->factors.t[which])
		take_over(t, c->factors.t[which]);
	say_why_empty(t, c->factors_status, c->factors_why, which);
	return c->factors_status == GW_EDATA || c->factors_status == GW_EUSAGE ? GW_OK : c->factors_status;
}

#define BUILDER(name, which) \
	static enum gw_status build_##name(const struct analysis *a, struct table *t) \
	{ return build(a, t, which); }
BUILDER(loadings, FACTORS_LOADINGS)
BUILDER(arrays, FACTORS_ARRAYS)
BUILDER(characteristics, FACTORS_CHARACTERISTICS)
BUILDER(eigenvalues, FACTORS_EIGENVALUES)
BUILDER(differences, FACTORS_DIFFERENCES)
BUILDER(correlations, FACTORS_CORRELATIONS)
BUILDER(composition, FACTORS_COMPOSITION)
BUILDER(crib, FACTORS_CRIB)

/* Privacy: a factor rests on its defining people, the eigenvalues and
 * characteristics on everyone analysed; composition cells are people of a
 * stratum within a factor (a small stratum shows no count, 0 included). */
#define SMALL_FACTOR "factor defined by fewer than --min-cell people"
#define SMALL_ANALYSIS "fewer than --min-cell people in the analysis"
#define FACTOR_PEOPLE(col) \
	{.rule = {{.unit = PRIVACY_PEOPLE, .count = (col), .small_why = SMALL_FACTOR}}}
#define FACTOR_PAIR_PEOPLE \
	{.rule = {{.unit = PRIVACY_PEOPLE, .count = "n_people_a", .small_why = SMALL_FACTOR}, \
		  {.unit = PRIVACY_PEOPLE, .count = "n_people_b", .small_why = SMALL_FACTOR}}}
static const char *const defining_columns[] = {"n_defining", "n_defining_people", "reliability",
					       "se_scores", NULL};
static const char *const composition_universe[] = {"factor", NULL};

static const char *const spec_loadings[] = {"sort", "factor", "loading", "flagged", NULL};
static const char *const spec_arrays[] = {"card", "factor", "z_score", "rank", "distinguishing",
					  "consensus", NULL};

const struct table_def table_factor_loadings = {"factor_loadings",
	"sort x factor: Q-method factor loadings and flags (sorts named s<id>)",
	factors_cols_loadings, FACTORS_NCOLS_LOADINGS, spec_loadings, build_loadings,
	{.rule = {{.unit = PRIVACY_NONE, .none_why = "one row per sort, named s<id>: Q-method "
		   "loadings describe no group"}}}};
const struct table_def table_factor_arrays = {"factor_arrays",
	"card x factor: z-score, rank, category in the forced distribution, distinguishing, consensus",
	factors_cols_arrays, FACTORS_NCOLS_ARRAYS, spec_arrays, build_arrays, FACTOR_PEOPLE("n_defining_people")};
const struct table_def table_factor_characteristics = {"factor_characteristics",
	"factor: defining sorts, explained variance, reliability, SE of factor scores, flipped",
	factors_cols_characteristics, FACTORS_NCOLS_CHARACTERISTICS, NULL, build_characteristics,
	{.rule = {{.unit = PRIVACY_PEOPLE, .count = "n_people", .small_why = SMALL_ANALYSIS},
		  {.unit = PRIVACY_PEOPLE, .count = "n_defining_people", .hides = defining_columns,
		   .small_why = SMALL_FACTOR}}}};
const struct table_def table_factor_eigenvalues = {"factor_eigenvalues",
	"component: eigenvalue of the sorts' correlation matrix, variance share, cumulative",
	factors_cols_eigenvalues, FACTORS_NCOLS_EIGENVALUES, NULL, build_eigenvalues,
	{.rule = {{.unit = PRIVACY_PEOPLE, .count = "n_people", .small_why = SMALL_ANALYSIS}}}};
const struct table_def table_factor_differences = {"factor_differences",
	"card x factor pair: z difference, SED, significance (qmethod qdc)",
	factors_cols_differences, FACTORS_NCOLS_DIFFERENCES, NULL, build_differences, FACTOR_PAIR_PEOPLE};
const struct table_def table_factor_correlations = {"factor_correlations",
	"factor pair: correlation of the factors' z-scores",
	factors_cols_correlations, FACTORS_NCOLS_CORRELATIONS, NULL, build_correlations, FACTOR_PAIR_PEOPLE};
const struct table_def table_factor_composition = {"factor_composition",
	"factor x stratum: who holds which viewpoint (defining sorts by organisation, role, age band, year)",
	factors_cols_composition, FACTORS_NCOLS_COMPOSITION, NULL, build_composition,
	{.rule = {{.unit = PRIVACY_PEOPLE, .count = "n_people", .stratum_type = "stratum_type",
		   .stratum = "stratum", .universe = composition_universe,
		   .stratum_total = "stratum_n_people", .small_why = "fewer than --min-cell people"}}}};

/* A crib row rests on its factor's defining people; where it stands against
 * the other viewpoints on theirs too (a small factor's array shows through
 * "higher than every other"); a hidden factor's rows go back to card order. */
static const char *const crib_universe[] = {"factor", NULL};
static const char *const crib_vs_columns[] = {"vs_others", "others_max", "others_min",
						"n_people_others", NULL};
const struct table_def table_factor_crib = {"factor_crib",
	"factor x card: crib sheet (Watts & Stenner 2012): top and bottom of the array, cards "
	"higher or lower than in every other viewpoint",
	factors_cols_crib, FACTORS_NCOLS_CRIB, NULL, build_crib,
	{.rule = {{.unit = PRIVACY_PEOPLE, .count = "n_defining_people", .universe = crib_universe,
		   .card_order = "card", .small_why = SMALL_FACTOR},
		  {.unit = PRIVACY_PEOPLE, .count = "n_people_others", .universe = crib_universe,
		   .hides = crib_vs_columns, .card_order = "card",
		   .small_why = "another viewpoint defined by fewer than --min-cell people"}}}};

enum gw_status factors_apply_privacy(struct factors_tables *ft, const struct dataset *ds,
				     const struct selection *sel, FILE *err)
{
	static const struct table_def *const defs[FACTORS_N_TABLES] = {
		[FACTORS_LOADINGS] = &table_factor_loadings,
		[FACTORS_ARRAYS] = &table_factor_arrays,
		[FACTORS_CHARACTERISTICS] = &table_factor_characteristics,
		[FACTORS_EIGENVALUES] = &table_factor_eigenvalues,
		[FACTORS_DIFFERENCES] = &table_factor_differences,
		[FACTORS_CORRELATIONS] = &table_factor_correlations,
		[FACTORS_COMPOSITION] = &table_factor_composition,
		[FACTORS_CRIB] = &table_factor_crib};
	struct analysis a = {.ds = ds, .sel = sel, .err = err};
	enum gw_status st = GW_OK;
	for (size_t i = 0; i < FACTORS_N_TABLES && st == GW_OK; i++)
		if (ft->t[i])
			st = privacy_apply(&defs[i]->privacy, ft->t[i], &a);
	return st;
}
