/* replay.c - run every file of the given corpus folders once through its
 * fuzz target, the folder's name (tests/fuzz/corpus/sorts/ -> "sorts"): the
 * corpus as a regression test that needs no libFuzzer (make fuzz-replay
 * builds it with ASan/UBSan).  A file given by itself runs through the
 * target its parent folder names. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "fuzz_targets.h"

static int run_file(const char *target, const char *path)
{
	FILE *f = fopen(path, "rb");
	if (!f) {
		perror(path);
		return -1;
	}
	size_t cap = 4096, n = 0, got;
	uint8_t *buf = malloc(cap);
	while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
		n += got;
		if (n == cap)
			buf = realloc(buf, cap *= 2);
	}
	fclose(f);
	if (!buf)
		return -1;
	uint8_t *exact = malloc(n ? n : 1); /* exactly n bytes, as libFuzzer gives them */
	memcpy(exact, buf, n);
	free(buf);
	fuzz_run(target, exact, n);
	free(exact);
	return 0;
}

static int cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The last component of a folder path, without trailing slashes. */
static char *last_name(const char *dir)
{
	char *t = strdup(dir);
	size_t n = strlen(t);
	while (n > 1 && t[n - 1] == '/')
		t[--n] = '\0';
	char *s = strrchr(t, '/');
	char *r = strdup(s ? s + 1 : t);
	free(t);
	return r;
}

static int run_dir(const char *dir, size_t *count)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **names = NULL;
	size_t n = 0;
	int bad = 0;
	while (d && (e = readdir(d)))
		if (e->d_name[0] != '.') {
			names = realloc(names, (n + 1) * sizeof *names);
			names[n++] = strdup(e->d_name);
		}
	if (d)
		closedir(d);
	if (n)
		qsort(names, n, sizeof *names, cmp);
	char *target = last_name(dir);
	for (size_t k = 0; k < n; k++) {
		size_t len = strlen(dir) + strlen(names[k]) + 2;
		char *path = malloc(len);
		snprintf(path, len, "%s/%s", dir, names[k]);
		bad |= run_file(target, path) != 0;
		(*count)++;
		free(path);
		free(names[k]);
	}
	free(target);
	free(names);
	return bad;
}

int main(int argc, char **argv)
{
	size_t count = 0;
	int bad = 0;
	for (int i = 1; i < argc; i++) {
		struct stat st;
		if (stat(argv[i], &st) != 0) {
			perror(argv[i]);
			return 1;
		}
		if (S_ISDIR(st.st_mode)) {
			bad |= run_dir(argv[i], &count);
			continue;
		}
		char *dir = strdup(argv[i]), *slash = strrchr(dir, '/');
		if (slash)
			*slash = '\0';
		char *target = last_name(slash ? dir : ".");
		bad |= run_file(target, argv[i]) != 0;
		count++;
		free(target);
		free(dir);
	}
	printf("fuzz-replay: %zu inputs, no crash\n", count);
	return bad;
}
