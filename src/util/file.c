/* file.c - read a whole regular file into memory, bounded. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "goedwerk/alloc.h"
#include "goedwerk/file.h"
#include "goedwerk/messages.h"

static const struct {
	unsigned type;
	const char *word, *why;
} types[] = {
	{S_IFDIR, MSG("a folder"), MSG("is a folder, not a regular file")},
	{S_IFIFO, MSG("a named pipe"), MSG("is a named pipe, not a regular file")},
	{S_IFSOCK, MSG("a socket"), MSG("is a socket, not a regular file")},
	{S_IFCHR, MSG("a device"), MSG("is a device, not a regular file")},
	{S_IFBLK, MSG("a device"), MSG("is a device, not a regular file")},
	{S_IFLNK, MSG("a symbolic link"), MSG("is a symbolic link, not a regular file")},
};

static int type_of(unsigned mode)
{
	for (size_t i = 0; i < sizeof types / sizeof *types; i++)
		if ((mode & S_IFMT) == types[i].type)
			return (int)i;
	return -1;
}

const char *file_type_word(unsigned mode)
{
	int t = type_of(mode);
	return S_ISREG(mode) ? NULL : t >= 0 ? types[t].word : MSG("not a file");
}

static char *fail(int fd, char *buf, const char **why, const char *msg)
{
	if (why)
		*why = msg;
	free(buf);
	if (fd >= 0)
		close(fd);
	return NULL;
}

/* Read at most max + 1 bytes: one more than allowed tells a file that grew
 * past the bound after fstat. */
static char *read_bounded(int fd, size_t hint, size_t max, size_t *len, const char **why)
{
	size_t cap = hint < max ? hint + 1 : max + 1, n = 0;
	char *buf = xmalloc(cap + 1);
	for (;;) {
		if (n == cap) {
			if (cap > max)
				return fail(fd, buf, why, FILE_TOO_LARGE);
			cap = cap * 2 > max + 1 ? max + 1 : cap * 2;
			buf = xrealloc(buf, cap + 1);
		}
		ssize_t got = read(fd, buf + n, cap - n);
		if (got < 0 && errno == EINTR)
			continue;
		if (got < 0)
			return fail(fd, buf, why, strerror(errno));
		if (got == 0)
			break;
		n += (size_t)got;
	}
	if (n > max)
		return fail(fd, buf, why, FILE_TOO_LARGE);
	close(fd);
	buf[n] = '\0';
	*len = n;
	return buf;
}

char *read_file_max(const char *path, size_t max, size_t *len, const char **why)
{
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	if (fd < 0)
		return fail(-1, NULL, why, strerror(errno));
	struct stat st;
	if (fstat(fd, &st) != 0)
		return fail(fd, NULL, why, strerror(errno));
	if (!S_ISREG(st.st_mode)) {
		int t = type_of(st.st_mode);
		return fail(fd, NULL, why, t >= 0 ? types[t].why : MSG("is not a regular file"));
	}
	if ((size_t)st.st_size > max)
		return fail(fd, NULL, why, FILE_TOO_LARGE);
	/* back to blocking reads: O_NONBLOCK was only for the open of a FIFO */
	int fl = fcntl(fd, F_GETFL);
	if (fl >= 0)
		fcntl(fd, F_SETFL, fl & ~O_NONBLOCK);
	return read_bounded(fd, (size_t)st.st_size, max, len, why);
}

char *read_file(const char *path, size_t *len)
{
	return read_file_max(path, FILE_READ_MAX, len, NULL);
}
