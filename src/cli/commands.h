/* commands.h - the built-in commands (private to src/cli). */
#ifndef GOEDWERK_CLI_COMMANDS_H
#define GOEDWERK_CLI_COMMANDS_H

#include "goedwerk/status.h"

enum gw_status cmd_check(int argc, char **argv);
enum gw_status cmd_ingest(int argc, char **argv);
enum gw_status cmd_list(int argc, char **argv);
enum gw_status cmd_analyse(int argc, char **argv);
enum gw_status cmd_report(int argc, char **argv);
enum gw_status cmd_factors(int argc, char **argv);
enum gw_status cmd_compare(int argc, char **argv);

/* Print a usage error "goedwerk CMD: MSG" and a pointer to --help; returns GW_EUSAGE. */
enum gw_status cli_usage_error(const char *cmd, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* 1 when argv[i] is -h or --help. */
int cli_is_help(const char *arg);

#endif
