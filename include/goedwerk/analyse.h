/* analyse.h - the table registry: one row per output table, from a dataset
 * to a filled struct table, suppressed by the privacy engine (privacy.h).
 *
 * Adding a table: in its own src/analyse/tbl_x.c write the builder
 * `static enum gw_status build(const struct analysis *a, struct table *t)`,
 * its columns and `const struct table_def table_x` with its privacy
 * declaration (the unit it counts and the columns that count it; a table
 * that declares none makes the run fail); declare table_x in
 * src/analyse/tables.h and add &table_x to analyse_registry[] in
 * src/analyse/registry.c.  --help, the README table list and the
 * SPEC-columns test are derived from the registry. */
#ifndef GOEDWERK_ANALYSE_H
#define GOEDWERK_ANALYSE_H

#include <stddef.h>
#include <stdio.h>
#include "goedwerk/dataset.h"
#include "goedwerk/privacy.h"
#include "goedwerk/status.h"
#include "goedwerk/table.h"

struct analysis_cache; /* results tables of one run share (private to src/analyse) */

struct analysis {
	const struct dataset *ds;
	const struct selection *sel;
	FILE *err;               /* warnings */
	struct analysis_cache *cache; /* set by analyse_run; NULL: builders compute alone */
	/* Called before table `done` of `total` (name) is built, and once with
	 * name NULL at the end; NULL: no progress.  The caller draws it. */
	void (*progress)(void *arg, size_t done, size_t total, const char *name);
	void *progress_arg;
	int jobs;                /* tables built at once; 0: one per core */
	/* Given each table in registry order once privacy_apply has passed it,
	 * while later ones are still being built, and freed after: writing it
	 * there holds a few tables at a time instead of all (10^6 sorts make
	 * gigabytes of them).  NULL: analyse_run returns every table. */
	enum gw_status (*table_done)(void *arg, const struct table *t);
	void *table_done_arg;
	/* NULL: build every table; else stop after the table of that name (the
	 * ones before it are still built: their suppressions shape its own). */
	const char *upto;
};

struct table_def {
	const char *name;        /* file name without .csv */
	const char *doc;         /* one line for --help and the README */
	const struct column *cols;
	size_t ncols;
	const char *const *spec_columns; /* NULL-terminated must-haves of SPEC.md */
	enum gw_status (*build)(const struct analysis *a, struct table *t);
	struct privacy_decl privacy; /* applied by analyse_run after build */
};

extern const struct table_def *const analyse_registry[];
extern const size_t analyse_registry_len;


/* Build every registered table, each passed through privacy_apply before it
 * is returned (nothing unsuppressed ever leaves analyse).  The builders run
 * on a->jobs threads (a builder reads the dataset and writes its own table
 * only; shared results go through the cache under its lock); privacy_apply
 * then runs on the tables one by one in registry order, as it needs (its
 * memo carries what earlier tables hid), and so do the builders' messages:
 * the output does not depend on jobs. */
enum gw_status analyse_run(const struct analysis *a, struct table_set *out);
/* The reasons analyse_run gives a table left empty without its builder's:
 * an empty selection, and the last resort no builder should reach. */
extern const char *const analyse_no_sorts, *const analyse_no_reason;

/* One side of `goedwerk compare`: the sorts of level `level` of dataset
 * factor `factor` (DS_ORGANISATION, DS_GROUP, DS_ROLE, DS_TRAJECT), or,
 * with level NULL (second side only), every other sort. */
struct compare_side {
	int factor;
	const char *level;
};
/* The table of the two sides, named name (compare.csv of `goedwerk compare`,
 * benchmark.csv of the report; analyse/compare.c), through the privacy
 * engine.  GW_EUSAGE when a level is not in the selection. */
enum gw_status analyse_compare(const struct analysis *a, const struct compare_side side[2],
			       const char *name, struct table **out);

#endif
