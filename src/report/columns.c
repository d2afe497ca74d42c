/* columns.c - column headers as a reader reads them, in Dutch and English
 * (the CSV keeps the machine names).  A column not listed shows its name. */
#include <string.h>
#include "columns.h"

static const struct { const char *name, *nl, *en; } cols[] = {
	{"card", "kaart", "card"}, {"tag", "code", "code"}, {"tag_a", "code a", "code a"}, {"tag_b", "code b", "code b"},
	{"stratum_type", "indeling", "grouping"}, {"stratum", "groep", "group"}, {"scope_type", "niveau", "level"},
	{"scope", "eenheid", "unit"}, {"factor", "kenmerk", "characteristic"}, {"level", "niveau", "level"},
	{"group", "groep", "group"}, {"group_a", "groep a", "group a"}, {"group_b", "groep b", "group b"},
	{"organisation", "organisatie", "organisation"}, {"traject", "traject", "traject"},
	{"axis", "as", "axis"}, {"pillar", "pijler", "pillar"}, {"metric", "maat", "measure"},
	{"n", "n", "n"}, {"n_people", "personen", "people"}, {"n_sorts", "sorteringen", "sorts"},
	{"n_cases", "casussen", "cases"}, {"n_members", "leden", "members"}, {"n_a", "n a", "n a"}, {"n_b", "n b", "n b"},
	{"count", "aantal", "count"}, {"share", "aandeel", "share"}, {"mean", "gemiddelde", "mean"},
	{"median", "mediaan", "median"}, {"rank", "rang", "rank"}, {"share_top", "in hoogste stapel", "in top pile"},
	{"share_bottom", "in laagste stapel", "in bottom pile"}, {"consensus", "consensus", "consensus"},
	{"kendall_w", "Kendalls W", "Kendall's W"}, {"p_value", "p", "p"}, {"q_value", "q", "q"},
	{"alpha_ordinal", "alfa (ordinaal)", "alpha (ordinal)"}, {"mean_spearman", "gem. Spearman", "mean Spearman"},
	{"effect_size", "effect", "effect"}, {"effect_measure", "effectmaat", "effect measure"},
	{"statistic", "toetsgrootheid", "statistic"}, {"test", "toets", "test"}, {"df", "vg", "df"},
	{"cliffs_delta", "Cliffs delta", "Cliff's delta"}, {"mean_difference", "verschil", "difference"},
	{"mean_professional", "professioneel", "professional"}, {"mean_personal", "persoonlijk", "personal"},
	{"slope", "helling per jaar", "slope a year"}, {"first_year", "van", "from"}, {"last_year", "tot", "to"},
	{"share_changed_top", "top veranderd", "top changed"}, {"mean_top_kept", "kaarten in top gebleven", "cards kept in top"},
	{"median_footrule", "mediane afstand", "median distance"}, {"mean_footrule", "gem. afstand", "mean distance"},
	{"kw_p_value", "p (tussen groepen)", "p (between groups)"}, {"kw_epsilon2", "epsilon² (tussen groepen)", "epsilon² (between groups)"},
	{"tables", "tafels", "tables"}, {"share_of_tables", "aandeel tafels", "share of tables"},
	{"share_in_individual_tops", "in eigen top", "in own tops"}, {"consensus_reached", "eens geworden", "agreed"},
	{"tables_total", "tafels totaal", "tables in all"}, {"top_four", "top vier", "top four"},
	{"top_three", "top drie", "top three"}, {"fewer_cards", "minder kaarten", "fewer cards"},
	{"no_consensus", "niet eens", "no agreement"}, {"tables_with_w", "tafels met W", "tables with W"},
	{"w_q1", "W: 1e kwartiel", "W: 1st quartile"}, {"w_median", "W: mediaan", "W: median"},
	{"w_q3", "W: 3e kwartiel", "W: 3rd quartile"}, {"mean_jaccard", "overlap (Jaccard)", "overlap (Jaccard)"},
	{"z_score", "z-score", "z score"}, {"variance_share", "aandeel variantie", "variance share"},
	{"n_defining", "bepalende sorteringen", "defining sorts"}, {"eigenvalue", "eigenwaarde", "eigenvalue"},
	{"loading", "lading", "loading"}, {"jaccard", "Jaccard", "Jaccard"}, {"lift", "lift", "lift"},
	{"expected", "verwacht", "expected"}, {"cramers_v", "Cramérs V", "Cramér's V"},
	{"adjusted_residual", "residu", "residual"}, {"dominant", "dominant", "dominant"},
	{"difference", "verschil", "difference"}, {"r", "r", "r"}, {"note", "opmerking", "note"},
	{"component", "component", "component"}, {"category", "stapel", "pile"}, {"category_label", "stapel", "pile"},
};

const char *report_column_header(const char *name, enum report_lang lang)
{
	for (size_t i = 0; i < sizeof cols / sizeof *cols; i++)
		if (strcmp(cols[i].name, name) == 0)
			return lang == LANG_EN ? cols[i].en : cols[i].nl;
	return name;
}
