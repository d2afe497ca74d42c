/* cmd_analyse.c - `goedwerk analyse`: every table of the registry as CSV. */
#include <stdio.h>
#include "goedwerk/cli.h"
#include "goedwerk/output.h"
#include "commands.h"
#include "pipeline.h"

void analyse_help_tables(FILE *out)
{
	fputs("tables:\n", out);
	for (size_t i = 0; i < analyse_registry_len; i++)
		fprintf(out, "  %-22s %s\n", analyse_registry[i]->name, analyse_registry[i]->doc);
}

enum gw_status cmd_analyse(struct cli_args *a)
{
	struct pipeline p = {.a = a};
	enum gw_status st = pipeline_run(&p);
	if (st == GW_OK) {
		struct table_format fmt = {a->decimal_comma};
		st = output_write_tables(&p.tables, a->out, &fmt, stderr);
	}
	if (st == GW_OK)
		printf("tables: %s/tables (%zu tables, %zu sorts)\n", a->out, p.tables.n, p.ds.n_sorts);
	pipeline_free(&p);
	return st;
}
