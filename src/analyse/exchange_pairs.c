/* exchange_pairs.c - see exchange_pairs.h. */
#include <stdlib.h>
#include <string.h>
#include "goedwerk/stats/distance.h"
#include "goedwerk/alloc.h"
#include "exchange_pairs.h"

static _Thread_local const struct dataset *g_ds;
static _Thread_local int g_ind;

/* person, perspective, session, individual before exchange, store order */
static int cmp_sort(const void *pa, const void *pb)
{
	size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
	const struct dataset *ds = g_ds;
	int32_t ka[4] = {ds->person[a], ds->f[DS_PERSPECTIVE].code[a], ds->f[DS_SESSION].code[a],
			 ds->f[DS_PHASE].code[a] != g_ind};
	int32_t kb[4] = {ds->person[b], ds->f[DS_PERSPECTIVE].code[b], ds->f[DS_SESSION].code[b],
			 ds->f[DS_PHASE].code[b] != g_ind};
	for (int k = 0; k < 4; k++)
		if (ka[k] != kb[k])
			return ka[k] < kb[k] ? -1 : 1;
	return a < b ? -1 : a > b;
}

size_t exchange_pairs(const struct dataset *ds, struct exchange_pair **out)
{
	const struct ds_factor *ph = &ds->f[DS_PHASE];
	int32_t ind = ds_level_code(ph, "individual"), exch = ds_level_code(ph, "exchange");
	size_t *idx = xmalloc((ds->n_sorts ? ds->n_sorts : 1) * sizeof *idx), m = 0, np = 0;
	for (size_t i = 0; i < ds->n_sorts; i++)
		if (ph->code[i] == ind || ph->code[i] == exch)
			idx[m++] = i;
	g_ds = ds;
	g_ind = ind;
	qsort(idx, m, sizeof *idx, cmp_sort);
	struct exchange_pair *p = xmalloc((m ? m : 1) * sizeof *p);
	for (size_t a = 0; a < m;) {
		size_t b = a + 1, i0 = idx[a];
		const int32_t *pc = ds->f[DS_PERSPECTIVE].code, *sc = ds->f[DS_SESSION].code;
		while (b < m && ds->person[idx[b]] == ds->person[i0] && pc[idx[b]] == pc[i0] &&
		       sc[idx[b]] == sc[i0])
			b++;
		size_t e = a;
		while (e < b && ph->code[idx[e]] == ind)
			e++;
		if (ph->code[i0] == ind && e < b) {
			struct stats_sort_distance d;
			const int8_t *x = ds->cats + i0 * ds->n_cards, *y = ds->cats + idx[e] * ds->n_cards;
			if (stats_sort_distance(x, y, ds->n_cards, DS_MISSING, ds->scale_max, &d) == GW_OK)
				p[np++] = (struct exchange_pair){i0, idx[e], ds->person[i0], pc[i0], d.footrule,
							d.kendall, d.kendall_norm, (double)d.top_kept,
							d.top_changed};
		}
		a = b;
	}
	free(idx);
	*out = p;
	return np;
}

