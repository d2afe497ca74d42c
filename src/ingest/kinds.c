/* kinds.c - the file kinds of a bundle, one row each, in the order they are
 * read (a kind is read after the kinds it refers to: card sets before the
 * sorts that use them, trajecten before their participants, ...).
 *
 * Adding a file kind: its enum file_kind in internal.h (in reading order),
 * a reader in its own rows_*.c, and one row here.  name_nl NULL: the
 * English name is Dutch too.  The names a bundle may use (English, then
 * Dutch), the unknown-name message and the reading order follow. */
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include "internal.h"

const struct file_kind_def ingest_kinds[FK_N] = {
	[FK_CARDS] = {"cards", "kaarten", 0, cards_read_file, NULL},
	[FK_SCALE] = {"scale", "schaal", 0, scale_read_file, cards_finish},
	[FK_TRAJECTEN] = {"trajecten", NULL, 0, trajecten_read, NULL},
	[FK_PARTICIPANTS] = {"participants", "deelnemers", 0, participants_read, NULL},
	/* sorts_2015.csv is a sorts file too; birth years are banded by sort year */
	[FK_SORTS] = {"sorts", "sorteringen", 1, sorts_read, participants_finish},
	[FK_GROUP_TOPS] = {"group_tops", "groepstoppen", 0, group_tops_read, NULL},
	[FK_CODEBOOK] = {"codebook", "codeboek", 0, codebook_read, codebook_finish},
	[FK_DILEMMAS] = {"dilemmas", "casussen", 0, dilemmas_read, NULL},
};

/* name (n bytes) is stem, or with prefix stem* (case-insensitive) */
static int named(const char *name, size_t n, const char *stem, int prefix)
{
	size_t s = strlen(stem);
	return n >= s && strncasecmp(name, stem, s) == 0 && (prefix || n == s);
}

static enum file_kind kind_of(const char *name, size_t n)
{
	for (int k = 0; k < FK_N; k++) {
		const struct file_kind_def *d = &ingest_kinds[k];
		if (named(name, n, d->name, d->prefix) ||
		    (d->name_nl && named(name, n, d->name_nl, d->prefix)))
			return (enum file_kind)k;
	}
	return FK_UNKNOWN;
}

enum file_kind ingest_kind_of_stem(const char *stem)
{
	return kind_of(stem, strlen(stem));
}

/* stem.csv, or stem.xlsx: a workbook of one sheet named like a file */
enum file_kind ingest_kind_of_name(const char *name)
{
	size_t n = strlen(name);
	if (n > 4 && strcasecmp(name + n - 4, ".csv") == 0)
		return kind_of(name, n - 4);
	if (n > 5 && strcasecmp(name + n - 5, ".xlsx") == 0)
		return kind_of(name, n - 5);
	return FK_UNKNOWN;
}

void ingest_kind_names(char *buf, size_t size, int dutch, const char *ext)
{
	size_t k = 0;
	buf[0] = '\0';
	for (int i = 0; i < FK_N && k < size; i++) {
		const struct file_kind_def *d = &ingest_kinds[i];
		const char *stem = dutch ? d->name_nl : d->name;
		if (stem)
			k += (size_t)snprintf(buf + k, size - k, "%s%s%s%s", k ? ", " : "", stem,
					      d->prefix ? "*" : "", ext);
	}
}
