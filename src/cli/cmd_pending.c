/* cmd_pending.c - commands whose implementation is being written; removed as
 * each lands. */
#include <stdio.h>
#include "commands.h"

static enum gw_status pending(const char *name)
{
	fprintf(stderr, "goedwerk %s: not available in this build\n", name);
	return GW_EINTERNAL;
}

enum gw_status cmd_factors(int argc, char **argv) { (void)argc; (void)argv; return pending("factors"); }
