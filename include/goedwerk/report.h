/* report.h - what people read: charts (PLplot: SVG, PNG via cairo, PDF),
 * one self-contained HTML evaluation report (inline SVG), provenance.json.
 *
 * Charts are a registry (src/report/charts.c): each row names the table it
 * draws from, its titles in Dutch and English, and a draw function over
 * PLplot.  The same inputs and seed give byte-identical files.
 * Nothing here computes a statistic: it reads the built tables. */
#ifndef GOEDWERK_REPORT_H
#define GOEDWERK_REPORT_H

#include <stdio.h>
#include "goedwerk/analyse.h"
#include "goedwerk/output.h"
#include "goedwerk/dataset.h"
#include "goedwerk/status.h"

enum report_lang { LANG_NL, LANG_EN };

struct report_options {
	const char *out_dir;
	enum report_lang lang;
	struct table_format fmt;
	const char *const *argv; int argc;  /* the command line, for provenance */
	const char *store_path;
	/* What the report was made from: stored trajecten and their content
	 * SHA-256 (store_traject_hashes), for provenance.json. */
	char **traject_ids, **traject_hashes;
	size_t n_trajecten;
	/* Front matter; NULL: the default title, none, none, and the last
	 * year of the data (so that runs stay byte-identical). */
	const char *title, *subtitle, *author, *date;
};

/* Write the charts (OUT/charts), OUT/report.html and OUT/provenance.json. */
/* One side of compare.html: the stratum type of its unit ("organisation",
 * "group", "role", "traject") and the level; level NULL: the rest. */
struct compare_unit {
	const char *type, *level;
};
/* OUT/compare.html of `goedwerk compare` from its table compare (analyse.h
 * analyse_compare) and, side by side, the rows of the two units in the
 * tables of the same selection, ts (report/compare_html.c). */
enum gw_status report_compare_html(const struct table *t, const struct table_set *ts,
				   const struct compare_unit side[2], const char *out_dir, FILE *err);
enum gw_status report_write(const struct analysis *a, const struct table_set *ts,
			    const struct report_options *o, FILE *err);

#endif
