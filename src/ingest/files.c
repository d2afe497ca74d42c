/* files.c - which files make the bundle: a folder is read for *.csv and
 * *.xlsx, a file is known by its name ("sorts*" is a sorts file), and read
 * whole; a workbook gives its sheets (xlsx_files.c). */
#define _XOPEN_SOURCE 700 /* realpath */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include "internal.h"
#include "goedwerk/alloc.h"
#include "goedwerk/file.h"

static const char *base_name(const char *path)
{
	const char *s = strrchr(path, '/');
	return s ? s + 1 : path;
}

static int ends_with(const char *name, const char *ext)
{
	size_t n = strlen(name), e = strlen(ext);
	return n >= e && value_ieq(name + n - e, ext);
}

/* "~$book.xlsx" is the lock file Excel keeps beside an open workbook */
static int bundle_file(const char *name)
{
	return ends_with(name, ".csv") || (ends_with(name, ".xlsx") && strncmp(name, "~$", 2) != 0);
}

enum file_kind ingest_file_kind(const char *path)
{
	return ingest_kind_of_name(base_name(path));
}

/* The same file named twice (or by its folder and by name) is read once. */
static int seen(struct input_file *v, size_t n, const char *path)
{
	struct stat a, b;
	if (stat(path, &a) != 0)
		return 0;
	for (size_t i = 0; i < n; i++)
		if (stat(v[i].path, &b) == 0 && a.st_dev == b.st_dev && a.st_ino == b.st_ino)
			return 1;
	return 0;
}

static void add(struct input_file **v, size_t *n, size_t *cap, const char *path,
		enum file_kind kind)
{
	if (seen(*v, *n, path))
		return;
	GROW(*v, *cap, *n + 1);
	(*v)[*n] = (struct input_file){.path = xstrdup(path), .kind = kind};
	(*n)++;
}

static void unknown_name(struct diag *d, const char *path)
{
	char en[256], nl[256];
	ingest_kind_names(en, sizeof en, 0, ".csv");
	ingest_kind_names(nl, sizeof nl, 1, ".csv");
	diag_error(d, path, 0, 0, "unknown file name (expected one of %s; or in Dutch %s)", en, nl);
}

/* 1 when path (in folder dir, or named itself when dir is NULL) is a regular
 * file, and for a symbolic link in a folder one inside that folder; else
 * reported.  Reading checks the type again on the open file. */
