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

/* Without a workbook (which needs every table at once) each table is
 * written as analyse_run finishes it and then freed; --table NAME keeps
 * that table alone, into OUT/tables or (--out -) on stdout.  Files go into
 * a staging folder (dir) that replaces OUT's tables/ (and tables.xlsx) when
 * all are written; --table replaces its one file. */
struct stream {
	const struct cli_args *a;
	struct table_format fmt;
	size_t n;
	const char *dir;
};

/* One line per table without rows, so that an empty CSV never goes unexplained. */
static void say_if_empty(const struct cli_args *a, const struct table *t)
{
	if (t->nrows == 0) {
		cli_progress(a, 0, 0, NULL); /* clear the bar's line first */
		fprintf(stderr, msg_tr("goedwerk analyse: table %s has no rows: %s\n"), t->name,
			msg_tr(t->empty_reason));
	}
}

static enum gw_status write_one(void *arg, const struct table *t)
{
	struct stream *s = arg;
	const struct cli_args *a = s->a;
	if (a->table && strcmp(a->table, t->name) != 0)
		return GW_OK;
	s->n++;
	say_if_empty(a, t);
	if (a->table && strcmp(a->out, "-") == 0)
		return table_write_csv(t, stdout, &s->fmt) == 0 ? GW_OK : GW_EINTERNAL;
	return output_write_table(t, s->dir, &s->fmt, stderr);
}

static enum gw_status write_outputs(struct pipeline *p, const char *dir)
{
	const struct cli_args *a = p->a;
	struct table_format fmt = {a->decimal_comma};
	enum gw_status st = output_write_tables(&p->tables, dir, &fmt, stderr);
	for (size_t i = 0; st == GW_OK && i < p->tables.n; i++)
		say_if_empty(a, p->tables.v[i]);
	if (st == GW_OK && a->xlsx) {
		/* the workbook is Dutch unless --lang en, like the report */
		char *path = xasprintf("%s/tables.xlsx", dir);
		st = output_write_xlsx(&p->tables, &p->ds, path, a->lang ? GW_LANG_EN : GW_LANG_NL, stderr);
		free(path);
	}
	return st;
}

enum gw_status cmd_analyse(struct cli_args *a)
{
	struct pipeline p = {.a = a};
	struct stream s = {a, {a->decimal_comma}, 0, NULL};
	struct output_stage stage = {0};
	enum gw_status st = pipeline_load(&p);
	int stream = !a->xlsx || a->table; /* --table writes its CSV alone */
	int staged = !(a->table && strcmp(a->out, "-") == 0);
	if (st == GW_OK && staged && (st = output_stage_open(&stage, a->out, stderr)) == GW_OK) {
		stage.merge = a->table != NULL; /* the one table's file, not the folder */
		s.dir = stage.dir;
	}
	if (st == GW_OK && stream) {
		p.an.table_done = write_one;
		p.an.table_done_arg = &s;
		p.an.upto = a->table;
	}
	if (st == GW_OK)
		st = analyse_run(&p.an, &p.tables);
	if (st == GW_OK && !stream)
		st = write_outputs(&p, stage.dir);
	if (st == GW_OK && a->table && s.n == 0) { /* every table is built: a missing one is a bug */
		fprintf(stderr, msg_tr("goedwerk analyse: table %s was not built\n"), a->table);
		st = GW_EINTERNAL;
	}
	if (stage.dir)
		st = output_stage_finish(&stage, st, stderr);
	if (st == GW_OK && a->table && strcmp(a->out, "-") != 0)
		cli_say(a, "table: %s/tables/%s.csv (%zu sorts)\n", a->out, a->table, p.ds.n_sorts);
	else if (st == GW_OK && !a->table)
		cli_say(a, "tables: %s/tables%s (%zu tables, %zu sorts)\n", a->out,
			a->xlsx ? msg_tr(" and tables.xlsx") : "", stream ? s.n : p.tables.n, p.ds.n_sorts);
	pipeline_free(&p);
	return st;
}
