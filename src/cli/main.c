/* main.c - `goedwerk [GLOBAL] COMMAND [OPTIONS]`: parse through the option
 * table, dispatch through cli_commands[], and turn the command's status
 * into the exit code (the only place that does). */
#include <stdio.h>
#include "goedwerk/cli.h"
#include "goedwerk/messages.h"
#include "goedwerk/version.h"

static enum gw_status run(int argc, char **argv, struct cli_args *a)
{
	int i = 1;
	if (cli_parse(NULL, argc, argv, &i, a) < 0)
		return GW_EUSAGE;
	if (a->version && i == argc) {
		printf("goedwerk %s\n", GOEDWERK_VERSION);
		return GW_OK;
	}
	if (i == argc) {
		cli_help(NULL, a->help ? stdout : stderr);
		return a->help ? GW_OK : GW_EUSAGE;
	}
	const struct cli_command *c = cli_command_find(argv[i]);
	if (!c) {
		fprintf(stderr, msg_tr("goedwerk: unknown command '%s' (expected one of:"), argv[i]);
		for (size_t k = 0; k < cli_commands_len; k++)
			fprintf(stderr, " %s", cli_commands[k].name);
		fputs(")\n", stderr);
		return GW_EUSAGE;
	}
	a->cmd = c->name;
	i++;
	if (cli_parse(c, argc, argv, &i, a) < 0)
		return GW_EUSAGE;
	if (a->help) {
		cli_help(c, stdout);
		return GW_OK;
	}
	return c->run(a);
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
	struct cli_args a;
	msg_set_lang(gw_lang_from_env()); /* --lang, when given, overrides */
	cli_args_init(&a, argc - 1, argv + 1);
	enum gw_status st = run(argc, argv, &a);
	cli_args_free(&a);
	return finish(st);
}
