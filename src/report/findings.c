/* findings.c - the registry of key findings, in the order of the seeds'
 * questions.  Checklist for a new finding: a rule in a findings_*.c file,
 * its declaration in findings.h, one row here, a unit test in
 * tests/unit/test_findings.c that it fires and stays silent. */
#include <stdlib.h>
#include "findings.h"

const struct finding_rule finding_registry[] = {
	{"values", "value_profile", "value_summary", finding_values},
	{"agreement", "agreement", "agreement", finding_agreement},
	{"group_tops", "group_tops", "group_tops_summary", finding_group_tops},
	{"exchange", "exchange_change", "exchange_change", finding_exchange},
	{"perspective", "perspective_gap", "perspective_gap", finding_perspective},
	{"groups", "group_differences", "group_differences", finding_groups},
	{"viewpoints", "factor_array_1", "factor_characteristics", finding_viewpoints},
	{"dilemmas", "dilemma_triangle", "dilemma_values", finding_dilemmas},
	{"trends", "trends", "trends", finding_trends},
};
const size_t finding_registry_len = sizeof finding_registry / sizeof finding_registry[0];

char *finding_text(const struct finding_rule *r, const struct finding_ctx *c, enum finding_result *res)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	if (!out)
		abort(); /* out of memory: as xmalloc does */
	*res = r->write(c, out);
	if (fclose(out) != 0)
		abort();
	return buf;
}
