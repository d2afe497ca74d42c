/* stats/agreement.h - agreement between many sorts of the same cards:
 * Kendall's W (tie-corrected) with its chi-square and permutation tests,
 * Krippendorff's alpha (nominal, ordinal, interval, ratio) and the mean
 * pairwise Spearman correlation.
 * Owner: src/stats/agreement.c, src/stats/alpha.c.  Pure, no I/O.
 * Results are returned in caller-owned structs; nothing to free.
 * A statistic that is undefined for the input (no variation, too few
 * sorts) is NaN in the struct and the function returns GW_UNDEFINED;
 * GW_EUSAGE for impossible sizes. */
#ifndef GOEDWERK_STATS_AGREEMENT_H
#define GOEDWERK_STATS_AGREEMENT_H

#include <stddef.h>
#include <stdint.h>
#include "goedwerk/status.h"

struct stats_kendall_w {
	size_t m, n;          /* sorts (raters), cards (objects) */
	double s;             /* sum_j (R_j - m(n+1)/2)^2 */
	double tie_term;      /* sum over sorts and tie groups of t^3 - t */
	double w;             /* tie-corrected W (Kendall 1948; Siegel & Castellan 1988) */
	double w_uncorrected;
	double chi2;          /* m (n - 1) W = tie-corrected Friedman statistic */
	double df;            /* n - 1 */
	double p;             /* gsl_cdf_chisq_Q(chi2, df) */
};

/* Kendall's W of m complete sorts of n cards: x is m x n row-major (sort i,
 * card j), any ordinal scores (categories); each row is turned into
 * mid-ranks.  Precondition: complete data (no missing value, no NaN) -
 * the caller passes only sorts that placed every card.  m >= 2, n >= 2
 * (else GW_EUSAGE).  All sorts tie every card: GW_UNDEFINED.
 * Identical sorts give W = 1 exactly (the tie correction makes this so
 * with forced distributions).  O(m n log n). */
enum gw_status stats_kendall_w(const double *x, size_t m, size_t n, struct stats_kendall_w *out);

/* Permutation p-value of W: each sort's scores are shuffled independently
 * (gsl_rng_mt19937 seeded with seed, gsl_ran_shuffle), B times;
 * p = (1 + #{W_perm >= W_obs}) / (1 + B) (a relative tolerance of 1e-12
 * counts equal values as >=).  Same preconditions as stats_kendall_w;
 * B >= 1.  Same seed, same p.  O(B m n). */
enum gw_status stats_kendall_w_perm(const double *x, size_t m, size_t n, size_t B,
				    unsigned long seed, double *p);

/* Streaming form of stats_kendall_w and stats_mean_spearman: add complete
 * sorts one at a time, O(n) memory whatever the number of sorts (a million
 * sorts need not be copied into a matrix).  init allocates, free releases. */
struct stats_concordance {
	size_t n, m, m_var;   /* cards, sorts added, sorts with variation */
	double tie_term;
	double *rank_sum;     /* per card: sum of mid-ranks */
	double *z_sum;        /* per card: sum of unit-length centred mid-ranks */
	double *work;
};
void stats_concordance_init(struct stats_concordance *c, size_t n);
/* x: one complete sort of the n cards (no missing value, no NaN). */
void stats_concordance_add(struct stats_concordance *c, const double *x);
enum gw_status stats_concordance_w(const struct stats_concordance *c, struct stats_kendall_w *out);
enum gw_status stats_concordance_spearman(const struct stats_concordance *c, double *mean_rho,
					  size_t *m_used);
void stats_concordance_free(struct stats_concordance *c);

struct stats_alpha {
	double nominal, ordinal, interval, ratio; /* NaN when undefined */
	double n_pairable;    /* values in units with >= 2 values */
	size_t n_units;       /* units (cards) with >= 2 values */
};

/* Krippendorff's alpha (Krippendorff 2011, "Computing Krippendorff's
 * alpha-reliability") from per-unit value counts: counts[u * n_values + k]
 * = how many coders gave unit u the k-th value of the ordered scale
 * values[0..n_values) (ascending).  Units = cards, coders = sorts; missing
 * values are simply not counted.  Coincidences o_ck = sum_u (n_uc n_uk -
 * [c = k] n_uc) / (m_u - 1), so the work is O(units x n_values^2) after an
 * O(units x coders) count - never over pairs of coders.  The ordinal metric
 * runs over the whole scale (unused values have n_g = 0).  Ratio is NaN
 * when a value is negative.  Fewer than 2 pairable values or no variation
 * (expected disagreement 0): every alpha NaN and GW_UNDEFINED. */
enum gw_status stats_krippendorff_alpha_counts(const double *counts, size_t n_units,
					       const double *values, size_t n_values,
					       struct stats_alpha *out);

/* The same from a coders x units matrix of category codes (row-major),
 * categories first_value..first_value+n_values-1, missing marks a missing
 * value.  A value outside the scale: GW_EUSAGE. */
enum gw_status stats_krippendorff_alpha(const int8_t *x, size_t m, size_t n, int first_value,
					size_t n_values, int8_t missing, struct stats_alpha *out);

/* Mean over pairs of sorts of Spearman's rho (Pearson correlation of the
 * mid-ranks), in O(m n log n): each sort's mid-rank vector is standardised
 * to unit length z_i, and the mean of z_i.z_j over i != j is
 * (||sum z_i||^2 - m) / (m (m - 1)).  Complete data as for stats_kendall_w.
 * A sort that ties every card has no correlation and is left out;
 * *m_used says how many sorts counted.  Fewer than 2: GW_UNDEFINED.
 * With the same tie pattern in every sort (forced distribution) this equals
 * (m W - 1) / (m - 1). */
enum gw_status stats_mean_spearman(const double *x, size_t m, size_t n, double *mean_rho,
				   size_t *m_used);

#endif
