/* test_messages.c - the Dutch message catalogue (src/util/messages_nl.c)
 * against the sources: every literal format given to a message function
 * (MESSAGE_FUNCS below) or marked MSG("...") anywhere under src/ has a Dutch
 * entry taking the same conversions, every entry is used, and the entries
 * are sorted (msg_nl searches them by halves).  Run from the repository
 * root, as `make unit` does. */
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>
#include "goedwerk/diag.h"
#include "goedwerk/messages.h"

/* The functions whose argument (0-based index) is a message format. */
static const struct {
	const char *name;
	int arg;
} MESSAGE_FUNCS[] = {
	{"diag_error", 4}, {"diag_warn", 4}, {"cli_usage_error", 1}, {"cli_say", 1},
	{"msg_tr", 0}, {"MSG", 0},
};

struct text {
	char *s;
	size_t n, cap;
};

static void put(struct text *t, const char *s, size_t n)
{
	if (t->n + n + 1 > t->cap) {
		t->cap = (t->n + n + 1) * 2;
		t->s = realloc(t->s, t->cap);
		assert_non_null(t->s);
	}
	memcpy(t->s + t->n, s, n);
	t->n += n;
	t->s[t->n] = '\0';
}

struct macro {
	char *name, *value;
};

struct scan {
	struct macro *m;
	size_t n_m;
	char **used;            /* English formats found, for the unused check */
	size_t n_used;
	size_t problems;
};

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	assert_non_null(f);
	struct text t = {0};
	char buf[4096];
	size_t k;
	while ((k = fread(buf, 1, sizeof buf, f)) > 0)
		put(&t, buf, k);
	fclose(f);
	if (!t.s)
		put(&t, "", 0);
	return t.s;
}

/* The closing quote of the string or character literal opening at p (or
 * the end of the text). */
static const char *past_quoted(const char *p)
{
	char q = *p;
	for (p++; *p && *p != q; p++)
		if (*p == '\\' && p[1])
			p++;
	return p;
}

/* Comments become blanks (newlines kept), so a name in a comment is no call. */
static void blank_comments(char *s)
{
	for (char *p = s; *p; p++) {
		if (*p == '"' || *p == '\'') {
			p = (char *)past_quoted(p);
			if (!*p)
				return;
		} else if (p[0] == '/' && p[1] == '*') {
			for (; *p && !(p[0] == '*' && p[1] == '/'); p++)
				if (*p != '\n')
					*p = ' ';
			if (!*p)
				return;
			p[0] = p[1] = ' ';
			p++;
		} else if (p[0] == '/' && p[1] == '/') {
			for (; *p && *p != '\n'; p++)
				*p = ' ';
			if (!*p)
				return;
		}
	}
}

static const char *macro_value(const struct scan *sc, const char *name, size_t n)
{
	for (size_t i = 0; i < sc->n_m; i++)
		if (strlen(sc->m[i].name) == n && strncmp(sc->m[i].name, name, n) == 0)
			return sc->m[i].value;
	return NULL;
}

/* One string literal at p (at its opening quote), unescaped into t; the
 * position after its closing quote. */
static const char *literal(const char *p, struct text *t)
{
	for (p++; *p && *p != '"'; p++) {
		char c = *p;
		if (c == '\\') {
			p++;
			switch (*p) {
			case 'n': c = '\n'; break;
			case 't': c = '\t'; break;
			case 'r': c = '\r'; break;
			case '0': c = '\0'; break;
			default: c = *p; break; /* \" \\ \' */
			}
		}
		put(t, &c, 1);
	}
	return *p ? p + 1 : p;
}

/* The text [a, b) as adjacent string literals and string macros, into t;
 * 0 when it is anything else (a variable, a call, an expression). */
static int literal_of(const struct scan *sc, const char *a, const char *b, struct text *t)
{
	int any = 0;
	while (a < b) {
		if (isspace((unsigned char)*a)) {
			a++;
		} else if (*a == '"') {
			a = literal(a, t);
			any = 1;
		} else if (isalpha((unsigned char)*a) || *a == '_') {
			const char *e = a;
			while (e < b && (isalnum((unsigned char)*e) || *e == '_'))
				e++;
			const char *v = macro_value(sc, a, (size_t)(e - a));
			if (!v)
				return 0;
			put(t, v, strlen(v));
			a = e;
			any = 1;
		} else {
			return 0;
		}
	}
	if (any && !t->s)
		put(t, "", 0);
	return any;
}

