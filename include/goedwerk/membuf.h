/* membuf.h - a stream that writes to memory, passed on later: the messages
 * of work done concurrently, shown in a fixed order (analyse --jobs). */
#ifndef GOEDWERK_MEMBUF_H
#define GOEDWERK_MEMBUF_H

#include <stddef.h>
#include <stdio.h>

struct membuf {
	FILE *f;     /* write here */
	int held;    /* 0: f is the fallback stream (memory could not be had) */
	char *p;
	size_t n;
};

/* Open m->f in memory; when that fails m->f is fallback, written directly. */
void membuf_open(struct membuf *m, FILE *fallback);
/* Close the stream and write what it holds to out (NULL: drop it); m is
 * empty after. */
void membuf_pass_on(struct membuf *m, FILE *out);

#endif
