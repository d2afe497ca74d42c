/* cmd_check.c - `goedwerk check [--strict] BUNDLE...`: read and validate,
 * print every problem on stderr and a one-line summary on stdout (counts
 * only, never pseudonyms).  Needs no store and changes nothing. */
#include <stdio.h>
#include "goedwerk/messages.h"
#include "goedwerk/bundle.h"
#include "goedwerk/diag.h"
#include "goedwerk/ingest.h"
#include "commands.h"

enum gw_status cmd_check(struct cli_args *a)
{
	struct ingest_options opt;
	ingest_options_default(&opt);
	opt.strict = a->strict;
	if (!a->n_operands)
		return cli_usage_error("check", "no bundle given");
	struct bundle b;
	struct diag d;
	bundle_init(&b);
	diag_init(&d);
	enum gw_status st = ingest_read(a->operands, a->n_operands, &opt, &b, &d);
	diag_print(&d, stderr);
	if (st == GW_OK && d.n_errors) {
		fprintf(stderr, d.n_errors == 1 ? msg_tr("goedwerk check: %zu error\n")
					      : msg_tr("goedwerk check: %zu errors\n"), d.n_errors);
		st = GW_EDATA;
	} else if (st == GW_OK) {
		cli_say(a, "ok: %zu trajecten, %zu participants, %zu sorts, %zu dilemmas\n",
		       b.n_trajecten, b.n_participants, b.n_sorts, b.n_dilemmas);
	}
	diag_free(&d);
	bundle_free(&b);
	return st;
}
