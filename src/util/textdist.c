/* textdist.c - Levenshtein distance and "did you mean" candidates, for
 * error messages that name the nearest known codes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "goedwerk/messages.h"
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

/* The picked words as "a, b, c" into buf; k. */
static size_t list_of(const char *const *show, const size_t *pick, size_t k, char *buf, size_t size)
{
	size_t used = 0;
	buf[0] = '\0';
	for (size_t j = 0; j < k && used < size; j++)
		used += (size_t)snprintf(buf + used, size - used, "%s%s", j ? ", " : "", show[pick[j]]);
	return k;
}

size_t text_nearest_list(const char *word, const char *const *known, size_t n_known, char *buf,
			 size_t size)
{
	size_t pick[3];
	return list_of(known, pick, text_nearest(word, known, n_known, pick, 3), buf, size);
}

static char *lower_copy(const char *s)
{
	char *o = xstrdup(s);
	for (char *p = o; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	return o;
}

void text_known_add(struct text_known *k, const char *word)
{
	char *low = lower_copy(word);
	for (size_t i = 0; i < k->n; i++)
		if (strcmp(k->low[i], low) == 0) {
			free(low);
			return;
		}
	if (k->n == k->cap) {
		k->cap = k->cap ? 2 * k->cap : 16;
		k->show = xrealloc(k->show, k->cap * sizeof *k->show);
		k->low = xrealloc(k->low, k->cap * sizeof *k->low);
	}
	k->show[k->n] = word;
	k->low[k->n++] = low;
}

size_t text_known_nearest(const struct text_known *k, const char *word, char *buf, size_t size)
{
	char *low = lower_copy(word);
	size_t pick[3], n = text_nearest(low, (const char *const *)k->low, k->n, pick, 3);
	/* stricter than text_nearest, as a typo is (a third of the word): a
	 * column 'opmerking' is no misspelt 'erkenning' */
	if (n && text_distance(low, k->low[pick[0]]) > strlen(low) / 3 + 1)
		n = 0;
	free(low);
	return list_of(k->show, pick, n, buf, size);
}

const char *text_known_hint(const struct text_known *k, const char *word, char *buf, size_t size)
{
	char list[512];
	if (text_known_nearest(k, word, list, sizeof list))
		snprintf(buf, size, msg_tr("; nearest: %s"), list);
	else
		buf[0] = '\0';
	return buf;
}

void text_known_free(struct text_known *k)
{
	for (size_t i = 0; i < k->n; i++)
		free(k->low[i]);
	free(k->low);
	free(k->show);
	memset(k, 0, sizeof *k);
}
