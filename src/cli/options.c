/* options.c - the one option table of every command.
 *
 * How to add an option: add a field to struct cli_args (include/goedwerk/
 * cli.h) and one row below, in the group whose commands take it (a new
 * group: a bit in enum cli_group, its heading in cli_group_heading[], and
 * the bit in the mask of the commands in src/cli/commands.c that take it).
 * Pick the kind that fits: CLI_FLAG (int = 1), CLI_STRING, CLI_INT with a
 * range, CLI_CHOICE / CLI_WORD with a NULL-terminated list of the allowed
 * words, or CLI_CALL with a setter returning NULL or what the value should
 * be ("takes ..."; the parser adds "--opt ..., not 'VALUE'").  Defaults go in
 * cli_args_init().  Nothing else: `--opt V` and `--opt=V`, usage errors,
 * "did you mean", --help and the man page follow from the row.  The help
 * text is lines of at most 56 characters separated by '\n'. */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/cli.h"
#include "goedwerk/alloc.h"
#include "goedwerk/messages.h"
#include "goedwerk/number.h"
#include "goedwerk/analyse.h"
#include "goedwerk/textdist.h"
#include <stdio.h>

const char *const cli_group_heading[CLI_N_GROUPS] = {
	"reading bundles", "storing", "listing", "output", "workbook", "table options", "report",
	"factor analysis", "selection", "privacy", "common options", "goedwerk options",
	"changing the store", "units to compare", "speed", "manual", "one table",
};

#define OFF(field) offsetof(struct cli_args, field)

static void push(const char ***v, size_t *n, const char *s)
{
	*v = xrealloc(*v, (*n + 1) * sizeof **v);
	(*v)[(*n)++] = s;
}

static const char *set_traject(struct cli_args *a, const char *v)
{
	push(&a->sel.trajecten, &a->sel.n_trajecten, v);
	return NULL;
}

static const char *set_organisation(struct cli_args *a, const char *v)
{
	push(&a->sel.organisations, &a->sel.n_organisations, v);
	return NULL;
}

static const char *set_org_type(struct cli_args *a, const char *v)
{
	push(&a->sel.org_types, &a->sel.n_org_types, v);
	return NULL;
}

static const char *set_out(struct cli_args *a, const char *v)
{
	if (!*v)
		return MSG("takes a folder name"); /* "" would write into / */
	a->out = v;
	a->out_given = 1;
	return NULL;
}

static const char *set_db(struct cli_args *a, const char *v)
{
	if (!*v)
		return MSG("takes the path of a store");
	a->db = v;
	return NULL;
}

/* A table of the registry, or the nearest names. */
static const char *set_table(struct cli_args *a, const char *v)
{
	static char why[160];
	const char *names[256];
	size_t n = 0, pick[2];
	for (; n < analyse_registry_len && n < 256; n++)
		if (strcmp(v, (names[n] = analyse_registry[n]->name)) == 0) {
			a->table = names[n];
			return NULL;
		}
	size_t k = text_nearest(v, names, n, pick, 2);
	snprintf(why, sizeof why, "takes a table of 'goedwerk analyse --help'%s%s%s%s%s", k ? " (did you mean " : "",
		 k ? names[pick[0]] : "", k > 1 ? " or " : "", k > 1 ? names[pick[1]] : "", k ? "?)" : "");
	return why;
}

static const char *set_seed(struct cli_args *a, const char *v)
{
	long n;
	if (parse_long(v, &n) != 0 || n < 0 || n > 4294967295L)
		return MSG("takes a whole number from 0 to 4294967295");
	a->sel.seed = (unsigned long)n;
	return NULL;
}

static const char *set_tolerance(struct cli_args *a, const char *v)
{
	double x;
	if (parse_double(v, &x) != 0 || !(x > 0) || !(x < 1))
		return MSG("takes a number between 0 and 1");
	a->tolerance = x;
	return NULL;
}


/* compare's units: rows of their own, before the selection's, so that
 * compare's --organisation names a unit and the selection stays whole. */
