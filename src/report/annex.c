/* annex.c - Verantwoording / methods and caveats: what was measured and
 * from how many, what the privacy rule hid, each statistic with its
 * reference, and the confounds the selection carries. */
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "doc.h"
#include "html_util.h"
#include "report_internal.h"
#include "tables_read.h"

/* n per phase and perspective: the overall rows of value_summary (first card). */
static void measured(struct report_doc *d)
{
	const struct dataset *ds = d->a->ds;
	FILE *out = d->out;
	fprintf(out, doc_text(d, "<p>Gemeten: de plaats van %zu waardenkaarten (kaartenset %s) in %zu stapels, %s.",
			      "<p>Measured: the place of %zu value cards (card set %s) in %zu piles, %s."),
		ds->n_cards, ds->card_set ? ds->card_set : "", ds->n_scale,
		ds->scale_count ? doc_text(d, "met een vaste verdeling", "with a fixed distribution")
				: doc_text(d, "zonder vaste verdeling", "without a fixed distribution"));
	const struct table *t = table_set_find(d->ts, "value_summary");
	const char *first = NULL;
	int k = 0;
	for (size_t r = 0; t && r < t->nrows; r++) {
		const char *card = table_get_text(t, r, table_col(t, "card"));
		if (!report_row_is(t, r, NULL, NULL, "all", "all") || !card || (first && strcmp(card, first) != 0))
			continue;
		first = card;
		fprintf(out, "%s%s/%s: n = %.0f", k++ ? ", " : doc_text(d, " Sorteringen per fase en perspectief: ", " Sorts per phase and perspective: "),
			table_get_text(t, r, table_col(t, "phase")), table_get_text(t, r, table_col(t, "perspective")),
			report_number(t, r, "n"));
	}
	fputs(k ? ".</p>\n" : "</p>\n", out);
}

static void suppression(struct report_doc *d)
{
	size_t rows = 0, hidden = 0, tables = 0;
	for (size_t i = 0; i < d->ts->n; i++) {
		const struct table *t = d->ts->v[i];
		size_t h = 0;
		for (size_t r = 0; r < t->nrows; r++)
			h += table_is_suppressed(t, r) != 0;
		rows += t->nrows;
		hidden += h;
		tables += h > 0;
	}
	fprintf(d->out, doc_text(d, "<p>Privacy: een cel over minder dan %d personen (bij dilemma's: casussen) blijft leeg, net als een cel waaruit zo'n kleine groep af te leiden is (één regel voor alle tabellen). Dat verborg %zu van de %zu rijen, in %zu tabellen; de kolom <code>note</code> in elk CSV-bestand zegt waarom.</p>\n",
				 "<p>Privacy: a cell about fewer than %d people (for dilemmas: cases) is left empty, as is a cell from which such a small group could be worked out (one rule for every table). This hid %zu of %zu rows, in %zu tables; the <code>note</code> column of each CSV file says why.</p>\n"),
		d->a->sel->min_cell, hidden, rows, tables);
}

