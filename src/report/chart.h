/* chart.h - chart infrastructure over PLplot (private to src/report).
 *
 * A chart is a row of the chart registry (charts.c): a name, the table it
 * draws from, a title in Dutch and English, and a draw function that makes
 * PLplot calls on a prepared page.  chart_render draws it three times: SVG
 * (inlined in the report), PNG (cairo) and PDF (cairo, its creation date
 * pinned so that output is byte-identical).
 *
 * Adding a chart: write chart_x.c with `int chart_x_draw(const struct
 * chart_ctx *c)` (return 0 when it drew, 1 when there is nothing to draw),
 * declare it below and add one row to chart_registry[] in charts.c. */
#ifndef GOEDWERK_REPORT_CHART_H
#define GOEDWERK_REPORT_CHART_H

#include <stddef.h>
#include "goedwerk/report.h"

struct chart_ctx {
	const struct analysis *a;
	const struct table_set *ts;
	enum report_lang lang;
};

struct chart_def {
	const char *name;            /* file name: OUT/charts/NAME.svg */
	const char *table;           /* the table it draws from */
	const char *title_nl, *title_en;
	const char *caption_nl, *caption_en;
	int (*draw)(const struct chart_ctx *c);
	int width, height;           /* page in pixels */
};

/* Above this many marks (sorts, groups) a chart draws their distribution
 * instead: a national run has 10^4 groups and 10^6 sorts, and one mark each
 * made SVGs of hundreds of megabytes that no browser opens. */
#define CHART_MAX_MARKS 300
/* Rows of a dot plot that stay readable on the page. */
#define CHART_MAX_ROWS 60

extern const struct chart_def chart_registry[];
extern const size_t chart_registry_len;

/* Draw def into OUT/charts/NAME.{svg,png,pdf}.  Returns 0 drawn, 1 nothing
 * to draw (no files), -1 on I/O failure. */
int chart_render(const struct chart_def *def, const struct chart_ctx *c, const char *dir);

/* The five-pile diverging palette (colour-blind safe, ColorBrewer PuOr),
 * spread over n categories; and a sequential white-to-blue ramp. */
void chart_pile_colour(size_t k, size_t n, int rgb[3]);
void chart_ramp_colour(double v, int rgb[3]); /* v in [0, 1] */
/* Set PLplot colour index 15 to rgb and select it. */
void chart_use_rgb(const int rgb[3]);
/* The white-to-blue ramp as a bar in viewport [x0,x1] x [y0,y1], its ends
 * labelled lo_text and hi_text. */
void chart_ramp_legend(double x0, double x1, double y0, double y1, const char *lo_text,
		       const char *hi_text);
void chart_use_black(void);
/* A filled rectangle in world coordinates, with a thin outline. */
void chart_box(double x0, double x1, double y0, double y1, const int rgb[3], int outline);
/* One cell of a heat map: the unit square from (x, y), in the ramp at v
 * (clamped to [0, 1]) or, when v is NaN (hidden, undefined, the diagonal),
 * in missing. */
void chart_heat_cell(double x, double y, double v, const int missing[3]);
/* A round dot of radius r_mm at (x, y) in world coordinates: filled, or
 * open (white inside, so a grid line does not run through it). */
void chart_circle(double x, double y, double r_mm, const int rgb[3], int filled);
/* World units per millimetre of page in the current viewport and window. */
void chart_world_per_mm(double *wx, double *wy);

/* Card label in the report language. */
const char *chart_card_label(const struct chart_ctx *c, size_t card);
const char *chart_text(const struct chart_ctx *c, const char *nl, const char *en);
/* s, or its first bytes (at a character boundary) and an ellipsis in buf,
 * which holds at least max + 1 bytes, when s is longer than max bytes. */
const char *chart_shorten(const char *s, char *buf, size_t max);
/* A text cell as a reader reads it: a card id (column card, card_a, ...,
 * top_card_N) or a codebook tag id (tag, tag_a, tag_b) as its label in
 * lang; any other text as it is. */
const char *report_label(const struct dataset *ds, enum report_lang lang, const char *col, const char *text);
/* Codebook tags: index of a tag id (-1 unknown), label in the report language. */
int chart_tag_index(const struct dataset *ds, const char *tag);
const char *chart_tag_label(const struct chart_ctx *c, size_t tag);

int chart_value_profile_draw(const struct chart_ctx *c);
int chart_heatmap_org_draw(const struct chart_ctx *c);
int chart_factor_scree_draw(const struct chart_ctx *c);
int chart_factor_loadings_draw(const struct chart_ctx *c);
int chart_factor1_draw(const struct chart_ctx *c);
int chart_factor2_draw(const struct chart_ctx *c);
int chart_factor3_draw(const struct chart_ctx *c);
int chart_trends_draw(const struct chart_ctx *c);
int chart_group_tops_draw(const struct chart_ctx *c);
int chart_agreement_draw(const struct chart_ctx *c);
int chart_value_consensus_draw(const struct chart_ctx *c);
int chart_group_differences_draw(const struct chart_ctx *c);
int chart_exchange_change_draw(const struct chart_ctx *c);
int chart_perspective_gap_draw(const struct chart_ctx *c);
int chart_dilemma_triangle_draw(const struct chart_ctx *c);
int chart_dilemma_cooccurrence_draw(const struct chart_ctx *c);
int chart_dilemma_pillars_draw(const struct chart_ctx *c);
int chart_distinctive_draw(const struct chart_ctx *c);
int chart_similarity_draw(const struct chart_ctx *c);

#endif
