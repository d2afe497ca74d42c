/* commit.c - an output folder changes as a whole or not at all.
 *
 * A command writes its files into a staging folder OUT/.goedwerk-new-XXXXXX
 * (inside OUT, so on the same file system and renames are atomic).  When
 * every file is written, output_stage_commit swaps each entry of the stage
 * (tables/, charts/, report.html, provenance.json, tables.xlsx) with the
 * one of that name in OUT: the old entry is moved aside into
 * OUT/.goedwerk-old-XXXXXX, the new one renamed into place, and the old
 * ones removed at the end.  A failed write or rename leaves OUT as it was,
 * so its files stay consistent with its provenance.json. */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "goedwerk/alloc.h"
#include "goedwerk/output.h"


/* Remove path and, for a folder, everything in it (symlinks not followed). */
static int remove_tree(const char *path)
{
	struct stat sb;
	if (lstat(path, &sb) != 0)
		return errno == ENOENT ? 0 : -1;
	if (!S_ISDIR(sb.st_mode))
		return unlink(path);
	DIR *d = opendir(path);
	if (!d)
		return -1;
	int rc = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		char *sub = xasprintf("%s/%s", path, e->d_name);
		rc |= remove_tree(sub);
		free(sub);
	}
	closedir(d);
	return rc | rmdir(path);
}

static char *temp_dir(const char *out, const char *kind)
{
	char *t = xasprintf("%s/.goedwerk-%s-XXXXXX", out, kind);
	if (!mkdtemp(t)) {
		free(t);
		return NULL;
	}
	return t;
}

enum gw_status output_stage_open(struct output_stage *s, const char *out, FILE *err)
{
	s->out = xstrdup(out);
	s->dir = NULL;
	s->merge = 0;
	if (output_mkdirs(out) != 0 || !(s->dir = temp_dir(out, "new"))) {
		fprintf(err, "goedwerk: cannot create %s: %s\n", out, strerror(errno));
		free(s->out);
		s->out = NULL;
		return GW_EINTERNAL;
	}
	return GW_OK;
}

void output_stage_abort(struct output_stage *s)
{
	if (s->dir)
		remove_tree(s->dir);
	free(s->dir);
	free(s->out);
	s->dir = s->out = NULL;
}

/* The names in the stage, sorted (a fixed order for the swap). */
static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names in dir/sub (sub NULL: dir), as paths relative to dir, appended
 * to *v; with merge, a folder's files instead of the folder (one level),
 * its folder made in out. */
static void list_entries(const struct output_stage *s, const char *sub, char ***v, size_t *n,
			 size_t *cap)
{
	char *path = sub ? xasprintf("%s/%s", s->dir, sub) : xstrdup(s->dir);
	DIR *d = opendir(path);
	struct dirent *e;
	while (d && (e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		char *rel = sub ? xasprintf("%s/%s", sub, e->d_name) : xstrdup(e->d_name);
		char *full = xasprintf("%s/%s", s->dir, rel), *mine = xasprintf("%s/%s", s->out, rel);
		struct stat sb;
		if (s->merge && !sub && lstat(full, &sb) == 0 && S_ISDIR(sb.st_mode) &&
		    output_mkdirs(mine) == 0) {
			list_entries(s, rel, v, n, cap);
			free(rel);
		} else {
			GROW(*v, *cap, *n + 1);
			(*v)[(*n)++] = rel;
		}
		free(full);
		free(mine);
	}
	if (d)
		closedir(d);
	free(path);
}

static char **stage_entries(const struct output_stage *s, size_t *n)
{
	char **v = NULL;
	size_t cap = 0;
	*n = 0;
	list_entries(s, NULL, &v, n, &cap);
	qsort(v, *n, sizeof *v, cmp_str);
	return v;
}

/* Entry name of the stage into OUT, the old one into old as i; *moved says
 * whether there was an old one.  0 when done, -1 when nothing changed. */
static int swap_in(const struct output_stage *s, const char *old, const char *name, size_t i,
		   int *moved)
{
	char *dst = xasprintf("%s/%s", s->out, name), *src = xasprintf("%s/%s", s->dir, name);
	char *aside = xasprintf("%s/%zu", old, i); /* name may hold a '/' (merge) */
	struct stat sb;
	int rc = 0;
	*moved = lstat(dst, &sb) == 0;
	if (*moved && rename(dst, aside) != 0)
		rc = -1;
	else if (rename(src, dst) != 0) {
		if (*moved)
			rename(aside, dst);
		rc = -1;
	}
	free(dst);
	free(src);
	free(aside);
	return rc;
}

/* Undo swap_in of name. */
static void swap_back(const struct output_stage *s, const char *old, const char *name, size_t i,
		      int moved)
{
	char *dst = xasprintf("%s/%s", s->out, name), *src = xasprintf("%s/%s", s->dir, name);
	char *aside = xasprintf("%s/%zu", old, i);
	rename(dst, src);
	if (moved)
		rename(aside, dst);
	free(dst);
	free(src);
	free(aside);
}

enum gw_status output_stage_commit(struct output_stage *s, FILE *err)
{
	size_t n, done = 0;
	char **names = stage_entries(s, &n), *old = temp_dir(s->out, "old");
	int *moved = xcalloc(n ? n : 1, sizeof *moved), failed = !old;
	while (!failed && done < n && swap_in(s, old, names[done], done, &moved[done]) == 0)
		done++;
	failed |= done < n;
	if (failed) {
		fprintf(err, "goedwerk: cannot put the new outputs into %s: %s\n", s->out,
			strerror(errno));
		while (done-- > 0)
			swap_back(s, old, names[done], done, moved[done]);
	}
	if (old)
		remove_tree(old);
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	free(moved);
	free(old);
	output_stage_abort(s);
	return failed ? GW_EINTERNAL : GW_OK;
}

enum gw_status output_stage_finish(struct output_stage *s, enum gw_status st, FILE *err)
{
	if (st == GW_OK)
		return output_stage_commit(s, err);
	fprintf(err, "goedwerk: the outputs in %s are as they were\n", s->out);
	output_stage_abort(s);
	return st;
}
