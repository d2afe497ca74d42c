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
/* OUT/compare.html of `goedwerk compare` from its table compare (analyse.h
 * analyse_compare), sides named a and b (report/compare_html.c). */
enum gw_status report_compare_html(const struct dataset *ds, const struct table *t, const char *a,
				   const char *b, const char *out_dir, FILE *err);
enum gw_status report_write(const struct analysis *a, const struct table_set *ts,
			    const struct report_options *o, FILE *err);

#endif
