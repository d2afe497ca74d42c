/* cmd_export.c - `goedwerk export TRAJECT... --out DIR`: stored trajecten
 * back as a bundle that ingests to the same store. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "goedwerk/messages.h"
#include "goedwerk/alloc.h"
#include "goedwerk/store.h"
#include "commands.h"

static enum gw_status run(const struct cli_args *a, const char *db, const char *out,
			  const char *const *ids, size_t n)
{
	struct store s;
	enum gw_status st = store_open(&s, store_path(db), 0, stderr);
	if (st != GW_OK)
		return st;
	if (mkdir(out, 0777) != 0) {
		fprintf(stderr, msg_tr("goedwerk export: cannot make the folder %s: %s (name a new folder)\n"),
			out, strerror(errno));
		store_close(&s);
		return errno == EEXIST ? GW_EUSAGE : GW_EINTERNAL;
	}
	struct diag d;
	diag_init(&d);
	st = store_export(&s, ids, n, out, &d);
	store_close(&s);
	diag_print(&d, stderr);
	diag_free(&d);
	if (st == GW_OK)
		cli_say(a, "exported %zu trajecten to %s\n", n, out);
	else if (rmdir(out) == 0) /* empty: an id was not stored */
		fputs(msg_tr("goedwerk export: nothing was exported\n"), stderr);
	else
		fprintf(stderr, msg_tr("goedwerk export: the bundle in %s is not complete\n"), out);
	return st;
}

enum gw_status cmd_export(struct cli_args *a)
{
	if (!a->n_operands)
		return cli_usage_error("export", "name the trajecten to export (see 'goedwerk list trajecten')");
	if (!a->out_given)
		return cli_usage_error("export", "name the folder to write with --out DIR");
	return run(a, a->db, a->out, a->operands, a->n_operands);
}
