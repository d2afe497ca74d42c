/* tables_read.c - row lookups in built tables. */
#include <math.h>
#include <string.h>
#include "tables_read.h"

static int eq(const char *a, const char *b)
{
	return !b || (a && strcmp(a, b) == 0);
}

/* A column the table does not have matches anything. */
static int col_is(const struct table *t, size_t r, const char *col, const char *want)
{
	size_t j = table_col(t, col);
	return j == (size_t)-1 || eq(table_get_text(t, r, j), want);
}

int report_row_is(const struct table *t, size_t r, const char *phase, const char *perspective,
		  const char *stype, const char *stratum)
{
	return col_is(t, r, "phase", phase) && col_is(t, r, "perspective", perspective) &&
	       col_is(t, r, "stratum_type", stype) && col_is(t, r, "stratum", stratum);
}

int report_main_cell(const struct table_set *ts, const char **phase, const char **perspective)
{
	const struct table *t = table_set_find(ts, "value_summary");
	*phase = *perspective = NULL;
	if (!t || t->nrows == 0)
		return -1;
	/* Prefer the individual professional sorts: the heart of a Goed Werk session. */
	for (size_t r = 0; r < t->nrows; r++)
		if (report_row_is(t, r, "individual", "professional", "all", "all")) {
			*phase = "individual";
			*perspective = "professional";
			return 0;
		}
	*phase = table_get_text(t, 0, table_col(t, "phase"));
	*perspective = table_get_text(t, 0, table_col(t, "perspective"));
	return 0;
}

int report_card_index(const struct dataset *ds, const char *card)
{
	for (size_t j = 0; card && j < ds->n_cards; j++)
		if (strcmp(ds->card_id[j], card) == 0)
			return (int)j;
	return -1;
}

double report_number(const struct table *t, size_t r, const char *col)
{
	size_t j = table_col(t, col);
	if (j == (size_t)-1)
		return NAN;
	return table_get_real(t, r, j); /* an integer cell as a double */
}
