/* html_util.c - escaping for HTML and JSON, SVG inlining. */
#include <stdlib.h>
#include <string.h>
#include "goedwerk/file.h"
#include "html_util.h"

void html_text(FILE *out, const char *s)
{
	for (; s && *s; s++)
		switch (*s) {
		case '&': fputs("&amp;", out); break;
		case '<': fputs("&lt;", out); break;
		case '>': fputs("&gt;", out); break;
		case '"': fputs("&quot;", out); break;
		default: fputc(*s, out);
		}
}

void json_string(FILE *out, const char *s)
{
	fputc('"', out);
	for (; s && *s; s++) {
		unsigned char ch = (unsigned char)*s;
		if (ch == '"' || ch == '\\')
			fprintf(out, "\\%c", ch);
		else if (ch < 0x20)
			fprintf(out, "\\u%04x", ch);
		else
			fputc(ch, out);
	}
	fputc('"', out);
}

/* Write svg with every id and url(#id) prefixed: PLplot numbers its clip
 * paths from 0 in every file, and two inlined charts with the same ids would
 * clip each other's text. */
static void write_prefixed(FILE *out, const char *svg, const char *prefix)
{
	static const char *const marks[] = {"id=\"", "url(#"};
	while (*svg) {
		int hit = -1;
		for (int k = 0; k < 2; k++)
			if (strncmp(svg, marks[k], strlen(marks[k])) == 0)
				hit = k;
		if (hit < 0) {
			fputc(*svg++, out);
			continue;
		}
		fputs(marks[hit], out);
		fputs(prefix, out);
		svg += strlen(marks[hit]);
	}
}

#define SVG_MAX ((size_t)64 << 20) /* the largest chart inlined: 64 MiB */

int html_inline_svg(FILE *out, const char *path, const char *prefix)
{
	size_t n; /* bounded: a chart path that is a device or grew past any chart */
	char *buf = read_file_max(path, SVG_MAX, &n, NULL);
	if (!buf)
		return -1;
	const char *svg = strstr(buf, "<svg");
	if (svg)
		write_prefixed(out, svg, prefix);
	free(buf);
	return svg ? 0 : -1;
}
