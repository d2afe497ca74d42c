/* html_util.h - writing HTML safely (private to src/report). */
#ifndef GOEDWERK_REPORT_HTML_UTIL_H
#define GOEDWERK_REPORT_HTML_UTIL_H

#include <stdio.h>

/* Text with & < > " escaped. */
void html_text(FILE *out, const char *s);
/* Copy an SVG file into out without its XML prolog, its ids prefixed with
 * prefix (unique per chart); 0 on success. */
int html_inline_svg(FILE *out, const char *path, const char *prefix);
/* JSON string with escapes. */
void json_string(FILE *out, const char *s);

#endif
