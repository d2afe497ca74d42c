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

void analyse_help_tables(FILE *out)
{
	fputs("tables:\n", out);
	for (size_t i = 0; i < analyse_registry_len; i++)
		fprintf(out, "  %-22s %s\n", analyse_registry[i]->name, analyse_registry[i]->doc);
}

/* --table NAME: that table alone, into OUT/tables or (--out -) on stdout. */
static enum gw_status write_one(struct pipeline *p, const struct table_format *fmt)
{
	const struct cli_args *a = p->a;
	struct table *t = (struct table *)table_set_find(&p->tables, a->table);
	if (!t) { /* every registered table is built: a missing one is a bug */
		fprintf(stderr, "goedwerk analyse: table %s was not built\n", a->table);
		return GW_EINTERNAL;
	}
	if (strcmp(a->out, "-") == 0)
		return table_write_csv(t, stdout, fmt) == 0 ? GW_OK : GW_EINTERNAL;
	struct table_set one = {&t, 1};
	return output_write_tables(&one, a->out, fmt, stderr);
}

static enum gw_status write_outputs(struct pipeline *p)
{
	const struct cli_args *a = p->a;
	struct table_format fmt = {a->decimal_comma};
	if (a->table)
		return write_one(p, &fmt);
	enum gw_status st = output_write_tables(&p->tables, a->out, &fmt, stderr);
	if (st == GW_OK && a->xlsx) {
		/* the workbook is Dutch unless --lang en, like the report */
		char *path = xasprintf("%s/tables.xlsx", a->out);
		st = output_write_xlsx(&p->tables, &p->ds, path, a->lang ? GW_LANG_EN : GW_LANG_NL, stderr);
		free(path);
	}
	return st;
}

enum gw_status cmd_analyse(struct cli_args *a)
{
	struct pipeline p = {.a = a};
	enum gw_status st = pipeline_run(&p);
	if (st == GW_OK)
		st = write_outputs(&p);
	if (st == GW_OK && a->table && strcmp(a->out, "-") != 0)
		cli_say(a, "table: %s/tables/%s.csv (%zu sorts)\n", a->out, a->table, p.ds.n_sorts);
	else if (st == GW_OK && !a->table)
		cli_say(a, "tables: %s/tables%s (%zu tables, %zu sorts)\n", a->out,
			a->xlsx ? " and tables.xlsx" : "", p.tables.n, p.ds.n_sorts);
	pipeline_free(&p);
	return st;
}
