/* cli.h - the command table (git's commands[]) and the one option table
 * (git's parse-options) behind `goedwerk [GLOBAL] COMMAND [OPTIONS] ARGS`.
 *
 * Adding a command: write `enum gw_status cmd_x(struct cli_args *a)` in
 * src/cli/cmd_x.c and add one row to cli_commands[] in src/cli/commands.c,
 * naming the option groups it takes.  Adding an option: see the top of
 * src/cli/options.c.  `goedwerk --help`, `goedwerk CMD --help`, `goedwerk
 * help CMD` and the man page are generated from the two tables. */
#ifndef GOEDWERK_CLI_H
#define GOEDWERK_CLI_H

#include <stddef.h>
#include <stdio.h>
#include "goedwerk/dataset.h"
#include "goedwerk/status.h"

/* Option groups: a command takes the options of the groups in its mask;
 * help lists them group by group, in this order. */
enum cli_group {
	CLI_READ = 1u << 0,     /* reading bundles: check, ingest */
	CLI_INGEST = 1u << 1,   /* storing them */
	CLI_LIST = 1u << 2,
	CLI_OUTPUT = 1u << 3,   /* writing tables */
	CLI_FORMAT = 1u << 4,   /* analyse's workbook */
	CLI_TABLES = 1u << 5,   /* the analyse table registry */
	CLI_REPORT = 1u << 6,
	CLI_FACTORS = 1u << 7,
	CLI_SELECT = 1u << 8,   /* which sorts */
	CLI_PRIVACY = 1u << 9,
	CLI_GLOBAL = 1u << 10,  /* every command, also before the command name */
	CLI_TOP = 1u << 11,     /* only before a command (--version) */
	CLI_CHANGE = 1u << 12,  /* changing the store: ingest, remove */
	CLI_UNITS = 1u << 13,   /* the units of compare */
	CLI_JOBS = 1u << 14,    /* building tables on threads */
	CLI_MANUAL = 1u << 15,  /* help's manual page */
	CLI_ONE = 1u << 16,     /* analyse: one table, also to stdout */
	CLI_N_GROUPS = 17
};

/* Everything the command line can set; the option table writes here. */
struct cli_args {
	int argc;
	char **argv;                     /* the command line after the program name */
	const char *cmd;                 /* the command's name, for messages */
	const char **operands;           /* the arguments that are no option */
	size_t n_operands;
	int help, version, quiet;
	int man;                         /* help --man: the manual page */
	const char *table;               /* analyse --table: write only this table */
	const char *db, *out;
	int decimal_comma, strict, replace, show_small, lang, xlsx; /* lang: 0 nl, 1 en */
	struct selection sel;
	int n_factors, extraction, rotation, qmethod_compat; /* factors */
	double tolerance;
	const char *flags_path;
	int out_given;                   /* --out was given (export needs it) */
	int dry_run;                     /* ingest, remove */
	int jobs;                        /* tables built at once; 0 one per core */
	const char *title, *subtitle, *author, *date; /* report front matter */
	/* compare: up to two units, each a factor (DS_*) and a level; against
	 * rest: the second is everyone else. */
	int n_units, against_rest;
	int unit_factor[2];
	const char *unit_level[2];
};
void cli_args_init(struct cli_args *a, int argc, char **argv);
void cli_args_free(struct cli_args *a);

struct cli_command {
	const char *name;
	const char *summary;             /* one line for `goedwerk --help` */
	const char *operands;            /* synopsis of the arguments; NULL: none */
	const char *about;               /* the paragraphs of `--help` */
	unsigned groups;                 /* enum cli_group mask */
	enum gw_status (*run)(struct cli_args *a);
	void (*help_extra)(FILE *out);   /* printed after the options, or NULL */
};
extern const struct cli_command cli_commands[];
extern const size_t cli_commands_len;
const struct cli_command *cli_command_find(const char *name);

enum cli_kind {
	CLI_FLAG,    /* int field = 1 */
	CLI_STRING,  /* const char * field = the value */
	CLI_INT,     /* int field, a whole number from lo to hi */
	CLI_CHOICE,  /* int field = values[k] (or k) for the k-th of choices */
	CLI_WORD,    /* const char * field = the value, one of choices */
	CLI_CALL     /* set(); returns NULL or what the value should be */
};

struct cli_option {
	const char *name;                /* without the leading "--" */
	char short_name;                 /* 'h' for -h, or 0 */
	const char *arg;                 /* the value's name in help; NULL for a flag */
	unsigned group;                  /* one enum cli_group */
	enum cli_kind kind;
	size_t off;                      /* offsetof(struct cli_args, field) */
	long lo, hi;                     /* CLI_INT */
	const char *const *choices;      /* CLI_CHOICE, CLI_WORD: NULL-terminated */
	const int *values;               /* CLI_CHOICE: the field's value per choice */
	const char *(*set)(struct cli_args *a, const char *value);
	const char *help;                /* lines separated by '\n' */
};
extern const struct cli_option cli_options[];
extern const size_t cli_options_len;
extern const char *const cli_group_heading[CLI_N_GROUPS];

/* Parse argv[*i...] into a for cmd (NULL: the options before the command
 * name; stops at the name).  -1 with a usage error printed. */
int cli_parse(const struct cli_command *cmd, int argc, char **argv, int *i, struct cli_args *a);
/* "goedwerk CMD: MSG" and a pointer to --help on stderr; returns GW_EUSAGE. */
enum gw_status cli_usage_error(const char *cmd, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* The generated help of cmd (NULL: of goedwerk itself). */
void cli_help(const struct cli_command *cmd, FILE *out);
/* The manual page goedwerk.1 (roff, man(7)) from the same tables (man.c). */
void cli_man(FILE *out);

#endif
