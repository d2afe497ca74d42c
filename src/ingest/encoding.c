/* encoding.c - bytes to UTF-8 text.  A UTF-8 BOM is dropped; valid UTF-8 is
 * kept as it is; otherwise the file is read as Windows-1252 and converted,
 * with a warning naming the file.  Refused, at the line of the byte: a NUL
 * byte, a byte Windows-1252 leaves undefined (0x81 0x8D 0x8F 0x90 0x9D) in a
 * file that is not UTF-8, a UTF-16 BOM, and a file that mixes valid UTF-8
 * with invalid bytes (converting it would garble the valid part). */
#include <string.h>
#include "internal.h"
#include "goedwerk/alloc.h"

/* Windows-1252 0x80..0x9F as Unicode; 0 = undefined. */
static const unsigned short cp1252_hi[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

/* Length of the valid UTF-8 sequence at s, or 0. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
	unsigned char c = s[0];
	size_t len;
	unsigned cp;
	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		len = 2, cp = c & 0x1F;
	else if (c >= 0xE0 && c <= 0xEF)
		len = 3, cp = c & 0x0F;
	else if (c >= 0xF0 && c <= 0xF4)
		len = 4, cp = c & 0x07;
	else
		return 0;
	if (len > n)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		cp = cp << 6 | (s[i] & 0x3F);
	}
	if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
	    (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return len;
}

struct where {
	long line, col;
	int seen;
	unsigned char byte;
};

static void mark(struct where *w, long line, long col, unsigned char byte)
{
	if (!w->seen) {
		w->seen = 1;
		w->line = line;
		w->col = col;
		w->byte = byte;
	}
}

static size_t put_utf8(unsigned char *o, unsigned cp)
{
	if (cp < 0x80) {
		o[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		o[0] = (unsigned char)(0xC0 | cp >> 6);
		o[1] = (unsigned char)(0x80 | (cp & 0x3F));
		return 2;
	}
	o[0] = (unsigned char)(0xE0 | cp >> 12);
	o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
	o[2] = (unsigned char)(0x80 | (cp & 0x3F));
	return 3;
}

static unsigned char *from_cp1252(const unsigned char *s, size_t n, size_t *out_n)
{
	unsigned char *o = xmalloc(3 * n + 1), *p = o;
	for (size_t i = 0; i < n; i++) {
		unsigned char c = s[i];
		unsigned cp = c >= 0x80 && c < 0xA0 ? cp1252_hi[c - 0x80] : c;
		p += put_utf8(p, cp);
	}
	*out_n = (size_t)(p - o);
	return o;
}

unsigned char *ingest_decode(const char *file, unsigned char *s, size_t n, char delim,
			     size_t *out_n, int *has_cr, struct diag *d)
{
	if (n >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF))) {
		diag_error(d, file, 1, 1, "the file is UTF-16 (expected UTF-8 or Windows-1252)");
		return NULL;
	}
	size_t off = n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF ? 3 : 0;
	struct where invalid = {0}, undefined = {0};
	long line = 1, col = 1;
	int inq = 0, utf8_seen = 0;
	*has_cr = 0;
	for (size_t i = off; i < n;) {
		unsigned char c = s[i];
		if (c >= 0x20 && c < 0x80 && c != '"' && c != (unsigned char)delim) {
			i++;
			continue;
		}
		if (c == 0) {
			diag_error(d, file, line, col, "NUL byte (expected text)");
			return NULL;
		}
		if (c == '\n' || c == '\r') {
			if (c == '\r') {
				*has_cr = 1;
				if (i + 1 < n && s[i + 1] == '\n')
					i++;
			}
			line++;
			if (!inq)
				col = 1;
		} else if (c == '"') {
			inq = !inq;
		} else if (c == (unsigned char)delim && !inq) {
			col++;
		} else if (c >= 0x80) {
			size_t len = utf8_seq(s + i, n - i);
			if (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D)
				mark(&undefined, line, col, c);
			if (len == 0) {
				mark(&invalid, line, col, c);
			} else {
				utf8_seen = 1;
				for (size_t k = 1; k < len; k++) {
					unsigned char t = s[i + k];
					if (t == 0x81 || t == 0x8D || t == 0x8F || t == 0x90 || t == 0x9D)
						mark(&undefined, line, col, t);
				}
				i += len;
				continue;
			}
		}
		i++;
	}
	if (!invalid.seen) {
		*out_n = n - off;
		return s + off;
	}
	if (utf8_seen) {
		diag_error(d, file, invalid.line, invalid.col,
			   "byte 0x%02X is not UTF-8 (expected UTF-8 throughout: the file mixes encodings)",
			   invalid.byte);
		return NULL;
	}
	if (undefined.seen) {
		diag_error(d, file, undefined.line, undefined.col,
			   "byte 0x%02X is neither UTF-8 nor Windows-1252 (expected UTF-8 or Windows-1252 text)",
			   undefined.byte);
		return NULL;
	}
	diag_warn(d, file, 0, 0, "not UTF-8, read as Windows-1252 and converted to UTF-8");
	return from_cp1252(s + off, n - off, out_n);
}
