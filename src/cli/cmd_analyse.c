/* cmd_analyse.c - `goedwerk analyse`: every table of the registry as CSV. */
#include <stdio.h>
#include <string.h>
#include "goedwerk/cli.h"
#include "goedwerk/output.h"
#include "commands.h"
#include "pipeline.h"

static void help(void)
{
	printf("usage: goedwerk analyse [--db PATH] [--out DIR] [--decimal-comma] [--jobs N] [selection]\n\n"
	       "Computes every table and writes OUT/tables/NAME.csv (OUT default: out).\n"
	       "Probabilities are fractions (0..1); numbers at full precision with a\n"
	       "decimal point (--decimal-comma: decimal comma and ';' between fields).\n"
	       "Rows describing fewer than --min-cell people are left empty and marked in\n"
	       "the 'suppressed' column; 'note' says why a cell is empty.\n"
	       "--jobs N builds N tables at once (default: one per core); the output is\n"
	       "the same for every N.\n\n%s\ntables:\n",
	       cli_selection_help);
	for (size_t i = 0; i < analyse_registry_len; i++)
		printf("  %-22s %s\n", analyse_registry[i]->name, analyse_registry[i]->doc);
}

enum gw_status cmd_analyse(int argc, char **argv)
{
	struct pipeline p = {.cmd = "analyse", .out = "out"};
	selection_default(&p.sel);
	for (int i = 1; i < argc; i++) {
		if (cli_is_help(argv[i])) {
			help();
			pipeline_free(&p);
			return GW_OK;
		}
		int r = pipeline_option(&p, argc, argv, &i);
		if (r == 0)
			r = (cli_usage_error("analyse", "unknown option '%s'", argv[i]), -1);
		if (r < 0) {
			pipeline_free(&p);
			return GW_EUSAGE;
		}
	}
	enum gw_status st = pipeline_run(&p);
	if (st == GW_OK) {
		struct table_format fmt = {p.decimal_comma};
		st = output_write_tables(&p.tables, p.out, &fmt, stderr);
	}
	if (st == GW_OK)
		printf("tables: %s/tables (%zu tables, %zu sorts)\n", p.out, p.tables.n, p.ds.n_sorts);
	pipeline_free(&p);
	return st;
}
