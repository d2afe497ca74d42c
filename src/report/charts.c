/* charts.c - the chart registry: one row per chart, in report order.
 * Checklist for a new chart: chart_x.c with its draw function, its
 * declaration in chart.h, one row here (the HTML picks it up by table). */
#include "chart.h"

const struct chart_def chart_registry[] = {
	{"value_profile", "value_summary", "Waardenprofiel", "Value profile",
	 "Per kaart: hoe de sorteringen over de vijf stapels verdeeld zijn, kaarten geordend naar gemiddelde.",
	 "Per card: how the sorts spread over the piles, cards ordered by their mean.",
	 chart_value_profile_draw, 1000, 900},
	{"heatmap_organisation", "value_summary", "Topkaarten per organisatie", "Top cards by organisation",
	 "Aandeel van de sorteringen met de kaart in de hoogste stapel, per organisatie.",
	 "Share of sorts with the card in the top pile, by organisation.",
	 chart_heatmap_org_draw, 1100, 700},
	{"factor_scree", "factor_eigenvalues", "Gezichtspunten: screeplot", "Viewpoints: scree plot",
	 "Eigenwaarden van de correlaties tussen sorteringen; een knik wijst op het aantal gedeelde gezichtspunten.",
	 "Eigenvalues of the correlations between sorts; an elbow suggests how many shared viewpoints there are.",
	 chart_factor_scree_draw, 900, 550},
	{"factor_loadings", "factor_loadings", "Gezichtspunten: ladingen", "Viewpoints: loadings",
	 "Elke sortering als punt, naar haar samenhang met gezichtspunt 1 en 2.",
	 "Each sort as a point, by how closely it follows viewpoints 1 and 2.",
	 chart_factor_loadings_draw, 700, 700},
	{"factor_array_1", "factor_arrays", "Gezichtspunt 1", "Viewpoint 1",
	 "De kaartenlegging die gezichtspunt 1 kenmerkt (factor-array in de vorm van de gedwongen verdeling).",
	 "The card layout typical of viewpoint 1 (factor array in the shape of the forced distribution).",
	 chart_factor1_draw, 1100, 560},
	{"factor_array_2", "factor_arrays", "Gezichtspunt 2", "Viewpoint 2",
	 "De kaartenlegging die gezichtspunt 2 kenmerkt.", "The card layout typical of viewpoint 2.",
	 chart_factor2_draw, 1100, 560},
	{"factor_array_3", "factor_arrays", "Gezichtspunt 3", "Viewpoint 3",
	 "De kaartenlegging die gezichtspunt 3 kenmerkt.", "The card layout typical of viewpoint 3.",
	 chart_factor3_draw, 1100, 560},
	{"trends", "trends", "Trends per jaar", "Trends by year",
	 "Gemiddelde stapel per jaar voor de kaarten met de kleinste q (trends.csv; achter de q staat of die bij het aandeel in de hoogste stapel of bij het gemiddelde hoort); alleen jaren met genoeg deelnemers.",
	 "Mean pile by year for the cards with the smallest q (trends.csv; after the q: whether it belongs to the share in the top pile or to the mean); only years with enough participants.",
	 chart_trends_draw, 1000, 600},
	{"group_tops", "group_tops", "Gezamenlijke top en eigen top", "Common top and own top",
	 "Per kaart: aandeel van de tafels die haar in hun gezamenlijke top kozen, naast het aandeel van de leden met de kaart in hun eigen hoogste stapel.",
	 "Per card: share of tables that chose it for their common top, next to the share of members with the card in their own top pile.",
	 chart_group_tops_draw, 1000, 700},
};
const size_t chart_registry_len = sizeof chart_registry / sizeof chart_registry[0];
