/* cli.h - the command table (git's commands[]): `goedwerk COMMAND [OPTIONS]`.
 *
 * Adding a command: write `int cmd_x(int argc, char **argv)` in
 * src/cli/cmd_x.c returning an enum gw_status, and add one row to
 * cli_commands[] in src/cli/commands.c.  `goedwerk --help` lists the table. */
#ifndef GOEDWERK_CLI_H
#define GOEDWERK_CLI_H

#include <stddef.h>
#include "goedwerk/dataset.h"
#include "goedwerk/status.h"

struct cli_command {
	const char *name;
	const char *summary;
	enum gw_status (*run)(int argc, char **argv);
};

extern const struct cli_command cli_commands[];
extern const size_t cli_commands_len;

/* The shared selection options of analyse, report and factors.  Returns 1 if
 * argv[*i] (and maybe its value) was a selection option and advances *i, 0 if
 * not, -1 on a bad value (message printed). */
int cli_parse_selection(int argc, char **argv, int *i, struct selection *sel);
/* Help text for the selection options. */
extern const char cli_selection_help[];

#endif
