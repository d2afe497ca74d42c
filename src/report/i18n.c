/* i18n.c - every fixed text of the report, in Dutch and English. */
#include <string.h>
#include "i18n.h"

static const struct report_words nl = {
	"nl", "Goed Werk: evaluatierapport", "Gemaakt met goedwerk",
	"Waar dit rapport op rust", "trajecten", "organisaties", "deelnemers", "sorteringen",
	"jaren", "Selectie", "alle gegevens in de opslag",
	"Cellen met minder dan %d personen zijn weggelaten (—), net als cellen waaruit zo'n kleine groep af te leiden zou zijn.",
	"Grafieken", "Tabellen", "Alle rijen staan in", "ook als", "Eerste rijen van",
	"Geen gegevens om te tonen.", "Herkomst: provenance.json (versie, opties, seed, hashes van de trajecten).",
	"Fase", "perspectief"};

static const struct report_words en = {
	"en", "Goed Werk: evaluation report", "Made with goedwerk",
	"What this report rests on", "trajecten", "organisations", "participants", "sorts",
	"years", "Selection", "all data in the store",
	"Cells of fewer than %d people are left out (—), as are cells from which such a small group could be worked out.",
	"Charts", "Tables", "All rows are in", "also as", "First rows of",
	"Nothing to show.", "Provenance: provenance.json (version, options, seed, hashes of the trajecten).",
	"Phase", "perspective"};

const struct report_words *report_words(enum report_lang lang)
{
	return lang == LANG_EN ? &en : &nl;
}

struct table_words {
	const char *name, *nl, *en;
};

