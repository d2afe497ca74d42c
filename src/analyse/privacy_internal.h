/* privacy_internal.h - what the files of the privacy engine share (private
 * to src/analyse; the engine is described in goedwerk/privacy.h).
 *
 * privacy.c reads a table into cells (one universe x stratum each) and
 * applies the verdicts; privacy_nest.c finds which strata lie inside which
 * and which share units; privacy_secondary.c suppresses until every family
 * is safe; privacy_map.c is their string map. */
#ifndef GOEDWERK_ANALYSE_PRIVACY_INTERNAL_H
#define GOEDWERK_ANALYSE_PRIVACY_INTERNAL_H

#include <stddef.h>
#include <stdint.h>
#include "goedwerk/dataset.h"
#include "goedwerk/privacy.h"
#include "goedwerk/table.h"

enum { WHY_NONE = 0, WHY_SMALL, WHY_SECONDARY };
#define NO_CELL ((size_t)-1)

struct pcell {
	size_t universe, first_row;
	const char *type, *level;   /* in the table's pool, or static */
	size_t count, total;
	int has_count, has_total;
	unsigned char why;
};

struct family {
	size_t parent;              /* a cell, or NO_CELL: a total published elsewhere */
	size_t universe;
	const char *type;           /* the children's stratifier */
	size_t *kids, n, cap;
	size_t sum_all, sum_hidden; /* units of all children, of the hidden ones */
};

/* A string -> index map, open addressing; keys are owned. */
struct map {
	char **key;
	size_t *val, cap, n;
};

void privacy_map_free(struct map *m);
/* The value slot of k, inserted (found = 0) when new. */
size_t *privacy_map_slot(struct map *m, const char *k, int *found);
size_t privacy_map_get(const struct map *m, const char *k); /* NO_CELL: absent */

struct plan {
	const struct privacy_rule *r;
	struct table *t;
	const struct dataset *ds;
	size_t min_cell;
	size_t c_count, c_type, c_level, c_total;
	size_t *u_cols, n_u;
	struct pcell *cells;
	size_t n_cells, cap_cells, n_universes;
	size_t *cell_of_row;
	struct map cell_map, universe_map;
	char **universe_key;             /* per universe id: its key text */
	char **universe_vals;            /* n_universes x n_u: the key columns' values */
	struct privacy_memo *memo;       /* NULL: this table alone */
	size_t *top_sort;                /* PRIVACY_TABLES: per common top, a member sort
					  * (NO_CELL: none); its group and the levels above */
	size_t last_row;                 /* the row add_row saw before, when have_last */
	int have_last;
};

/* ---- nesting (privacy_nest.c) ---- */

/* How the levels of fb meet those of fa in one universe: inside[lb] is the
 * level of fa holding every unit of lb (LEVEL_MIXED: several or unknown);
 * met[off[lb] .. off[lb + 1]) the levels of fa sharing a unit with lb. */
#define LEVEL_MIXED (-3)
struct relation {
	int32_t *inside;
	size_t *off;
	int32_t *met;
};

struct nesting {
	size_t nt;
	const char **types;
	int *fid;
	struct relation *rel;    /* nt x nt: [a * nt + b], fa holding fb */
	size_t **cell_by;        /* per type, per level: the cell of this universe */
};

/* Per cell (of every universe): its type index (nt: none) and level code. */
struct cell_codes {
	size_t *type_of;
	int32_t *code;
};

int privacy_factor_of(const struct dataset *ds, const char *type); /* -1: none */
void privacy_cell_codes(struct plan *p, struct cell_codes *cc);
void privacy_nesting_init(struct plan *p, size_t u, const struct cell_codes *cc,
			  struct nesting *n);
void privacy_nesting_free(struct nesting *n);
/* PRIVACY_TABLES: fill p->top_sort. */
void privacy_top_sorts(struct plan *p);

/* ---- secondary suppression (privacy_secondary.c) ---- */

void privacy_secondary(struct plan *p);

#endif
