/* render.c - draw a chart to SVG, PNG and PDF with PLplot.
 * cairo stamps PDFs with the time; the stamp is overwritten with a fixed one
 * of the same length (offsets in the PDF stay valid) so that the same input
 * gives the same bytes. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <plplot.h>
#include "goedwerk/alloc.h"
#include "goedwerk/file.h"
#include "chart.h"

static int pin_pdf_date(const char *path)
{
	size_t got;
	char *buf = read_file(path, &got);
	if (!buf)
		return -1;
	static const char key[] = "/CreationDate (D:";
	size_t k = sizeof key - 1;
	for (size_t i = 0; i + k <= got; i++) /* the PDF holds binary streams: no strstr */
		if (memcmp(buf + i, key, k) == 0)
			for (size_t j = i + k; j < got && buf[j] >= '0' && buf[j] <= '9'; j++)
				buf[j] = '0';
	FILE *f = fopen(path, "wb");
	int bad = !f || fwrite(buf, 1, got, f) != got;
	if (f && fclose(f) != 0)
		bad = 1;
	free(buf);
	return bad ? -1 : 0;
}

/* Axis numbers in the report's locale: a decimal comma in Dutch (plbox
 * with "o" calls this). */
static void axis_label(PLINT axis, PLFLT value, char *label, PLINT length, PLPointer data)
{
	(void)axis;
	const struct chart_ctx *c = data;
	snprintf(label, (size_t)length, "%g", fabs(value) < 1e-12 ? 0.0 : value);
	for (char *p = label; c->lang != LANG_EN && *p; p++)
		if (*p == '.')
			*p = ',';
}

static int draw_on(const struct chart_def *def, const struct chart_ctx *c, const char *device,
		   const char *path)
{
	PLINT strm;
	plmkstrm(&strm);
	plsdev(device);
	plsfnam(path);
	plspage(0, 0, def->width, def->height, 0, 0);
	plscolbg(255, 255, 255);
	plinit();
	pladv(0);
	plslabelfunc(axis_label, (PLPointer)c);
	int r = def->draw(c);
	plend1();
	return r;
}

/* PLplot does not report write errors (a full disk leaves an empty or cut
 * file): a chart is drawn to a temporary name, checked to end as its format
 * ends (SVG "</svg>", PNG the IEND chunk, PDF "%%EOF"), then renamed. */
static int complete(const char *path, const char *ext)
{
	size_t n;
	char *buf = read_file(path, &n);
	if (!buf)
		return 0;
	static const unsigned char iend[] = {'I', 'E', 'N', 'D', 0xAE, 0x42, 0x60, 0x82};
	int ok;
	if (strcmp(ext, "png") == 0) {
		ok = n >= 8 && memcmp(buf + n - 8, iend, 8) == 0;
	} else {
		const char *end = strcmp(ext, "svg") == 0 ? "</svg>" : "%%EOF";
		size_t k = strlen(end), tail = n < 64 ? n : 64;
		ok = 0;
		for (size_t i = n - tail; i + k <= n && !ok; i++)
			ok = memcmp(buf + i, end, k) == 0;
	}
	free(buf);
	return ok;
}

static int draw_checked(const struct chart_def *def, const struct chart_ctx *c,
			const char *device, const char *path, const char *ext)
{
	char *tmp = xasprintf("%s.tmp", path);
	int r = draw_on(def, c, device, tmp);
	if (r == 0 && (!complete(tmp, ext) || (strcmp(ext, "pdf") == 0 && pin_pdf_date(tmp) != 0) ||
		       rename(tmp, path) != 0))
		r = -1;
	if (r != 0)
		remove(tmp);
	free(tmp);
	return r;
}

int chart_render(const struct chart_def *def, const struct chart_ctx *c, const char *dir)
{
	static const char *const dev[] = {"svg", "pngcairo", "pdfcairo"};
	static const char *const ext[] = {"svg", "png", "pdf"};
	for (int k = 0; k < 3; k++) {
		char *path = xasprintf("%s/%s.%s", dir, def->name, ext[k]);
		int r = draw_checked(def, c, dev[k], path, ext[k]);
		if (r > 0) {
			/* Nothing to draw: no file, and none left from an earlier run. */
			for (int e = 0; e < 3; e++) {
				char *old = xasprintf("%s/%s.%s", dir, def->name, ext[e]);
				remove(old);
				free(old);
			}
			free(path);
			return r;
		}
		if (r < 0) {
			free(path);
			return -1;
		}
		free(path);
	}
	return 0;
}
