/* cmd_report.c - `goedwerk report`: tables, charts and the HTML report. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/cli.h"
#include "goedwerk/report.h"
#include "commands.h"
#include "pipeline.h"

static void help(void)
{
	printf("usage: goedwerk report [--db PATH] [--out DIR] [--lang nl|en] [--decimal-comma] [--jobs N]\n"
	       "                       [--title T] [--subtitle T] [--author T] [--date T] [selection]\n\n"
	       "Writes OUT/tables/*.csv, OUT/charts/*.{svg,png,pdf}, OUT/report.html (one\n"
	       "self-contained file) and OUT/provenance.json (OUT default: out).\n"
	       "The report is in Dutch unless --lang en.  The same store, options and\n"
	       "--seed give byte-identical files.  --title, --subtitle, --author and\n"
	       "--date set the front matter (default date: the last year in the data).\n\n%s",
	       cli_selection_help);
}

/* --title, --subtitle, --author, --date: the text after it into its field. */
static int front_option(struct report_options *o, int argc, char **argv, int *i)
{
	static const char *const names[] = {"--title", "--subtitle", "--author", "--date"};
	const char **fields[] = {&o->title, &o->subtitle, &o->author, &o->date};
	for (size_t k = 0; k < 4; k++)
		if (strcmp(argv[*i], names[k]) == 0) {
			if (*i + 1 >= argc || !*argv[*i + 1])
				return cli_usage_error("report", "%s needs a text", names[k]), -1;
			*fields[k] = argv[++*i];
			return 1;
		}
	return 0;
}

static int parse_lang(const char *v, enum report_lang *lang)
{
	if (strcmp(v, "nl") == 0)
		*lang = LANG_NL;
	else if (strcmp(v, "en") == 0)
		*lang = LANG_EN;
	else
		return -1;
	return 0;
}

enum gw_status cmd_report(int argc, char **argv)
{
	struct pipeline p = {.cmd = "report", .out = "out"};
	enum report_lang lang = LANG_NL;
	struct report_options front = {0};
	selection_default(&p.sel);
	for (int i = 1; i < argc; i++) {
		if (cli_is_help(argv[i])) {
			help();
			pipeline_free(&p);
			return GW_OK;
		}
		int r;
		if (strcmp(argv[i], "--lang") == 0) {
			r = i + 1 < argc && parse_lang(argv[i + 1], &lang) == 0 ? 1 : -1;
			if (r < 0)
				cli_usage_error("report", "--lang is nl or en");
			i++;
		} else if ((r = front_option(&front, argc, argv, &i)) != 0) {
			/* taken, or refused with a message */
		} else {
			r = pipeline_option(&p, argc, argv, &i);
			if (r == 0)
				r = (cli_usage_error("report", "unknown option '%s'", argv[i]), -1);
		}
		if (r < 0) {
			pipeline_free(&p);
			return GW_EUSAGE;
		}
	}
	enum gw_status st = pipeline_run(&p);
	struct report_options o = {p.out, lang, {p.decimal_comma}, (const char *const *)argv, argc,
				   store_path(p.db), NULL, NULL, 0, front.title, front.subtitle, front.author,
				   front.date};
	if (st == GW_OK)
		st = store_traject_hashes(&p.store, &o.traject_ids, &o.traject_hashes, &o.n_trajecten);
	if (st == GW_OK)
		st = output_write_tables(&p.tables, p.out, &o.fmt, stderr);
	if (st == GW_OK)
		st = report_write(&p.an, &p.tables, &o, stderr);
	if (st == GW_OK)
		printf("report: %s/report.html\n", p.out);
	for (size_t i = 0; i < o.n_trajecten; i++) {
		free(o.traject_ids[i]);
		free(o.traject_hashes[i]);
	}
	free(o.traject_ids);
	free(o.traject_hashes);
	pipeline_free(&p);
	return st;
}
