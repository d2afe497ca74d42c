/* cmd_pending.c - commands whose implementation is being written; removed as
 * each lands. */
#include <stdio.h>
#include "commands.h"

static enum gw_status pending(const char *name)
{
	fprintf(stderr, "goedwerk %s: not available in this build\n", name);
	return GW_EINTERNAL;
}

enum gw_status cmd_check(int argc, char **argv) { (void)argc; (void)argv; return pending("check"); }
enum gw_status cmd_ingest(int argc, char **argv) { (void)argc; (void)argv; return pending("ingest"); }
enum gw_status cmd_list(int argc, char **argv) { (void)argc; (void)argv; return pending("list"); }
enum gw_status cmd_analyse(int argc, char **argv) { (void)argc; (void)argv; return pending("analyse"); }
enum gw_status cmd_report(int argc, char **argv) { (void)argc; (void)argv; return pending("report"); }
