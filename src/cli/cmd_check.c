/* cmd_check.c - `goedwerk check [--strict] BUNDLE...`: read and validate,
 * print every problem on stderr and a one-line summary on stdout (counts
 * only, never pseudonyms).  Needs no store and changes nothing. */
#include <stdio.h>
#include <string.h>
#include "goedwerk/bundle.h"
#include "goedwerk/diag.h"
#include "goedwerk/ingest.h"
#include "commands.h"

static const char usage[] =
	"usage: goedwerk check [--strict] BUNDLE...\n"
	"\n"
	"Validate bundles (folders of CSV files, or the files one by one) and report\n"
	"every problem as FILE:LINE:COLUMN: message.  Nothing is stored.\n"
	"\n"
	"  --strict    a sort that breaks a forced distribution is an error\n"
	"              (by default a warning)\n"
	"  -h, --help  this help\n"
	"\n"
	"Exit status: 0 valid, 1 the data has errors, 2 bad command line.\n";

enum gw_status cmd_check(int argc, char **argv)
{
	struct ingest_options opt;
	ingest_options_default(&opt);
	const char **paths = (const char **)argv + 1;
	size_t n = 0;
	int only_paths = 0;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!only_paths && cli_is_help(a)) {
			fputs(usage, stdout);
			return GW_OK;
		} else if (!only_paths && strcmp(a, "--strict") == 0) {
			opt.strict = 1;
		} else if (!only_paths && strcmp(a, "--") == 0) {
			only_paths = 1;
		} else if (!only_paths && a[0] == '-' && a[1]) {
			return cli_usage_error("check", "unknown option '%s'", a);
		} else {
			paths[n++] = a;
		}
	}
	if (!n)
		return cli_usage_error("check", "no bundle given");
	struct bundle b;
	struct diag d;
	bundle_init(&b);
	diag_init(&d);
	enum gw_status st = ingest_read(paths, n, &opt, &b, &d);
	diag_print(&d, stderr);
	if (st == GW_OK && d.n_errors) {
		fprintf(stderr, "goedwerk check: %zu error%s\n", d.n_errors, d.n_errors == 1 ? "" : "s");
		st = GW_EDATA;
	} else if (st == GW_OK) {
		printf("ok: %zu trajecten, %zu participants, %zu sorts, %zu dilemmas\n",
		       b.n_trajecten, b.n_participants, b.n_sorts, b.n_dilemmas);
	}
	diag_free(&d);
	bundle_free(&b);
	return st;
}
