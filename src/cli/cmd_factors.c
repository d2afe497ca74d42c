/* cmd_factors.c - `goedwerk factors`: the viewpoint typology (by-person
 * Q-method factor analysis) of the selected sorts, written as
 * OUT/tables/factor_*.csv. */
#include <stdio.h>
#include <string.h>
#include "goedwerk/cli.h"
#include "goedwerk/dataset.h"
#include "goedwerk/load.h"
#include "goedwerk/factors.h"
#include "goedwerk/output.h"
#include "goedwerk/store.h"
#include "commands.h"
#include "select.h"

/* Through the one CSV writer, like analyse's tables. */
static enum gw_status write_tables(const struct factors_tables *ft, const char *out,
				   const struct table_format *fmt)
{
	struct table_set ts = {(struct table **)ft->t, FACTORS_N_TABLES};
	return output_write_tables(&ts, out, fmt, stderr);
}

static void summary(const struct factors_tables *ft, const char *out)
{
	const struct table *c = ft->t[FACTORS_CHARACTERISTICS];
	printf("%zu factors from %zu sorts of %zu people; tables in %s/tables\n", ft->k,
	       ft->n_sorts_used, ft->n_people_used, out);
	printf("factor  defining  variance_share  flipped\n");
	for (size_t r = 0; r < c->nrows; r++) {
		const struct cell nd_v = table_cell(c, r, 2), *nd = &nd_v;
		const struct cell fl_v = table_cell(c, r, 4), *fl = &fl_v;
		double share = table_get_real(c, r, 6);
		printf("%6zu  %8lld  %14.3f  %7lld\n", r + 1, nd->kind == CELL_INT ? nd->v.i : -1LL,
		       share, fl->kind == CELL_INT ? fl->v.i : 0LL);
	}
}

enum gw_status cmd_factors(struct cli_args *a)
{
	struct factors_options o;
	struct table_format fmt = {a->decimal_comma};
	factors_options_default(&o);
	o.n_factors = (size_t)a->n_factors;
	o.extraction = a->extraction ? FACTOR_CENTROID : FACTOR_PCA;
	o.rotation = a->rotation ? FACTOR_NONE : FACTOR_VARIMAX;
	o.tolerance = a->tolerance;
	o.flags_path = a->flags_path;
	o.qmethod_compat = a->qmethod_compat;
	o.say_counts = !a->quiet; /* --quiet: only when sorts were left out */
	struct selection sel = a->sel;
	/* one sort per person unless asked otherwise */
	if (!sel.phase)
		sel.phase = "individual";
	if (!sel.perspective)
		sel.perspective = "professional";
	struct store s;
	enum gw_status st = store_open(&s, store_path(a->db), 0, stderr);
	if (st == GW_OK && (st = cli_check_selection(&s, a)) != GW_OK)
		store_close(&s);
	else if (st == GW_OK) {
		struct dataset ds;
		memset(&ds, 0, sizeof ds);
		st = dataset_load(&s, &sel, &ds, stderr);
		if (st == GW_OK) {
			struct factors_tables ft;
			st = factors_run(&ds, &o, &ft, stderr);
			if (st == GW_OK)
				st = factors_apply_privacy(&ft, &ds, &sel, stderr);
			if (st == GW_OK)
				st = write_tables(&ft, a->out, &fmt);
			if (st == GW_OK && !a->quiet)
				summary(&ft, a->out);
			factors_tables_free(&ft);
		}
		dataset_free(&ds);
		store_close(&s);
	}
	return st;
}
