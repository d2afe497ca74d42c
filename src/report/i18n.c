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
	{"factor_eigenvalues", "Eigenwaarden van de correlaties tussen sorteringen: hoeveel gezichtspunten de gegevens dragen.",
	 "Eigenvalues of the correlations between sorts: how many viewpoints the data carry."},
	{"factor_arrays", "Per gezichtspunt (factor): de z-score en plaats van elke kaart; onderscheidende en consensuskaarten.",
	 "Per viewpoint (factor): each card's z-score and place; distinguishing and consensus cards."},
	{"factor_composition", "Wie een gezichtspunt deelt: de sorteringen die een factor bepalen, naar organisatie, rol, leeftijd en jaar.",
	 "Who holds a viewpoint: the sorts that define a factor, by organisation, role, age band and year."},
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
	{"dilemma_association", "Brengen sommige organisaties, typen of rollen een code vaker in? Chi-kwadraat met Cramérs V; bij kleine verwachte aantallen een Monte-Carlo-p (--seed). Groepen met minder dan --min-cell casussen doen niet mee; q = p gecorrigeerd voor het aantal codes (Benjamini-Hochberg).",
	 "Do some organisations, types or roles bring a code in more often? Chi-square with Cramér's V; with small expected counts a Monte Carlo p (--seed). Groups of fewer than --min-cell cases are left out; q = p adjusted for the number of codes (Benjamini-Hochberg)."},
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
