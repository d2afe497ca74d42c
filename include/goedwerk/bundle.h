/* bundle.h - a validated input bundle in memory: what ingest produces and the
 * store writes.  Every string is interned in the bundle's pool (pointer
 * equality is string equality); optional text that was absent is NULL.
 *
 * Invariants after a successful ingest_read (no errors in the diag):
 *  - every sort's card_set is in card_sets, and cats has that set's n_cards
 *    entries, each a category inside the set's scale or BUNDLE_MISSING;
 *  - every sort, participant, group top and dilemma names a traject in
 *    trajecten (trajecten not in trajecten.csv are created with NULL
 *    organisation);
 *  - participants are unique per (traject, participant); every sort's
 *    participant is in participants (created bare when participants.csv does
 *    not list it);
 *  - ages and birth years are already banded; neither is kept;
 *  - a traject's codebook version (when not NULL) has tags in codebook, and
 *    a dilemma's tags are tags of its traject's version whenever that
 *    version has tags in the bundle; codebook tags are unique per version.
 * bundle_free releases everything. */
#ifndef GOEDWERK_BUNDLE_H
#define GOEDWERK_BUNDLE_H

#include <stddef.h>
#include <stdint.h>
#include "goedwerk/attribute.h"
#include "goedwerk/strpool.h"

#define BUNDLE_MISSING INT8_MIN /* a card the sort left out */
#define BUNDLE_NOT_FORCED (-1)  /* scale count when the sort is not forced */

struct bundle_category {
	int value;                   /* the integer category */
	const char *label_nl, *label_en;
	int count;                   /* forced count or BUNDLE_NOT_FORCED */
};

struct bundle_card {
	const char *card, *label_nl, *label_en, *canonical;
};

struct bundle_card_set {
	const char *name;
	struct bundle_card *cards; /* in file order: position i is cats[i] */
	size_t n_cards;
	struct bundle_category *scale; /* ascending by value, contiguous range */
	size_t n_scale;
	int forced;                /* every category has a count */
	int from_file;             /* 0: the built-in default set */
};

struct bundle_traject {
	const char *traject, *organisation, *org_type, *sector, *description;
	const char *start, *end; /* as given: YYYY, YYYY-MM or YYYY-MM-DD */
	int start_year;          /* 0 when unknown */
	const char *codebook;    /* the codebook version its dilemmas are coded in; NULL: default */
	int listed;              /* a row of trajecten.csv (else created bare by a reference) */
};

struct bundle_participant {
	const char *traject, *participant;
	const char *attr[ATTR_N_PERSON]; /* per person attribute of attribute.h; NULL unknown */
	int listed;                      /* a row of participants.csv (else created bare by a sort) */
};

struct bundle_sort {
	const char *traject, *participant;
	const char *session, *phase, *perspective, *card_set, *date, *table;
	int year;                  /* SPEC: date, else date-like session, else traject start; 0 unknown */
	int8_t *cats;              /* n_cards of its set; BUNDLE_MISSING for left out */
};

struct bundle_group_top {
	const char *traject, *group, *session, *table;
	int rank;                  /* 1..4; 0 with card NULL: no consensus */
	const char *card;          /* card id in the traject's card set */
};

struct bundle_dilemma {
	const char *traject, *case_id, *group, *session, *pillar, *date;
	const char **tags;         /* n_tags codebook tags */
	size_t n_tags;
	int year;
};

/* A codebook tag of one version.  The default version is the one the
 * analysis uses; a tag of another version maps onto a default tag through
 * canonical (NULL: it has no counterpart and is left out of the analysis).
 * A canonical is checked against the bundle's default codebook when the
 * bundle gives one (canonical_checked = 1), else by the store against its
 * stored default codebook, reported at file:line:col. */
struct bundle_code {
	const char *codebook;      /* the version; BUNDLE_DEFAULT_CODEBOOK */
	const char *tag, *label_nl, *label_en, *pillar, *axis;
	const char *canonical;     /* a default tag, or NULL */
	int canonical_checked;
	const char *file;          /* where canonical was given */
	long line, col;
};

struct bundle_input_file {
	const char *path;          /* as named on the command line / found in the folder */
	char sha256[65];
};

struct bundle {
	struct strpool pool;
	struct bundle_card_set *card_sets;  size_t n_card_sets, cap_card_sets;
	struct bundle_traject *trajecten;   size_t n_trajecten, cap_trajecten;
	struct bundle_participant *participants; size_t n_participants, cap_participants;
	struct bundle_sort *sorts;          size_t n_sorts, cap_sorts;
	struct bundle_group_top *group_tops; size_t n_group_tops, cap_group_tops;
	struct bundle_dilemma *dilemmas;    size_t n_dilemmas, cap_dilemmas;
	struct bundle_code *codebook;       size_t n_codebook, cap_codebook;
	struct bundle_input_file *files;    size_t n_files, cap_files;
};

void bundle_init(struct bundle *b);
void bundle_free(struct bundle *b);
/* The card set called name, or NULL. */
const struct bundle_card_set *bundle_find_card_set(const struct bundle *b, const char *name);

/* The built-in default card set (datasets/cards/goedwerk-30.csv compiled in):
 * name "goedwerk-30", scale 1..5 forced 4/6/10/6/4. */
#define BUNDLE_DEFAULT_CARD_SET "goedwerk-30"

/* The codebook version of codebook.csv rows and trajecten that name none. */
#define BUNDLE_DEFAULT_CODEBOOK "default"

#endif
