/* parse.c - the parser of the option table: `--opt VALUE`, `--opt=VALUE`,
 * `-h`, `--` and operands, with one usage-error style for every command. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/cli.h"
#include "goedwerk/messages.h"
#include "goedwerk/number.h"
#include "goedwerk/textdist.h"
#include "select.h"

enum gw_status cli_usage_error(const char *cmd, const char *fmt, ...)
{
	va_list ap;
	fprintf(stderr, "goedwerk%s%s: ", cmd ? " " : "", cmd ? cmd : "");
	va_start(ap, fmt);
	vfprintf(stderr, msg_tr(fmt), ap);
	va_end(ap);
	fprintf(stderr, msg_tr("\n(see 'goedwerk%s%s --help')\n"), cmd ? " " : "", cmd ? cmd : "");
	return GW_EUSAGE;
}

static unsigned groups_of(const struct cli_command *cmd)
{
	return cmd ? cmd->groups | CLI_GLOBAL : CLI_GLOBAL | CLI_TOP;
}

static const struct cli_option *find(const char *name, size_t len, char short_name, unsigned groups)
{
	for (size_t k = 0; k < cli_options_len; k++) {
		const struct cli_option *o = &cli_options[k];
		if (!(o->group & groups))
			continue;
		if (short_name ? o->short_name == short_name
			       : strlen(o->name) == len && strncmp(o->name, name, len) == 0)
			return o;
	}
	return NULL;
}

/* The nearest of the options the command takes, if near enough to be a
 * typo (a third of the word: "strikt" -> strict, not "replace" -> help). */
static size_t nearest(const char *word, unsigned groups, const char **pick, size_t max)
{
	size_t n = 0, limit = strlen(word) / 3 + 1;
	for (size_t d = 1; d <= limit && n == 0; d++)
		for (size_t k = 0; k < cli_options_len && n < max; k++)
			if ((cli_options[k].group & groups) && text_distance(word, cli_options[k].name) == d)
				pick[n++] = cli_options[k].name;
	return n;
}

/* "unknown option '--strikt' (did you mean --strict?)"; an option of other
 * commands says so. */
static int unknown(const char *cmd, const char *arg, unsigned groups)
{
	const char *word = arg + strspn(arg, "-"), *pick[2];
	char buf[64];
	snprintf(buf, sizeof buf, "%.*s", (int)strcspn(word, "="), word);
	if (arg[1] == '-' && find(buf, strlen(buf), 0, ~0u)) {
		if (cmd)
			return cli_usage_error(cmd, "--%s is not an option of %s", buf, cmd), -1;
		return cli_usage_error(NULL, "--%s goes after the command", buf), -1;
	}
	size_t m = arg[1] == '-' ? nearest(buf, groups, pick, 2) : 0;
	if (m == 0)
		cli_usage_error(cmd, "unknown option '%s'", arg);
	else if (m == 1)
		cli_usage_error(cmd, "unknown option '%s' (did you mean --%s?)", arg, pick[0]);
	else
		cli_usage_error(cmd, "unknown option '%s' (did you mean --%s or --%s?)", arg, pick[0],
				pick[1]);
	return -1;
}

static void choice_list(const char *const *c, char *buf, size_t size)
{
	size_t n = 0, len = 0;
	while (c[n])
		n++;
	buf[0] = 0;
	for (size_t k = 0; k < n && len < size; k++)
		len += (size_t)snprintf(buf + len, size - len, "%s%s",
					k == 0 ? "" : k + 1 == n ? msg_tr(" or ") : ", ", c[k]);
}

