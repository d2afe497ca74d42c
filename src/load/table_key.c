/* table_key.c - see table_key.h.  Parts of an internal key are separated by
 * the unit separator (0x1f), which no CSV value of a bundle holds. */
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "table_key.h"

#define SEP '\x1f'

static const char *join(struct loader *L, const char *const part[4])
{
	size_t n = 4;
	for (int k = 0; k < 4; k++)
		n += part[k] ? strlen(part[k]) : 0;
	char *buf = xmalloc(n), *p = buf;
	for (int k = 0; k < 4; k++) {
		size_t m = part[k] ? strlen(part[k]) : 0;
		memcpy(p, part[k] ? part[k] : "", m);
		p += m;
		*p++ = k < 3 ? SEP : '\0';
	}
	const char *pooled = strpool_get(&L->pool, buf);
	free(buf);
	return pooled;
}

const char *table_key(struct loader *L, const char *traject, const char *group,
		      const char *session, const char *table)
{
	if (!table)
		return NULL;
	const char *part[4] = {traject, group, session, table};
	struct table_keys *m = &L->tk;
	if (m->memo_key && memcmp(m->memo, part, sizeof part) == 0)
		return m->memo_key;
	memcpy(m->memo, part, sizeof part);
	m->memo_key = join(L, part);
	return m->memo_key;
}

/* Split a key into its four parts (pointers into buf, a copy). */
static void split(const char *key, char *buf, char *part[4])
{
	strcpy(buf, key);
	part[0] = buf;
	for (int k = 1; k < 4; k++) {
		char *s = strchr(part[k - 1], SEP);
		*s = '\0';
		part[k] = s + 1;
	}
}

/* full[c] of partial key c: 1 + the one full key, or -1 when several. */
static void add_partial(struct loader *L, const char *const part[4], int32_t full)
{
	struct table_keys *m = &L->tk;
	size_t before = m->partial.n;
	int32_t c = levels_code(&m->partial, join(L, part));
	if ((size_t)c >= before)
		m->full[c] = full + 1;
	else if (m->full[c] != full + 1)
		m->full[c] = -1;
}

/* Partial keys of every sorts' table: without group, without session, without both. */
static void build_partial(struct loader *L)
{
	struct table_keys *m = &L->tk;
	const struct levels *lv = &L->lv[DS_TABLE];
	m->built = 1;
	m->full = xcalloc(3 * lv->n + 1, sizeof *m->full);
	for (size_t k = 0; k < lv->n; k++) {
		char *buf = xmalloc(strlen(lv->names[k]) + 1), *p[4];
		split(lv->names[k], buf, p);
		const char *drop[3][4] = {{p[0], "", p[2], p[3]}, {p[0], p[1], "", p[3]}, {p[0], "", "", p[3]}};
		for (int d = 0; d < 3; d++)
			if (strcmp(drop[d][1], p[1]) || strcmp(drop[d][2], p[2]))
				add_partial(L, drop[d], (int32_t)k);
		free(buf);
	}
}

const char *table_key_of_top(struct loader *L, const char *traject, const char *group,
			     const char *session, const char *table)
{
	const char *key = table_key(L, traject, group, session, table);
	if (!key || (group && session))
		return key;
	if (levels_find(&L->lv[DS_TABLE], key) >= 0)
		return key; /* the sorts name the same table */
	if (!L->tk.built)
		build_partial(L);
	struct table_keys *m = &L->tk;
	int32_t c = levels_find(&m->partial, key);
	if (c < 0)
		return key; /* no sorts' table fits: the top stands alone */
	if (m->full[c] > 0)
		return L->lv[DS_TABLE].names[m->full[c] - 1];
	if (!m->warned++)
		fprintf(L->err, "goedwerk: warning: group_tops.csv: table '%s' of traject '%s' names no "
			"%s, and several groups or sessions have a table '%s'; it is not matched to "
			"their sorts (add the group and session columns)\n",
			table, traject, group ? "session" : "group", table);
	return key;
}

/* The readable part for a session: s2 for a number, else the value. */
static char *session_name(const char *s)
{
	size_t n = strspn(s, "0123456789");
	return n && !s[n] ? xasprintf("s%s", s) : xstrdup(s);
}

/* Per traject x group: whether its tables are at several sessions. */
static int *several_sessions(struct loader *L, struct levels *groups)
{
	const struct levels *lv = &L->lv[DS_TABLE];
	const char **first = xcalloc(lv->n + 1, sizeof *first);
	int *several = xcalloc(lv->n + 1, sizeof *several);
	for (size_t k = 0; k < lv->n; k++) {
		char *buf = xmalloc(strlen(lv->names[k]) + 1), *p[4];
		split(lv->names[k], buf, p);
		const char *g[4] = {p[0], p[1], "", ""};
		int32_t c = levels_code(groups, join(L, g));
		const char *sess = strpool_get(&L->pool, p[2]);
		if (!first[c])
			first[c] = sess;
		else if (first[c] != sess)
			several[c] = 1;
		free(buf);
	}
	free(first);
	return several;
}

/* The readable name of key k, made unique against the names before it in
 * fresh (a collision needs a group or table named like a session). */
static void add_name(struct loader *L, struct levels *fresh, char *const p[4], int many, size_t k)
{
	char *sess = many ? session_name(p[2]) : xstrdup("");
	char *name[3] = {xasprintf("%s%s%s%s%s/%s", p[0], *p[1] ? "/" : "", p[1], *sess ? "/" : "",
				   sess, p[3]),
			 xasprintf("%s/%s/%s/%s", p[0], *p[1] ? p[1] : "-", *p[2] ? p[2] : "-", p[3]),
			 NULL};
	name[2] = xasprintf("%s#%zu", name[1], k + 1);
	for (int v = 0; v < 3; v++) {
		size_t before = fresh->n;
		if ((size_t)levels_code(fresh, strpool_get(&L->pool, name[v])) >= before)
			break;
	}
	for (int v = 0; v < 3; v++)
		free(name[v]);
	free(sess);
}

void table_key_names(struct loader *L)
{
	struct levels *lv = &L->lv[DS_TABLE], groups, fresh;
	levels_init(&groups);
	levels_init(&fresh);
	int *several = several_sessions(L, &groups);
	for (size_t k = 0; k < lv->n; k++) {
		char *buf = xmalloc(strlen(lv->names[k]) + 1), *p[4];
		split(lv->names[k], buf, p);
		const char *g[4] = {p[0], p[1], "", ""};
		add_name(L, &fresh, p, several[levels_code(&groups, join(L, g))], k);
		free(buf);
	}
	levels_free(lv);
	*lv = fresh; /* the same codes, readable names */
	free(several);
	levels_free(&groups);
}

void table_key_free(struct loader *L)
{
	levels_free(&L->tk.partial);
	free(L->tk.full);
}