/* What each table means, for readers who do not know the statistic. */
static const struct table_words tables[] = {
	{"value_frequencies", "Hoe vaak elke kaart in elke stapel ligt, per groep.",
	 "How often each card lies in each pile, per group."},
	{"value_summary", "Per kaart: gemiddelde stapel (1 = minst, 5 = meest belangrijk), mediaan, aandeel in de hoogste stapel met 95%-betrouwbaarheidsinterval (Wilson), aandeel in de laagste stapel en rang.",
	 "Per card: mean pile (1 = least, 5 = most important), median, share in the top pile with a 95% confidence interval (Wilson), share in the bottom pile and rank."},
	{"value_consensus", "Per kaart: hoe eensgezind men over haar plaats is. Consensus van Tastle en Wierman (1 = iedereen legt haar op dezelfde stapel, 0 = maximaal verdeeld), Leiks spreiding (0 = geen spreiding) en de interkwartielafstand in stapels.",
	 "Per card: how much people agree on its place. Tastle and Wierman's consensus (1 = everyone puts it on the same pile, 0 = split as far as possible), Leik's dispersion (0 = none) and the interquartile range in piles."},
	{"agreement", "Per bereik (iedereen, traject, groep, tafel): hoe gelijk de sorteringen zijn. Kendalls W (0 = geen overeenstemming, 1 = volledig) met zijn toets, Krippendorffs alfa en de gemiddelde Spearman-correlatie tussen twee sorteringen. Tafels van vier blijven onder de privacydrempel weg; hun verdeling staat in group_tops_summary.",
	 "Per scope (everyone, traject, group, table): how alike the sorts are. Kendall's W (0 = no agreement, 1 = complete) with its test, Krippendorff's alpha and the mean Spearman correlation between two sorts. Tables of four stay under the privacy threshold; their distribution is in group_tops_summary."},
	{"exchange_change", "Hoeveel sorteringen veranderen van de eerste, individuele sortering naar die na de uitwisseling aan tafel, voor iedereen en per groep: afstand (Spearmans footrule en Kendall-afstand; 0 = gelijk gebleven), het aandeel van wie een andere top kreeg, hoeveel kaarten in de top bleven, en of groepen daarin verschillen (Kruskal-Wallis).",
	 "How much sorts change from the first, individual sort to the one after the exchange at the table, for everyone and per group: distance (Spearman's footrule and Kendall distance; 0 = unchanged), the share whose top changed, how many cards stayed in the top, and whether groups differ in this (Kruskal-Wallis)."},
	{"group_differences", "Per kenmerk (leeftijdsgroep, rol, organisatie, type, geslacht) en kaart: verschillen de groepen in waar ze de kaart leggen? Kruskal-Wallis met epsilon² als effectmaat, en chi-kwadraat van de stapelverdeling met Cramérs V waar dat mag; q = p gecorrigeerd voor het aantal kaarten (Benjamini-Hochberg).",
	 "Per characteristic (age band, role, organisation, type, gender) and card: do the groups differ in where they put the card? Kruskal-Wallis with epsilon² as effect size, and chi-square of the pile distribution with Cramér's V where allowed; q = p adjusted for the number of cards (Benjamini-Hochberg)."},
	{"group_pairs", "Per kenmerk, kaart en paar groepen: legt de ene groep de kaart hoger dan de andere? Mann-Whitney (exact bij kleine groepen zonder gelijke waarden) en Cliffs delta (positief: groep a hoger); q gecorrigeerd binnen elk kenmerk.",
	 "Per characteristic, card and pair of groups: does one group put the card higher than the other? Mann-Whitney (exact for small groups without ties) and Cliff's delta (positive: group a higher); q adjusted within each characteristic."},
	{"distinctive", "Per organisatie, type, groep en rol: de kaarten die zij duidelijk anders legt dan alle andere deelnemers, met het verschil in gemiddelde stapel en in aandeel hoogste stapel (95%-interval), Mann-Whitney, Cliffs delta en q.",
	 "Per organisation, type, group and role: the cards it places clearly differently from all other participants, with the difference in mean pile and in top-pile share (95% interval), Mann-Whitney, Cliff's delta and q."},
	{"similarity", "Per paar organisaties (en paar groepen binnen een traject): hoe verschillend ze de kaarten ordenen, als 1 - Spearmans rho van de gemiddelde stapels (0 = dezelfde volgorde) en als afstand tussen de aandelen in de hoogste stapel, met bootstrap-intervallen.",
	 "Per pair of organisations (and pair of groups within a traject): how differently they order the cards, as 1 - Spearman's rho of the mean piles (0 = the same order) and as the distance between the top-pile shares, with bootstrap intervals."},
	{"similarity_order", "De organisaties (of groepen) in de volgorde van een hiërarchische clustering met gemiddelde koppeling, met de hoogte waarop elk zich bij de volgende voegt: de boom boven de gelijkenisgrafiek.",
	 "The organisations (or groups) in the order of a hierarchical clustering with average linkage, with the height at which each joins the next: the tree above the similarity chart."},
	{"perspective_gap", "Per kaart: dezelfde mensen als ambtenaar (professioneel) en als persoon. Verschil = gemiddelde professioneel min gemiddelde persoonlijk (positief: professioneel hoger), Wilcoxon-rangtekentoets, rang-biseriële r en q.",
	 "Per card: the same people as civil servant (professional) and as a person. Difference = mean professional minus mean personal (positive: professional higher), Wilcoxon signed-rank test, rank-biserial r and q."},
	{"factor_loadings", "Per sortering en gezichtspunt: de lading (hoe sterk de sortering het gezichtspunt volgt) en of zij het gezichtspunt mee bepaalt (gemarkeerd).",
	 "Per sort and viewpoint: the loading (how closely the sort follows the viewpoint) and whether it helps define it (flagged)."},
	{"factor_crib", "Spiekbriefje per gezichtspunt (Watts en Stenner 2012): de kaarten in de hoogste en laagste stapel, en de kaarten die het hoger of lager legt dan elk ander gezichtspunt, met de stapels die de andere gezichtspunten ze geven.",
	 "Crib sheet per viewpoint (Watts and Stenner 2012): the cards in the top and bottom pile, and the cards it places higher or lower than every other viewpoint, with the piles the other viewpoints give them."},
	{"factor_characteristics", "Per gezichtspunt: hoeveel sorteringen het bepalen, welk deel van de variantie het verklaart, de betrouwbaarheid en de standaardfout van de kaartscores.",
	 "Per viewpoint: how many sorts define it, which share of the variance it explains, its reliability and the standard error of the card scores."},
	{"factor_differences", "Per kaart en paar gezichtspunten: het verschil in z-score, de standaardfout daarvan en of het verschil betekenisvol is (zoals qmethod).",
	 "Per card and pair of viewpoints: the difference in z score, its standard error and whether the difference is significant (as in qmethod)."},
	{"factor_correlations", "Per paar gezichtspunten: de correlatie van hun kaartscores (hoog: ze lijken op elkaar).",
	 "Per pair of viewpoints: the correlation of their card scores (high: they resemble each other)."},
	{"dilemma_tag_order", "De gebruikte codes in de volgorde van een clustering op hun overlap (de volgorde van de grafiek van samen voorkomende dilemma's).",
	 "The codes used, in the order of a clustering on their overlap (the order of the chart of dilemmas that come together)."},
	{"factor_eigenvalues", "Eigenwaarden van de correlaties tussen sorteringen: hoeveel gezichtspunten de gegevens dragen.",
	 "Eigenvalues of the correlations between sorts: how many viewpoints the data carry."},
	{"factor_arrays", "Per gezichtspunt (factor): de z-score en plaats van elke kaart; onderscheidende en consensuskaarten.",
	 "Per viewpoint (factor): each card's z-score and place; distinguishing and consensus cards."},
	{"factor_composition", "Wie een gezichtspunt deelt: de sorteringen die een factor bepalen, naar organisatie, rol, leeftijd en jaar.",
	 "Who holds a viewpoint: the sorts that define a factor, by organisation, role, age band and year."},
	{"factor_crib", "Spiekbriefje per gezichtspunt (Watts en Stenner 2012): de kaarten in de hoogste en laagste stapel, en de kaarten die het hoger of lager legt dan elk ander gezichtspunt.",
	 "Crib sheet per viewpoint (Watts and Stenner 2012): the cards in the top and lowest pile, and the cards it places higher or lower than every other viewpoint."},
	{"benchmark", "De geselecteerde organisatie of het traject tegen alle andere sorteringen in de opslag: per kaart beide gemiddelden, het verschil met 95%-interval, Cliffs delta en q.",
	 "The selected organisation or traject against all other sorts in the store: per card both means, the difference with a 95% interval, Cliff's delta and q."},
	{"trends", "Per kaart: stijgt of daalt het aandeel in de hoogste stapel (Cochran-Armitage, scores = jaren) of de gemiddelde stapel (Mann-Kendall) over de jaren? Helling = Sen-helling per jaar; q = p gecorrigeerd voor het aantal kaarten (Benjamini-Hochberg). Jaren met te weinig deelnemers tellen niet mee.",
	 "Per card: does the share in the top pile (Cochran-Armitage, scores = years) or the mean pile (Mann-Kendall) rise or fall over the years? Slope = Sen slope per year; q = p adjusted for the number of cards (Benjamini-Hochberg). Years with too few participants are left out."},
	{"group_tops", "Per kaart: in hoeveel gezamenlijke tafeltoppen zij staat, als aandeel van de tafels die het eens werden, naast het aandeel van de leden die haar in hun eigen top legden.",
	 "Per card: in how many common table tops it stands, as a share of the tables that agreed, next to the share of members who put it in their own top."},
	{"group_tops_summary", "Over alle tafels en per organisatie en traject: hoeveel tafels tot een gezamenlijke top vier, een top drie, minder kaarten of geen gezamenlijke top kwamen, en hoe eensgezind de leden van een tafel sorteerden (Kendalls W per tafel: mediaan en kwartielen over de tafels). Alleen over minstens zoveel tafels als de privacydrempel.",
	 "Over all tables and per organisation and traject: how many tables reached a common top four, a top three, fewer cards or no common top, and how alike the members of a table sorted (Kendall's W per table: median and quartiles over the tables). Only over at least as many tables as the privacy threshold."},
	{"group_tops_tables", "Per traject: aantal tafels, hoeveel het eens werden (alleen bij minstens zoveel tafels als de privacydrempel), en hoe goed de gezamenlijke top past bij de eigen toppen van de leden (gemiddelde Jaccard, 0-1).",
	 "Per traject: number of tables, how many agreed (only over at least as many tables as the privacy threshold), and how well the common top matches the members' own tops (mean Jaccard, 0-1)."},
	{"dilemma_frequencies", "Per groep casussen: hoeveel dilemma's elke code, pijler en spanningsas dragen, en welk aandeel dat is (met 95%-interval). Een casus telt één keer per pijler of as, ook met meer codes daarin.",
	 "Per group of cases: how many dilemmas carry each code, pillar and tension axis, and which share that is (with a 95% interval). A case counts once per pillar or axis, even with several codes in it."},
	{"dilemma_cooccurrence", "Per paar codes: casussen met beide, de verwachting bij onafhankelijkheid, Jaccard (overlap, 0-1), de c-coëfficiënt van ATLAS.ti (op casusniveau gelijk aan Jaccard) en lift (1 = zo vaak als toeval).",
	 "Per pair of codes: cases with both, the expectation under independence, Jaccard (overlap, 0-1), ATLAS.ti's c-coefficient (equal to Jaccard at case level) and lift (1 = as often as chance)."},
	{"dilemma_association", "Brengen sommige organisaties, typen of rollen een code vaker in? Chi-kwadraat met Cramérs V; bij kleine verwachte aantallen een Monte-Carlo-p (met een vast startgetal, dus herhaalbaar). Groepen met minder casussen dan de privacydrempel doen niet mee; q = p gecorrigeerd voor het aantal codes (Benjamini-Hochberg).",
	 "Do some organisations, types or roles bring a code in more often? Chi-square with Cramér's V; with small expected counts a Monte Carlo p (with a fixed seed, so repeatable). Groups of fewer cases than the privacy threshold are left out; q = p adjusted for the number of codes (Benjamini-Hochberg)."},
	{"dilemma_association_residuals", "Per geteste code en groep: aantal, verwachting en gecorrigeerd gestandaardiseerd residu (boven 2 of onder -2: duidelijk meer of minder dan bij toeval).",
	 "Per tested code and group: count, expectation and adjusted standardised residual (above 2 or below -2: clearly more or fewer than chance)."},
	{"dilemma_values", "Per organisatie: het aandeel van haar dilemma's op elke spanningsas en de dominante as, naast haar drie vaakst hoogst gelegde kaarten. Beschrijvend, geen toets: het zijn weinig organisaties en weinig casussen.",
	 "Per organisation: the share of its dilemmas on each tension axis and the dominant axis, beside its three cards most often in the top pile. Descriptive, no test: organisations and cases are few."},
	{"dilemma_unused_tags", "Codes uit het codeboek die in geen enkele geselecteerde casus voorkomen.",
	 "Codebook codes that no selected case carries."},
};

