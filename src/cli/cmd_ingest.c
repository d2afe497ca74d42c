/* cmd_ingest.c - `goedwerk ingest`: validate a bundle and store it in one
 * transaction; with any error nothing is written. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "goedwerk/ingest.h"
#include "goedwerk/store.h"
#include "commands.h"

static void help(void)
{
	puts("usage: goedwerk ingest [--db PATH] [--replace] [--strict] BUNDLE...\n\n"
	     "Validates the bundle (folders of CSV files, or files) and stores it in\n"
	     "one transaction.  With any error nothing is stored and every problem is\n"
	     "listed as FILE:LINE:COLUMN.  The same bundle again changes nothing; a\n"
	     "traject stored with other data is refused unless --replace.\n\n"
	     "  --db PATH    the store (default: $GOEDWERK_DB, else goedwerk.db)\n"
	     "  --replace    replace trajecten that are stored with other data\n"
	     "  --strict     a sort that breaks the forced distribution is an error");
}

struct args {
	const char *db;
	int replace, strict;
	const char **paths;
	size_t n_paths;
};

static enum gw_status parse(int argc, char **argv, struct args *a, const char **argv_paths)
{
	a->paths = argv_paths;
	for (int i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--db") == 0 && i + 1 < argc)
			a->db = argv[++i];
		else if (strcmp(argv[i], "--replace") == 0)
			a->replace = 1;
		else if (strcmp(argv[i], "--strict") == 0)
			a->strict = 1;
		else if (argv[i][0] == '-' && argv[i][1])
			return cli_usage_error("ingest", "unknown option '%s'", argv[i]);
		else
			a->paths[a->n_paths++] = argv[i];
	}
	if (!a->n_paths)
		return cli_usage_error("ingest", "name a bundle folder or its files");
	return GW_OK;
}

static enum gw_status store_it(const struct args *a, const struct bundle *b, struct diag *d)
{
	struct store s;
	enum gw_status st = store_open(&s, store_path(a->db), 1, stderr);
	if (st != GW_OK)
		return st;
	struct store_ingest_result r;
	st = store_write_bundle(&s, b, a->replace, d, &r);
	if (st == GW_OK)
		store_close(&s);
	else
		store_discard(&s); /* a store created for this ingest goes again */
	if (st == GW_OK)
		printf("stored in %s: %zu new, %zu replaced, %zu unchanged trajecten; %zu sorts written\n",
		       store_path(a->db), r.trajecten_new, r.trajecten_replaced, r.trajecten_same,
		       r.sorts_written);
	return st;
}

enum gw_status cmd_ingest(int argc, char **argv)
{
	for (int i = 1; i < argc; i++)
		if (cli_is_help(argv[i])) {
			help();
			return GW_OK;
		}
	const char **paths = xcalloc((size_t)argc + 1, sizeof *paths);
	struct args a = {0};
	enum gw_status st = parse(argc, argv, &a, paths);
	if (st != GW_OK) {
		free(paths);
		return st;
	}
	struct ingest_options opt;
	ingest_options_default(&opt);
	opt.strict = a.strict;
	struct bundle b;
	struct diag d;
	bundle_init(&b);
	diag_init(&d);
	st = ingest_read(a.paths, a.n_paths, &opt, &b, &d);
	if (st == GW_OK && d.n_errors)
		st = GW_EDATA;
	if (st == GW_OK)
		st = store_it(&a, &b, &d);
	diag_print(&d, stderr);
	if (st == GW_EDATA || st == GW_EINTERNAL)
		fprintf(stderr, "goedwerk ingest: nothing was stored\n");
	diag_free(&d);
	bundle_free(&b);
	free(paths);
	return st;
}
