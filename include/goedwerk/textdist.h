/* textdist.h - Levenshtein distance and "did you mean" candidates.
 *
 * text_nearest: indices of the known words at the smallest distance from
 * word (at most max_pick, in the order of known) into pick; returns how
 * many, 0 when even the nearest is too far (more than about half the word)
 * to be a useful hint. */
#ifndef GOEDWERK_TEXTDIST_H
#define GOEDWERK_TEXTDIST_H

#include <stddef.h>

size_t text_distance(const char *a, const char *b);
size_t text_nearest(const char *word, const char *const *known, size_t n_known, size_t *pick,
		    size_t max_pick);
/* The (at most three) nearest as "a, b, c" into buf; how many, 0 (and "")
 * when none is near. */
size_t text_nearest_list(const char *word, const char *const *known, size_t n_known, char *buf,
			 size_t size);

/* Known words for a "nearest:" hint (within a third of the word), compared
 * without regard to (ASCII) case, each shown as first added; a word equal
 * but for case to one added before is not added again. */
struct text_known {
	const char **show;
	char **low;
	size_t n, cap;
};
void text_known_add(struct text_known *k, const char *word);
/* text_nearest_list over the known words. */
size_t text_known_nearest(const struct text_known *k, const char *word, char *buf, size_t size);
/* The end of a message's parenthesis naming the nearest known words,
 * "; nearest: a, b" in the language of messages, or "" when none is near;
 * in buf. */
const char *text_known_hint(const struct text_known *k, const char *word, char *buf, size_t size);
void text_known_free(struct text_known *k);

#endif
