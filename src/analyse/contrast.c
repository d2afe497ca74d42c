/* contrast.c - see contrast.h. */
#include <math.h>
#include "goedwerk/stats/compare.h"
#include "goedwerk/stats/mannwhitney.h"
#include "empty.h"
#include "contrast.h"

double contrast_size(const double *a, const double *b, size_t ns)
{
	struct stats_moments ma, mb;
	stats_moments_counts(a, ns, 0, &ma);
	stats_moments_counts(b, ns, 0, &mb);
	return fabs(ma.mean - mb.mean);
}

static void shares(struct table *t, size_t r, size_t c0, const double *a, const double *b,
		   size_t ns, double na, double nb)
{
	double d, lo, hi;
	stats_newcombe_diff(a[ns - 1], na, b[ns - 1], nb, 0.95, &d, &lo, &hi);
	table_set_real(t, r, c0 + CT_TOP_A, a[ns - 1] / na);
	table_set_real(t, r, c0 + CT_TOP_B, b[ns - 1] / nb);
	table_set_real(t, r, c0 + CT_TOP_DIFF, d);
	table_set_real(t, r, c0 + CT_TOP_LO, lo);
	table_set_real(t, r, c0 + CT_TOP_HI, hi);
}

void contrast_set(struct table *t, size_t r, size_t c0, const double *a, const double *b,
		  size_t ns, int scale_min)
{
	struct stats_moments ma, mb;
	stats_moments_counts(a, ns, scale_min, &ma);
	stats_moments_counts(b, ns, scale_min, &mb);
	table_set_int(t, r, c0 + CT_N_A, (long long)ma.n);
	table_set_int(t, r, c0 + CT_N_B, (long long)mb.n);
	if (!(ma.n > 0) || !(mb.n > 0)) {
		table_set_undefined(t, r, c0 + CT_DIFF, !(ma.n > 0) && !(mb.n > 0) ? why_unplaced
				    : "nobody on one side placed this card");
		return;
	}
	table_set_real(t, r, c0 + CT_MEAN_A, ma.mean);
	table_set_real(t, r, c0 + CT_MEAN_B, mb.mean);
	double d, lo, hi;
	if (stats_welch_interval(&ma, &mb, 0.95, &d, &lo, &hi) != GW_OK)
		table_set_undefined(t, r, c0 + CT_DIFF_LO, "no interval: one answer, or no variation");
	table_set_real(t, r, c0 + CT_DIFF, d);
	table_set_real(t, r, c0 + CT_DIFF_LO, lo);
	table_set_real(t, r, c0 + CT_DIFF_HI, hi);
	shares(t, r, c0, a, b, ns, ma.n, mb.n);
	struct stats_mw mw;
	enum gw_status st = stats_mann_whitney_counts(a, b, ns, &mw);
	table_set_real(t, r, c0 + CT_U, mw.u1);
	table_set_real(t, r, c0 + CT_DELTA, mw.cliffs_delta);
	if (st != GW_OK) {
		table_set_undefined(t, r, c0 + CT_P, "no variation");
		return;
	}
	table_set_real(t, r, c0 + CT_Z, mw.z);
	table_set_p(t, r, c0 + CT_P, mw.p_value);
	table_set_int(t, r, c0 + CT_EXACT, mw.exact);
}
