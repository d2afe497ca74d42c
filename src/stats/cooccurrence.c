/* cooccurrence.c - pairwise code co-occurrence measures (see the header). */
#include <math.h>
#include "goedwerk/stats/cooccurrence.h"

static double ratio(double num, double den)
{
	return den > 0 ? num / den : NAN;
}

void stats_cooccurrence(double n_ab, double n_a, double n_b, double n_cases,
			struct stats_cooc *out)
{
	out->jaccard = ratio(n_ab, n_a + n_b - n_ab);
	out->c_coefficient = out->jaccard;
	out->lift = ratio(n_ab * n_cases, n_a * n_b);
	out->expected = ratio(n_a * n_b, n_cases);
}
