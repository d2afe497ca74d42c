/* cmd_factors.c - `goedwerk factors`: the viewpoint typology (by-person
 * Q-method factor analysis) of the selected sorts, written as
 * OUT/tables/factor_*.csv. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/cli.h"
#include "goedwerk/dataset.h"
#include "goedwerk/load.h"
#include "goedwerk/factors.h"
#include "goedwerk/output.h"
#include "goedwerk/store.h"
#include "goedwerk/alloc.h"
#include "goedwerk/number.h"
#include "commands.h"

static const char usage[] =
	"usage: goedwerk factors [--db PATH] [--out DIR] [--factors K] [--extraction pca|centroid]\n"
	"                        [--rotation varimax|none] [--flags FILE] [--show-sorts]\n"
	"                        [--tolerance X] [--qmethod-compat] [--decimal-comma] [selection]\n"
	"\n"
	"By-person (Q-method) factor analysis of the selected complete sorts: Pearson\n"
	"correlation between sorts, extraction, rotation, automatic flagging as the R\n"
	"package qmethod (|loading| > 1.96/sqrt(cards) and loading^2 > the sort's other\n"
	"squared loadings), factor z-scores and arrays, distinguishing and consensus\n"
	"cards, and the composition of each factor's defining sorts.\n"
	"\n"
	"  --db PATH           the store (default $GOEDWERK_DB or goedwerk.db)\n"
	"  --out DIR           write DIR/tables/factor_*.csv (default out)\n"
	"  --factors K         number of factors (default 3, fewer when the data cannot\n"
	"                      carry 3: the eigenvalue > 1 rule is no guide when sorts\n"
	"                      far outnumber cards, as every eigenvalue then exceeds 1;\n"
	"                      read factor_eigenvalues.csv and choose)\n"
	"  --extraction E      pca (default; exact and linear in the number of sorts) or\n"
	"                      centroid (Brown's method; builds the sorts x sorts matrix,\n"
	"                      so at most 5000 sorts)\n"
	"  --rotation R        varimax (default; Kaiser-normalised, as R's stats::varimax)\n"
	"                      or none\n"
	"  --tolerance X       varimax stops when its criterion grows by less than a\n"
	"                      factor 1 + X (default 1e-5, the rule of R and qmethod;\n"
	"                      smaller goes closer to the optimum)\n"
	"  --flags FILE        manual flags: CSV `sort,factor[,flagged]`; a sort named\n"
	"                      there gets exactly those flags\n"
	"  --show-sorts        name sorts by traject/participant/... in factor_loadings.csv\n"
	"                      (default: neutral s<id>)\n"
	"  --qmethod-compat    reproduce qmethod 1.8.4 exactly: no sign convention and\n"
	"                      its tie rule in factor arrays\n"
	"  --decimal-comma     write numbers with a decimal comma (and ';' between fields)\n"
	"\n"
	"Sorts: --phase individual --perspective professional unless the selection\n"
	"names a phase or perspective (one sort per person).\n"
	"Factors are ordered by explained variance after rotation.  Sign convention: a\n"
	"factor whose defining loadings are mostly negative is flipped (flipped = 1 in\n"
	"factor_characteristics.csv).  Factor arrays: equal z-scores are ranked in card\n"
	"order.  Sorts that leave a card out are left out (counted on stderr).\n"
	"\n";

/* Through the one CSV writer, like analyse's tables. */
static enum gw_status write_tables(const struct factors_tables *ft, const char *out,
				   const struct table_format *fmt)
{
	struct table_set ts = {(struct table **)ft->t, FACTORS_N_TABLES};
	return output_write_tables(&ts, out, fmt, stderr);
}

static void summary(const struct factors_tables *ft, const char *out)
{
	const struct table *c = ft->t[FACTORS_CHARACTERISTICS];
	printf("%zu factors from %zu sorts of %zu people; tables in %s/tables\n", ft->k,
	       ft->n_sorts_used, ft->n_people_used, out);
	printf("factor  defining  variance_share  flipped\n");
	for (size_t r = 0; r < c->nrows; r++) {
		const struct cell *nd = table_cell(c, r, 2), *fl = table_cell(c, r, 4);
		double share = table_get_real(c, r, 6);
		printf("%6zu  %8lld  %14.3f  %7lld\n", r + 1, nd->kind == CELL_INT ? nd->v.i : -1LL,
		       share, fl->kind == CELL_INT ? fl->v.i : 0LL);
	}
}

