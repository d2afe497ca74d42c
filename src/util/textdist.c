/* textdist.c - Levenshtein distance and "did you mean" candidates, for
 * error messages that name the nearest known codes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "goedwerk/textdist.h"

size_t text_distance(const char *a, const char *b)
{
	size_t n = strlen(a), m = strlen(b);
	size_t *row = xmalloc((m + 1) * sizeof *row);
	for (size_t j = 0; j <= m; j++)
		row[j] = j;
	for (size_t i = 1; i <= n; i++) {
		size_t diag = row[0];
		row[0] = i;
		for (size_t j = 1; j <= m; j++) {
			size_t up = row[j];
			size_t best = diag + (a[i - 1] != b[j - 1]);
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			diag = up;
		}
	}
	size_t d = row[m];
	free(row);
	return d;
}

size_t text_nearest(const char *word, const char *const *known, size_t n_known, size_t *pick,
		    size_t max_pick)
{
	size_t best = (size_t)-1, n = 0;
	for (size_t k = 0; k < n_known; k++) {
		size_t d = text_distance(word, known[k]);
		if (d < best) {
			best = d;
			n = 0;
		}
		if (d == best && n < max_pick)
			pick[n++] = k;
	}
	/* A guess further than half the word away is noise, not a hint. */
	if (best == (size_t)-1 || best > (strlen(word) + 1) / 2 + 1)
		return 0;
	return n;
}

size_t text_nearest_list(const char *word, const char *const *known, size_t n_known, char *buf,
			 size_t size)
{
	size_t pick[3], k = text_nearest(word, known, n_known, pick, 3), used = 0;
	buf[0] = '\0';
	for (size_t j = 0; j < k && used < size; j++)
		used += (size_t)snprintf(buf + used, size - used, "%s%s", j ? ", " : "", known[pick[j]]);
	return k;
}