/* `#define NAME "..." ...` on one line: a string macro. */
static void collect_macros(struct scan *sc, const char *s)
{
	for (const char *p = strstr(s, "#define"); p; p = strstr(p + 1, "#define")) {
		const char *n = p + 7;
		while (*n == ' ' || *n == '\t')
			n++;
		const char *e = n;
		while (isalnum((unsigned char)*e) || *e == '_')
			e++;
		if (e == n || *e == '(')
			continue;
		const char *end = strchr(e, '\n');
		if (!end)
			end = e + strlen(e);
		struct text t = {0};
		if (literal_of(sc, e, end, &t)) {
			sc->m = realloc(sc->m, (sc->n_m + 1) * sizeof *sc->m);
			assert_non_null(sc->m);
			sc->m[sc->n_m].name = strndup(n, (size_t)(e - n));
			sc->m[sc->n_m++].value = t.s;
		} else {
			free(t.s);
		}
	}
}

/* The bounds of argument k of the call whose '(' is at p; 0 when it has
 * fewer arguments. */
static int argument(const char *p, int k, const char **a, const char **b)
{
	int depth = 0, i = 0;
	*a = p + 1;
	for (p++; *p; p++) {
		if (*p == '"' || *p == '\'') {
			p = past_quoted(p);
			if (!*p)
				return 0;
		} else if (*p == '(' || *p == '[' || *p == '{') {
			depth++;
		} else if ((*p == ')' || *p == ']' || *p == '}') && depth > 0) {
			depth--;
		} else if (depth == 0 && (*p == ',' || *p == ')')) {
			if (i == k) {
				*b = p;
				return 1;
			}
			if (*p == ')')
				return 0;
			i++;
			*a = p + 1;
		}
	}
	return 0;
}

static long line_of(const char *s, const char *p)
{
	long n = 1;
	for (; s < p; s++)
		n += *s == '\n';
	return n;
}

/* A format that is only conversions ("%s") needs no Dutch. */
static int has_words(const char *f)
{
	for (const char *p = f; *p; p++) {
		if (*p == '%') {
			p++;
			while (*p && !isalpha((unsigned char)*p) && *p != '%')
				p++;
			while (*p && strchr("hlLqjzt", *p))
				p++;
			if (!*p)
				return 0;
		} else if (isalpha((unsigned char)*p)) {
			return 1;
		}
	}
	return 0;
}

/* s as a C literal's inside, to paste into the catalogue. */
static void print_c(FILE *out, const char *s)
{
	for (; *s; s++) {
		if (*s == '\n')
			fputs("\\n", out);
		else if (*s == '"' || *s == '\\')
			fprintf(out, "\\%c", *s);
		else
			fputc(*s, out);
	}
}

static void check_format(struct scan *sc, const char *path, long line, const char *en)
{
	sc->used = realloc(sc->used, (sc->n_used + 1) * sizeof *sc->used);
	assert_non_null(sc->used);
	sc->used[sc->n_used++] = strdup(en);
	if (!has_words(en))
		return;
	const char *nl = msg_nl(en);
	if (!nl) {
		fprintf(stderr, "%s:%ld: no Dutch in src/util/messages_nl.c for \"", path, line);
		print_c(stderr, en);
		fputs("\"\n", stderr);
		sc->problems++;
	} else if (!msg_same_conversions(en, nl)) {
		fprintf(stderr, "%s:%ld: the Dutch takes other conversions than the English:\n  en \"",
			path, line);
		print_c(stderr, en);
		fputs("\"\n  nl \"", stderr);
		print_c(stderr, nl);
		fputs("\"\n", stderr);
		sc->problems++;
	}
}

static void scan_calls(struct scan *sc, const char *path, const char *s)
{
	for (const char *p = s; *p; p++) {
		if (!(isalpha((unsigned char)*p) || *p == '_'))
			continue;
		const char *e = p;
		while (isalnum((unsigned char)*e) || *e == '_')
			e++;
		if (p > s && (isalnum((unsigned char)p[-1]) || p[-1] == '_')) {
			p = e - 1;
			continue;
		}
		for (size_t f = 0; f < sizeof MESSAGE_FUNCS / sizeof *MESSAGE_FUNCS; f++) {
			if (strlen(MESSAGE_FUNCS[f].name) != (size_t)(e - p) ||
			    strncmp(MESSAGE_FUNCS[f].name, p, (size_t)(e - p)) != 0)
				continue;
			/* `(strict ? diag_error : diag_warn)(...)`: the call follows ')' */
			const char *q = e;
			while (isspace((unsigned char)*q))
				q++;
			if (*q == ')')
				for (q++; isspace((unsigned char)*q); q++)
					;
			const char *a, *b;
			struct text t = {0};
			if (*q == '(' && argument(q, MESSAGE_FUNCS[f].arg, &a, &b) &&
			    literal_of(sc, a, b, &t))
				check_format(sc, path, line_of(s, p), t.s);
			free(t.s);
		}
		p = e - 1;
	}
}

