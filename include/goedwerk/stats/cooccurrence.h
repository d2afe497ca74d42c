/* stats/cooccurrence.h - how often two codes fall on the same case, the way
 * qualitative-analysis tools report it.  Pure, no I/O.
 *
 * For N cases, n_a with code a, n_b with code b, n_ab with both:
 *   jaccard       n_ab / (n_a + n_b - n_ab)
 *   c_coefficient ATLAS.ti's c = n_12 / (n_1 + n_2 - n_12) (ATLAS.ti 9
 *                 manual, "Code Co-occurrence Table"); ATLAS.ti counts
 *                 overlapping quotations, goedwerk counts cases, where the
 *                 two coincide, so c equals Jaccard here by construction
 *   lift          n_ab N / (n_a n_b): 1 when the codes are independent
 *   expected      n_a n_b / N
 * A measure whose denominator is 0 is NaN. */
#ifndef GOEDWERK_STATS_COOCCURRENCE_H
#define GOEDWERK_STATS_COOCCURRENCE_H

#include <stddef.h>

struct stats_cooc {
	double jaccard, c_coefficient, lift, expected;
};

void stats_cooccurrence(double n_ab, double n_a, double n_b, double n_cases,
			struct stats_cooc *out);

#endif
