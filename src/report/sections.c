/* sections.c - the sections of the report, in order.  A section with
 * nothing to say still writes its heading and says why. */
#include "doc.h"

const struct report_section report_sections[] = {
	{"kernbevindingen", section_findings},
	{"basis", section_basis},
	{"grafieken", section_charts},
	{"tabellen", section_tables},
	{"verantwoording", section_annex},
};
const size_t report_sections_len = sizeof report_sections / sizeof report_sections[0];
