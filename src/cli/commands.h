/* commands.h - the built-in commands (private to src/cli). */
#ifndef GOEDWERK_CLI_COMMANDS_H
#define GOEDWERK_CLI_COMMANDS_H

#include <stdio.h>
#include "goedwerk/cli.h"
#include "goedwerk/status.h"

enum gw_status cmd_check(struct cli_args *a);
enum gw_status cmd_ingest(struct cli_args *a);
enum gw_status cmd_list(struct cli_args *a);
enum gw_status cmd_analyse(struct cli_args *a);
enum gw_status cmd_report(struct cli_args *a);
enum gw_status cmd_factors(struct cli_args *a);
enum gw_status cmd_help(struct cli_args *a);
enum gw_status cmd_remove(struct cli_args *a);
enum gw_status cmd_export(struct cli_args *a);
enum gw_status cmd_template(struct cli_args *a);
enum gw_status cmd_compare(struct cli_args *a);

/* The paragraph of `goedwerk --help` after the commands (help.c), also the
 * manual page's. */
extern const char cli_about[];

/* A summary line on stdout ("tables: out/tables ..."), unless --quiet. */
void cli_say(const struct cli_args *a, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The progress bar on stderr when it is a terminal and not --quiet: done of
 * total steps, the step's name (total 0: a step of unknown length; what
 * NULL: clear the line).  cli_progress_cb is it as a callback, arg the
 * cli_args. */
void cli_progress(const struct cli_args *a, size_t done, size_t total, const char *what);
void cli_progress_cb(void *arg, size_t done, size_t total, const char *name);

/* The table list after `goedwerk analyse --help`. */
void analyse_help_tables(FILE *out);

#endif
