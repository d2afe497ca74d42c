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

static enum gw_status write_outputs(struct pipeline *p)
{
	const struct cli_args *a = p->a;
	struct table_format fmt = {a->decimal_comma};
	enum gw_status st = output_write_tables(&p->tables, a->out, &fmt, stderr);
	if (st == GW_OK && a->xlsx) {
		/* the workbook is Dutch unless --lang en, like the report */
		char *path = xasprintf("%s/tables.xlsx", a->out);
		st = output_write_xlsx(&p->tables, &p->ds, path, a->lang ? GW_LANG_EN : GW_LANG_NL, stderr);
		free(path);
	}
	return st;
}

/* One line per table without rows, so that an empty CSV never goes unexplained. */
static void say_empty_tables(const struct table_set *ts)
{
	for (size_t i = 0; i < ts->n; i++)
		if (ts->v[i]->nrows == 0)
			fprintf(stderr, "goedwerk analyse: table %s has no rows: %s\n", ts->v[i]->name,
				ts->v[i]->empty_reason);
}

enum gw_status cmd_analyse(struct cli_args *a)
{
	struct pipeline p = {.a = a};
	enum gw_status st = pipeline_run(&p);
	if (st == GW_OK)
		st = write_outputs(&p);
	if (st == GW_OK)
		say_empty_tables(&p.tables);
	if (st == GW_OK)
		printf("tables: %s/tables%s (%zu tables, %zu sorts)\n", a->out,
		       a->xlsx ? " and tables.xlsx" : "", p.tables.n, p.ds.n_sorts);
	pipeline_free(&p);
	return st;
}