static int parse_args(int argc, char **argv, struct factors_options *o, struct selection *sel,
		      const char **db, const char **out, struct table_format *fmt, enum gw_status *st)
{
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		int r = cli_parse_selection(argc, argv, &i, sel);
		if (r < 0) {
			*st = GW_EUSAGE;
			return -1;
		}
		if (r > 0)
			continue;
		if (cli_is_help(a)) {
			fputs(usage, stdout);
			fputs(cli_selection_help, stdout);
			*st = GW_OK;
			return 1;
		}
		if (strcmp(a, "--show-sorts") == 0) {
			sel->show_sorts = 1;
			continue;
		}
		if (strcmp(a, "--qmethod-compat") == 0) {
			o->qmethod_compat = 1;
			continue;
		}
		if (strcmp(a, "--decimal-comma") == 0) {
			fmt->decimal_comma = 1;
			continue;
		}
		static const char *const with_value[] = {"--db", "--out", "--factors", "--extraction",
			"--rotation", "--flags", "--tolerance"};
		int known = 0;
		for (size_t k = 0; k < sizeof with_value / sizeof *with_value; k++)
			known |= strcmp(a, with_value[k]) == 0;
		if (!known) {
			*st = cli_usage_error("factors", "unknown option '%s'", a);
			return -1;
		}
		if (i + 1 >= argc) {
			*st = cli_usage_error("factors", "%s needs a value", a);
			return -1;
		}
		const char *v = argv[++i];
		if (!*v && (strcmp(a, "--db") == 0 || strcmp(a, "--out") == 0 ||
			    strcmp(a, "--flags") == 0)) {
			*st = cli_usage_error("factors", "%s needs a path, not an empty one", a);
			return -1;
		}
		long n;
		double x;
		if (strcmp(a, "--db") == 0) {
			*db = v;
		} else if (strcmp(a, "--out") == 0) {
			*out = v;
		} else if (strcmp(a, "--flags") == 0) {
			o->flags_path = v;
		} else if (strcmp(a, "--factors") == 0) {
			if (parse_long(v, &n) != 0 || n < 1 || n > 100) {
				*st = cli_usage_error("factors", "--factors takes a whole number from 1 to 100, not '%s'", v);
				return -1;
			}
			o->n_factors = (size_t)n;
		} else if (strcmp(a, "--extraction") == 0) {
			if (strcmp(v, "pca") && strcmp(v, "centroid")) {
				*st = cli_usage_error("factors", "--extraction is pca or centroid, not '%s'", v);
				return -1;
			}
			o->extraction = v[0] == 'p' ? FACTOR_PCA : FACTOR_CENTROID;
		} else if (strcmp(a, "--rotation") == 0) {
			if (strcmp(v, "varimax") && strcmp(v, "none")) {
				*st = cli_usage_error("factors", "--rotation is varimax or none, not '%s'", v);
				return -1;
			}
			o->rotation = v[0] == 'v' ? FACTOR_VARIMAX : FACTOR_NONE;
		} else {
			if (parse_double(v, &x) != 0 || !(x > 0) || !(x < 1)) {
				*st = cli_usage_error("factors", "--tolerance takes a number between 0 and 1, not '%s'", v);
				return -1;
			}
			o->tolerance = x;
		}
	}
	return 0;
}

enum gw_status cmd_factors(int argc, char **argv)
{
	struct factors_options o;
	struct selection sel;
	struct table_format fmt = {0};
	const char *db = NULL, *out = "out";
	enum gw_status st = GW_OK;
	factors_options_default(&o);
	selection_default(&sel);
	int r = parse_args(argc, argv, &o, &sel, &db, &out, &fmt, &st);
	if (r != 0) {
		free(sel.trajecten);
		return st;
	}
	/* one sort per person unless asked otherwise */
	if (!sel.phase)
		sel.phase = "individual";
	if (!sel.perspective)
		sel.perspective = "professional";
	struct store s;
	st = store_open(&s, store_path(db), 0, stderr);
	if (st == GW_OK) {
		struct dataset ds;
		memset(&ds, 0, sizeof ds);
		st = dataset_load(&s, &sel, &ds, stderr);
		if (st == GW_OK) {
			struct factors_tables ft;
			st = factors_run(&ds, &o, &ft, stderr);
			if (st == GW_OK)
				st = factors_apply_privacy(&ft, &ds, &sel, stderr);
			if (st == GW_OK)
				st = write_tables(&ft, out, &fmt);
			if (st == GW_OK)
				summary(&ft, out);
			factors_tables_free(&ft);
		}
		dataset_free(&ds);
		store_close(&s);
	}
	free(sel.trajecten);
	return st;
}