static void walk(struct scan *sc, const char *dir, int macros)
{
	DIR *d = opendir(dir);
	assert_non_null(d);
	struct dirent *de;
	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.')
			continue;
		char path[1024];
		snprintf(path, sizeof path, "%s/%s", dir, de->d_name);
		size_t n = strlen(de->d_name);
		if (n > 2 && de->d_name[n - 2] == '.' && strchr("ch", de->d_name[n - 1])) {
			char *s = slurp(path);
			blank_comments(s);
			if (macros)
				collect_macros(sc, s);
			else
				scan_calls(sc, path, s);
			free(s);
		} else if (!strchr(de->d_name, '.')) {
			DIR *sub = opendir(path);
			if (sub) {
				closedir(sub);
				walk(sc, path, macros);
			}
		}
	}
	closedir(d);
}

static void test_every_message_has_dutch(void **state)
{
	(void)state;
	struct scan sc = {0};
	walk(&sc, "include", 1);
	walk(&sc, "src", 1);
	walk(&sc, "src", 0);
	assert_true(sc.n_used > 100); /* the scan found the messages at all */
	for (size_t i = 0; i < msg_catalogue_nl_len; i++) {
		const char *en = msg_catalogue_nl[i].en;
		if (i > 0 && strcmp(msg_catalogue_nl[i - 1].en, en) >= 0) {
			fputs("src/util/messages_nl.c: \"", stderr);
			print_c(stderr, en);
			fputs("\" is out of order (sort the entries by their English, as strcmp "
			      "does)\n", stderr);
			sc.problems++;
		}
		size_t k = 0;
		while (k < sc.n_used && strcmp(sc.used[k], en) != 0)
			k++;
		if (k == sc.n_used) {
			fputs("src/util/messages_nl.c: \"", stderr);
			print_c(stderr, en);
			fputs("\" is said nowhere in src/ (remove the entry, or mark the literal "
			      "MSG(\"...\"))\n", stderr);
			sc.problems++;
		}
	}
	for (size_t i = 0; i < sc.n_used; i++)
		free(sc.used[i]);
	for (size_t i = 0; i < sc.n_m; i++) {
		free(sc.m[i].name);
		free(sc.m[i].value);
	}
	free(sc.used);
	free(sc.m);
	if (sc.problems)
		fprintf(stderr, "%zu problems with the Dutch messages (see above)\n", sc.problems);
	assert_int_equal(sc.problems, 0);
}

/* Conversions compared by the arguments they take, in order. */
static void test_same_conversions(void **state)
{
	(void)state;
	assert_true(msg_same_conversions("card '%s' in %s, %zu rows", "kaart '%s' in %s, %zu regels"));
	assert_true(msg_same_conversions("byte 0x%02X", "byte 0x%X"));    /* width aside */
	assert_true(msg_same_conversions("100%% of %d", "%d voor 100%%")); /* %% is text */
	assert_false(msg_same_conversions("%s and %d", "%d en %s"));       /* order */
	assert_false(msg_same_conversions("%zu rows", "%d regels"));        /* type */
	assert_false(msg_same_conversions("%ld", "%d"));                    /* length */
	assert_false(msg_same_conversions("%s", "%s %s"));                  /* count */
	assert_false(msg_same_conversions("%.*s", "%s"));                   /* starred */
	assert_false(msg_same_conversions("%s %s", "%2$s %1$s"));           /* positional */
}

/* English unless Dutch is chosen; Dutch from the catalogue, English for a
 * format it lacks; diag_error says it in the chosen language, and the
 * warning word too. */
static void test_diag_in_dutch(void **state)
{
	(void)state;
	const char *en = "NUL byte (expected text)";
	assert_ptr_equal(msg_tr(en), en);
	msg_set_lang(GW_LANG_NL);
	assert_string_equal(msg_tr(en), "NUL-teken (verwacht: tekst)");
	assert_string_equal(msg_tr("not in the catalogue"), "not in the catalogue");
	struct diag d;
	diag_init(&d);
	diag_error(&d, "sorts.csv", 3, 2, "NUL byte (expected text)");
	diag_warn(&d, "sorts.csv", 0, 0, "not UTF-8, read as Windows-1252 and converted to UTF-8");
	char *buf = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&buf, &n);
	assert_non_null(f);
	diag_print(&d, f);
	fclose(f);
	assert_string_equal(buf, "sorts.csv:3:2: NUL-teken (verwacht: tekst)\n"
			    "sorts.csv: waarschuwing: geen UTF-8; gelezen als Windows-1252 en "
			    "omgezet naar UTF-8\n");
	free(buf);
	diag_free(&d);
	msg_set_lang(GW_LANG_EN);
	assert_ptr_equal(msg_tr(en), en);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_message_has_dutch),
		cmocka_unit_test(test_same_conversions),
		cmocka_unit_test(test_diag_in_dutch),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
