/* report.c - report_write: charts, then the HTML that inlines them, then
 * provenance (which hashes the CSV tables written before). */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/messages.h"
#include "goedwerk/alloc.h"
#include "chart.h"
#include "report_internal.h"

enum gw_status report_write(const struct analysis *a, const struct table_set *ts,
			    const struct report_options *o, FILE *err)
{
	char *dir = xasprintf("%s/charts", o->out_dir);
	if (output_mkdirs(dir) != 0) {
		fprintf(err, msg_tr("goedwerk: cannot create %s: %s\n"), dir, strerror(errno));
		free(dir);
		return GW_EINTERNAL;
	}
	struct chart_ctx c = {a, ts, o->lang};
	enum gw_status st = GW_OK;
	for (size_t i = 0; i < chart_registry_len && st == GW_OK; i++)
		if (chart_render(&chart_registry[i], &c, dir) < 0) {
			fprintf(err, msg_tr("goedwerk: cannot write chart %s in %s\n"), chart_registry[i].name, dir);
			st = GW_EINTERNAL;
		}
	free(dir);
	if (st == GW_OK && report_html(a, ts, o) != 0) {
		fprintf(err, msg_tr("goedwerk: cannot write %s/report.html\n"), o->out_dir);
		st = GW_EINTERNAL;
	}
	if (st == GW_OK && report_provenance(a, ts, o) != 0) {
		fprintf(err, msg_tr("goedwerk: cannot write %s/provenance.json\n"), o->out_dir);
		st = GW_EINTERNAL;
	}
	return st;
}
