/* membuf.c - see membuf.h (POSIX open_memstream). */
#include <stdlib.h>
#include <string.h>
#include "goedwerk/membuf.h"

void membuf_open(struct membuf *m, FILE *fallback)
{
	memset(m, 0, sizeof *m);
	m->f = open_memstream(&m->p, &m->n);
	m->held = m->f != NULL;
	if (!m->held)
		m->f = fallback;
}

void membuf_pass_on(struct membuf *m, FILE *out)
{
	if (m->held && fclose(m->f) == 0 && m->p && out)
		fwrite(m->p, 1, m->n, out);
	if (m->held)
		free(m->p);
	memset(m, 0, sizeof *m);
}
