/* empty.c - the shared reasons of empty tables and cells (empty.h). */
#include <string.h>
#include "goedwerk/messages.h"
#include "empty.h"

const char *const why_no_cases = MSG("no dilemma cases in the selection");
const char *const why_few_tags = MSG("fewer than two tags in the codebook");
const char *const why_no_tops = MSG("no common tops of tables in the selection (group_tops.csv)");
const char *const why_unplaced = MSG("card placed by nobody");

void empty_because(struct table *t, const char *reason)
{
	if (t->nrows == 0)
		table_set_empty_reason(t, reason);
}

int empty_cell_has_sorts(const struct dataset *ds, int32_t a, int32_t b)
{
	for (size_t i = 0; i < ds->n_sorts; i++)
		if (ds->f[DS_PHASE].code[i] == a && ds->f[DS_PERSPECTIVE].code[i] == b)
			return 1;
	return 0;
}

static int is(const struct ds_factor *f, size_t i, const char *level)
{
	return !level || (f->code[i] >= 0 && strcmp(f->levels[f->code[i]], level) == 0);
}

size_t empty_count_sorts(const struct dataset *ds, const char *phase, const char *perspective)
{
	size_t n = 0;
	for (size_t i = 0; i < ds->n_sorts; i++)
		n += is(&ds->f[DS_PHASE], i, phase) && is(&ds->f[DS_PERSPECTIVE], i, perspective);
	return n;
}

const char *empty_why_dilemmas(const struct dataset *ds, size_t min_tags)
{
	if (ds->n_dilemmas == 0)
		return why_no_cases;
	return ds->n_tags < min_tags ? why_few_tags : NULL;
}
