/* say.c - what a command says besides its results: the summary lines on
 * stdout that --quiet drops, and the progress bar on stderr, drawn only when
 * stderr is a terminal and not --quiet (logs, pipes and tests see nothing). */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "goedwerk/cli.h"
#include "goedwerk/messages.h"
#include "commands.h"

void cli_say(const struct cli_args *a, const char *fmt, ...)
{
	if (a->quiet)
		return;
	va_list ap;
	va_start(ap, fmt);
	vprintf(msg_tr(fmt), ap); /* the summary in the language of messages */
	va_end(ap);
}

#define BAR 24

void cli_progress(const struct cli_args *a, size_t done, size_t total, const char *what)
{
	if (a->quiet || !isatty(fileno(stderr)))
		return;
	fputs("\r\033[K", stderr); /* back to the start of the line, and clear it */
	if (what && total && strrchr(what, '/'))
		what = strrchr(what, '/') + 1; /* a file's name, not its whole path */
	if (what && total) {
		char bar[BAR + 1];
		size_t full = done >= total ? BAR : done * BAR / total;
		for (size_t k = 0; k < BAR; k++)
			bar[k] = k < full ? '#' : '.';
		bar[BAR] = 0;
		fprintf(stderr, "goedwerk %s: [%s] %zu/%zu %s", a->cmd, bar, done, total, what);
	} else if (what) {
		fprintf(stderr, "goedwerk %s: %s ...", a->cmd, what);
	}
	fflush(stderr);
}

void cli_progress_cb(void *arg, size_t done, size_t total, const char *name)
{
	cli_progress(arg, done, total, name);
}
