/* findings.h - the report's key findings (private to src/report).
 *
 * A finding is one rule over built tables: it reads cells, compares them
 * with the named thresholds below and writes one plain sentence with its
 * number and its n, in the report language.  It computes no statistic; a
 * number it needs and no table has belongs in a table in src/analyse.
 * When the statistic does not support a claim, the rule says so ("no clear
 * difference") instead of staying silent.  No causal words. */
#ifndef GOEDWERK_REPORT_FINDINGS_H
#define GOEDWERK_REPORT_FINDINGS_H

#include <stdio.h>
#include "goedwerk/analyse.h"
#include "goedwerk/report.h"

/* Benjamini & Hochberg (1995): a difference counts when its q is below this. */
#define FIND_Q 0.05
/* Cliff's delta, after Romano et al. (2006): small, medium, large. */
#define FIND_DELTA_SMALL 0.147
#define FIND_DELTA_MEDIUM 0.33
#define FIND_DELTA_LARGE 0.474
/* Epsilon-squared of Kruskal-Wallis, after Rea & Parker (1992):
 * weak from 0.01, moderate from 0.04, relatively strong from 0.16. */
#define FIND_EPS2_WEAK 0.01
#define FIND_EPS2_MODERATE 0.04
#define FIND_EPS2_STRONG 0.16
/* Matched-pairs rank-biserial r, after Cohen (1988): small, medium. */
#define FIND_R_SMALL 0.1
#define FIND_R_MEDIUM 0.3

struct finding_ctx {
	const struct table_set *ts;
	const struct dataset *ds;
	enum report_lang lang;
	int min_cell;
	const char *phase, *persp; /* the main cell (individual/professional when there) */
};

enum finding_result {
	FINDING_NONE = -1,    /* the table is absent or empty: nothing written */
	FINDING_UNCLEAR = 0,  /* wrote that the data show no clear difference */
	FINDING_STATED = 1,   /* wrote a supported finding */
};

struct finding_rule {
	const char *name;
	const char *chart, *table; /* what the sentence links to: the chart when drawn */
	enum finding_result (*write)(const struct finding_ctx *c, FILE *out);
};

extern const struct finding_rule finding_registry[];
extern const size_t finding_registry_len;

/* Plain text of one rule's sentence(s) (caller frees), and its result. */
char *finding_text(const struct finding_rule *r, const struct finding_ctx *c,
		   enum finding_result *res);

/* Helpers for rules: text in the report language; numbers rounded with a
 * decimal comma in Dutch; a share as a percentage; p or q as "< 0,001" or
 * "= 0,023" (a bound like 2.2e-308 reads "< 0,001"). */
const char *ft(const struct finding_ctx *c, const char *nl, const char *en);
const char *fnum(const struct finding_ctx *c, char *buf, size_t size, double v, int decimals);
const char *fpct(const struct finding_ctx *c, char *buf, size_t size, double share);
const char *fprob(const struct finding_ctx *c, char *buf, size_t size, double p);
/* A card id's label in the report language (the id when unknown). */
const char *fcard(const struct finding_ctx *c, const char *card);
/* Rows of table name in the main cell, stratum all/all where the table has
 * those columns; the table or NULL. */
const struct table *ftable(const struct finding_ctx *c, const char *name);
/* 1 when row r of t is usable: not suppressed, and its column n_col (when
 * given and present) holds at least min_cell. */
int frow_ok(const struct finding_ctx *c, const struct table *t, size_t r, const char *n_col);
/* Text of column col in row r, or "". */
const char *ftext(const struct table *t, size_t r, const char *col);

enum finding_result finding_values(const struct finding_ctx *c, FILE *out);
enum finding_result finding_agreement(const struct finding_ctx *c, FILE *out);
enum finding_result finding_group_tops(const struct finding_ctx *c, FILE *out);
enum finding_result finding_exchange(const struct finding_ctx *c, FILE *out);
enum finding_result finding_perspective(const struct finding_ctx *c, FILE *out);
enum finding_result finding_groups(const struct finding_ctx *c, FILE *out);
enum finding_result finding_viewpoints(const struct finding_ctx *c, FILE *out);
enum finding_result finding_dilemmas(const struct finding_ctx *c, FILE *out);
enum finding_result finding_trends(const struct finding_ctx *c, FILE *out);

/* Kendall's W as words, after Schmidt (1997): the nearest of his anchors
 * 0.1 very weak, 0.3 weak, 0.5 moderate, 0.7 strong, 0.9 unusually strong. */
const char *finding_w_label(const struct finding_ctx *c, double w);

#endif