static const char *add_unit(struct cli_args *a, int factor, const char *v)
{
	if (a->n_units >= 2)
		return MSG("names a second unit at most");
	a->unit_factor[a->n_units] = factor;
	a->unit_level[a->n_units++] = v;
	return NULL;
}

static const char *set_unit_organisation(struct cli_args *a, const char *v)
{
	return add_unit(a, DS_ORGANISATION, v);
}

static const char *set_unit_group(struct cli_args *a, const char *v)
{
	return add_unit(a, DS_GROUP, v);
}

static const char *set_unit_role(struct cli_args *a, const char *v)
{
	return add_unit(a, DS_ROLE, v);
}

static const char *set_unit_traject(struct cli_args *a, const char *v)
{
	return add_unit(a, DS_TRAJECT, v);
}

static const char *set_against(struct cli_args *a, const char *v)
{
	if (strcmp(v, "rest") != 0)
		return MSG("takes the word rest");
	a->against_rest = 1;
	return NULL;
}

/* --lang: the report and workbook are Dutch unless en (a->lang 1); messages
 * follow --lang when given, else the environment (main). */
static const char *set_lang(struct cli_args *a, const char *v)
{
	enum gw_lang l;
	if (gw_lang_parse(v, &l) != 0)
		return MSG("is nl or en");
	a->lang = l == GW_LANG_EN;
	msg_set_lang(l);
	return NULL;
}

static const char *const phases[] = {"individual", "exchange", NULL};
static const char *const perspectives[] = {"professional", "personal", NULL};
static const char *const cooc_names[] = {"org_type", "organisation", "role", NULL};
static const int cooc_ids[] = {DS_ORG_TYPE, DS_ORGANISATION, DS_ROLE};
static const char *const formats[] = {"csv", "xlsx", NULL};
static const char *const extractions[] = {"pca", "centroid", NULL};
static const char *const rotations[] = {"varimax", "none", NULL};

