/* status.h - the one status enum of goedwerk.
 *
 * Every fallible function returns an enum gw_status.  Only main() turns a
 * status into a process exit code (see gw_exit_code).  GW_UNDEFINED is a
 * statistic's way of saying "this quantity does not exist for this input"
 * (no variation, one group, ...): callers write an empty cell with a reason,
 * never NaN. It never reaches main(). */
#ifndef GOEDWERK_STATUS_H
#define GOEDWERK_STATUS_H

enum gw_status {
	GW_OK = 0,
	GW_EDATA = 1,     /* the data is wrong; nothing was changed */
	GW_EUSAGE = 2,    /* the command line is wrong */
	GW_EINTERNAL = 3, /* internal, memory or I/O failure */
	GW_UNDEFINED = 4  /* a statistic is undefined for this input */
};

/* Exit code for a status: 0 done, 1 data, 2 usage, 3 internal. */
int gw_exit_code(enum gw_status st);

#endif
