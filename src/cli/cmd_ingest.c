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
	puts("usage: goedwerk ingest [--db PATH] [--replace] [--dry-run] [--strict] BUNDLE...\n\n"
	     "Validates the bundle (folders of CSV files, or files) and stores it in\n"
	     "one transaction.  With any error nothing is stored and every problem is\n"
	     "listed as FILE:LINE:COLUMN.  The same bundle again changes nothing; a\n"
	     "traject stored with other data is refused unless --replace.\n\n"
	     "  --db PATH    the store (default: $GOEDWERK_DB, else goedwerk.db)\n"
	     "  --replace    replace trajecten that are stored with other data: per\n"
	     "               traject only the kinds the bundle carries for it (details,\n"
	     "               participants, sorts, group tops, dilemmas); the rest is kept\n"
	     "  --dry-run    say what would be added, replaced and kept; store nothing\n"
	     "  --strict     a sort that breaks the forced distribution is an error");
}

struct args {
	const char *db;
	int replace, strict, dry_run;
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
		else if (strcmp(argv[i], "--dry-run") == 0)
			a->dry_run = 1;
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

/* One line per new or replaced traject: what each kind became. */
static void print_note(const struct store_traject_note *n)
{
	if (n->is_new) {
		printf("new %s: %zu participants, %zu sorts, %zu group tops, %zu dilemmas\n", n->traject,
		       n->now[SK_PARTICIPANTS], n->now[SK_SORTS], n->now[SK_GROUP_TOPS],
		       n->now[SK_DILEMMAS]);
		return;
	}
	printf("replaced %s:", n->traject);
	for (int k = 0; k < SK_N; k++) {
		const char *sep = k ? ";" : "";
		if (k == SK_DETAILS)
			printf(" details %s", n->carried & 1u ? "replaced" : "kept");
		else if (n->carried & (1u << k))
			printf("%s %s replaced: %zu (were %zu)", sep, store_kind_names[k], n->now[k],
			       n->was[k]);
		else
			printf("%s %s kept: %zu", sep, store_kind_names[k], n->now[k]);
	}
	putchar('\n');
}

static enum gw_status store_it(const struct args *a, const struct bundle *b, struct diag *d)
{
	struct store s;
	enum gw_status st = store_open(&s, store_path(a->db), 1, stderr);
	if (st != GW_OK)
		return st;
	struct store_ingest_result r;
	unsigned flags = STORE_NOTES | (a->replace ? STORE_REPLACE : 0) | (a->dry_run ? STORE_DRY_RUN : 0);
	st = store_write_bundle(&s, b, flags, d, &r);
	if (st == GW_OK && !a->dry_run)
		store_close(&s);
	else
		store_discard(&s); /* a store created for this ingest goes again */
	for (size_t i = 0; st == GW_OK && i < r.n_notes; i++)
		if (a->dry_run || !r.notes[i].is_new) /* a new traject is said only in a dry run */
			print_note(&r.notes[i]);
	if (st == GW_OK)
		printf("%s %s: %zu new, %zu replaced, %zu unchanged trajecten; %zu sorts %s\n",
		       a->dry_run ? "dry run, nothing stored in" : "stored in", store_path(a->db),
		       r.trajecten_new, r.trajecten_replaced, r.trajecten_same, r.sorts_written,
		       a->dry_run ? "to write" : "written");
	store_ingest_result_free(&r);
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
