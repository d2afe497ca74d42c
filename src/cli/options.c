/* options.c - option parsing shared by the commands: usage errors and the
 * selection options of analyse, report and factors. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/cli.h"
#include "goedwerk/alloc.h"
#include "goedwerk/number.h"
#include "commands.h"

int cli_is_help(const char *arg)
{
	return strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0;
}

enum gw_status cli_usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "goedwerk %s: ", cmd);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n(see 'goedwerk %s --help')\n", cmd);
	return GW_EUSAGE;
}

enum gw_status cli_traject_args(const char *cmd, int argc, char **argv, unsigned takes,
				struct traject_args *a)
{
	memset(a, 0, sizeof *a);
	a->ids = xcalloc((size_t)argc + 1, sizeof *a->ids);
	for (int i = 1; i < argc; i++) {
		if (cli_is_help(argv[i])) {
			a->help = 1;
			return GW_OK;
		}
		if (strcmp(argv[i], "--db") == 0 && i + 1 < argc)
			a->db = argv[++i];
		else if ((takes & TA_DRY_RUN) && strcmp(argv[i], "--dry-run") == 0)
			a->dry_run = 1;
		else if ((takes & TA_OUT) && strcmp(argv[i], "--out") == 0 && i + 1 < argc)
			a->out = argv[++i];
		else if (argv[i][0] == '-' && argv[i][1])
			return cli_usage_error(cmd, "unknown option '%s'", argv[i]);
		else
			a->ids[a->n++] = argv[i];
	}
	if ((takes & TA_OUT) && (!a->out || !*a->out))
		return cli_usage_error(cmd, "name the folder to write with --out DIR");
	if (a->n == 0)
		return cli_usage_error(cmd, "name the trajecten to %s (see 'goedwerk list trajecten')",
				       cmd);
	return GW_OK;
}

const char cli_selection_help[] =
	"selection:\n"
	"  --traject ID        only this traject (repeatable)\n"
	"  --from YEAR         only sorts from this year on\n"
	"  --to YEAR           only sorts up to this year\n"
	"  --phase P           individual | exchange (default: both, tabled apart)\n"
	"  --perspective P     professional | personal (default: both, tabled apart)\n"
	"  --card-set NAME     the card set (default: the one with most sorts)\n"
	"  --min-cell K        suppress statistics of fewer than K people (default 5)\n"
	"  --seed N            seed for resampling; same seed, same output (default 1)\n"
	"  --cooccurrence-by F dilemma_cooccurrence.csv also per org_type, organisation or role\n";

void selection_default(struct selection *sel)
{
	memset(sel, 0, sizeof *sel);
	sel->min_cell = 5;
	sel->seed = 1;
	sel->cooccurrence_by = -1;
}

static int int_value(const char *opt, const char *v, long lo, long hi, long *out)
{
	if (parse_long(v, out) != 0 || *out < lo || *out > hi) {
		fprintf(stderr, "goedwerk: %s takes a whole number from %ld to %ld, not '%s'\n",
			opt, lo, hi, v);
		return -1;
	}
	return 0;
}

int cli_parse_selection(int argc, char **argv, int *i, struct selection *sel)
{
	const char *opt = argv[*i];
	static const char *const with_value[] = {"--traject", "--from", "--to", "--phase",
		"--perspective", "--card-set", "--min-cell", "--seed", "--cooccurrence-by"};
	int known = 0;
	for (size_t k = 0; k < sizeof with_value / sizeof *with_value; k++)
		known |= strcmp(opt, with_value[k]) == 0;
	if (!known)
		return 0;
	if (*i + 1 >= argc) {
		fprintf(stderr, "goedwerk: %s needs a value\n", opt);
		return -1;
	}
	const char *v = argv[++*i];
	long n;
	if (strcmp(opt, "--traject") == 0) {
		sel->trajecten = xrealloc(sel->trajecten, (sel->n_trajecten + 1) * sizeof *sel->trajecten);
		sel->trajecten[sel->n_trajecten++] = v;
	} else if (strcmp(opt, "--from") == 0 || strcmp(opt, "--to") == 0) {
		if (int_value(opt, v, 1900, 2999, &n))
			return -1;
		*(opt[2] == 'f' ? &sel->from_year : &sel->to_year) = (int)n;
	} else if (strcmp(opt, "--phase") == 0) {
		if (strcmp(v, "individual") && strcmp(v, "exchange")) {
			fprintf(stderr, "goedwerk: --phase is individual or exchange, not '%s'\n", v);
			return -1;
		}
		sel->phase = v;
	} else if (strcmp(opt, "--perspective") == 0) {
		if (strcmp(v, "professional") && strcmp(v, "personal")) {
			fprintf(stderr, "goedwerk: --perspective is professional or personal, not '%s'\n", v);
			return -1;
		}
		sel->perspective = v;
	} else if (strcmp(opt, "--card-set") == 0) {
		sel->card_set = v;
	} else if (strcmp(opt, "--cooccurrence-by") == 0) {
		static const int ids[] = {DS_ORG_TYPE, DS_ORGANISATION, DS_ROLE};
		static const char *const names[] = {"org_type", "organisation", "role"};
		sel->cooccurrence_by = -1;
		for (size_t k = 0; k < 3; k++)
			if (strcmp(v, names[k]) == 0)
				sel->cooccurrence_by = ids[k];
		if (sel->cooccurrence_by < 0) {
			fprintf(stderr, "goedwerk: --cooccurrence-by is org_type, organisation or role, "
				"not '%s'\n", v);
			return -1;
		}
	} else if (strcmp(opt, "--min-cell") == 0) {
		if (int_value(opt, v, 1, 1000000, &n))
			return -1;
		sel->min_cell = (int)n;
	} else {
		if (int_value(opt, v, 0, 4294967295L, &n))
			return -1;
		sel->seed = (unsigned long)n;
	}
	return 1;
}
