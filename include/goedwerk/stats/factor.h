/* stats/factor.h - by-person (Q-method) factor analysis of card sorts, as
 * the R package qmethod 1.8.4 does it, but in time linear in the number of
 * sorts.
 * Owner: stats family "factor" (src/stats/factor*.c). Pure, no I/O.
 *
 * Input: N sorts x n cards (row-major doubles, complete sorts).  Sorts are
 * correlated with Pearson's r.  The N x N correlation matrix is never built
 * for principal components: with Z the sorts standardised over their cards
 * (mean 0, sd 1 with n - 1), R = Z Z'/(n-1) and M = Z'Z/(n-1) (n x n) share
 * their nonzero eigenvalues; if M v = lambda v with |v| = 1, then Z v is an
 * eigenvector of R with |Z v|^2 = (n-1) lambda, so the principal-component
 * loadings u sqrt(lambda) are exactly L = Z v / sqrt(n-1).  Cost O(N n^2).
 * Brown's centroid method works on the N x N matrix itself and is limited to
 * N <= FACTOR_CENTROID_MAX_SORTS.
 *
 * Steps (stats_factor_run):
 *  1. extraction: PCA, or centroid (qmethod::centroid, spc = 1e-5);
 *     unrotated factors are signed so that their loadings sum >= 0 (as
 *     psych::principal does);
 *  2. rotation: varimax with Kaiser normalisation exactly as R's
 *     stats::varimax (stop when the criterion grows by less than a factor
 *     1 + eps, eps = 1e-5 by default, at most 1000 iterations; SVD step with
 *     gsl_linalg_SV_decomp), or none.  Rotated factors are signed again so
 *     that their loadings sum >= 0 and ordered by explained variance, largest
 *     first (ties: extraction order);
 *  3. flags as qflag(): |a| > 1.96/sqrt(n) and a^2 > the sum of the sort's
 *     other squared loadings; manual flags (-1 automatic, 0 no, 1 yes) win;
 *  4. sign convention: a factor whose flagged loadings are mostly negative
 *     (more negative than positive ones; on a tie, a negative sum) is
 *     multiplied by -1 and marked in flipped[];
 *  5. z-scores as qzscores(): per card sum_i w_i x_ij over flagged sorts with
 *     w = a/(1-a^2), standardised over cards (sd with n - 1);
 *  6. factor arrays: cards ranked by z-score, highest first; equal z-scores
 *     in card order (the earlier card ranks higher); the card at rank r gets
 *     the r-th highest value of qscores (the forced distribution).  qmethod
 *     differs only for exact ties that straddle two categories (it gives the
 *     whole tie the category of the mean rank, breaking the distribution);
 *  7. characteristics as qfcharact(): average reliability 0.8, composite
 *     reliability 0.8 m/(1 + 0.8 (m-1)) for m defining sorts, SE of factor
 *     scores sd(z) sqrt(1 - reliability), SED sqrt(se_a^2 + se_b^2),
 *     correlations between the factors' z-scores;
 *  8. qdc(): per card and pair of factors the z difference is significant at
 *     level 1 (p < .05) when |d| > 1.960 SED, 2 (p < .01) > 2.576 SED,
 *     3 (p < .001) > 3.291 SED, 4 (p < .000001) > 4.8916 SED.  A card is
 *     consensus when no pair is significant; it distinguishes factor f at
 *     p < .05 (level 1) or p < .01 (level 2) when every pair with f is
 *     significant at that level.
 * qmethod_compat = 1 reproduces qmethod 1.8.4 where the defaults above
 * deliberately differ: no sign convention (step 4; PCA factors keep psych's
 * positive-sum orientation, centroid factors their extracted and rotated
 * signs), and its tie rule in arrays.  The sign matters beyond display: a
 * factor defined by negative loadings has z-scores opposite to its defining
 * sorts, and its z differences with other factors (so distinguishing and
 * consensus cards) change with the flip.
 * A factor without defining sorts has no z-scores (defined[f] = 0): its
 * z-scores, arrays and ranks are NaN/0 and its pairs count as not
 * significant and are left out of distinguishing/consensus (sig = -1).
 *
 * Errors: GW_EUSAGE for bad options (k < 1, k > min(N, n - 1), centroid
 * with too many sorts), GW_UNDEFINED when a sort has no variance or N < 2
 * or n < 3.  stats_factor_free releases a result (also a failed one). */
