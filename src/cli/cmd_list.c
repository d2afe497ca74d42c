/* cmd_list.c - `goedwerk list`: what the store holds, as counts.  The
 * participant counts pass through the privacy engine like every table. */
#include <stdio.h>
#include <string.h>
#include "goedwerk/messages.h"
#include "goedwerk/analyse.h"
#include "goedwerk/privacy.h"
#include "goedwerk/store.h"
#include "goedwerk/table.h"
#include "goedwerk/cli.h"
#include "commands.h"

/* The listings of counts of people, each with its privacy declaration:
 * the rows of one traject (or of the whole store) are disjoint parts of a
 * total that `list trajecten` shows, so suppressed rows are cells of a
 * table with a total. */
static const char *const by_traject[] = {"traject", NULL};
static const struct counted_listing {
	const char *what;
	struct privacy_decl privacy;
} counted[] = {
	{"participants", {.rule = {{.unit = PRIVACY_PEOPLE, .count = "participants",
				    .universe = by_traject, .rows_add_up = 1}}}},
	{"organisations", {.rule = {{.unit = PRIVACY_PEOPLE, .count = "participants",
				     .rows_add_up = 1}}}},
	{"groups", {.rule = {{.unit = PRIVACY_PEOPLE, .count = "participants",
			      .universe = by_traject, .rows_add_up = 1}}}},
	{"tables", {.rule = {{.unit = PRIVACY_PEOPLE, .count = "members", .universe = by_traject,
			      .rows_add_up = 1}}}},
};
#define N_COUNTED (sizeof counted / sizeof *counted)

static void print_cell(const struct table *t, size_t r, size_t c)
{
	const struct cell x_v = table_cell(t, r, c), *x = &x_v;
	if (x->kind == CELL_TEXT)
		fputs(x->v.text, stdout);
	else if (x->kind == CELL_INT)
		printf("%lld", x->v.i);
}

static void print_table(const struct table *t)
{
	for (size_t c = 0; c < t->col_suppressed; c++)
		printf("%s\t", t->cols[c].name);
	puts("note");
	for (size_t r = 0; r < t->nrows; r++) {
		for (size_t c = 0; c < t->col_suppressed; c++) {
			print_cell(t, r, c);
			putchar('\t');
		}
		print_cell(t, r, t->col_note);
		putchar('\n');
	}
}

static enum gw_status list_counted(struct store *s, const struct counted_listing *k,
				   const struct cli_args *a)
{
	struct table *t;
	enum gw_status st = store_counts(s, k->what, &t);
	if (st != GW_OK)
		return st;
	struct analysis an = {.sel = &a->sel, .err = stderr};
	if (!a->show_small)
		st = privacy_apply(&k->privacy, t, &an);
	size_t hidden = 0;
	for (size_t r = 0; r < t->nrows; r++)
		hidden += (size_t)table_is_suppressed(t, r);
	if (st == GW_OK)
		print_table(t);
	if (st == GW_OK && a->show_small)
		fprintf(stderr, msg_tr("goedwerk: --show-small: counts of fewer than %d people are shown; "
				       "this listing is for the data owner, do not pass it on\n"),
			a->sel.min_cell);
	else if (st == GW_OK && hidden && !a->quiet)
		fprintf(stderr, msg_tr("goedwerk: %zu of %zu counts left empty (fewer than %d people, or "
				       "they would give such a count away); --show-small shows them to "
				       "the data owner\n"), hidden, t->nrows, a->sel.min_cell);
	table_free(t);
	return st;
}

enum gw_status cmd_list(struct cli_args *a)
{
	const char *what = a->n_operands ? a->operands[0] : "trajecten";
	if (a->n_operands > 1)
		return cli_usage_error("list", "list one thing at a time, not '%s' and '%s'",
				       a->operands[0], a->operands[1]);
	const struct counted_listing *k = NULL;
	for (size_t i = 0; i < N_COUNTED; i++)
		if (strcmp(what, counted[i].what) == 0)
			k = &counted[i];
	if (!k && strcmp(what, "trajecten") && strcmp(what, "cards") && strcmp(what, "tags"))
		return cli_usage_error("list", "cannot list '%s' (expected trajecten, cards, tags, "
				       "participants, organisations, groups or tables)", what);
	struct store s;
	enum gw_status st = store_open(&s, store_path(a->db), 0, stderr);
	if (st != GW_OK)
		return st;
	st = k ? list_counted(&s, k, a) : store_list(&s, what, stdout);
	store_close(&s);
	return st;
}