static const char *const references[][2] = {
	{"Kendalls W met correctie voor knopen: Kendall, M. G. &amp; Babington Smith, B. (1939). The problem of m rankings. <i>Annals of Mathematical Statistics</i>, 10, 275&ndash;287. Woorden bij W naar Schmidt, R. C. (1997). Managing Delphi surveys using nonparametric statistical techniques. <i>Decision Sciences</i>, 28, 763&ndash;774.",
	 "Kendall's W with tie correction: Kendall, M. G. &amp; Babington Smith, B. (1939). The problem of m rankings. <i>Annals of Mathematical Statistics</i>, 10, 275&ndash;287. Words for W after Schmidt, R. C. (1997). Managing Delphi surveys using nonparametric statistical techniques. <i>Decision Sciences</i>, 28, 763&ndash;774."},
	{"Krippendorffs alfa: Krippendorff, K. (2004). <i>Content analysis</i> (2e druk). Sage.",
	 "Krippendorff's alpha: Krippendorff, K. (2004). <i>Content analysis</i> (2nd ed.). Sage."},
	{"Consensus per kaart: Tastle, W. J. &amp; Wierman, M. J. (2007). Consensus and dissention: a measure of ordinal dispersion. <i>International Journal of Approximate Reasoning</i>, 45, 531&ndash;545.",
	 "Consensus per card: Tastle, W. J. &amp; Wierman, M. J. (2007). Consensus and dissention: a measure of ordinal dispersion. <i>International Journal of Approximate Reasoning</i>, 45, 531&ndash;545."},
	{"q-waarden: Benjamini, Y. &amp; Hochberg, Y. (1995). Controlling the false discovery rate. <i>Journal of the Royal Statistical Society B</i>, 57, 289&ndash;300. Een verschil telt als duidelijk bij q &lt; 0,05 en een effect van minstens de genoemde grootte.",
	 "q values: Benjamini, Y. &amp; Hochberg, Y. (1995). Controlling the false discovery rate. <i>Journal of the Royal Statistical Society B</i>, 57, 289&ndash;300. A difference counts as clear at q &lt; 0.05 and an effect of at least the size named."},
	{"Effectgroottes: epsilon-kwadraat naar Rea, L. M. &amp; Parker, R. A. (1992). <i>Designing and conducting survey research</i>. Jossey-Bass; Cliffs delta naar Romano, J. et al. (2006). Appropriate statistics for ordinal level data. Florida AIR; r naar Cohen, J. (1988). <i>Statistical power analysis for the behavioral sciences</i> (2e druk). Erlbaum.",
	 "Effect sizes: epsilon-squared after Rea, L. M. &amp; Parker, R. A. (1992). <i>Designing and conducting survey research</i>. Jossey-Bass; Cliff's delta after Romano, J. et al. (2006). Appropriate statistics for ordinal level data. Florida AIR; r after Cohen, J. (1988). <i>Statistical power analysis for the behavioral sciences</i> (2nd ed.). Erlbaum."},
	{"Gezichtspunten (Q-methode): Brown, S. R. (1980). <i>Political subjectivity</i>. Yale University Press; Watts, S. &amp; Stenner, P. (2012). <i>Doing Q methodological research</i>. Sage; berekend zoals het R-pakket qmethod (Zabala, A. (2014). qmethod: a package to explore human perspectives using Q methodology. <i>The R Journal</i>, 6(2), 163&ndash;173).",
	 "Viewpoints (Q method): Brown, S. R. (1980). <i>Political subjectivity</i>. Yale University Press; Watts, S. &amp; Stenner, P. (2012). <i>Doing Q methodological research</i>. Sage; computed as the R package qmethod does (Zabala, A. (2014). qmethod: a package to explore human perspectives using Q methodology. <i>The R Journal</i>, 6(2), 163&ndash;173)."},
};

/* Years that each hold a single organisation: a change between those years
 * cannot be told apart from a difference between organisations. */
static void confounds(struct report_doc *d)
{
	const struct dataset *ds = d->a->ds;
	const struct ds_factor *y = &ds->f[DS_YEAR], *g = &ds->f[DS_ORGANISATION];
	size_t ny = y->n_levels, ng = g->n_levels, single = 0, years = 0;
	char *seen = xcalloc(ny * ng + 1, 1);
	for (size_t i = 0; y->code && g->code && i < ds->n_sorts; i++)
		if (y->code[i] >= 0 && g->code[i] >= 0)
			seen[(size_t)y->code[i] * ng + (size_t)g->code[i]] = 1;
	fputs(doc_text(d, "<p>Samenhang in de selectie: ", "<p>Confounds in the selection: "), d->out);
	for (size_t l = 0; l < ny; l++) {
		size_t n = 0, last = 0;
		for (size_t k = 0; k < ng; k++)
			if (seen[l * ng + k]) {
				n++;
				last = k;
			}
		years += n > 0;
		if (n == 1) {
			fprintf(d->out, "%s%s: ", single++ ? "; " : "", y->levels[l]);
			html_text(d->out, g->levels[last]);
		}
	}
	free(seen);
	if (single)
		fprintf(d->out, doc_text(d, ". In %zu van de %zu jaren deed één organisatie mee: een verschil tussen die jaren is niet te scheiden van een verschil tussen organisaties. Lees de trends daarom als beschrijving.</p>\n",
					 ". In %zu of %zu years a single organisation took part: a difference between those years cannot be told apart from a difference between organisations. Read the trends as a description.</p>\n"),
			single, years);
	else
		fputs(doc_text(d, "elk jaar heeft meer dan één organisatie, of er zijn geen jaren bekend.</p>\n",
			       "every year has more than one organisation, or no years are known.</p>\n"), d->out);
}

void section_annex(struct report_doc *d)
{
	doc_heading(d, "verantwoording", doc_text(d, "Verantwoording", "Methods and caveats"));
	measured(d);
	suppression(d);
	confounds(d);
	fprintf(d->out, "<p>%s</p>\n<ul>\n", doc_text(d, "Maten en bronnen:", "Measures and sources:"));
	int en = d->o->lang == LANG_EN;
	for (size_t i = 0; i < sizeof references / sizeof *references; i++)
		fprintf(d->out, "<li>%s</li>\n", references[i][en]);
	fprintf(d->out, "</ul>\n<p>%s</p>\n",
		doc_text(d, "De bevindingen beschrijven samenhang in deze gegevens; ze zeggen niet waardoor een verschil ontstaat.",
			 "The findings describe associations in these data; they do not say what causes a difference."));
}
