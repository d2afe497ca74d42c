/* test_cli_options.c - the option table and its parser: --opt VALUE and
 * --opt=VALUE, missing values, unknown options with "did you mean",
 * repeated options, global options before the command, generated help. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include "goedwerk/cli.h"

/* Run cli_parse for command `cmd` over the words of line, with stderr
 * captured into err (the usage messages are the parser's output). */
static int parse_line(const char *cmd, const char *line, struct cli_args *a, char *err, size_t size)
{
	static char buf[512];
	static char *argv[32];
	int argc = 0;
	snprintf(buf, sizeof buf, "%s", line);
	argv[argc++] = "goedwerk";
	for (char *w = strtok(buf, " "); w; w = strtok(NULL, " "))
		argv[argc++] = w;
	argv[argc] = NULL;
	cli_args_init(a, argc - 1, argv + 1);
	fflush(stderr);
	int saved = dup(2);
	FILE *tmp = tmpfile();
	dup2(fileno(tmp), 2);
	int i = 1, r = cli_parse(NULL, argc, argv, &i, a);
	if (r == 0 && cmd) {
		assert_int_equal(i < argc, 1);
		assert_string_equal(argv[i], cmd);
		i++;
		r = cli_parse(cli_command_find(cmd), argc, argv, &i, a);
	}
	fflush(stderr);
	dup2(saved, 2);
	close(saved);
	rewind(tmp);
	size_t n = fread(err, 1, size - 1, tmp);
	err[n] = 0;
	fclose(tmp);
	return r;
}

static void test_value_forms(void **state)
{
	(void)state;
	struct cli_args a;
	char err[512];
	assert_int_equal(parse_line("analyse", "analyse --out=x/y --min-cell 7 --phase=exchange", &a,
				    err, sizeof err), 0);
	assert_string_equal(a.out, "x/y");
	assert_int_equal(a.sel.min_cell, 7);
	assert_string_equal(a.sel.phase, "exchange");
	assert_string_equal(err, "");
	cli_args_free(&a);
	/* a value may start with '-': --out - is stdout, for one table */
	assert_int_equal(parse_line("analyse", "analyse --out - --table agreement", &a, err, sizeof err), 0);
	assert_string_equal(a.out, "-");
	assert_string_equal(a.table, "agreement");
	cli_args_free(&a);
	assert_int_equal(parse_line("analyse", "analyse --out -", &a, err, sizeof err), -1);
	assert_string_equal(err, "goedwerk analyse: --out - writes one table: name it with --table NAME\n"
				 "(see 'goedwerk analyse --help')\n");
	cli_args_free(&a);
	assert_int_equal(parse_line("report", "report --out -", &a, err, sizeof err), -1);
	assert_string_equal(err, "goedwerk report: --out - (standard output) is for one table only: "
				 "goedwerk analyse --table NAME --out -\n(see 'goedwerk report --help')\n");
	cli_args_free(&a);
	/* --table names a table of the registry, or the nearest are named */
	assert_int_equal(parse_line("analyse", "analyse --table=agreemnt", &a, err, sizeof err), -1);
	assert_string_equal(err, "goedwerk analyse: --table takes a table of 'goedwerk analyse --help' "
				 "(did you mean agreement?), not 'agreemnt'\n(see 'goedwerk analyse --help')\n");
	cli_args_free(&a);
	/* -q is --quiet, before or after the command */
	assert_int_equal(parse_line("analyse", "-q analyse", &a, err, sizeof err), 0);
	assert_int_equal(a.quiet, 1);
	cli_args_free(&a);
}

static void test_missing_value(void **state)
{
	(void)state;
	struct cli_args a;
	char err[512];
	assert_int_equal(parse_line("analyse", "analyse --min-cell 3 --out", &a, err, sizeof err), -1);
	assert_string_equal(err, "goedwerk analyse: --out needs a value (DIR)\n"
				 "(see 'goedwerk analyse --help')\n");
	cli_args_free(&a);
	assert_int_equal(parse_line("check", "check --strict=yes b", &a, err, sizeof err), -1);
	assert_string_equal(err, "goedwerk check: --strict takes no value\n"
				 "(see 'goedwerk check --help')\n");
	cli_args_free(&a);
}

static void test_bad_value(void **state)
{
	(void)state;
	struct cli_args a;
	char err[512];
	assert_int_equal(parse_line("factors", "factors --extraction=promax", &a, err, sizeof err), -1);
	assert_string_equal(err, "goedwerk factors: --extraction is pca or centroid, not 'promax'\n"
				 "(see 'goedwerk factors --help')\n");
	cli_args_free(&a);
	assert_int_equal(parse_line("report", "report --from 1800", &a, err, sizeof err), -1);
	assert_string_equal(err, "goedwerk report: --from takes a whole number from 1900 to 2999, "
				 "not '1800'\n(see 'goedwerk report --help')\n");
	cli_args_free(&a);
}