const char *report_table_text(const char *name, enum report_lang lang)
{
	for (size_t i = 0; i < sizeof tables / sizeof *tables; i++)
		if (strcmp(tables[i].name, name) == 0)
			return lang == LANG_EN ? tables[i].en : tables[i].nl;
	return NULL;
}

struct section_words {
	const char *chart, *title_nl, *title_en, *intro_nl, *intro_en;
};

/* The report's sections, each opened by its first chart. */
static const struct section_words sections[] = {
	{"value_profile", "Waarden", "Values",
	 "Hoe de deelnemers de waardenkaarten sorteerden: welke kaarten bovenaan liggen, per organisatie, en hoe eensgezind men over een kaart is.",
	 "How the participants sorted the value cards: which cards come out on top, by organisation, and how much people agree about a card."},
	{"agreement", "Overeenstemming, verandering en verschillen", "Agreement, change and differences",
	 "Hoe sterk de sorteringen binnen een groep of tafel op elkaar lijken, hoeveel ze veranderen na de uitwisseling aan tafel, en waar groepen van elkaar verschillen.",
	 "How alike the sorts within a group or table are, how much they change after the exchange at the table, and where groups differ."},
	{"distinctive", "Organisaties vergeleken", "Organisations compared",
	 "Wat elke organisatie en elke groep onderscheidt van alle andere deelnemers, en welke organisaties hun kaarten op dezelfde manier ordenen.",
	 "What sets each organisation and each group apart from all other participants, and which organisations order their cards the same way."},
	{"factor_scree", "Gezichtspunten", "Viewpoints",
	 "Gedeelde manieren van sorteren (Q-methode): sorteringen die op elkaar lijken vormen samen een gezichtspunt.",
	 "Shared ways of sorting (Q method): sorts that resemble each other together form a viewpoint."},
	{"trends", "Door de jaren heen", "Over the years",
	 "Veranderingen per kaart tussen de jaren van de trajecten.",
	 "Changes per card between the years of the trajecten."},
	{"group_tops", "De gezamenlijke top aan tafel", "The common top at the table",
	 "Welke kaarten tafels samen in hun top vier kozen, naast wat de leden ieder voor zich kozen.",
	 "Which cards tables chose together for their top four, beside what the members chose each on their own."},
	{"dilemma_triangle", "Dilemma's uit de praktijk", "Dilemmas from practice",
	 "De dilemma's die deelnemers inbrachten, met hun codes: op welke spanningsas van bewust vakmanschap ze liggen, welke samen voorkomen en welke pijler ze raken. Per organisatie zijn het weinig casussen; lees verschillen als aanwijzing, niet als bewijs.",
	 "The dilemmas participants brought in, with their codes: which tension axis of conscious craftsmanship they lie on, which come together and which pillar they touch. Cases per organisation are few; read differences as hints, not as proof."},
};

