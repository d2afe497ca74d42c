/* chart_dist.c - distributions for charts whose marks would be too many
 * (chart.h CHART_MAX_MARKS): a histogram of values, and a horizontal box
 * (quartiles, whiskers at the 10th and 90th percentile, so that no single
 * group's value stands alone on the page). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <gsl/gsl_sort.h>
#include <gsl/gsl_statistics_double.h>
#include <plplot.h>
#include "goedwerk/alloc.h"
#include "chart.h"

void chart_histogram(const double *v, size_t n, double lo, double hi, const int rgb[3],
		     const char *xlabel, const char *ylabel)
{
	enum { BINS = 25 };
	size_t count[BINS] = {0}, max = 1;
	double span = hi > lo ? hi - lo : 1;
	for (size_t i = 0; i < n; i++) {
		if (isnan(v[i]))
			continue;
		long b = (long)((v[i] - lo) / span * BINS);
		count[b < 0 ? 0 : b >= BINS ? BINS - 1 : b]++;
	}
	for (int b = 0; b < BINS; b++)
		max = count[b] > max ? count[b] : max;
	plwind(lo, hi, 0, (double)max * 1.05);
	for (int b = 0; b < BINS; b++)
		if (count[b])
			chart_box(lo + span * b / BINS, lo + span * (b + 1) / BINS, 0, (double)count[b], rgb, 1);
	chart_use_black();
	plschr(0, 0.8);
	plbox("bcnst", 0, 0, "bcnstv", 0, 0);
	plmtex("b", 3.0, 0.5, 0.5, xlabel);
	plmtex("l", 4.0, 0.5, 0.5, ylabel);
}

int chart_box_row(double *v, size_t n, double y, double half, const int rgb[3])
{
	size_t m = 0;
	for (size_t i = 0; i < n; i++)
		if (!isnan(v[i]))
			v[m++] = v[i];
	if (m == 0)
		return 0;
	gsl_sort(v, 1, m);
	double p10 = gsl_stats_quantile_from_sorted_data(v, 1, m, 0.10);
	double q1 = gsl_stats_quantile_from_sorted_data(v, 1, m, 0.25);
	double med = gsl_stats_quantile_from_sorted_data(v, 1, m, 0.50);
	double q3 = gsl_stats_quantile_from_sorted_data(v, 1, m, 0.75);
	double p90 = gsl_stats_quantile_from_sorted_data(v, 1, m, 0.90);
	chart_use_black();
	pljoin(p10, y, q1, y);
	pljoin(q3, y, p90, y);
	chart_box(q1, q3 > q1 ? q3 : q1 + 1e-9, y - half, y + half, rgb, 1);
	chart_use_black();
	plwidth(2);
	pljoin(med, y - half, med, y + half);
	plwidth(1);
	return 1;
}
