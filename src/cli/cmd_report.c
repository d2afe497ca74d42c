/* cmd_report.c - `goedwerk report`: tables, charts and the HTML report. */
#include <stdio.h>
#include <stdlib.h>
#include "goedwerk/messages.h"
#include "goedwerk/cli.h"
#include "goedwerk/output.h"
#include "goedwerk/report.h"
#include "benchmark.h"
#include "commands.h"
#include "pipeline.h"

enum gw_status cmd_report(struct cli_args *a)
{
	struct pipeline p = {.a = a};
	enum gw_status st = pipeline_run(&p);
	struct report_options o = {a->out, a->lang ? LANG_EN : LANG_NL, {a->decimal_comma},
				   (const char *const *)a->argv, a->argc, store_path(a->db), NULL, NULL, 0,
				   a->title, a->subtitle, a->author, a->date};
	struct output_stage stage = {0};
	if (st == GW_OK)
		st = benchmark_add(&p); /* one organisation or traject: against the rest of the store */
	if (st == GW_OK)
		st = store_traject_hashes(&p.store, &o.traject_ids, &o.traject_hashes, &o.n_trajecten);
	if (st == GW_OK && (st = output_stage_open(&stage, a->out, stderr)) == GW_OK) {
		cli_progress(a, 0, 0, MSG("drawing the charts and writing the report"));
		o.out_dir = stage.dir; /* committed to a->out when all is written */
		st = output_write_tables(&p.tables, stage.dir, &o.fmt, stderr);
		if (st == GW_OK)
			st = report_write(&p.an, &p.tables, &o, stderr);
		cli_progress(a, 0, 0, NULL);
		st = output_stage_finish(&stage, st, stderr);
	}
	if (st == GW_OK)
		cli_say(a, "report: %s/report.html\n", a->out);
	for (size_t i = 0; i < o.n_trajecten; i++) {
		free(o.traject_ids[i]);
		free(o.traject_hashes[i]);
	}
	free(o.traject_ids);
	free(o.traject_hashes);
	pipeline_free(&p);
	return st;
}
