/* select.h - checks of the selection options (private to src/cli). */
#ifndef GOEDWERK_CLI_SELECT_H
#define GOEDWERK_CLI_SELECT_H

#include "goedwerk/cli.h"
#include "goedwerk/store.h"

/* -1 with a usage error when --from is after --to. */
int cli_check_years(const struct cli_args *a);
/* GW_EUSAGE with a usage error naming the nearest stored values when a
 * --traject, --organisation or --org-type is not in the store. */
enum gw_status cli_check_selection(struct store *s, const struct cli_args *a);

#endif
