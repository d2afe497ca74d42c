/* failwrite.c - an LD_PRELOAD disk-full injector for tests/fault/run.sh.
 *
 * Writes to regular files (write, pwrite, pwrite64, writev) succeed until
 * GWFAULT_BYTES bytes are written, or until the GWFAULT_CALL-th write call;
 * from then on every write to a regular file fails with ENOSPC, the first
 * one short when the budget ends inside it, as on a full disk.  Pipes and
 * terminals (stdout, stderr) are never touched.  GWFAULT_REPORT=PATH writes
 * "BYTES CALLS" of the run to PATH at exit, to choose budgets from.
 *
 * glibc's stdio writes through its internal __write, which LD_PRELOAD does
 * not reach; so a FILE opened for writing (fopen, fopen64, tmpfile) is
 * handed back as an fopencookie stream whose writes go through write()
 * above.  That covers the CSV tables, the report, charts (cairo, PLplot)
 * and workbooks (libxlsxwriter's temporary files and zip). */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/uio.h>
#include <unistd.h>

static long long bytes_left = -1, calls_left = -1, written, calls;

__attribute__((constructor)) static void init(void)
{
	const char *b = getenv("GWFAULT_BYTES"), *c = getenv("GWFAULT_CALL");
	if (b && *b)
		bytes_left = atoll(b);
	if (c && *c)
		calls_left = atoll(c) - 1;
}

__attribute__((destructor)) static void report(void)
{
	const char *path = getenv("GWFAULT_REPORT");
	if (!path || !*path)
		return;
	FILE *f = fopen(path, "w");
	if (f) {
		fprintf(f, "%lld %lld\n", written, calls);
		fclose(f);
	}
}

static int regular(int fd)
{
	struct stat sb;
	return fd > 2 && fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode);
}

/* How many of n bytes this call may write: n, fewer, or -1 (ENOSPC). */
static ssize_t allowed(int fd, size_t n)
{
	if (!regular(fd))
		return (ssize_t)n;
	calls++;
	if (calls_left == 0 || bytes_left == 0) {
		errno = ENOSPC;
		return -1;
	}
	if (calls_left > 0)
		calls_left--;
	if (bytes_left > 0 && (long long)n > bytes_left)
		n = (size_t)bytes_left;
	if (bytes_left > 0)
		bytes_left -= (long long)n;
	written += (long long)n;
	return (ssize_t)n;
}

#define REAL(name) ((__typeof__(&name))dlsym(RTLD_NEXT, #name))

ssize_t write(int fd, const void *buf, size_t n)
{
	ssize_t k = allowed(fd, n);
	return k < 0 ? -1 : REAL(write)(fd, buf, (size_t)k);
}

ssize_t pwrite(int fd, const void *buf, size_t n, off_t off)
{
	ssize_t k = allowed(fd, n);
	return k < 0 ? -1 : REAL(pwrite)(fd, buf, (size_t)k, off);
}

ssize_t pwrite64(int fd, const void *buf, size_t n, off64_t off)
{
	ssize_t k = allowed(fd, n);
	return k < 0 ? -1 : REAL(pwrite64)(fd, buf, (size_t)k, off);
}

/* writev: all or nothing (no short writev), enough for stdio and SQLite. */
ssize_t writev(int fd, const struct iovec *iov, int cnt)
{
	size_t n = 0;
	for (int i = 0; i < cnt; i++)
		n += iov[i].iov_len;
	if (regular(fd) && allowed(fd, n) != (ssize_t)n) {
		errno = ENOSPC;
		return -1;
	}
	return REAL(writev)(fd, iov, cnt);
}

/* --- stdio streams for writing, through write() ----------------------- */

static ssize_t ck_read(void *c, char *buf, size_t n)
{
	return read(*(int *)c, buf, n);
}

static ssize_t ck_write(void *c, const char *buf, size_t n)
{
	ssize_t k = write(*(int *)c, buf, n);
	return k < 0 ? 0 : k; /* 0: stdio's cookie error */
}

static int ck_seek(void *c, off64_t *off, int whence)
{
	off64_t r = lseek64(*(int *)c, *off, whence);
	if (r < 0)
		return -1;
	*off = r;
	return 0;
}

static int ck_close(void *c)
{
	int rc = close(*(int *)c);
	free(c);
	return rc;
}

/* f (opened with mode) as a cookie stream on a duplicate of its fd. */
static FILE *wrap(FILE *f, const char *mode)
{
	if (!f || !strpbrk(mode, "wa+"))
		return f;
	int *fd = malloc(sizeof *fd);
	if (!fd || (*fd = dup(fileno(f))) < 0) {
		free(fd);
		return f;
	}
	REAL(fclose)(f);
	cookie_io_functions_t io = {ck_read, ck_write, ck_seek, ck_close};
	FILE *c = fopencookie(fd, mode, io);
	if (!c)
		ck_close(fd);
	return c;
}

FILE *fopen(const char *path, const char *mode)
{
	return wrap(REAL(fopen)(path, mode), mode);
}

FILE *fopen64(const char *path, const char *mode)
{
	return wrap(REAL(fopen64)(path, mode), mode);
}

FILE *tmpfile(void)
{
	return wrap(REAL(tmpfile)(), "w+b");
}

FILE *tmpfile64(void)
{
	return wrap(REAL(tmpfile64)(), "w+b");
}
