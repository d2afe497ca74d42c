/* factors_flags.c - the manual flags file of `goedwerk factors --flags`
 * (format in goedwerk/factors.h).  Every bad line is reported, then the
 * whole file is refused. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "goedwerk/file.h"
#include "goedwerk/number.h"
#include "factors_internal.h"


/* Split line at ',' ';' or tab into at most 3 trimmed fields. */
static size_t split(char *line, char **field)
{
	size_t nf = 0;
	char *p = line;
	for (;;) {
		while (*p == ' ')
			p++;
		field[nf++] = p;
		size_t len = strcspn(p, ",;\t");
		char *end = p + len;
		char sep = *end;
		*end = 0;
		while (end > p && (end[-1] == ' ' || end[-1] == '"'))
			*--end = 0;
		if (*field[nf - 1] == '"')
			field[nf - 1]++;
		if (!sep || nf == 3)
			break;
		p = p + len + 1;
	}
	return nf;
}

/* Analysed sorts ordered by store id, to find "s<id>" in O(log N). */
struct by_id {
	int64_t id;
	size_t i;
};
static int cmp_id(const void *a, const void *b)
{
	int64_t x = ((const struct by_id *)a)->id, y = ((const struct by_id *)b)->id;
	return (x > y) - (x < y);
}

/* Analysed index of the sort named s, or -1.  Labels (--show-sorts) are
 * looked up one by one. */
static long find_sort(const struct dataset *ds, const size_t *used, size_t n_used,
		      const struct by_id *ids, const char *s)
{
	long id;
	if (s[0] == 's' && parse_long(s + 1, &id) == 0 && !ds->sort_label) {
		struct by_id key = {id, 0};
		const struct by_id *hit = bsearch(&key, ids, n_used, sizeof *ids, cmp_id);
		return hit ? (long)hit->i : -1;
	}
	char buf[32];
	for (size_t i = 0; i < n_used; i++)
		if (strcmp(factors_sort_name(ds, used[i], buf, sizeof buf), s) == 0)
			return (long)i;
	return -1;
}

enum gw_status factors_read_flags(const char *path, const struct dataset *ds, const size_t *used,
				  size_t n_used, size_t k, signed char **flags, FILE *err)
{
	size_t len;
	char *text = read_file(path, &len);
	if (!text) {
		factors_say(err, "goedwerk factors: cannot read flags file '%s'\n", path);
		return GW_EUSAGE;
	}
	struct by_id *ids = xmalloc((n_used ? n_used : 1) * sizeof *ids);
	for (size_t i = 0; i < n_used; i++)
		ids[i] = (struct by_id){ds->sort_id[used[i]], i};
	qsort(ids, n_used, sizeof *ids, cmp_id);
	signed char *fl = xmalloc(n_used * k);
	memset(fl, -1, n_used * k);
	size_t lineno = 0, bad = 0;
	for (char *line = text, *next, *end = text + len; line < end; line = next) {
		next = memchr(line, '\n', (size_t)(end - line)); /* not strcspn: a NUL byte */
		if (next)
			*next++ = 0;
		else
			next = end;
		lineno++;
		line[strcspn(line, "\r")] = 0;
		char *fld[3];
		if (lineno == 1) /* header */
			continue;
		if (!*line)
			continue;
		size_t nf = split(line, fld);
		long i = find_sort(ds, used, n_used, ids, fld[0]);
		long fac = 0, on = 1;
		if (i < 0) {
			factors_say(err, "%s:%zu:1: unknown sort '%s' (expected a sort of factor_loadings.csv, "
				"e.g. 's17')\n", path, lineno, fld[0]);
			bad++;
			continue;
		}
		if (nf < 2 || parse_long(fld[1], &fac) != 0 || fac < 1 || (size_t)fac > k) {
			factors_say(err, "%s:%zu:2: bad factor '%s' (expected 1 to %zu)\n", path, lineno,
				nf < 2 ? "" : fld[1], k);
			bad++;
			continue;
		}
		if (nf == 3 && (parse_long(fld[2], &on) != 0 || (on != 0 && on != 1))) {
			factors_say(err, "%s:%zu:3: bad flag '%s' (expected 1 or 0)\n", path, lineno, fld[2]);
			bad++;
			continue;
		}
		/* a named sort gets exactly the file's flags */
		for (size_t c = 0; c < k; c++)
			if (fl[(size_t)i * k + c] < 0)
				fl[(size_t)i * k + c] = 0;
		fl[(size_t)i * k + (size_t)(fac - 1)] = (signed char)on;
	}
	free(text);
	free(ids);
	if (bad) {
		free(fl);
		return GW_EDATA;
	}
	*flags = fl;
	return GW_OK;
}
