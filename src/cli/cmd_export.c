/* cmd_export.c - `goedwerk export TRAJECT... --out DIR`: stored trajecten
 * back as a bundle that ingests to the same store. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "goedwerk/alloc.h"
#include "goedwerk/store.h"
#include "commands.h"

static void help(void)
{
	puts("usage: goedwerk export [--db PATH] --out DIR TRAJECT...\n\n"
	     "Writes the stored trajecten as a bundle into the new folder DIR:\n"
	     "trajecten.csv, participants.csv, sorts.csv (long form), group_tops.csv,\n"
	     "dilemmas.csv, and the card sets and codebooks they use.  Ingesting DIR\n"
	     "into an empty store gives the same store.\n\n"
	     "  --db PATH    the store (default: $GOEDWERK_DB, else goedwerk.db)\n"
	     "  --out DIR    the folder to write (must not exist yet)");
}

static enum gw_status run(const char *db, const char *out, const char *const *ids, size_t n)
{
	struct store s;
	enum gw_status st = store_open(&s, store_path(db), 0, stderr);
	if (st != GW_OK)
		return st;
	if (mkdir(out, 0777) != 0) {
		fprintf(stderr, "goedwerk export: cannot make the folder %s: %s (name a new folder)\n",
			out, strerror(errno));
		store_close(&s);
		return errno == EEXIST ? GW_EUSAGE : GW_EINTERNAL;
	}
	struct diag d;
	diag_init(&d);
	st = store_export(&s, ids, n, out, &d);
	store_close(&s);
	diag_print(&d, stderr);
	diag_free(&d);
	if (st == GW_OK)
		printf("exported %zu trajecten to %s\n", n, out);
	else if (rmdir(out) == 0) /* empty: an id was not stored */
		fprintf(stderr, "goedwerk export: nothing was exported\n");
	else
		fprintf(stderr, "goedwerk export: the bundle in %s is not complete\n", out);
	return st;
}

enum gw_status cmd_export(int argc, char **argv)
{
	struct traject_args a;
	enum gw_status st = cli_traject_args("export", argc, argv, TA_OUT, &a);
	if (st == GW_OK && a.help)
		help();
	else if (st == GW_OK)
		st = run(a.db, a.out, a.ids, a.n);
	free(a.ids);
	return st;
}