const struct cli_option cli_options[] = {
	{"strict", 0, NULL, CLI_READ, CLI_FLAG, OFF(strict), 0, 0, NULL, NULL, NULL,
	 "a sort that breaks a forced distribution is an error\n(by default a warning)"},
	{"replace", 0, NULL, CLI_INGEST, CLI_FLAG, OFF(replace), 0, 0, NULL, NULL, NULL,
	 "replace trajecten that are stored with other data"},
	{"show-small", 0, NULL, CLI_LIST, CLI_FLAG, OFF(show_small), 0, 0, NULL, NULL, NULL,
	 "show every count: for the data owner only, never to\npass on"},
	{"dry-run", 0, NULL, CLI_CHANGE, CLI_FLAG, OFF(dry_run), 0, 0, NULL, NULL, NULL,
	 "say what would change; change nothing"},
	{"jobs", 0, "N", CLI_JOBS, CLI_INT, OFF(jobs), 1, 256, NULL, NULL, NULL,
	 "build N tables at once (default: one per core); the\noutput is the same for every N"},
	{"title", 0, "T", CLI_REPORT, CLI_STRING, OFF(title), 0, 0, NULL, NULL, NULL,
	 "the report's title"},
	{"subtitle", 0, "T", CLI_REPORT, CLI_STRING, OFF(subtitle), 0, 0, NULL, NULL, NULL,
	 "its subtitle"},
	{"author", 0, "T", CLI_REPORT, CLI_STRING, OFF(author), 0, 0, NULL, NULL, NULL,
	 "its author"},
	{"date", 0, "T", CLI_REPORT, CLI_STRING, OFF(date), 0, 0, NULL, NULL, NULL,
	 "its date (default: the last year in the data)"},
	{"organisation", 0, "NAME", CLI_UNITS, CLI_CALL, 0, 0, 0, NULL, NULL, set_unit_organisation,
	 "an organisation to compare"},
	{"group", 0, "TRAJECT/GROUP", CLI_UNITS, CLI_CALL, 0, 0, 0, NULL, NULL, set_unit_group,
	 "a group to compare"},
	{"role", 0, "ROLE", CLI_UNITS, CLI_CALL, 0, 0, 0, NULL, NULL, set_unit_role,
	 "a role to compare"},
	{"unit-traject", 0, "ID", CLI_UNITS, CLI_CALL, 0, 0, 0, NULL, NULL, set_unit_traject,
	 "a traject to compare"},
	{"against", 0, "rest", CLI_UNITS, CLI_CALL, 0, 0, 0, NULL, NULL, set_against,
	 "compare the one unit against all other selected sorts"},
	{"out", 0, "DIR", CLI_OUTPUT, CLI_CALL, 0, 0, 0, NULL, NULL, set_out,
	 "write DIR/tables/NAME.csv (default out); analyse\n--table NAME --out -: that table on stdout"},
	{"table", 0, "NAME", CLI_ONE, CLI_CALL, 0, 0, 0, NULL, NULL, set_table,
	 "write only table NAME (see the list below); every table\nis still computed, as suppression in one table\ndepends on the others"},
	{"decimal-comma", 0, NULL, CLI_OUTPUT, CLI_FLAG, OFF(decimal_comma), 0, 0, NULL, NULL, NULL,
	 "write numbers with a decimal comma (and ';' between\nfields)"},
	{"cooccurrence-by", 0, "F", CLI_TABLES, CLI_CHOICE, OFF(sel.cooccurrence_by), 0, 0,
	 cooc_names, cooc_ids, NULL,
	 "dilemma_cooccurrence.csv also per org_type,\norganisation or role"},
	{"format", 0, "F", CLI_FORMAT, CLI_CHOICE, OFF(xlsx), 0, 0, formats, NULL, NULL,
	 "csv (default) or xlsx: also OUT/tables.xlsx, a sheet per\n"
	 "table, headers and card labels in Dutch (--lang en:\nEnglish); the CSVs stay the reference"},
	{"lang", 0, "L", CLI_GLOBAL, CLI_CALL, 0, 0, 0, NULL, NULL, set_lang,
	 "nl or en: the language of the report and the workbook\n"
	 "(default nl) and of messages (default en, or nl when\nLANG is Dutch)"},
	{"factors", 0, "K", CLI_FACTORS, CLI_INT, OFF(n_factors), 1, 100, NULL, NULL, NULL,
	 "number of factors (default 3, fewer when the data cannot\n"
	 "carry 3: the eigenvalue > 1 rule is no guide when sorts\n"
	 "far outnumber cards, as every eigenvalue then exceeds 1;\n"
	 "read factor_eigenvalues.csv and choose)"},
	{"extraction", 0, "E", CLI_FACTORS, CLI_CHOICE, OFF(extraction), 0, 0, extractions, NULL, NULL,
	 "pca (default; exact and linear in the number of sorts) or\n"
	 "centroid (Brown's method; builds the sorts x sorts matrix,\nso at most 5000 sorts)"},
	{"rotation", 0, "R", CLI_FACTORS, CLI_CHOICE, OFF(rotation), 0, 0, rotations, NULL, NULL,
	 "varimax (default; Kaiser-normalised, as R's stats::varimax)\nor none"},
	{"tolerance", 0, "X", CLI_FACTORS, CLI_CALL, 0, 0, 0, NULL, NULL, set_tolerance,
	 "varimax stops when its criterion grows by less than a\n"
	 "factor 1 + X (default 1e-5, the rule of R and qmethod;\nsmaller goes closer to the optimum)"},
	{"flags", 0, "FILE", CLI_FACTORS, CLI_STRING, OFF(flags_path), 0, 0, NULL, NULL, NULL,
	 "manual flags: CSV `sort,factor[,flagged]`; a sort named\nthere gets exactly those flags"},
	{"show-sorts", 0, NULL, CLI_FACTORS, CLI_FLAG, OFF(sel.show_sorts), 0, 0, NULL, NULL, NULL,
	 "name sorts by traject/participant/... in\nfactor_loadings.csv (default: neutral s<id>)"},
	{"qmethod-compat", 0, NULL, CLI_FACTORS, CLI_FLAG, OFF(qmethod_compat), 0, 0, NULL, NULL, NULL,
	 "reproduce qmethod 1.8.4 exactly: no sign convention and\nits tie rule in factor arrays"},
	{"traject", 0, "ID", CLI_SELECT, CLI_CALL, 0, 0, 0, NULL, NULL, set_traject,
	 "only this traject (repeatable)"},
	{"organisation", 0, "NAME", CLI_SELECT, CLI_CALL, 0, 0, 0, NULL, NULL, set_organisation,
	 "only trajecten of this organisation (repeatable)"},
	{"org-type", 0, "T", CLI_SELECT, CLI_CALL, 0, 0, 0, NULL, NULL, set_org_type,
	 "only trajecten of this type of organisation (repeatable)"},
	{"from", 0, "YEAR", CLI_SELECT, CLI_INT, OFF(sel.from_year), 1900, 2999, NULL, NULL, NULL,
	 "only sorts from this year on"},
	{"to", 0, "YEAR", CLI_SELECT, CLI_INT, OFF(sel.to_year), 1900, 2999, NULL, NULL, NULL,
	 "only sorts up to this year"},
	{"phase", 0, "P", CLI_SELECT, CLI_WORD, OFF(sel.phase), 0, 0, phases, NULL, NULL,
	 "individual | exchange (default: both, tabled apart)"},
	{"perspective", 0, "P", CLI_SELECT, CLI_WORD, OFF(sel.perspective), 0, 0, perspectives, NULL,
	 NULL, "professional | personal (default: both, tabled apart)"},
	{"card-set", 0, "NAME", CLI_SELECT, CLI_STRING, OFF(sel.card_set), 0, 0, NULL, NULL, NULL,
	 "the card set (default: the one with most sorts)"},
	{"seed", 0, "N", CLI_SELECT, CLI_CALL, 0, 0, 0, NULL, NULL, set_seed,
	 "seed for resampling; same seed, same output (default 1)"},
	{"min-cell", 0, "K", CLI_PRIVACY, CLI_INT, OFF(sel.min_cell), 1, 1000000, NULL, NULL, NULL,
	 "suppress statistics of fewer than K people (default 5)"},
	{"db", 0, "PATH", CLI_GLOBAL, CLI_CALL, 0, 0, 0, NULL, NULL, set_db,
	 "the store (default: $GOEDWERK_DB, else goedwerk.db)"},
	{"quiet", 'q', NULL, CLI_GLOBAL, CLI_FLAG, OFF(quiet), 0, 0, NULL, NULL, NULL,
	 "no progress bar and no summary lines (\"tables: ...\");\nwarnings and errors still"},
	{"help", 'h', NULL, CLI_GLOBAL, CLI_FLAG, OFF(help), 0, 0, NULL, NULL, NULL, "this help"},
	{"man", 0, NULL, CLI_MANUAL, CLI_FLAG, OFF(man), 0, 0, NULL, NULL, NULL,
	 "print the manual page goedwerk.1 (roff), made from the\nhelp of every command"},
	{"version", 0, NULL, CLI_TOP, CLI_FLAG, OFF(version), 0, 0, NULL, NULL, NULL,
	 "print the version"},
};
const size_t cli_options_len = sizeof cli_options / sizeof cli_options[0];

void cli_args_init(struct cli_args *a, int argc, char **argv)
{
	memset(a, 0, sizeof *a);
	a->argc = argc;
	a->argv = argv;
	a->operands = xcalloc((size_t)argc + 1, sizeof *a->operands);
	a->out = "out";
	selection_default(&a->sel);
}

void cli_args_free(struct cli_args *a)
{
	free(a->operands);
	free(a->sel.trajecten);
	free(a->sel.organisations);
	free(a->sel.org_types);
}

void selection_default(struct selection *sel)
{
	memset(sel, 0, sizeof *sel);
	sel->min_cell = 5;
	sel->seed = 1;
	sel->cooccurrence_by = -1;
}
