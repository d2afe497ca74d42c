/* i18n.h - the report's fixed texts per language (private to src/report). */
#ifndef GOEDWERK_REPORT_I18N_H
#define GOEDWERK_REPORT_I18N_H

#include "goedwerk/report.h"

struct report_words {
	const char *lang, *title, *made_with, *basis, *trajecten, *organisations, *participants,
		*sorts, *years, *selection, *all_data, *min_cell_fmt, *charts, *tables, *all_rows_in,
		*also_as, *first_rows, *nothing, *provenance, *phase, *perspective;
};

const struct report_words *report_words(enum report_lang lang);
/* A plain-language line about table name, or NULL. */
const char *report_table_text(const char *name, enum report_lang lang);

/* Where a chart opens a section of the report: its heading and a short
 * introduction in the report language; NULL when the chart opens none. */
const char *report_section_title(const char *chart, enum report_lang lang);
const char *report_section_intro(const char *chart, enum report_lang lang);
/* Why a chart has nothing to draw, said where it would have stood (a
 * section with nothing significant says so instead of vanishing); a
 * general reason for a chart without its own. */
const char *report_chart_empty(const char *chart, enum report_lang lang);

#endif
