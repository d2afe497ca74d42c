/* cmd_remove.c - `goedwerk remove TRAJECT...`: delete stored trajecten
 * explicitly, every kind of their data, in one transaction; an id that is
 * not stored changes nothing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/messages.h"
#include "goedwerk/alloc.h"
#include "goedwerk/store.h"
#include "commands.h"

static void print_removed(const struct store_traject_note *n, int dry_run)
{
	printf("%s %s: %zu participants, %zu sorts, %zu group tops, %zu dilemmas\n",
	       dry_run ? "would remove" : "removed", n->traject, n->was[SK_PARTICIPANTS],
	       n->was[SK_SORTS], n->was[SK_GROUP_TOPS], n->was[SK_DILEMMAS]);
}

static enum gw_status run(const struct cli_args *a, const char *db, const char *const *ids,
			  size_t n, int dry_run)
{
	struct store s;
	enum gw_status st = store_open(&s, store_path(db), 0, stderr);
	if (st != GW_OK)
		return st;
	struct diag d;
	struct store_traject_note *notes;
	diag_init(&d);
	st = store_remove_trajecten(&s, ids, n, dry_run ? STORE_DRY_RUN : 0, &d, &notes);
	store_close(&s);
	for (size_t i = 0; st == GW_OK && (dry_run || !a->quiet) && i < n; i++)
		print_removed(&notes[i], dry_run);
	diag_print(&d, stderr);
	if (st != GW_OK)
		fputs(msg_tr("goedwerk remove: nothing was removed\n"), stderr);
	diag_free(&d);
	free(notes);
	return st;
}

enum gw_status cmd_remove(struct cli_args *a)
{
	if (!a->n_operands)
		return cli_usage_error("remove", "name the trajecten to remove (see 'goedwerk list trajecten')");
	return run(a, a->db, a->operands, a->n_operands, a->dry_run);
}
