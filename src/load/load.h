/* load.h - the loader's state and its steps (private to src/load). */
#ifndef GOEDWERK_LOAD_LOAD_H
#define GOEDWERK_LOAD_LOAD_H

#include <stdio.h>
#include <sqlite3.h>
#include "goedwerk/attribute.h"
#include "goedwerk/dataset.h"
#include "goedwerk/strpool.h"
#include "levels.h"

#define LOAD_MAX_COLS 32
/* Columns of the sorts query: 0..8 the sort, then the participant rowid,
 * then one per registry attribute (attribute.h). */
enum { COL_ROWID = 9, COL_ATTRS = 10 };

struct last_text {
	const char *pooled;
	size_t len;
};

struct loader {
	const struct store *store;
	sqlite3 *db;
	struct dataset *ds;
	const struct selection *sel;
	FILE *err;
	struct strpool pool;
	struct levels lv[DS_N_FACTORS], people;
	size_t cap;                          /* sorts allocated */
	int32_t *dil_code[DS_N_FACTORS];     /* per dilemma, for the factors dilemmas have */
	int32_t *top_code[DS_N_FACTORS];     /* per table top: traject and table */
	struct last_text last[LOAD_MAX_COLS]; /* per result column: the value of the row before */
	struct scoped_memo { const char *traject, *name, *result; } scoped[3];
	int32_t *rowid_slot, *name_slot;       /* participants rowid / name code -> person */
	size_t n_rowid_slot, n_name_slot, n_people;
	int attr_col[ATTR_MAX];                     /* per registry attribute: its column, -1 none */
	struct table_keys {                         /* table_key.h */
		const char *memo[4], *memo_key;
		struct levels partial;              /* a key with group and/or session left out */
		int32_t *full;                      /* per partial key: the one full key, -2 several */
		int built, warned;
	} tk;
};

enum { SCOPED_GROUP, SCOPED_TABLE, SCOPED_PERSON };

/* Prepare sql_fmt with the selection's WHERE clause in its %s (over alias). */
sqlite3_stmt *load_prepare_selected(struct loader *L, const char *sql_fmt, const char *alias,
				    int sorts, int bind_card_set);
const char *load_text(struct loader *L, sqlite3_stmt *st, int col);
const char *load_scoped(struct loader *L, int slot, const char *traject, const char *name);

enum gw_status load_card_set(struct loader *L);
enum gw_status load_tops(struct loader *L);
enum gw_status load_dilemmas(struct loader *L);
/* After the levels are sorted: copy the remapped codes into tops and dilemmas. */
void load_attach_codes(struct loader *L);

#endif
