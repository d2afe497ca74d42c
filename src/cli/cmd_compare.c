/* cmd_compare.c - `goedwerk compare`: two units side by side (or one
 * against the rest): OUT/tables/compare.csv and OUT/compare.html. */
#include <stdio.h>
#include <string.h>
#include "goedwerk/cli.h"
#include "goedwerk/output.h"
#include "goedwerk/report.h"
#include "commands.h"
#include "pipeline.h"

static void help(void)
{
	printf("usage: goedwerk compare UNIT UNIT | UNIT --against rest [--db PATH] [--out DIR] [selection]\n\n"
	       "UNIT is --organisation NAME, --group TRAJECT/GROUP, --role ROLE or\n"
	       "--unit-traject ID (both of one kind).  Writes OUT/tables/compare.csv and\n"
	       "OUT/compare.html: per card both value profiles and the difference, with\n"
	       "95%% intervals, Mann-Whitney, Cliff's delta and BH q (OUT default: out).\n\n%s",
	       cli_selection_help);
}

static const struct {
	const char *opt;
	int factor;
} kinds[] = {{"--organisation", DS_ORGANISATION}, {"--group", DS_GROUP}, {"--role", DS_ROLE},
	     {"--unit-traject", DS_TRAJECT}};

/* 1 taken, 0 not a unit option, -1 bad. */
static int unit_option(int argc, char **argv, int *i, struct compare_side *side, int *n)
{
	for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++)
		if (strcmp(argv[*i], kinds[k].opt) == 0) {
			if (*i + 1 >= argc || *n >= 2)
				return cli_usage_error("compare", "%s needs a name (two units at most)", argv[*i]), -1;
			side[*n].factor = kinds[k].factor;
			side[(*n)++].level = argv[++*i];
			return 1;
		}
	if (strcmp(argv[*i], "--against") == 0) {
		if (*i + 1 >= argc || strcmp(argv[*i + 1], "rest") != 0 || *n != 1)
			return cli_usage_error("compare", "--against rest follows one unit"), -1;
		side[1] = (struct compare_side){side[0].factor, NULL};
		*n = 2;
		++*i;
		return 1;
	}
	return 0;
}

/* Names the levels of the factor when name is not one of them. */
static void unknown(const struct dataset *ds, const struct compare_side *s)
{
	const struct ds_factor *f = &ds->f[s->factor];
	fprintf(stderr, "goedwerk compare: no %s '%s' in the selection; stored:", f->name, s->level);
	for (size_t l = 0; l < f->n_levels && l < 12; l++)
		fprintf(stderr, "%s '%s'", l ? "," : "", f->levels[l]);
	fprintf(stderr, "%s\n", f->n_levels > 12 ? ", ..." : "");
}

static enum gw_status run(struct pipeline *p, const struct compare_side *side)
{
	enum gw_status st = pipeline_load(p);
	struct table *t = NULL;
	if (st == GW_OK)
		st = analyse_compare(&p->an, side, &t);
	if (st == GW_EUSAGE)
		for (int x = 0; x < 2; x++)
			if (side[x].level && ds_level_code(&p->ds.f[side[x].factor], side[x].level) < 0)
				unknown(&p->ds, &side[x]);
	if (st != GW_OK)
		return st;
	struct table_set ts = {&t, 1};
	struct table_format fmt = {p->decimal_comma};
	st = output_write_tables(&ts, p->out, &fmt, stderr);
	if (st == GW_OK)
		st = report_compare_html(p->an.ds, t, side[0].level,
					 side[1].level ? side[1].level : "de rest", p->out, stderr);
	if (st == GW_OK)
		printf("compare: %s/compare.html\n", p->out);
	table_free(t);
	return st;
}

enum gw_status cmd_compare(int argc, char **argv)
{
	struct pipeline p = {.cmd = "compare", .out = "out"};
	struct compare_side side[2] = {{0, NULL}, {0, NULL}};
	int n = 0;
	selection_default(&p.sel);
	for (int i = 1; i < argc; i++) {
		if (cli_is_help(argv[i])) {
			help();
			pipeline_free(&p);
			return GW_OK;
		}
		int r = unit_option(argc, argv, &i, side, &n);
		if (r == 0)
			r = pipeline_option(&p, argc, argv, &i);
		if (r == 0)
			r = (cli_usage_error("compare", "unknown option '%s'", argv[i]), -1);
		if (r < 0) {
			pipeline_free(&p);
			return GW_EUSAGE;
		}
	}
	if (n != 2 || (side[1].level && side[0].factor != side[1].factor)) {
		cli_usage_error("compare", "give two units of one kind, or one and --against rest");
		pipeline_free(&p);
		return GW_EUSAGE;
	}
	enum gw_status st = run(&p, side);
	pipeline_free(&p);
	return st;
}
