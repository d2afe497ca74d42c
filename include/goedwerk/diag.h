/* diag.h - collect diagnostics, print them all at once, GNU style.
 *
 *   FILE:LINE:COLUMN: what is wrong (what was expected)
 *   FILE:LINE:COLUMN: warning: ...
 *
 * LINE is the physical line (1-based), COLUMN the field number (1-based);
 * 0 means "not applicable" and is left out of the prefix.  A sheet of a
 * workbook is named "book.xlsx:sheet!" and printed as Excel names a cell:
 *
 *   book.xlsx:sheet!M12: what is wrong (what was expected)
 *  Messages start
 * lower case and carry no full stop.  The collector owns copies of all
 * strings; diag_free releases them. Allocation failure aborts (xalloc). */
#ifndef GOEDWERK_DIAG_H
#define GOEDWERK_DIAG_H

#include <stddef.h>
#include <stdio.h>

enum diag_level { DIAG_ERROR, DIAG_WARNING };

struct diag_entry {
	enum diag_level level;
	char *file;
	long line, col;
	char *msg;
};

struct diag {
	struct diag_entry *v;
	size_t n, cap;
	size_t n_errors;
	size_t max_errors; /* stop recording errors after this many (0 = 1000) */
	size_t dropped;    /* errors past max_errors, counted not stored */
};

void diag_init(struct diag *d);
void diag_free(struct diag *d);

__attribute__((format(printf, 5, 6)))
void diag_error(struct diag *d, const char *file, long line, long col,
		const char *fmt, ...);
__attribute__((format(printf, 5, 6)))
void diag_warn(struct diag *d, const char *file, long line, long col,
	       const char *fmt, ...);

/* A place as the prefix of a message names it (without the ": "), for a
 * message that points at another place ("first at ..."). */
const char *diag_place(char *buf, size_t size, const char *file, long line, long col);
/* The Excel column letters of a 1-based column (13 -> "M"); "" for 0. */
char *diag_column_letters(long col, char buf[8]);

/* Print every entry in the order reported, then "N more errors" if any were
 * dropped. */
void diag_print(const struct diag *d, FILE *out);

#endif
