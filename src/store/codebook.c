/* codebook.c - store the codebook versions of a bundle.
 *
 * The default version is the common one: a later bundle may add tags to
 * it, but a tag stored with another label, pillar or axis is refused.
 * Another version is a codebook of its own, fixed once stored: a later
 * bundle must repeat it exactly or it is refused as a whole, since a
 * changed mapping would silently recode the cases already stored.  A
 * canonical that ingest could not check (the bundle gave no default
 * codebook) must be a tag of the stored default codebook. */
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "goedwerk/textdist.h"
#include "store_internal.h"

#define OPT(s) ((s) ? (s) : "")

/* A code's fields joined, to compare a repeat with what is stored. */
static char *code_text(const struct bundle_code *c)
{
	return xasprintf("%s\x1f%s\x1f%s\x1f%s\x1f%s", OPT(c->label_nl), OPT(c->label_en),
			 OPT(c->pillar), OPT(c->axis), OPT(c->canonical));
}

static const char stored_code_sql[] =
	"SELECT coalesce(label_nl,'') || char(31) || coalesce(label_en,'') || char(31) ||"
	" coalesce(pillar,'') || char(31) || coalesce(axis,'') || char(31) || coalesce(canonical,'')"
	" FROM codebook WHERE codebook = ?1 AND tag = ?2";

static int insert_code(sqlite3_stmt *ins, const struct bundle_code *c)
{
	sqlite3_bind_text(ins, 1, c->codebook, -1, SQLITE_STATIC);
	sqlite3_bind_text(ins, 2, c->tag, -1, SQLITE_STATIC);
	sqlite3_bind_text(ins, 3, OPT(c->label_nl), -1, SQLITE_STATIC);
	store_bind_opt(ins, 4, c->label_en);
	store_bind_opt(ins, 5, c->pillar);
	store_bind_opt(ins, 6, c->axis);
	store_bind_opt(ins, 7, c->canonical);
	return store_step_once(ins);
}

/* Compare the codes of one version with the store; insert what is new. */
static enum gw_status write_version(struct store *s, sqlite3_stmt *ins, const struct bundle *b,
				    const char *version, struct diag *d)
{
	char buf[4096];
	if (store_lookup(s, "SELECT count(*) FROM codebook WHERE codebook = ?1", version, NULL, buf,
			 sizeof buf) < 0)
		return GW_EINTERNAL;
	long n_stored = atol(buf), n_given = 0;
	int named = strcmp(version, BUNDLE_DEFAULT_CODEBOOK) != 0, differs = 0;
	for (size_t i = 0; i < b->n_codebook; i++) {
		const struct bundle_code *c = &b->codebook[i];
		if (strcmp(c->codebook, version) != 0)
			continue;
		n_given++;
		int found = store_lookup(s, stored_code_sql, version, c->tag, buf, sizeof buf);
		if (found < 0)
			return GW_EINTERNAL;
		char *now = code_text(c);
		int same = found && strcmp(buf, now) == 0;
		free(now);
		if (found && !same && !named)
			diag_error(d, NULL, 0, 0, "codebook tag '%s' is already stored with another "
				   "label, pillar or axis (expected the same definition)", c->tag);
		else if (named && n_stored && !same)
			differs = 1;
		else if (!found && insert_code(ins, c))
			return GW_EINTERNAL;
	}
	if (named && n_stored && (differs || n_given != n_stored))
		diag_error(d, NULL, 0, 0, "codebook '%s' is already stored with other tags, labels or "
			   "canonical tags (expected the same codebook, or a new name)", version);
	return GW_OK;
}

/* The stored default tags, for a hint; the caller frees each and the array. */
static size_t stored_default_tags(struct store *s, char ***out)
{
	sqlite3_stmt *st;
	size_t n = 0, cap = 0;
	*out = NULL;
	if (sqlite3_prepare_v2(s->db, "SELECT tag FROM codebook WHERE codebook = '"
			       BUNDLE_DEFAULT_CODEBOOK "' ORDER BY tag", -1, &st, NULL) != SQLITE_OK)
		return 0;
	while (sqlite3_step(st) == SQLITE_ROW) {
		GROW(*out, cap, n + 1);
		(*out)[n++] = xstrdup((const char *)sqlite3_column_text(st, 0));
	}
	sqlite3_finalize(st);
	return n;
}

static void unknown_canonical(struct store *s, const struct bundle_code *c, struct diag *d)
{
	char **known, near[512];
	size_t n = stored_default_tags(s, &known);
	size_t k = text_nearest_list(c->canonical, (const char *const *)known, n, near, sizeof near);
	if (n == 0)
		diag_error(d, c->file, c->line, c->col, "canonical '%s' (expected a tag of the default "
			   "codebook; none is given or stored)", c->canonical);
	else if (k == 0)
		diag_error(d, c->file, c->line, c->col, "canonical '%s' (expected a tag of the stored "
			   "default codebook)", c->canonical);
	else
		diag_error(d, c->file, c->line, c->col, "canonical '%s' (expected a tag of the stored "
			   "default codebook; nearest: %s)", c->canonical, near);
	for (size_t i = 0; i < n; i++)
		free(known[i]);
	free(known);
}

static enum gw_status check_canonicals(struct store *s, const struct bundle *b, struct diag *d)
{
	char buf[8];
	for (size_t i = 0; i < b->n_codebook; i++) {
		const struct bundle_code *c = &b->codebook[i];
		if (!c->canonical || c->canonical_checked)
			continue;
		int found = store_lookup(s, "SELECT 1 FROM codebook WHERE codebook = '"
				  BUNDLE_DEFAULT_CODEBOOK "' AND tag = ?1", c->canonical, NULL, buf, sizeof buf);
		if (found < 0)
			return GW_EINTERNAL;
		if (!found)
			unknown_canonical(s, c, d);
	}
	return GW_OK;
}

enum gw_status store_write_codebook(struct store *s, const struct bundle *b, struct diag *d)
{
	enum gw_status st = check_canonicals(s, b, d);
	sqlite3_stmt *ins;
	if (st != GW_OK || sqlite3_prepare_v2(s->db, "INSERT INTO codebook(codebook, tag, label_nl,"
					      " label_en, pillar, axis, canonical)"
					      " VALUES(?1,?2,?3,?4,?5,?6,?7)", -1, &ins, NULL))
		return GW_EINTERNAL;
	for (size_t i = 0; i < b->n_codebook && st == GW_OK; i++) {
		size_t j = 0; /* each version once, in the order of the bundle */
		while (j < i && strcmp(b->codebook[j].codebook, b->codebook[i].codebook) != 0)
			j++;
		if (j == i)
			st = write_version(s, ins, b, b->codebook[i].codebook, d);
	}
	sqlite3_finalize(ins);
	return st;
}
