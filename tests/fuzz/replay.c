/* replay.c - run every file of the given folders (or files) through
 * LLVMFuzzerTestOneInput once: the fuzz corpus as a regression test that
 * needs no libFuzzer (make fuzz-replay builds it with ASan/UBSan). */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int run_file(const char *path)
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
	LLVMFuzzerTestOneInput(buf, n);
	free(buf);
	return 0;
}

static int cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
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
		if (!S_ISDIR(st.st_mode)) {
			bad |= run_file(argv[i]) != 0;
			count++;
			continue;
		}
		DIR *d = opendir(argv[i]);
		struct dirent *e;
		char **names = NULL;
		size_t n = 0;
		while (d && (e = readdir(d)))
			if (e->d_name[0] != '.') {
				names = realloc(names, (n + 1) * sizeof *names);
				names[n++] = strdup(e->d_name);
			}
		if (d)
			closedir(d);
		qsort(names, n, sizeof *names, cmp);
		for (size_t k = 0; k < n; k++) {
			size_t len = strlen(argv[i]) + strlen(names[k]) + 2;
			char *path = malloc(len);
			snprintf(path, len, "%s/%s", argv[i], names[k]);
			bad |= run_file(path) != 0;
			count++;
			free(path);
			free(names[k]);
		}
		free(names);
	}
	printf("fuzz-replay: %zu inputs, no crash\n", count);
	return bad;
}
