/* scope_w.c - the cards and complete sorts of a scope (scope_w.h). */
#include "scope_w.h"

size_t scope_cards(const struct dataset *ds, const size_t *rows, size_t n, size_t *card)
{
	size_t m = 0;
	for (size_t j = 0; j < ds->n_cards; j++) {
		size_t i = 0;
		while (i < n && ds_cat(ds, rows[i], j) == DS_MISSING)
			i++;
		if (i < n)
			card[m++] = j;
	}
	return m;
}

static int is_complete(const struct dataset *ds, size_t row, const size_t *card, size_t nc)
{
	for (size_t k = 0; k < nc; k++)
		if (ds_cat(ds, row, card[k]) == DS_MISSING)
			return 0;
	return 1;
}

size_t scope_complete_sorts(const struct dataset *ds, const size_t *rows, size_t n,
			    const size_t *card, size_t nc, double *x, struct stats_concordance *c,
			    double *buf)
{
	size_t m = 0;
	for (size_t i = 0; i < n; i++) {
		if (!is_complete(ds, rows[i], card, nc))
			continue;
		double *dst = x ? x + m * nc : buf;
		for (size_t k = 0; k < nc; k++)
			dst[k] = ds_cat(ds, rows[i], card[k]);
		if (c)
			stats_concordance_add(c, dst);
		m++;
	}
	return m;
}
