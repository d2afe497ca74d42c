/* labels.c - text that charts put on the page: shortened labels and the
 * codebook's tag labels in the report language. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <plplot.h>
#include "chart.h"

/* Characters of s (UTF-8 continuation bytes not counted). */
static size_t n_chars(const char *s)
{
	size_t n = 0;
	for (; *s; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

/* The byte offset of character k of s (its end when s is shorter). */
static size_t char_offset(const char *s, size_t k)
{
	size_t i = 0;
	for (; s[i] && k > 0; k--)
		for (i++; ((unsigned char)s[i] & 0xC0) == 0x80; i++)
			;
	return i;
}

/* s in at most keep characters: its start and its end with an ellipsis
 * between, since names that share a start ("Ministerie van ...") differ at
 * their end. */
static const char *shorten_chars(const char *s, char *buf, size_t size, size_t keep)
{
	size_t n = n_chars(s);
	if (n <= keep)
		return s;
	size_t hb, tb;
	for (keep = keep < 2 ? 2 : keep;; keep--) { /* a small buf takes fewer characters */
		size_t head = (keep - 1) * 2 / 3, tail = keep - 1 - head;
		hb = char_offset(s, head);
		tb = char_offset(s, n - tail);
		if (hb + 3 + strlen(s + tb) + 1 <= size || keep == 2)
			break;
	}
	if (hb + 3 + strlen(s + tb) + 1 > size)
		return ""; /* a buf of fewer than 8 bytes */
	memcpy(buf, s, hb);
	memcpy(buf + hb, "\xe2\x80\xa6", 3); /* U+2026 */
	strcpy(buf + hb + 3, s + tb);
	return buf;
}

const char *chart_shorten(const char *s, char *buf, size_t max)
{
	return strlen(s) <= max ? s : shorten_chars(s, buf, max + 1, max);
}

/* Average advance of a character in character heights (plgchr's ht) of the
 * sans font the cairo and SVG drivers use: 0.71 measured on group and
 * organisation names, 0.78 taken so that a label said to fit does fit
 * (tests/cli/cases/report_long_labels finds no ink at the page edge). */
#define CHAR_ADVANCE 0.78

const char *chart_fit(const char *s, char *buf, size_t size, double max_mm)
{
	PLFLT def, ht;
	plgchr(&def, &ht);
	double per = CHAR_ADVANCE * ht;
	size_t keep = per > 0 && max_mm > 0 ? (size_t)(max_mm / per) : 2;
	return shorten_chars(s, buf, size, keep);
}

/* The page left of (below) the current viewport, less disp character
 * heights and a 2 mm margin, in mm. */
static double room(int below, double disp)
{
	PLFLT def, ht, sx0, sx1, sy0, sy1, vx0, vx1, vy0, vy1;
	plgchr(&def, &ht);
	plgspa(&sx0, &sx1, &sy0, &sy1);
	plgvpd(&vx0, &vx1, &vy0, &vy1);
	return (below ? vy0 * (sy1 - sy0) : vx0 * (sx1 - sx0)) - disp * ht - 2.0;
}

const char *chart_fit_left(const char *s, char *buf, size_t size, double disp)
{
	return chart_fit(s, buf, size, room(0, disp));
}

const char *chart_fit_below(const char *s, char *buf, size_t size, double disp)
{
	return chart_fit(s, buf, size, room(1, disp));
}

int chart_tag_index(const struct dataset *ds, const char *tag)
{
	for (size_t k = 0; tag && k < ds->n_tags; k++)
		if (strcmp(ds->tag[k], tag) == 0)
			return (int)k;
	return -1;
}

const char *chart_tag_label(const struct chart_ctx *c, size_t tag)
{
	const struct dataset *ds = c->a->ds;
	return c->lang == LANG_EN ? ds->tag_label_en[tag] : ds->tag_label_nl[tag];
}

const char *report_label(const struct dataset *ds, enum report_lang lang, const char *col, const char *text)
{
	int en = lang == LANG_EN;
	if (strncmp(col, "card", 4) == 0 || strncmp(col, "top_card", 8) == 0)
		for (size_t j = 0; j < ds->n_cards; j++)
			if (strcmp(ds->card_id[j], text) == 0)
				return en ? ds->label_en[j] : ds->label_nl[j];
	int k = strncmp(col, "tag", 3) == 0 ? chart_tag_index(ds, text) : -1;
	if (k >= 0)
		return en ? ds->tag_label_en[k] : ds->tag_label_nl[k];
	return text;
}

/* "2,1·10⁻⁵": the exponent in superscript digits, as a reader writes it. */
static void scientific(char *buf, size_t size, double v, int comma)
{
	static const char *const sup[] = {"\xe2\x81\xb0", "\xc2\xb9", "\xc2\xb2", "\xc2\xb3",
					  "\xe2\x81\xb4", "\xe2\x81\xb5", "\xe2\x81\xb6", "\xe2\x81\xb7",
					  "\xe2\x81\xb8", "\xe2\x81\xb9"};
	int e = (int)floor(log10(fabs(v)));
	double m = v / pow(10, e);
	if (fabs(m) >= 9.95) { /* 9.96e-5 rounds to 10,0: write 1,0·10⁻⁴ */
		m /= 10;
		e++;
	}
	char digits[16];
	int n = snprintf(buf, size, "%.1f\xc2\xb7" "10%s", m, e < 0 ? "\xe2\x81\xbb" : "");
	if (comma)
		for (char *p = buf; *p; p++)
			*p = *p == '.' ? ',' : *p;
	snprintf(digits, sizeof digits, "%d", abs(e));
	for (const char *d = digits; *d && n > 0 && (size_t)n < size; d++)
		n += snprintf(buf + n, size - (size_t)n, "%s", sup[*d - '0']);
}

const char *chart_num(const struct chart_ctx *c, char *buf, size_t size, double v)
{
	int comma = c->lang != LANG_EN;
	if (isnan(v))
		snprintf(buf, size, "-");
	else if (v != 0 && fabs(v) < 0.001)
		scientific(buf, size, v, comma);
	else {
		snprintf(buf, size, "%.2g", v);
		for (char *p = buf; comma && *p; p++)
			*p = *p == '.' ? ',' : *p;
	}
	return buf;
}
