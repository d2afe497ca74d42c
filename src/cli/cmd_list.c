/* cmd_list.c - `goedwerk list`: what the store holds, as counts. */
#include <stdio.h>
#include <string.h>
#include "goedwerk/store.h"
#include "commands.h"

static void help(void)
{
	puts("usage: goedwerk list [--db PATH] [trajecten|cards|tags|participants]\n\n"
	     "Prints what is stored as tab-separated columns with a header line\n"
	     "(default: trajecten).  participants are counts per traject, group, role\n"
	     "and age band: pseudonyms are never shown.");
}

enum gw_status cmd_list(int argc, char **argv)
{
	const char *db = NULL, *what = "trajecten";
	for (int i = 1; i < argc; i++) {
		if (cli_is_help(argv[i])) {
			help();
			return GW_OK;
		}
		if (strcmp(argv[i], "--db") == 0 && i + 1 < argc)
			db = argv[++i];
		else if (argv[i][0] == '-')
			return cli_usage_error("list", "unknown option '%s'", argv[i]);
		else
			what = argv[i];
	}
	if (strcmp(what, "trajecten") && strcmp(what, "cards") && strcmp(what, "tags") &&
	    strcmp(what, "participants"))
		return cli_usage_error("list", "cannot list '%s' (expected trajecten, cards, tags or participants)", what);
	struct store s;
	enum gw_status st = store_open(&s, store_path(db), 0, stderr);
	if (st != GW_OK)
		return st;
	st = store_list(&s, what, stdout);
	store_close(&s);
	return st;
}
