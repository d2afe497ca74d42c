/* man.c - `goedwerk help --man`: the manual page goedwerk.1 written from
 * the command and option tables, so that it says what --help says (make
 * builds build/goedwerk.1 with it; make install installs that). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/cli.h"
#include "goedwerk/version.h"
#include "commands.h"

/* s for roff within a line: backslash and minus escaped. */
static void inline_text(const char *s, FILE *out)
{
	for (; *s; s++)
		if (*s == '\\')
			fputs("\\e", out);
		else if (*s == '-')
			fputs("\\-", out);
		else
			fputc(*s, out);
}

/* Lines of text: a control character at the start of a line neutralised,
 * a blank line a new paragraph, a newline at the end. */
static void text(const char *s, FILE *out)
{
	while (*s) {
		size_t len = strcspn(s, "\n");
		if (len == 0) {
			fputs(".PP\n", out);
		} else {
			char *line = strndup(s, len);
			fputs(*line == '.' || *line == '\'' ? "\\&" : "", out);
			inline_text(line, out);
			fputc('\n', out);
			free(line);
		}
		s += len + (s[len] == '\n');
	}
}

static void option(const struct cli_option *o, FILE *out)
{
	fputs(".TP\n", out);
	if (o->short_name)
		fprintf(out, "\\fB\\-%c\\fR, ", o->short_name);
	fputs("\\fB\\-\\-", out);
	inline_text(o->name, out);
	fputs("\\fR", out);
	if (o->arg) {
		fputs(" \\fI", out);
		inline_text(o->arg, out);
		fputs("\\fR", out);
	}
	fputc('\n', out);
	text(o->help, out);
}

static void groups(unsigned mask, FILE *out)
{
	for (int g = 0; g < CLI_N_GROUPS; g++) {
		if (!(mask & (1u << g)))
			continue;
		fputs(".PP\n\\fI", out);
		inline_text(cli_group_heading[g], out);
		fputs(":\\fR\n", out);
		for (size_t k = 0; k < cli_options_len; k++)
			if (cli_options[k].group == 1u << g)
				option(&cli_options[k], out);
	}
}

/* The list after the options (analyse's tables), as --help prints it. */
static void extra(void (*help_extra)(FILE *), FILE *out)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&buf, &len);
	if (!mem)
		return;
	help_extra(mem);
	fclose(mem);
	fputs(".PP\n.nf\n", out);
	text(buf, out);
	fputs(".fi\n", out);
	free(buf);
}

static void command(const struct cli_command *c, FILE *out)
{
	fputs(".SS \"goedwerk ", out);
	inline_text(c->name, out);
	if (c->operands) {
		fputc(' ', out);
		inline_text(c->operands, out);
	}
	fputs("\"\n", out);
	text(c->summary, out);
	fputs(".PP\n", out);
	text(c->about, out);
	groups(c->groups & ~(unsigned)CLI_GLOBAL, out);
	if (c->help_extra)
		extra(c->help_extra, out);
}

void cli_man(FILE *out)
{
	fprintf(out, ".TH GOEDWERK 1 \"\" \"goedwerk %s\" \"User Commands\"\n", GOEDWERK_VERSION);
	fputs(".SH NAME\ngoedwerk \\- batch analysis of Goed Werk value sorts and dilemmas\n"
	      ".SH SYNOPSIS\n\\fBgoedwerk\\fR [\\fB\\-\\-db\\fR \\fIPATH\\fR] \\fICOMMAND\\fR "
	      "[\\fIOPTIONS\\fR] [\\fIARGS\\fR]\n.SH DESCRIPTION\n", out);
	text(cli_about, out);
	fputs(".SH OPTIONS OF EVERY COMMAND\n", out);
	groups(CLI_GLOBAL | CLI_TOP, out);
	fputs(".SH COMMANDS\n", out);
	for (size_t i = 0; i < cli_commands_len; i++)
		command(&cli_commands[i], out);
	fputs(".SH ENVIRONMENT\n.TP\n.B GOEDWERK_DB\nthe store when no \\fB\\-\\-db\\fR is given\n"
	      ".SH FILES\n.TP\n.I share/goedwerk/\nunder the installation prefix (default "
	      "/usr/local): the default card set (cards/), the default dilemma codebook "
	      "(codebook/) and a synthetic demo bundle (demo/)\n.TP\n.I share/doc/goedwerk/\n"
	      "the README and the guides: preparing data in Excel, reading the outputs, the "
	      "glossary\n.SH SEE ALSO\n\\fBsqlite3\\fR(1)\n", out);
}
