/* attribute.h - the input attribute registry: one row per attribute that
 * describes the people behind a sort (their organisation, group, role, age
 * band, ...).  Ingest, the store, load, the strata of the tables and the
 * report's labels all follow from these rows.
 *
 * Adding an attribute of participants (say `tenure_band`): one row in
 * GW_PERSON_ATTRIBUTES below, at the end (earlier rows fix the store's
 * column order and the content hash), and its labels in the row.  Ingest
 * then reads the column (and its Dutch aliases) from participants.csv, the
 * store adds the column to old stores when it opens them for writing, load
 * selects it into a dataset factor DS_<ID>, and the flags make it a stratum
 * of the value tables, exchange_change and factor_composition
 * (ATTR_STRATUM) and a factor of group_differences / group_pairs
 * (ATTR_FACTOR).
 *
 * A row: X(ID, column, store column, aliases, flags, label nl, label en)
 *   column      the SPEC column name and the stratum_type in every table
 *   store       the column of the store's participants / trajecten table
 *   aliases     Dutch (and other) header names, '|'-separated, lower case
 *   flags       ATTR_STRATUM, ATTR_FACTOR; ATTR_SCOPED: a level is named
 *               TRAJECT/VALUE (groups of two trajecten never merge);
 *               ATTR_DERIVED: ingest computes it (age band from age or
 *               birth year), so it is not read as a plain text column;
 *               ATTR_NO_PILES: a stratum with many small levels (groups)
 *               left out of the per-pile tables value_frequencies and
 *               value_consensus (a row per level x card x pile would make
 *               them ~15x larger); still a stratum everywhere else
 *
 * Traject attributes (organisation, org_type) are part of the traject's own
 * record in trajecten.csv; their rows give load, the strata and the labels. */
#ifndef GOEDWERK_ATTRIBUTE_H
#define GOEDWERK_ATTRIBUTE_H

#include <stddef.h>

enum {
	ATTR_STRATUM = 1, /* a stratum of the value tables, exchange_change, factor_composition */
	ATTR_FACTOR = 2,  /* a factor of group_differences and group_pairs */
	ATTR_SCOPED = 4,  /* levels TRAJECT/VALUE */
	ATTR_DERIVED = 8, /* computed by ingest, not a plain text column */
	ATTR_NO_PILES = 16, /* not a stratum of value_frequencies / value_consensus */
};

#define GW_TRAJECT_ATTRIBUTES(X)                                                              \
	X(ORGANISATION, "organisation", "organisation", "organisatie|organization",          \
	  ATTR_STRATUM | ATTR_FACTOR, "organisatie", "organisation")                          \
	X(ORG_TYPE, "org_type", "org_type", "soort_organisatie|organisatietype|type_organisatie", \
	  ATTR_STRATUM | ATTR_FACTOR, "soort organisatie", "type of organisation")

#define GW_PERSON_ATTRIBUTES(X)                                                               \
	X(GROUP, "group", "grp", "groep|grp|afdeling|directie",                                \
	  ATTR_STRATUM | ATTR_FACTOR | ATTR_SCOPED | ATTR_NO_PILES, "groep", "group")          \
	X(ROLE, "role", "role", "rol|functie", ATTR_STRATUM | ATTR_FACTOR, "rol", "role")     \
	X(AGE_BAND, "age_band", "age_band", "leeftijdsgroep|leeftijdscategorie",               \
	  ATTR_STRATUM | ATTR_FACTOR | ATTR_DERIVED, "leeftijdsgroep", "age band")                  \
	X(GENDER, "gender", "gender", "geslacht", ATTR_STRATUM | ATTR_FACTOR, "geslacht", "gender") \
	X(TENURE_BAND, "tenure_band", "tenure_band", "dienstjaren|diensttijd|dienstjarenklasse", \
	  ATTR_STRATUM | ATTR_FACTOR, "dienstjaren", "years of service")

/* Index of a person attribute in bundle_participant.attr[]. */
enum attr_person_id {
#define ATTR_X(id, ...) ATTR_P_##id,
	GW_PERSON_ATTRIBUTES(ATTR_X)
#undef ATTR_X
	ATTR_N_PERSON
};


enum attr_source { ATTR_TRAJECT, ATTR_PERSON };

#define ATTR_MAX 32 /* rows in all: room in fixed arrays */

struct attribute {
	int factor;              /* the dataset factor (enum ds_factor_id) */
	const char *name;        /* column and stratum_type */
	const char *store_col;
	const char *aliases;     /* '|'-separated */
	unsigned flags;
	const char *label_nl, *label_en;
	enum attr_source source;
	int person;              /* index in bundle_participant.attr, -1 for traject attributes */
};

extern const struct attribute attributes[];
extern const size_t attributes_len;

/* The attribute of dataset factor f, or NULL (traject, year, session, ...). */
const struct attribute *attribute_of_factor(int factor);
/* The attribute whose column name or alias is lname (lower case), or NULL. */
const struct attribute *attribute_by_header(const char *lname);
/* Dataset factors of the attributes carrying flag, in registry order, into
 * out (room for attributes_len); returns how many. */
size_t attribute_factors(unsigned flag, int *out);

#endif