static const struct section_words *section_of(const char *chart)
{
	for (size_t i = 0; i < sizeof sections / sizeof *sections; i++)
		if (strcmp(sections[i].chart, chart) == 0)
			return &sections[i];
	return NULL;
}

const char *report_section_title(const char *chart, enum report_lang lang)
{
	const struct section_words *s = section_of(chart);
	return s ? lang == LANG_EN ? s->title_en : s->title_nl : NULL;
}

const char *report_section_intro(const char *chart, enum report_lang lang)
{
	const struct section_words *s = section_of(chart);
	return s ? lang == LANG_EN ? s->intro_en : s->intro_nl : NULL;
}

struct empty_words {
	const char *chart, *nl, *en;
};

/* The reasons a chart finds nothing to draw, in the words of its subject. */
static const struct empty_words empty[] = {
	{"group_differences", "Geen kaart verschilt duidelijk tussen de groepen van een kenmerk (leeftijdsgroep, rol, organisatie, ...): bij geen enkele is q kleiner dan 0,05, of de groepen zijn te klein om te tonen.",
	 "No card differs clearly between the groups of a characteristic (age band, role, organisation, ...): none has q below 0.05, or the groups are too small to show."},
	{"distinctive", "Geen organisatie of groep legt een kaart duidelijk anders dan alle andere deelnemers (bij geen enkele q kleiner dan 0,05), of ze zijn te klein om te tonen.",
	 "No organisation or group places a card clearly differently from all other participants (no q below 0.05), or they are too small to show."},
	{"perspective_gap", "Te weinig deelnemers sorteerden zowel professioneel als persoonlijk om de twee te vergelijken.",
	 "Too few participants sorted both professionally and personally to compare the two."},
	{"exchange_change", "Te weinig deelnemers sorteerden opnieuw na de uitwisseling aan tafel.",
	 "Too few participants sorted again after the exchange at the table."},
	{"agreement", "Geen groep of tafel is groot genoeg om haar overeenstemming te tonen.",
	 "No group or table is large enough to show its agreement."},
	{"trends", "Te weinig jaren met genoeg deelnemers om een trend te zoeken.",
	 "Too few years with enough participants to look for a trend."},
	{"similarity", "Te weinig organisaties die groot genoeg zijn om te vergelijken.",
	 "Too few organisations large enough to compare."},
	{"heatmap_organisation", "Geen organisatie is groot genoeg om te tonen.", "No organisation is large enough to show."},
	{"factor_array_2", "De gegevens dragen geen tweede gezichtspunt.", "The data carry no second viewpoint."},
	{"factor_array_3", "De gegevens dragen geen derde gezichtspunt.", "The data carry no third viewpoint."},
	{"group_tops", "Geen gezamenlijke toppen van tafels in de selectie, of te weinig tafels om te tonen.",
	 "No common tops of tables in the selection, or too few tables to show."},
};

const char *report_chart_empty(const char *chart, enum report_lang lang)
{
	for (size_t i = 0; i < sizeof empty / sizeof *empty; i++)
		if (strcmp(empty[i].chart, chart) == 0)
			return lang == LANG_EN ? empty[i].en : empty[i].nl;
	return lang == LANG_EN ? "The selection has too little data for this chart (too few participants, years or cases, or cells under the privacy threshold)."
			       : "De selectie heeft te weinig gegevens voor deze grafiek (te weinig deelnemers, jaren of casussen, of cellen onder de privacydrempel).";
}