static int regular(const char *dir, const char *path, struct diag *d)
{
	struct stat st;
	if (dir && lstat(path, &st) == 0 && S_ISLNK(st.st_mode)) {
		char *to = realpath(path, NULL), *in = realpath(dir, NULL);
		size_t k = in ? strlen(in) : 0;
		int inside = to && in && strncmp(to, in, k) == 0 && to[k] == '/';
		free(to);
		free(in);
		if (!inside) {
			diag_error(d, path, 0, 0, "is a symbolic link to a file outside the bundle "
				   "(expected a file in the bundle folder: copy it in)");
			return 0;
		}
	}
	if (stat(path, &st) != 0) {
		diag_error(d, path, 0, 0, "cannot read: %s", strerror(errno));
		return 0;
	}
	const char *what = file_type_word(st.st_mode);
	if (what)
		diag_error(d, path, 0, 0, "is %s, not a regular file (expected a CSV file)", msg_tr(what));
	return !what;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void add_folder(struct input_file **v, size_t *n, size_t *cap, const char *dir,
		       struct diag *d)
{
	DIR *dp = opendir(dir);
	if (!dp) {
		diag_error(d, dir, 0, 0, "cannot read folder: %s", strerror(errno));
		return;
	}
	char **names = NULL;
	size_t nn = 0, capn = 0;
	struct dirent *e;
	while ((e = readdir(dp)))
		if (e->d_name[0] != '.' && bundle_file(e->d_name)) {
			GROW(names, capn, nn + 1);
			names[nn++] = xstrdup(e->d_name);
		}
	closedir(dp);
	qsort(names, nn, sizeof *names, cmp_str);
	size_t len = strlen(dir);
	int sep = len > 0 && dir[len - 1] != '/';
	int have_sorts = 0;
	for (size_t i = 0; i < nn; i++) {
		char *path = xasprintf("%s%s%s", dir, sep ? "/" : "", names[i]);
		enum file_kind k = ingest_file_kind(path);
		size_t first = *n;
		if (ends_with(path, ".xlsx")) {
			if (regular(dir, path, d))
				ingest_add_workbook(v, n, cap, path, NULL, d);
		}
		else if (k == FK_UNKNOWN)
			unknown_name(d, path);
		else if (regular(dir, path, d))
			add(v, n, cap, path, k);
		for (size_t j = first; j < *n; j++)
			have_sorts |= (*v)[j].kind == FK_SORTS;
		if (k == FK_SORTS && *n == first)
			have_sorts = 1; /* a sorts file that could not be read: not "no sorts file" too */
		free(path);
		free(names[i]);
	}
	free(names);
	if (!have_sorts)
		diag_error(d, dir, 0, 0, "no sorts file in the bundle (expected sorts.csv)");
}

void ingest_find_files(const char *const *paths, size_t np, struct input_file **out,
		       size_t *n_out, struct diag *d)
{
	struct input_file *v = NULL;
	size_t n = 0, cap = 0;
	for (size_t i = 0; i < np; i++) {
		struct stat st;
		if (stat(paths[i], &st) != 0) {
			diag_error(d, paths[i], 0, 0, "cannot read: %s", strerror(errno));
		} else if (S_ISDIR(st.st_mode)) {
			add_folder(&v, &n, &cap, paths[i], d);
		} else if (ends_with(paths[i], ".xlsx")) {
			if (regular(NULL, paths[i], d))
				ingest_add_workbook(&v, &n, &cap, paths[i], NULL, d);
		} else {
			enum file_kind k = ingest_file_kind(paths[i]);
			if (k == FK_UNKNOWN)
				unknown_name(d, paths[i]);
			else if (regular(NULL, paths[i], d))
				add(&v, &n, &cap, paths[i], k);
		}
	}
	*out = v;
	*n_out = n;
}

void ingest_files_free(struct input_file *f, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		free(f[i].path);
		free(f[i].book);
		free(f[i].part);
	}
	free(f);
}

void ingest_mem_files(const struct ingest_mem_file *m, size_t nm, struct input_file **out,
		      size_t *n_out, struct diag *d)
{
	struct input_file *v = NULL;
	size_t n = 0, cap = 0;
	for (size_t i = 0; i < nm; i++) {
		if (ends_with(m[i].name, ".xlsx")) {
			ingest_add_workbook(&v, &n, &cap, m[i].name, &m[i], d);
			continue;
		}
		enum file_kind k = ingest_file_kind(m[i].name);
		if (k == FK_UNKNOWN) {
			unknown_name(d, m[i].name);
			continue;
		}
		GROW(v, cap, n + 1);
		v[n] = (struct input_file){.path = xstrdup(m[i].name), .kind = k, .mem = m[i].bytes, .mem_n = m[i].n};
		n++;
	}
	*out = v;
	*n_out = n;
}

unsigned char *ingest_slurp(const struct input_file *f, size_t *len, int *io, struct diag *d)
{
	*io = 0;
	if (f->mem) { /* a copy of exactly n bytes: the sanitizers see any read past them */
		unsigned char *buf = xmalloc(f->mem_n ? f->mem_n : 1);
		memcpy(buf, f->mem, f->mem_n);
		*len = f->mem_n;
		return buf;
	}
	const char *why = NULL;
	unsigned char *buf = (unsigned char *)read_file_max(f->path, INGEST_FILE_MAX, len, &why);
	if (buf)
		return buf;
	if (strcmp(why, FILE_TOO_LARGE) == 0) {
		diag_error(d, f->path, 0, 0, "file is larger than %zu MiB, the limit for one "
			   "bundle file (expected smaller files: split the sorts over several "
			   "sorts*.csv files)", INGEST_FILE_MAX >> 20);
	} else if (strstr(why, "not a regular file")) {
		diag_error(d, f->path, 0, 0, "%s (expected a CSV file)", msg_tr(why));
	} else {
		diag_error(d, f->path, 0, 0, "cannot read: %s", msg_tr(why));
		*io = 1;
	}
	return NULL;
}
