/* frequency.c - summaries of category counts without expanding them. */
#include <math.h>
#include <stdlib.h>
#include <gsl/gsl_sort.h>
#include "goedwerk/stats/frequency.h"

double stats_share(size_t count, size_t n)
{
	return (double)count / (double)n;
}

/* The value at 0-based position pos of the sorted data. */
static int value_at(const size_t *counts, size_t n_values, int first_value, size_t pos)
{
	size_t cum = 0;
	for (size_t k = 0; k < n_values; k++) {
		cum += counts[k];
		if (pos < cum)
			return first_value + (int)k;
	}
	return first_value + (int)n_values - 1;
}

enum gw_status stats_count_summary(const size_t *counts, size_t n_values, int first_value,
				   struct stats_count_summary *out)
{
	size_t n = 0;
	double sum = 0;
	for (size_t k = 0; k < n_values; k++) {
		n += counts[k];
		sum += (double)counts[k] * (first_value + (int)k);
	}
	out->n = n;
	if (n == 0) {
		out->mean = out->median = NAN;
		return GW_UNDEFINED;
	}
	out->mean = sum / (double)n;
	int lo = value_at(counts, n_values, first_value, (n - 1) / 2);
	int hi = value_at(counts, n_values, first_value, n / 2);
	out->median = (lo + hi) / 2.0;
	return GW_OK;
}

void stats_rank_desc(const double *v, size_t n, int *rank)
{
	if (n == 0)
		return;
	size_t *idx = malloc(n * sizeof *idx);
	double *neg = malloc(n * sizeof *neg);
	if (!idx || !neg)
		abort();
	for (size_t i = 0; i < n; i++)
		neg[i] = isnan(v[i]) ? INFINITY : -v[i];
	gsl_sort_index(idx, neg, 1, n); /* not stable: ties are told by value below */
	int place = 0;
	for (size_t r = 0; r < n; r++) {
		size_t i = idx[r];
		if (isnan(v[i])) {
			rank[i] = 0;
			continue;
		}
		if (r == 0 || neg[idx[r - 1]] != neg[i])
			place = (int)r + 1;
		rank[i] = place;
	}
	free(idx);
	free(neg);
}