/* Store v by o's kind; NULL or what v should be. */
static const char *store(const struct cli_option *o, const char *v, struct cli_args *a, char *why,
			 size_t size)
{
	char *field = (char *)a + o->off, list[160];
	long n;
	switch (o->kind) {
	case CLI_FLAG:
		*(int *)(void *)field = 1;
		return NULL;
	case CLI_STRING:
		*(const char **)(void *)field = v;
		return NULL;
	case CLI_INT:
		if (parse_long(v, &n) == 0 && n >= o->lo && n <= o->hi) {
			*(int *)(void *)field = (int)n;
			return NULL;
		}
		snprintf(why, size, msg_tr("takes a whole number from %ld to %ld"), o->lo, o->hi);
		return why;
	case CLI_CHOICE:
	case CLI_WORD:
		for (int k = 0; o->choices[k]; k++)
			if (strcmp(v, o->choices[k]) == 0) {
				if (o->kind == CLI_WORD)
					*(const char **)(void *)field = o->choices[k];
				else
					*(int *)(void *)field = o->values ? o->values[k] : k;
				return NULL;
			}
		choice_list(o->choices, list, sizeof list);
		snprintf(why, size, msg_tr("is %s"), list);
		return why;
	case CLI_CALL:
		return msg_tr(o->set(a, v));
	}
	return msg_tr("is not understood");
}

/* One option at argv[*i]; its value is after '=' or the next argument. */
static int option(const char *cmd, unsigned groups, int argc, char **argv, int *i,
		  struct cli_args *a)
{
	const char *arg = argv[*i], *eq = NULL;
	const struct cli_option *o;
	if (arg[1] == '-') {
		eq = strchr(arg, '=');
		o = find(arg + 2, eq ? (size_t)(eq - arg - 2) : strlen(arg + 2), 0, groups);
	} else {
		o = arg[2] ? NULL : find(NULL, 0, arg[1], groups);
	}
	if (!o)
		return unknown(cmd, arg, groups);
	if (!o->arg) {
		if (eq)
			return cli_usage_error(cmd, "--%s takes no value", o->name), -1;
		eq = "=1";
	} else if (!eq && *i + 1 >= argc) {
		return cli_usage_error(cmd, "--%s needs a value (%s)", o->name, o->arg), -1;
	}
	const char *v = eq ? eq + 1 : argv[++*i];
	char why[160];
	const char *bad = store(o, v, a, why, sizeof why);
	if (bad)
		return cli_usage_error(cmd, "--%s %s, not '%s'", o->name, bad, v), -1;
	return 0;
}

/* --out - is stdout: for one table of analyse, as CSV. */
static int check_out(const struct cli_command *cmd, const struct cli_args *a)
{
	if (!a->out_given || strcmp(a->out, "-") != 0)
		return 0;
	if (!(cmd->groups & CLI_ONE))
		return cli_usage_error(cmd->name, "--out - (standard output) is for one table only: "
				       "goedwerk analyse --table NAME --out -"), -1;
	if (!a->table)
		return cli_usage_error(cmd->name, "--out - writes one table: name it with --table NAME"),
		       -1;
	if (a->xlsx)
		return cli_usage_error(cmd->name, "--format xlsx writes a workbook into a folder, not "
				       "to --out -"), -1;
	return 0;
}

int cli_parse(const struct cli_command *cmd, int argc, char **argv, int *i, struct cli_args *a)
{
	const char *name = cmd ? cmd->name : NULL;
	unsigned groups = groups_of(cmd);
	int only_operands = 0;
	for (; *i < argc; ++*i) {
		const char *arg = argv[*i];
		if (!only_operands && strcmp(arg, "--") == 0) {
			only_operands = 1;
		} else if (!only_operands && arg[0] == '-' && arg[1]) {
			if (option(name, groups, argc, argv, i, a) < 0)
				return -1;
		} else if (!cmd) {
			return 0;
		} else {
			a->operands[a->n_operands++] = arg;
		}
	}
	if (cmd && !cmd->operands && a->n_operands && !a->help)
		return cli_usage_error(name, "unexpected argument '%s'", a->operands[0]), -1;
	if (cmd && !a->help && check_out(cmd, a) < 0)
		return -1;
	if (cmd && (cmd->groups & CLI_SELECT) && !a->help)
		return cli_check_years(a);
	return 0;
}
