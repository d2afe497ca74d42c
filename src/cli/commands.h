/* commands.h - the built-in commands (private to src/cli). */
#ifndef GOEDWERK_CLI_COMMANDS_H
#define GOEDWERK_CLI_COMMANDS_H

#include "goedwerk/status.h"

enum gw_status cmd_check(int argc, char **argv);
enum gw_status cmd_ingest(int argc, char **argv);
enum gw_status cmd_list(int argc, char **argv);
enum gw_status cmd_remove(int argc, char **argv);
enum gw_status cmd_export(int argc, char **argv);
enum gw_status cmd_analyse(int argc, char **argv);
enum gw_status cmd_report(int argc, char **argv);
enum gw_status cmd_factors(int argc, char **argv);
enum gw_status cmd_template(int argc, char **argv);
enum gw_status cmd_compare(int argc, char **argv);

/* Print a usage error "goedwerk CMD: MSG" and a pointer to --help; returns GW_EUSAGE. */
enum gw_status cli_usage_error(const char *cmd, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* The arguments of remove and export: --db PATH, --dry-run and --out DIR
 * when the command takes them, and the traject ids. */
struct traject_args {
	const char *db, *out;
	int dry_run, help;
	const char **ids; /* argv's, caller frees the array */
	size_t n;
};
enum { TA_DRY_RUN = 1, TA_OUT = 2 };
enum gw_status cli_traject_args(const char *cmd, int argc, char **argv, unsigned takes,
				struct traject_args *a);

/* 1 when argv[i] is -h or --help. */
int cli_is_help(const char *arg);

#endif
