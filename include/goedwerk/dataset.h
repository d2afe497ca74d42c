/* dataset.h - the shared model of the analysis: the selected sorts as
 * compact in-memory arrays for the statistics (a byte per placement), filled
 * by the load step (load.h).
 *
 * One dataset holds one card set (the statistics compare placements of the
 * same cards).  Attributes of a sort (traject, organisation, role, age band,
 * ...) are factors: per sort an int32 level code into a sorted table of
 * level names, -1 when unknown.  Pseudonyms never enter a dataset: people
 * are numbered 0..n_people-1 (same number for the same traject+participant),
 * unless sel->show_sorts asks for sort labels (factor_loadings.csv only).
 * dataset_free releases everything. */
#ifndef GOEDWERK_DATASET_H
#define GOEDWERK_DATASET_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "goedwerk/attribute.h"
#include "goedwerk/status.h"

#define DS_MISSING INT8_MIN

/* The factors of a sort: its traject, one per input attribute of the
 * registry (attribute.h: DS_ORGANISATION, DS_GROUP "TRAJECT/GROUP",
 * DS_ROLE, DS_AGE_BAND, ...), and the sort's own year, table (traject x
 * group x session x table, named "TRAJECT/GROUP/TABLE", with "/s2/" before
 * the table where the group has tables at several sessions), session, phase
 * and perspective. */
enum ds_factor_id {
	DS_TRAJECT,
#define DS_X(id, ...) DS_##id,
	GW_TRAJECT_ATTRIBUTES(DS_X)
	GW_PERSON_ATTRIBUTES(DS_X)
#undef DS_X
	DS_YEAR, DS_TABLE, DS_SESSION, DS_PHASE, DS_PERSPECTIVE,
	DS_N_FACTORS
};

struct ds_factor {
	const char *name;    /* the SPEC stratum_type: "traject", "age_band", ... */
	size_t n_levels;
	char **levels;       /* ascending (age bands in band order, years numeric) */
	int32_t *code;       /* per sort; -1 unknown */
	int32_t *by_name;    /* level codes in strcmp order of their names, for
			      * ds_level_code; NULL: it scans (hand-built factors) */
};

/* What to select; the shared options of analyse, report and factors. */
struct selection {
	const char **trajecten; size_t n_trajecten; /* none: all */
	const char **organisations; size_t n_organisations; /* of the traject; none: all */
	const char **org_types; size_t n_org_types;
	int from_year, to_year;                    /* 0: open */
	const char *phase, *perspective;           /* NULL: all */
	const char *card_set;                      /* NULL: the set with most sorts */
	int min_cell;                              /* default 5 */
	unsigned long seed;                        /* default 1 */
	int show_sorts;
	int cooccurrence_by;                       /* a DS_ factor, or -1: all cases only */
};
void selection_default(struct selection *sel);

/* The SPEC stratum_type of a factor ("traject", "age_band", ...). */
const char *ds_factor_name(int factor);

struct ds_table_top {        /* one table's common top (group_tops.csv) */
	int32_t traject;         /* level of DS_TRAJECT */
	int32_t table;           /* level of DS_TABLE (a level even when no sort names it) */
	char *scope;             /* the DS_TABLE level's name */
	int consensus;           /* 0: the table reached no consensus */
	int n_cards;
	int cards[4];            /* card indices by rank */
};

struct ds_dilemma {
	int32_t traject, organisation, org_type, group, role, session, year; /* level codes, -1 unknown */
	int year_value;          /* 0 unknown */
	size_t n_tags;
	int32_t *tags;           /* indices into the codebook */
};

struct dataset {
	char *card_set;
	size_t n_cards;
	char **card_id, **label_nl, **label_en;
	int scale_min, scale_max;        /* categories scale_min..scale_max */
	size_t n_scale;                  /* scale_max - scale_min + 1 */
	char **scale_label_nl, **scale_label_en;
	int *scale_count;                /* forced counts, or NULL when not forced */

	size_t n_sorts;
	int8_t *cats;                    /* n_sorts x n_cards row-major; DS_MISSING */
	int32_t *person;                 /* per sort */
	size_t n_people;
	int *year;                       /* per sort; 0 unknown */
	int64_t *sort_id;                /* per sort: the store's id */
	char **sort_label;               /* NULL unless show_sorts */
	struct ds_factor f[DS_N_FACTORS];

	struct ds_table_top *tops; size_t n_tops;

	size_t n_tags;
	char **tag, **tag_label_nl, **tag_label_en, **tag_pillar, **tag_axis;
	struct ds_dilemma *dilemmas; size_t n_dilemmas;
};

/* Releases everything a dataset holds (dataset_load fills it: load.h). */
void dataset_free(struct dataset *ds);

/* Code of the level called name in factor f, or DS_NO_LEVEL, which no
 * sort's code equals (unknown is -1). */
#define DS_NO_LEVEL (-2)
static inline int32_t ds_level_code(const struct ds_factor *f, const char *name)
{
	if (f->by_name) { /* a factor of 10^5 tables is asked once per cell */
		size_t lo = 0, hi = f->n_levels;
		while (lo < hi) {
			size_t mid = lo + (hi - lo) / 2;
			int d = strcmp(f->levels[f->by_name[mid]], name);
			if (d == 0)
				return f->by_name[mid];
			if (d < 0)
				lo = mid + 1;
			else
				hi = mid;
		}
		return DS_NO_LEVEL;
	}
	for (size_t l = 0; l < f->n_levels; l++)
		if (strcmp(f->levels[l], name) == 0)
			return (int32_t)l;
	return DS_NO_LEVEL;
}

/* Category of sort i, card j. */
static inline int ds_cat(const struct dataset *ds, size_t i, size_t j)
{
	return ds->cats[i * ds->n_cards + j];
}

#endif
