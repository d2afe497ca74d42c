/* status.c - the one place a status becomes an exit code. */
#include "goedwerk/status.h"

int gw_exit_code(enum gw_status st)
{
	switch (st) {
	case GW_OK: return 0;
	case GW_EDATA: return 1;
	case GW_EUSAGE: return 2;
	case GW_EINTERNAL: return 3;
	case GW_UNDEFINED: return 3; /* a statistic's status must not get here */
	}
	return 3;
}
