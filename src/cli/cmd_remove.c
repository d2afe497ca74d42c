/* cmd_remove.c - `goedwerk remove TRAJECT...`: delete stored trajecten
 * explicitly, every kind of their data, in one transaction; an id that is
 * not stored changes nothing. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "goedwerk/store.h"
#include "commands.h"

static void help(void)
{
	puts("usage: goedwerk remove [--db PATH] [--dry-run] TRAJECT...\n\n"
	     "Deletes the trajecten from the store in one transaction: their details,\n"
	     "participants, sorts, group tops and dilemmas.  Card sets and codebooks\n"
	     "stay.  When one of them is not stored, nothing is removed.\n\n"
	     "  --db PATH    the store (default: $GOEDWERK_DB, else goedwerk.db)\n"
	     "  --dry-run    say what would be removed; remove nothing");
}

static void print_removed(const struct store_traject_note *n, int dry_run)
{
	printf("%s %s: %zu participants, %zu sorts, %zu group tops, %zu dilemmas\n",
	       dry_run ? "would remove" : "removed", n->traject, n->was[SK_PARTICIPANTS],
	       n->was[SK_SORTS], n->was[SK_GROUP_TOPS], n->was[SK_DILEMMAS]);
}

static enum gw_status run(const char *db, const char *const *ids, size_t n, int dry_run)
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
	for (size_t i = 0; st == GW_OK && i < n; i++)
		print_removed(&notes[i], dry_run);
	diag_print(&d, stderr);
	if (st != GW_OK)
		fprintf(stderr, "goedwerk remove: nothing was removed\n");
	diag_free(&d);
	free(notes);
	return st;
}

enum gw_status cmd_remove(int argc, char **argv)
{
	struct traject_args a;
	enum gw_status st = cli_traject_args("remove", argc, argv, TA_DRY_RUN, &a);
	if (st == GW_OK && a.help)
		help();
	else if (st == GW_OK)
		st = run(a.db, a.ids, a.n, a.dry_run);
	free(a.ids);
	return st;
}
