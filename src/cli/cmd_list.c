/* cmd_list.c - `goedwerk list`: what the store holds, as counts.  The
 * participant counts pass through the privacy engine like every table. */
#include <stdio.h>
#include <string.h>
#include "goedwerk/analyse.h"
#include "goedwerk/privacy.h"
#include "goedwerk/store.h"
#include "goedwerk/table.h"
#include "goedwerk/cli.h"
#include "commands.h"

/* The rows of one traject add up to its participants, which `list
 * trajecten` shows: suppressed rows are a table with a total. */
static const char *const by_traject[] = {"traject", NULL};
static const struct privacy_decl participants_privacy = {
	.rule = {{.unit = PRIVACY_PEOPLE, .count = "participants", .universe = by_traject,
		  .rows_add_up = 1}}};

static void print_cell(const struct table *t, size_t r, size_t c)
{
	const struct cell x_v = table_cell(t, r, c), *x = &x_v;
	if (x->kind == CELL_TEXT)
		fputs(x->v.text, stdout);
	else if (x->kind == CELL_INT)
		printf("%lld", x->v.i);
}

static enum gw_status list_participants(struct store *s, const struct selection *sel,
					int show_small)
{
	struct table *t;
	enum gw_status st = store_participant_counts(s, &t);
	if (st != GW_OK)
		return st;
	struct analysis a = {.sel = sel, .err = stderr};
	if (!show_small)
		st = privacy_apply(&participants_privacy, t, &a);
	size_t hidden = 0;
	puts("traject\tgroup\trole\tage_band\tparticipants\tnote");
	for (size_t r = 0; r < t->nrows && st == GW_OK; r++) {
		hidden += (size_t)table_is_suppressed(t, r);
		for (size_t c = 0; c < 5; c++) {
			print_cell(t, r, c);
			putchar('\t');
		}
		print_cell(t, r, t->col_note);
		putchar('\n');
	}
	if (st == GW_OK && show_small)
		fprintf(stderr, "goedwerk: --show-small: counts of fewer than %d people are shown; "
			"this listing is for the data owner, do not pass it on\n", sel->min_cell);
	else if (st == GW_OK && hidden)
		fprintf(stderr, "goedwerk: %zu of %zu counts left empty (fewer than %d people, or "
			"they would give such a count away); --show-small shows them to the data owner\n",
			hidden, t->nrows, sel->min_cell);
	table_free(t);
	return st;
}

enum gw_status cmd_list(struct cli_args *a)
{
	const char *what = a->n_operands ? a->operands[0] : "trajecten";
	if (a->n_operands > 1)
		return cli_usage_error("list", "list one thing at a time, not '%s' and '%s'",
				       a->operands[0], a->operands[1]);
	if (strcmp(what, "trajecten") && strcmp(what, "cards") && strcmp(what, "tags") &&
	    strcmp(what, "participants"))
		return cli_usage_error("list", "cannot list '%s' (expected trajecten, cards, tags or participants)", what);
	struct store s;
	enum gw_status st = store_open(&s, store_path(a->db), 0, stderr);
	if (st != GW_OK)
		return st;
	if (strcmp(what, "participants") == 0)
		st = list_participants(&s, &a->sel, a->show_small);
	else
		st = store_list(&s, what, stdout);
	store_close(&s);
	return st;
}
