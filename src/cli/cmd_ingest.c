/* cmd_ingest.c - `goedwerk ingest`: validate a bundle and store it in one
 * transaction; with any error nothing is written. */
#include <stdio.h>
#include "goedwerk/ingest.h"
#include "goedwerk/store.h"
#include "commands.h"

static enum gw_status store_it(const struct cli_args *a, const struct bundle *b, struct diag *d)
{
	struct store s;
	enum gw_status st = store_open(&s, store_path(a->db), 1, stderr);
	if (st != GW_OK)
		return st;
	struct store_ingest_result r;
	st = store_write_bundle(&s, b, a->replace, d, &r);
	if (st == GW_OK)
		store_close(&s);
	else
		store_discard(&s); /* a store created for this ingest goes again */
	if (st == GW_OK)
		printf("stored in %s: %zu new, %zu replaced, %zu unchanged trajecten; %zu sorts written\n",
		       store_path(a->db), r.trajecten_new, r.trajecten_replaced, r.trajecten_same,
		       r.sorts_written);
	return st;
}

enum gw_status cmd_ingest(struct cli_args *a)
{
	if (!a->n_operands)
		return cli_usage_error("ingest", "name a bundle folder or its files");
	enum gw_status st;
	struct ingest_options opt;
	ingest_options_default(&opt);
	opt.strict = a->strict;
	struct bundle b;
	struct diag d;
	bundle_init(&b);
	diag_init(&d);
	st = ingest_read(a->operands, a->n_operands, &opt, &b, &d);
	if (st == GW_OK && d.n_errors)
		st = GW_EDATA;
	if (st == GW_OK)
		st = store_it(a, &b, &d);
	diag_print(&d, stderr);
	if (st == GW_EDATA || st == GW_EINTERNAL)
		fprintf(stderr, "goedwerk ingest: nothing was stored\n");
	diag_free(&d);
	bundle_free(&b);
	return st;
}
