/* select.c - the selection options checked before anything is loaded: a
 * year range that runs backwards or holds no stored sort, or a traject,
 * organisation, org type or card set the store does not hold, is a usage
 * error naming what is stored (rather than "no sorts match" after the whole
 * load). */
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
		       char **known, size_t n, const char *lister)
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
		cli_usage_error(a->cmd, "no %s '%s' is stored ('goedwerk list %s' shows them)",
				what, word, lister);
	else
		cli_usage_error(a->cmd, "no %s '%s' is stored (nearest: %s)", what, word, list);
}

static void free_values(char **v, size_t n)
{
	for (size_t j = 0; j < n; j++)
		free(v[j]);
	free(v);
}

static enum gw_status check_names(struct store *s, const struct cli_args *a, const char *column,
				  const char *what, const char *const *names, size_t n_names)
{
	if (!n_names)
		return GW_OK;
	char **known;
	size_t n;
	enum gw_status st = store_values(s, column, &known, &n);
	for (size_t i = 0; i < n_names && st == GW_OK; i++) {
		size_t j = 0;
		while (j < n && strcmp(known[j], names[i]) != 0)
			j++;
		if (j == n) {
			not_stored(a, what, names[i], known, n,
				   strcmp(column, "card_set") == 0 ? "cards" : "trajecten");
			st = GW_EUSAGE;
		}
	}
	free_values(known, n);
	return st;
}

/* --from/--to that hold no stored year: name the stored years. */
static enum gw_status check_years_stored(struct store *s, const struct cli_args *a)
{
	const struct selection *sel = &a->sel;
	if (!sel->from_year && !sel->to_year)
		return GW_OK;
	char **years, range[64], list[128] = "";
	size_t n;
	enum gw_status st = store_values(s, "year", &years, &n);
	int any = 0;
	for (size_t i = 0; i < n && st == GW_OK; i++) {
		int y = atoi(years[i]);
		any |= (!sel->from_year || y >= sel->from_year) && (!sel->to_year || y <= sel->to_year);
	}
	if (st != GW_OK || any) {
		free_values(years, n);
		return st;
	}
	if (sel->from_year && sel->to_year)
		snprintf(range, sizeof range, msg_tr("from %d to %d"), sel->from_year, sel->to_year);
	else if (sel->from_year)
		snprintf(range, sizeof range, msg_tr("from %d on"), sel->from_year);
	else
		snprintf(range, sizeof range, msg_tr("up to %d"), sel->to_year);
	for (size_t i = 0, len = 0; n <= 10 && i < n; i++)
		len += (size_t)snprintf(list + len, sizeof list - len, "%s%s", i ? ", " : "", years[i]);
	if (n > 10)
		snprintf(list, sizeof list, "%s to %s", years[0], years[n - 1]);
	if (n)
		cli_usage_error(a->cmd, "no sorts %s are stored (the stored years: %s)", range, list);
	else
		cli_usage_error(a->cmd, "no sorts %s are stored (no stored sort has a date)", range);
	free_values(years, n);
	return GW_EUSAGE;
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
	if (st == GW_OK)
		st = check_names(s, a, "card_set", MSG("card set"), &sel->card_set, sel->card_set != NULL);
	if (st == GW_OK)
		st = check_years_stored(s, a);
	return st;
}