static void test_unknown_option(void **state)
{
	(void)state;
	struct cli_args a;
	char err[512];
	assert_int_equal(parse_line("analyse", "analyse --min-cel=3", &a, err, sizeof err), -1);
	assert_string_equal(err, "goedwerk analyse: unknown option '--min-cel=3' "
				 "(did you mean --min-cell?)\n(see 'goedwerk analyse --help')\n");
	cli_args_free(&a);
	/* an option of another command */
	assert_int_equal(parse_line("check", "check --replace b", &a, err, sizeof err), -1);
	assert_string_equal(err, "goedwerk check: --replace is not an option of check\n"
				 "(see 'goedwerk check --help')\n");
	cli_args_free(&a);
	assert_int_equal(parse_line("report", "report --tradject=A --lnag en", &a, err, sizeof err), -1);
	assert_string_equal(err, "goedwerk report: unknown option '--tradject=A' "
				 "(did you mean --traject?)\n(see 'goedwerk report --help')\n");
	cli_args_free(&a);
	assert_int_equal(parse_line("analyse", "analyse stray", &a, err, sizeof err), -1);
	assert_string_equal(err, "goedwerk analyse: unexpected argument 'stray'\n"
				 "(see 'goedwerk analyse --help')\n");
	cli_args_free(&a);
}

static void test_repeated_and_global(void **state)
{
	(void)state;
	struct cli_args a;
	char err[512];
	assert_int_equal(parse_line("report", "--db one.db report --traject A --out o1 --traject=B "
				    "--out o2 --db two.db", &a, err, sizeof err), 0);
	assert_int_equal(a.sel.n_trajecten, 2);
	assert_string_equal(a.sel.trajecten[0], "A");
	assert_string_equal(a.sel.trajecten[1], "B");
	assert_string_equal(a.out, "o2");    /* the last one counts */
	assert_string_equal(a.db, "two.db");
	cli_args_free(&a);
	/* only global options go before the command */
	assert_int_equal(parse_line(NULL, "--out x analyse", &a, err, sizeof err), -1);
	assert_string_equal(err, "goedwerk: --out goes after the command\n(see 'goedwerk --help')\n");
	cli_args_free(&a);
	assert_int_equal(parse_line(NULL, "--bogus analyse", &a, err, sizeof err), -1);
	assert_string_equal(err, "goedwerk: unknown option '--bogus'\n(see 'goedwerk --help')\n");
	cli_args_free(&a);
	/* after --, everything is an operand */
	assert_int_equal(parse_line("check", "check --strict -- --odd-name", &a, err, sizeof err), 0);
	assert_int_equal(a.strict, 1);
	assert_int_equal(a.n_operands, 1);
	assert_string_equal(a.operands[0], "--odd-name");
	cli_args_free(&a);
}

/* Every row is well formed and every option a command takes is in its help. */
/* Help lines that describe --name (a shadowed row is not printed). */
static int option_lines(const char *text, const char *name)
{
	char want[64];
	int n = snprintf(want, sizeof want, "\n  --%s", name), count = 0;
	for (const char *p = strstr(text, want); p; p = strstr(p + 1, want))
		count += p[n] == ' ' || p[n] == '\n';
	return count;
}

static void test_table_and_help(void **state)
{
	(void)state;
	for (size_t k = 0; k < cli_options_len; k++) {
		const struct cli_option *o = &cli_options[k];
		assert_non_null(o->help);
		assert_true((o->kind == CLI_FLAG) == (o->arg == NULL));
		assert_true((o->kind == CLI_CALL) == (o->set != NULL));
		if (o->kind == CLI_CHOICE || o->kind == CLI_WORD)
			assert_non_null(o->choices);
		/* a name twice only in two groups (compare's --organisation is a
		 * unit, the others' a selection): the earlier row wins */
		for (size_t j = 0; j < k; j++)
			assert_true(strcmp(o->name, cli_options[j].name) != 0 ||
				    o->group != cli_options[j].group);
	}
	for (size_t c = 0; c < cli_commands_len; c++) {
		char *text = NULL;
		size_t len = 0;
		FILE *f = open_memstream(&text, &len);
		cli_help(&cli_commands[c], f);
		fclose(f);
		for (size_t k = 0; k < cli_options_len; k++) {
			char want[64];
			snprintf(want, sizeof want, "--%s", cli_options[k].name);
			unsigned g = cli_options[k].group;
			int takes = (cli_commands[c].groups | CLI_GLOBAL) & g;
			assert_int_equal(strstr(text, want) != NULL || !takes, 1);
			assert_int_equal(option_lines(text, cli_options[k].name) <= 1, 1);
		}
		free(text);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_value_forms),
		cmocka_unit_test(test_missing_value),
		cmocka_unit_test(test_bad_value),
		cmocka_unit_test(test_unknown_option),
		cmocka_unit_test(test_repeated_and_global),
		cmocka_unit_test(test_table_and_help),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
