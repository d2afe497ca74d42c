/* findings_fmt.c - what every finding rule needs: words and numbers in the
 * report language, card labels, and which rows may be read. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "goedwerk/number.h"
#include "findings.h"
#include "tables_read.h"

const char *ft(const struct finding_ctx *c, const char *nl, const char *en)
{
	return c->lang == LANG_EN ? en : nl;
}

const char *fnum(const struct finding_ctx *c, char *buf, size_t size, double v, int decimals)
{
	return fmt_fixed(buf, size, v, decimals, c->lang != LANG_EN);
}

const char *fpct(const struct finding_ctx *c, char *buf, size_t size, double share)
{
	char n[32];
	snprintf(buf, size, "%s%%", fmt_fixed(n, sizeof n, 100 * share, 0, c->lang != LANG_EN));
	return buf;
}

const char *fprob(const struct finding_ctx *c, char *buf, size_t size, double p)
{
	char n[32];
	if (p < 0.001)
		snprintf(buf, size, "< %s", fnum(c, n, sizeof n, 0.001, 3));
	else
		snprintf(buf, size, "= %s", fnum(c, n, sizeof n, p, 3));
	return buf;
}

const char *fcard(const struct finding_ctx *c, const char *card)
{
	int k = report_card_index(c->ds, card);
	if (k < 0)
		return card ? card : "";
	const char *l = c->lang == LANG_EN ? c->ds->label_en[k] : c->ds->label_nl[k];
	return l && *l ? l : card;
}

const struct table *ftable(const struct finding_ctx *c, const char *name)
{
	const struct table *t = table_set_find(c->ts, name);
	return t && t->nrows ? t : NULL;
}

int frow_ok(const struct finding_ctx *c, const struct table *t, size_t r, const char *n_col)
{
	if (table_is_suppressed(t, r))
		return 0;
	double n = n_col ? report_number(t, r, n_col) : NAN;
	return isnan(n) || n >= c->min_cell;
}

const char *ftext(const struct table *t, size_t r, const char *col)
{
	size_t j = table_col(t, col);
	const char *s = j == (size_t)-1 ? NULL : table_get_text(t, r, j);
	return s ? s : "";
}

const char *finding_w_label(const struct finding_ctx *c, double w)
{
	static const char *const nl[] = {"zeer zwakke", "zwakke", "matige", "sterke", "ongewoon sterke"};
	static const char *const en[] = {"very weak", "weak", "moderate", "strong", "unusually strong"};
	int k = w < 0.2 ? 0 : w < 0.4 ? 1 : w < 0.6 ? 2 : w < 0.8 ? 3 : 4;
	return c->lang == LANG_EN ? en[k] : nl[k];
}
