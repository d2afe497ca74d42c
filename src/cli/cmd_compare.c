/* cmd_compare.c - `goedwerk compare`: two units side by side (or one
 * against the rest): OUT/tables/compare.csv and OUT/compare.html. */
#include <stdio.h>
#include <string.h>
#include "goedwerk/messages.h"
#include "goedwerk/cli.h"
#include "goedwerk/output.h"
#include "goedwerk/report.h"
#include "commands.h"
#include "pipeline.h"

/* Names the levels of the factor when name is not one of them. */
static void unknown(const struct dataset *ds, const struct compare_side *s)
{
	const struct ds_factor *f = &ds->f[s->factor];
	fprintf(stderr, msg_tr("goedwerk compare: no %s '%s' in the selection; stored:"), f->name,
		s->level);
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
	struct table_format fmt = {p->a->decimal_comma};
	st = output_write_tables(&ts, p->a->out, &fmt, stderr);
	if (st == GW_OK)
		st = report_compare_html(p->an.ds, t, side[0].level,
					 side[1].level ? side[1].level : "de rest", p->a->out, stderr);
	if (st == GW_OK)
		cli_say(p->a, "compare: %s/compare.html\n", p->a->out);
	table_free(t);
	return st;
}

/* The units as given (options.c, CLI_UNITS); the selection is untouched. */
static int units(const struct cli_args *a, struct compare_side *side)
{
	int n = a->n_units;
	for (int k = 0; k < n; k++)
		side[k] = (struct compare_side){a->unit_factor[k], a->unit_level[k]};
	if (a->against_rest && n == 1) {
		side[1] = (struct compare_side){side[0].factor, NULL};
		n = 2;
	} else if (a->against_rest) {
		return 0;
	}
	return n == 2 && (!side[1].level || side[0].factor == side[1].factor);
}

enum gw_status cmd_compare(struct cli_args *a)
{
	struct compare_side side[2] = {{0, NULL}, {0, NULL}};
	if (!units(a, side))
		return cli_usage_error("compare", "give two units of one kind, or one and --against rest");
	struct pipeline p = {.a = a};
	enum gw_status st = run(&p, side);
	pipeline_free(&p);
	return st;
}
