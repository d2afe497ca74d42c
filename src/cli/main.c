/* main.c - dispatch `goedwerk COMMAND [OPTIONS]` through cli_commands[] and
 * turn the command's status into the exit code (the only place that does). */
#include <stdio.h>
#include <string.h>
#include "goedwerk/cli.h"
#include "goedwerk/version.h"
#include "commands.h"

static void usage(FILE *out)
{
	fputs("usage: goedwerk COMMAND [OPTIONS]\n\n"
	      "goedwerk analyses Goed Werk value sorts and dilemmas.\n\ncommands:\n", out);
	for (size_t i = 0; i < cli_commands_len; i++)
		fprintf(out, "  %-9s %s\n", cli_commands[i].name, cli_commands[i].summary);
	fputs("\nEvery command has --help.  The store is goedwerk.db unless --db PATH or\n"
	      "GOEDWERK_DB says otherwise.\n"
	      "Exit codes: 0 done, 1 the data is wrong (nothing changed), 2 the command\n"
	      "line is wrong, 3 an internal or I/O failure.\n", out);
}

/* A listing to a full disk or a closed pipe must not end with exit 0:
 * stdout is flushed and checked before the exit code is given. */
static int finish(enum gw_status st)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror("goedwerk: cannot write the output");
		if (st == GW_OK || st == GW_EDATA)
			st = GW_EINTERNAL;
	}
	return gw_exit_code(st);
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		usage(stderr);
		return gw_exit_code(GW_EUSAGE);
	}
	if (cli_is_help(argv[1])) {
		usage(stdout);
		return finish(GW_OK);
	}
	if (strcmp(argv[1], "--version") == 0) {
		printf("goedwerk %s\n", GOEDWERK_VERSION);
		return finish(GW_OK);
	}
	for (size_t i = 0; i < cli_commands_len; i++)
		if (strcmp(argv[1], cli_commands[i].name) == 0)
			return finish(cli_commands[i].run(argc - 1, argv + 1));
	fprintf(stderr, "goedwerk: unknown command '%s' (expected one of:", argv[1]);
	for (size_t i = 0; i < cli_commands_len; i++)
		fprintf(stderr, " %s", cli_commands[i].name);
	fputs(")\n", stderr);
	return gw_exit_code(GW_EUSAGE);
}
