/* distance.c - pair classes, K^(1/2), mid-rank footrule and the top
 * category between two bucket orders. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/stats/distance.h"
#include "goedwerk/stats/rank.h"
#include "goedwerk/alloc.h"

static void count_pairs(const double *x, const double *y, size_t n, struct stats_sort_distance *o)
{
	for (size_t i = 0; i < n; i++)
		for (size_t j = i + 1; j < n; j++) {
			double da = x[i] - x[j], db = y[i] - y[j];
			if (da == 0.0 && db == 0.0)
				o->tied_both++;
			else if (da == 0.0)
				o->tied_a++;
			else if (db == 0.0)
				o->tied_b++;
			else if ((da > 0.0) == (db > 0.0))
				o->concordant++;
			else
				o->discordant++;
		}
}

enum gw_status stats_sort_distance(const int8_t *a, const int8_t *b, size_t n_cards,
				   int8_t missing, int top, struct stats_sort_distance *out)
{
	memset(out, 0, sizeof *out);
	out->kendall = out->kendall_norm = out->footrule = out->tau_b = NAN;
	double *x = xmalloc(4 * (n_cards ? n_cards : 1) * sizeof *x);
	double *y = x + n_cards, *rx = y + n_cards, *ry = rx + n_cards;
	size_t n = 0;
	for (size_t j = 0; j < n_cards; j++) {
		if (a[j] == missing || b[j] == missing)
			continue;
		x[n] = a[j];
		y[n] = b[j];
		out->top_a += a[j] == top;
		out->top_b += b[j] == top;
		out->top_kept += a[j] == top && b[j] == top;
		n++;
	}
	out->n = n;
	out->top_changed = out->top_kept != out->top_a || out->top_kept != out->top_b;
	if (n < 2) {
		free(x);
		return GW_UNDEFINED;
	}
	count_pairs(x, y, n, out);
	stats_midrank(x, n, rx);
	stats_midrank(y, n, ry);
	double f = 0.0;
	for (size_t j = 0; j < n; j++)
		f += fabs(rx[j] - ry[j]);
	free(x);
	double n0 = (double)n * ((double)n - 1.0) / 2.0;
	double na = (double)(out->tied_a + out->tied_both), nb = (double)(out->tied_b + out->tied_both);
	out->footrule = f;
	out->kendall = (double)out->discordant + 0.5 * (double)(out->tied_a + out->tied_b);
	out->kendall_norm = out->kendall / n0;
	if (n0 > na && n0 > nb)
		out->tau_b = ((double)out->concordant - (double)out->discordant) /
			     sqrt((n0 - na) * (n0 - nb));
	return GW_OK;
}
