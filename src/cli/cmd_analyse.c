/* cmd_analyse.c - `goedwerk analyse`: every table of the registry as CSV,
 * and with --format xlsx as one workbook besides. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "goedwerk/cli.h"
#include "goedwerk/messages.h"
#include "goedwerk/output.h"
#include "commands.h"
#include "pipeline.h"

static void help(void)
{
	printf("usage: goedwerk analyse [--db PATH] [--out DIR] [--decimal-comma] [--format csv|xlsx]\n"
	       "                        [--lang nl|en] [selection]\n\n"
	       "Computes every table and writes OUT/tables/NAME.csv (OUT default: out).\n"
	       "--format xlsx also writes OUT/tables.xlsx: a sheet per table, headers and\n"
	       "card labels in Dutch (--lang en: English); the CSVs stay the reference.\n"
	       "Probabilities are fractions (0..1); numbers at full precision with a\n"
	       "decimal point (--decimal-comma: decimal comma and ';' between fields).\n"
	       "Rows describing fewer than --min-cell people are left empty and marked in\n"
	       "the 'suppressed' column; 'note' says why a cell is empty.\n\n%s\ntables:\n",
	       cli_selection_help);
	for (size_t i = 0; i < analyse_registry_len; i++)
		printf("  %-22s %s\n", analyse_registry[i]->name, analyse_registry[i]->doc);
}

struct analyse_opts {
	int xlsx;
	enum gw_lang lang;
};

/* --format and --lang: 1 taken, 0 not ours, -1 bad (message printed). */
static int analyse_option(struct analyse_opts *o, int argc, char **argv, int *i)
{
	const char *a = argv[*i];
	int format = strcmp(a, "--format") == 0;
	if (!format && strcmp(a, "--lang") != 0)
		return 0;
	const char *v = *i + 1 < argc ? argv[++*i] : "";
	if (format && (strcmp(v, "csv") == 0 || strcmp(v, "xlsx") == 0))
		o->xlsx = v[0] == 'x';
	else if (format)
		return cli_usage_error("analyse", "--format is csv or xlsx"), -1;
	else if (gw_lang_parse(v, &o->lang) != 0)
		return cli_usage_error("analyse", "--lang is nl or en"), -1;
	return 1;
}

static enum gw_status write_outputs(struct pipeline *p, const struct analyse_opts *o)
{
	struct table_format fmt = {p->decimal_comma};
	enum gw_status st = output_write_tables(&p->tables, p->out, &fmt, stderr);
	if (st == GW_OK && o->xlsx) {
		char *path = xasprintf("%s/tables.xlsx", p->out);
		st = output_write_xlsx(&p->tables, &p->ds, path, o->lang, stderr);
		free(path);
	}
	return st;
}

enum gw_status cmd_analyse(int argc, char **argv)
{
	struct pipeline p = {.cmd = "analyse", .out = "out"};
	struct analyse_opts o = {0, GW_LANG_NL}; /* the workbook is Dutch unless --lang en, like the report */
	selection_default(&p.sel);
	for (int i = 1; i < argc; i++) {
		if (cli_is_help(argv[i])) {
			help();
			pipeline_free(&p);
			return GW_OK;
		}
		int r = analyse_option(&o, argc, argv, &i);
		if (r == 0)
			r = pipeline_option(&p, argc, argv, &i);
		if (r == 0)
			r = (cli_usage_error("analyse", "unknown option '%s'", argv[i]), -1);
		if (r < 0) {
			pipeline_free(&p);
			return GW_EUSAGE;
		}
	}
	enum gw_status st = pipeline_run(&p);
	if (st == GW_OK)
		st = write_outputs(&p, &o);
	if (st == GW_OK)
		printf("tables: %s/tables%s (%zu tables, %zu sorts)\n", p.out,
		       o.xlsx ? " and tables.xlsx" : "", p.tables.n, p.ds.n_sorts);
	pipeline_free(&p);
	return st;
}
