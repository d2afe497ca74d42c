/* help.c - `--help` generated from the command and option tables, so the
 * help, `goedwerk help CMD` and the man page never drift from the parser. */
#include <stdio.h>
#include <string.h>
#include "goedwerk/cli.h"
#include "goedwerk/version.h"
#include "commands.h"

/* "  --name ARG" padded to 22 columns, then the help lines, indented. */
static void print_option(const struct cli_option *o, FILE *out)
{
	char left[80];
	int n = o->short_name ? snprintf(left, sizeof left, "-%c, ", o->short_name) : 0;
	snprintf(left + n, sizeof left - (size_t)n, "--%s%s%s", o->name, o->arg ? " " : "",
		 o->arg ? o->arg : "");
	int wide = strlen(left) > 19;
	fprintf(out, wide ? "  %s\n" : "  %-19s ", left);
	for (const char *h = o->help; *h;) {
		size_t len = strcspn(h, "\n");
		fprintf(out, "%*s%.*s\n", wide ? 22 : 0, "", (int)len, h);
		h += len + (h[len] == '\n');
		wide = 1;
	}
}

/* A row the parser never reaches for these groups: an earlier row of the
 * same name wins (compare's --organisation names a unit, not a selection). */
static int shadowed(size_t k, unsigned groups)
{
	for (size_t i = 0; i < k; i++)
		if ((cli_options[i].group & groups) && strcmp(cli_options[i].name, cli_options[k].name) == 0)
			return 1;
	return 0;
}

static void print_groups(unsigned groups, FILE *out)
{
	for (int g = 0; g < CLI_N_GROUPS; g++) {
		if (!(groups & (1u << g)))
			continue;
		fprintf(out, "\n%s:\n", cli_group_heading[g]);
		for (size_t k = 0; k < cli_options_len; k++)
			if (cli_options[k].group == 1u << g && !shadowed(k, groups))
				print_option(&cli_options[k], out);
	}
}

const char cli_about[] =
	"Every command has --help (or: goedwerk help COMMAND).  The store is\n"
	"goedwerk.db unless --db PATH or GOEDWERK_DB says otherwise; --db may come\n"
	"before or after the command.  An option's value follows it or an '=':\n"
	"--out DIR or --out=DIR.\n"
	"Exit codes: 0 done, 1 the data is wrong (nothing changed), 2 the command\n"
	"line is wrong, 3 an internal or I/O failure.\n";

static void top_help(FILE *out)
{
	fputs("usage: goedwerk [--db PATH] COMMAND [OPTIONS]\n\n"
	      "goedwerk analyses Goed Werk value sorts and dilemmas.\n\ncommands:\n", out);
	for (size_t i = 0; i < cli_commands_len; i++)
		fprintf(out, "  %-9s %s\n", cli_commands[i].name, cli_commands[i].summary);
	fprintf(out, "\n%s", cli_about);
	print_groups(CLI_GLOBAL | CLI_TOP, out);
}

void cli_help(const struct cli_command *cmd, FILE *out)
{
	if (!cmd) {
		top_help(out);
		return;
	}
	fprintf(out, "usage: goedwerk %s [OPTIONS]%s%s\n\n%s", cmd->name, cmd->operands ? " " : "",
		cmd->operands ? cmd->operands : "", cmd->about);
	print_groups(cmd->groups | CLI_GLOBAL, out);
	if (cmd->help_extra) {
		fputc('\n', out);
		cmd->help_extra(out);
	}
}