#ifndef GOEDWERK_STATS_FACTOR_H
#define GOEDWERK_STATS_FACTOR_H

#include <stddef.h>
#include "goedwerk/status.h"

#define FACTOR_CENTROID_MAX_SORTS 5000
#define FACTOR_VARIMAX_EPS 1e-5
#define FACTOR_CENTROID_SPC 1e-5

enum factor_extraction { FACTOR_PCA, FACTOR_CENTROID };
enum factor_rotation { FACTOR_VARIMAX, FACTOR_NONE };

struct factor_options {
	size_t n_factors;                 /* k */
	enum factor_extraction extraction;
	enum factor_rotation rotation;
	double varimax_eps;               /* 0: FACTOR_VARIMAX_EPS */
	const double *qscores;            /* n values (any order): the forced
					   * distribution; NULL: no arrays */
	const signed char *manual_flags;  /* N x k, -1/0/1 (k in final order); NULL */
	int qmethod_compat;               /* 1: reproduce qmethod 1.8.4 exactly, see below */
};
void stats_factor_options_default(struct factor_options *o);

struct factor_result {
	size_t n_sorts, n_cards, k, n_pairs;  /* n_pairs = k (k-1) / 2 */
	size_t n_eigen;          /* min(N, n) */
	double *eigenvalues;     /* of the sorts' correlation matrix, descending */
	double *loadings;        /* N x k */
	unsigned char *flagged;  /* N x k */
	int *flipped;            /* k: 1 when the sign convention flipped it */
	size_t *n_defining;      /* k */
	double *variance;        /* k: sum of squared loadings ("eigenvals") */
	double *reliability;     /* k */
	double *se_scores;       /* k */
	double *sed;             /* k x k */
	int *defined;            /* k: z-scores exist */
	double *zscores;         /* n x k */
	double *arrays;          /* n x k: the card's category in the array */
	int *rank;               /* n x k: 1 = highest z-score; 0 undefined */
	double *zcor;            /* k x k: Pearson r of z-scores; NaN undefined */
	signed char *sig;        /* n x n_pairs, pairs (0,1),(0,2)..(1,2)..; -1 undefined */
	int *distinguishing;     /* n x k: 0, 1 (p < .05), 2 (p < .01) */
	int *consensus;          /* n: 1 consensus; 0 not; -1 undefined (k < 2) */
	int varimax_iterations;  /* 0 without rotation */
	int varimax_converged;
};

enum gw_status stats_factor_run(const double *x, size_t n_sorts, size_t n_cards,
				const struct factor_options *opt, struct factor_result *res);
void stats_factor_free(struct factor_result *res);

/* Index of pair (a, b), a < b, in sig[]. */
size_t stats_factor_pair(size_t k, size_t a, size_t b);

/* The building blocks, exposed for tests and benchmarks. */

/* Standardise each of the N rows of x (n values) into z: mean 0, sd 1
 * (n - 1).  GW_UNDEFINED when a row is constant. */
enum gw_status stats_factor_standardise(const double *x, size_t n_sorts, size_t n_cards, double *z);

/* Principal components from standardised sorts z (N x n): all min(N, n)
 * eigenvalues of the correlation matrix into eig (descending) and the first
 * k loadings into load (N x k), unsigned (eigenvector signs as GSL gives). */
enum gw_status stats_factor_pca(const double *z, size_t n_sorts, size_t n_cards, size_t k,
				double *eig, double *load);

/* Brown's centroid (qmethod::centroid) of the N x N correlation matrix r
 * (overwritten), k factors into load (N x k), tolerance spc. */
enum gw_status stats_factor_centroid(double *r, size_t n, size_t k, double spc, double *load);

/* stats::varimax(load, normalize = TRUE, eps) in place (N x k); returns the
 * iterations used in *iter and whether the criterion settled in *converged. */
enum gw_status stats_factor_varimax(double *load, size_t n_rows, size_t k, double eps,
				    int *iter, int *converged);

#endif
