/* cmd_analyse.c - `goedwerk analyse`: every table of the registry as CSV,
 * and with --format xlsx as one workbook besides. */
#include <stdio.h>
#include <stdlib.h>
#include "goedwerk/alloc.h"
#include "goedwerk/cli.h"
#include "goedwerk/messages.h"
#include "goedwerk/output.h"
#include "commands.h"
#include "pipeline.h"

void analyse_help_tables(FILE *out)
{
	fputs("tables:\n", out);
	for (size_t i = 0; i < analyse_registry_len; i++)
		fprintf(out, "  %-22s %s\n", analyse_registry[i]->name, analyse_registry[i]->doc);
}

/* Into a staging folder, committed when every file is written. */
static enum gw_status write_outputs(struct pipeline *p)
{
	const struct cli_args *a = p->a;
	struct table_format fmt = {a->decimal_comma};
	struct output_stage stage;
	enum gw_status st = output_stage_open(&stage, a->out, stderr);
	if (st != GW_OK)
		return st;
	st = output_write_tables(&p->tables, stage.dir, &fmt, stderr);
	if (st == GW_OK && a->xlsx) {
		/* the workbook is Dutch unless --lang en, like the report */
		char *path = xasprintf("%s/tables.xlsx", stage.dir);
		st = output_write_xlsx(&p->tables, &p->ds, path, a->lang ? GW_LANG_EN : GW_LANG_NL, stderr);
		free(path);
	}
	return output_stage_finish(&stage, st, stderr);
}

enum gw_status cmd_analyse(struct cli_args *a)
{
	struct pipeline p = {.a = a};
	enum gw_status st = pipeline_run(&p);
	if (st == GW_OK)
		st = write_outputs(&p);
	if (st == GW_OK)
		printf("tables: %s/tables%s (%zu tables, %zu sorts)\n", a->out,
		       a->xlsx ? " and tables.xlsx" : "", p.tables.n, p.ds.n_sorts);
	pipeline_free(&p);
	return st;
}
