/* select.c - the selection options checked before anything is loaded: a
 * year range that runs backwards, or a traject, organisation or org type
 * the store does not hold, is a usage error naming what is stored (rather
 * than "no sorts match" after the whole load). */
#include <stdlib.h>
#include <string.h>
#include "goedwerk/messages.h"
#include "goedwerk/cli.h"
#include "goedwerk/store.h"
#include "goedwerk/textdist.h"
#include "select.h"

int cli_check_years(const struct cli_args *a)
{
	const struct selection *s = &a->sel;
	if (s->from_year && s->to_year && s->from_year > s->to_year)
		return cli_usage_error(a->cmd, "--from %d is after --to %d", s->from_year, s->to_year),
		       -1;
	return 0;
}

/* "no organisation 'X' is stored (nearest: A, B)", or all stored when few. */
static void not_stored(const struct cli_args *a, const char *what, const char *word,
		       char **known, size_t n)
{
	size_t pick[3], k = text_nearest(word, (const char *const *)known, n, pick, 3);
	if (!k && n <= 3)
		for (; k < n; k++)
			pick[k] = k;
	char list[512] = "";
	for (size_t i = 0, len = 0; i < k && len < sizeof list; i++)
		len += (size_t)snprintf(list + len, sizeof list - len, "%s%s", i ? ", " : "", known[pick[i]]);
	what = msg_tr(what);
	if (!n)
		cli_usage_error(a->cmd, "no %s '%s' is stored (the store holds none)", what, word);
	else if (!k)
		cli_usage_error(a->cmd, "no %s '%s' is stored ('goedwerk list trajecten' shows them)",
				what, word);
	else
		cli_usage_error(a->cmd, "no %s '%s' is stored (nearest: %s)", what, word, list);
}

static enum gw_status check_names(struct store *s, const struct cli_args *a, const char *column,
				  const char *what, const char *const *names, size_t n_names)
{
	if (!n_names)
		return GW_OK;
	char **known;
	size_t n;
	enum gw_status st = store_traject_values(s, column, &known, &n);
	for (size_t i = 0; i < n_names && st == GW_OK; i++) {
		size_t j = 0;
		while (j < n && strcmp(known[j], names[i]) != 0)
			j++;
		if (j == n) {
			not_stored(a, what, names[i], known, n);
			st = GW_EUSAGE;
		}
	}
	for (size_t j = 0; j < n; j++)
		free(known[j]);
	free(known);
	return st;
}

enum gw_status cli_check_selection(struct store *s, const struct cli_args *a)
{
	const struct selection *sel = &a->sel;
	enum gw_status st = check_names(s, a, "traject", MSG("traject"), sel->trajecten, sel->n_trajecten);
	if (st == GW_OK)
		st = check_names(s, a, "organisation", MSG("organisation"), sel->organisations,
				 sel->n_organisations);
	if (st == GW_OK)
		st = check_names(s, a, "org_type", MSG("org type"), sel->org_types, sel->n_org_types);
	return st;
}
