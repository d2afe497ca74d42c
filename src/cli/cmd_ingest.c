/* cmd_ingest.c - `goedwerk ingest`: validate a bundle and store it in one
 * transaction; with any error nothing is written. */
#include <stdio.h>
#include "goedwerk/messages.h"
#include "goedwerk/ingest.h"
#include "goedwerk/store.h"
#include "commands.h"

/* One line per new or replaced traject: what each kind became. */
static void print_note(const struct store_traject_note *n)
{
	if (n->is_new) {
		printf("new %s: %zu participants, %zu sorts, %zu group tops, %zu dilemmas\n", n->traject,
		       n->now[SK_PARTICIPANTS], n->now[SK_SORTS], n->now[SK_GROUP_TOPS],
		       n->now[SK_DILEMMAS]);
		return;
	}
	printf("replaced %s:", n->traject);
	for (int k = 0; k < SK_N; k++) {
		const char *sep = k ? ";" : "";
		if (k == SK_DETAILS)
			printf(" details %s", n->carried & 1u ? "replaced" : "kept");
		else if (n->carried & (1u << k))
			printf("%s %s replaced: %zu (were %zu)", sep, store_kind_names[k], n->now[k],
			       n->was[k]);
		else
			printf("%s %s kept: %zu", sep, store_kind_names[k], n->now[k]);
	}
	putchar('\n');
}

static enum gw_status store_it(const struct cli_args *a, const struct bundle *b, struct diag *d)
{
	struct store s;
	enum gw_status st = store_open(&s, store_path(a->db), 1, stderr);
	if (st != GW_OK)
		return st;
	struct store_ingest_result r;
	unsigned flags = STORE_NOTES | (a->replace ? STORE_REPLACE : 0) | (a->dry_run ? STORE_DRY_RUN : 0);
	cli_progress(a, 0, 0, "storing");
	st = store_write_bundle(&s, b, flags, d, &r);
	cli_progress(a, 0, 0, NULL);
	if (st == GW_OK && !a->dry_run)
		store_close(&s);
	else
		store_discard(&s); /* a store created for this ingest goes again */
	for (size_t i = 0; st == GW_OK && i < r.n_notes; i++)
		/* a new traject is said only in a dry run; --quiet: only a dry run says anything */
		if (a->dry_run || (!r.notes[i].is_new && !a->quiet))
			print_note(&r.notes[i]);
	if (st == GW_OK && (a->dry_run || !a->quiet))
		printf("%s %s: %zu new, %zu replaced, %zu unchanged trajecten; %zu sorts %s\n",
		       a->dry_run ? "dry run, nothing stored in" : "stored in", store_path(a->db),
		       r.trajecten_new, r.trajecten_replaced, r.trajecten_same, r.sorts_written,
		       a->dry_run ? "to write" : "written");
	store_ingest_result_free(&r);
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
	opt.progress = cli_progress_cb;
	opt.progress_arg = a;
	struct bundle b;
	struct diag d;
	bundle_init(&b);
	diag_init(&d);
	st = ingest_read(a->operands, a->n_operands, &opt, &b, &d);
	if (st == GW_OK && d.n_errors)
		st = GW_EDATA;
	if (st == GW_OK)
		st = store_it(a, &b, &d);
	cli_progress(a, 0, 0, NULL);
	diag_print(&d, stderr);
	if (st == GW_EDATA || st == GW_EINTERNAL)
		fputs(msg_tr("goedwerk ingest: nothing was stored\n"), stderr);
	diag_free(&d);
	bundle_free(&b);
	return st;
}
