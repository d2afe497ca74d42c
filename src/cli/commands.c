/* commands.c - the command table.  To add a command: one row here, one
 * cmd_NAME in its own file, its declaration in commands.h. */
#include "goedwerk/cli.h"
#include "commands.h"

const struct cli_command cli_commands[] = {
	{"check", "validate a bundle, report every problem, change nothing", cmd_check},
	{"ingest", "validate a bundle and store it (one transaction)", cmd_ingest},
	{"remove", "delete stored trajecten, all their data (one transaction)", cmd_remove},
	{"export", "write stored trajecten back as a bundle that ingests to the same store", cmd_export},
	{"list", "what is stored: trajecten, cards, tags, participants (counts)", cmd_list},
	{"analyse", "compute every table and write it as CSV", cmd_analyse},
	{"report", "tables, charts and an HTML evaluation report", cmd_report},
	{"template", "a workbook to type paper cards into (xlsx), readable as a bundle", cmd_template},
	{"compare", "two organisations, groups, roles or trajecten side by side, or one against the rest", cmd_compare},
	{"factors", "viewpoint typology: by-person (Q-method) factor analysis", cmd_factors},
};
const size_t cli_commands_len = sizeof cli_commands / sizeof cli_commands[0];
