/* messages_nl.c - the Dutch of every message, as {English format, Dutch
 * format}, sorted by the English as strcmp does (msg_nl searches by halves).
 * The Dutch takes the same conversions in the same order (the catalogue test
 * and msg_tr check it).  Written for the people who sort the cards, not for
 * programmers: kolom, regel, stapel, kaart, kaartenset; "verwacht:" gives
 * what would be right. */
#include "goedwerk/messages.h"

const struct msg_pair msg_catalogue_nl[] = {
	{"\n(see 'goedwerk%s%s --help')\n",
	 "\n(zie 'goedwerk%s%s --help')\n"},
	{" and tables.xlsx",
	 " en tables.xlsx"},
	{" or ",
	 " of "},
	{"%ld more sorts break the forced distribution (not listed)",
	 "nog %ld sorteringen houden zich niet aan de vaste verdeling (niet genoemd)"},
	{"%s '%s' (expected %s)",
	 "%s '%s' (verwacht: %s)"},
	{"%s '%s' (expected %s; nearest: %s)",
	 "%s '%s' (verwacht: %s; bedoelt u misschien: %s)"},
	{"%s '%s' (expected a year, YYYY-MM or a date such as 14-3-2017, 14-03-2017 or "
	 "2017-03-14)",
	 "%s '%s' (verwacht: een jaar, JJJJ-MM of een datum zoals 14-3-2017, 14-03-2017 "
	 "of 2017-03-14)"},
	{"%s (expected a CSV file)",
	 "%s (verwacht: een CSV-bestand)"},
	{"%s differs from an earlier row of the same sort (expected one %s per sort, as "
	 "at %s)",
	 "%s wijkt af van een eerdere regel van dezelfde sortering (verwacht: één %s "
	 "per sortering, zoals op %s)"},
	{"%s in column '%s' (expected no direct identifiers: replace it by a pseudonym "
	 "or remove it from the text)",
	 "%s in kolom '%s' (verwacht: geen gegevens die iemand herkenbaar maken; "
	 "vervang het door een pseudoniem of haal het uit de tekst)"},
	{"%s:%zu:1: unknown sort '%s' (expected a sort of factor_loadings.csv, e.g. "
	 "'s17')\n",
	 "%s:%zu:1: onbekende sortering '%s' (verwacht: een sortering uit "
	 "factor_loadings.csv, bijvoorbeeld 's17')\n"},
	{"%s:%zu:2: bad factor '%s' (expected 1 to %zu)\n",
	 "%s:%zu:2: ongeldige factor '%s' (verwacht: 1 tot en met %zu)\n"},
	{"%s:%zu:3: bad flag '%s' (expected 1 or 0)\n",
	 "%s:%zu:3: ongeldige markering '%s' (verwacht: 1 of 0)\n"},
	{"--%s %s, not '%s'",
	 "--%s %s, niet '%s'"},
	{"--%s goes after the command",
	 "--%s hoort na de opdracht"},
	{"--%s is not an option of %s",
	 "--%s is geen optie van %s"},
	{"--%s needs a value (%s)",
	 "--%s heeft een waarde nodig (%s)"},
	{"--%s takes no value",
	 "--%s heeft geen waarde"},
	{"--format xlsx writes a workbook into a folder, not to --out -",
	 "--format xlsx schrijft een werkmap in een map, niet naar --out -"},
	{"--from %d is after --to %d",
	 "--from %d ligt na --to %d"},
	{"--man is the page of every command; name none",
	 "--man is de pagina van alle opdrachten; noem er geen"},
	{"--out - (standard output) is for one table only: goedwerk analyse --table "
	 "NAME --out -",
	 "--out - (het scherm) is alleen voor één tabel: goedwerk analyse --table NAAM "
	 "--out -"},
	{"--out - writes one table: name it with --table NAME",
	 "--out - schrijft één tabel: noem die met --table NAAM"},
	{"; nearest: %s",
	 "; bedoelt u misschien: %s"},
	{"NUL byte (expected text)",
	 "NUL-teken (verwacht: tekst)"},
	{"a citizen service number (BSN)",
	 "een burgerservicenummer (BSN)"},
	{"a device",
	 "een apparaat"},
	{"a folder",
	 "een map"},
	{"a named pipe",
	 "een pijp (named pipe)"},
	{"a participant of traject '%s' in participants.csv",
	 "een deelnemer van traject '%s' in participants.csv"},
	{"a phone number",
	 "een telefoonnummer"},
	{"a socket",
	 "een socket"},
	{"a symbolic link",
	 "een snelkoppeling (symbolische link)"},
	{"a table without consensus has other rows (expected one row with rank and card "
	 "empty)",
	 "een tafel zonder overeenstemming heeft nog andere regels (verwacht: één regel "
	 "met rang en kaart leeg)"},
	{"a tag of codebook '%s' of codebook.csv",
	 "een tag van codeboek '%s' in codebook.csv"},
	{"a tag of codebook '%s' of the store",
	 "een tag van codeboek '%s' in de database"},
	{"a tag of codebook.csv",
	 "een tag van codebook.csv"},
	{"a tag of codebook.csv or of the stored codebook",
	 "een tag van codebook.csv of van het opgeslagen codeboek"},
	{"a tag of the built-in codebook, or a codebook.csv that defines it",
	 "een tag van het ingebouwde codeboek, of een codebook.csv waarin de tag staat"},
	{"a tag of the built-in default codebook",
	 "een tag van het ingebouwde standaardcodeboek"},
	{"a tag of the default codebook",
	 "een tag van het standaardcodeboek"},
	{"a tag of the stored codebook, or a codebook.csv that defines it",
	 "een tag van het opgeslagen codeboek, of een codebook.csv waarin de tag staat"},
	{"a tag of the stored default codebook",
	 "een tag van het opgeslagen standaardcodeboek"},
	{"age '%s' (expected a whole number from 0 to 120)",
	 "leeftijd '%s' (verwacht: een geheel getal van 0 tot en met 120)"},
	{"age band '%s' (expected %s)",
	 "leeftijdsgroep '%s' (verwacht: %s)"},
	{"an e-mail address",
	 "een e-mailadres"},
	{"axis '%s' (expected profession-politics, profession-society or "
	 "politics-society)",
	 "as '%s' (verwacht: profession-politics, profession-society of "
	 "politics-society)"},
	{"birth year %d after the sort year %d (expected an earlier year)",
	 "geboortejaar %d ligt na het jaar van de sortering, %d (verwacht: een eerder "
	 "jaar)"},
	{"birth year '%s' (expected a past year from 1900 on)",
	 "geboortejaar '%s' (verwacht: een jaar vanaf 1900 dat voorbij is)"},
	{"birth year left unbanded: no sort date and no traject start (expected a date "
	 "to band it by)",
	 "geboortejaar niet in een leeftijdsgroep ingedeeld: de sortering heeft geen "
	 "datum en het traject geen begin (verwacht: een datum om de leeftijd aan af te "
	 "meten)"},
	{"byte 0x%02X is neither UTF-8 nor Windows-1252 (expected UTF-8 or Windows-1252 "
	 "text)",
	 "teken 0x%02X is geen UTF-8 en geen Windows-1252 (verwacht: tekst in UTF-8 of "
	 "Windows-1252)"},
	{"byte 0x%02X is not UTF-8 (expected UTF-8 throughout: the file mixes encodings)",
	 "teken 0x%02X is geen UTF-8 (verwacht: overal UTF-8; het bestand mengt twee "
	 "tekencoderingen)"},
	{"cannot list '%s' (expected trajecten, cards, tags, participants, "
	 "organisations, groups or tables)",
	 "kan '%s' niet tonen (verwacht: trajecten, cards, tags, participants, "
	 "organisations, groups of tables)"},
	{"cannot read as an Excel workbook: %s (expected an .xlsx saved by Excel or "
	 "LibreOffice)",
	 "kan dit niet lezen als Excel-werkmap: %s (verwacht: een .xlsx opgeslagen door "
	 "Excel of LibreOffice)"},
	{"cannot read folder: %s",
	 "kan de map niet lezen: %s"},
	{"cannot read the workbook: %s at line %lu of its XML (expected an .xlsx saved "
	 "by Excel or LibreOffice)",
	 "kan de werkmap niet lezen: %s op regel %lu van de XML (verwacht: een .xlsx "
	 "opgeslagen door Excel of LibreOffice)"},
	{"cannot read the workbook: %s is damaged (%s)",
	 "kan de werkmap niet lezen: %s is beschadigd (%s)"},
	{"cannot read the workbook: %s unpacks to %llu bytes (expected at most 1 GiB)",
	 "kan de werkmap niet lezen: %s wordt uitgepakt %llu bytes groot (verwacht: "
	 "hoogstens 1 GiB)"},
	{"cannot read the workbook: it has no %s (expected an .xlsx saved by Excel or "
	 "LibreOffice)",
	 "kan de werkmap niet lezen: %s ontbreekt (verwacht: een .xlsx opgeslagen door "
	 "Excel of LibreOffice)"},
	{"cannot read the workbook: sheet '%s' has no part (expected an .xlsx saved by "
	 "Excel or LibreOffice)",
	 "kan de werkmap niet lezen: werkblad '%s' heeft geen inhoud (verwacht: een "
	 ".xlsx opgeslagen door Excel of LibreOffice)"},
	{"cannot read: %s",
	 "kan niet lezen: %s"},
	{"cannot write the store %s (%s): %s",
	 "kan niet schrijven in de database %s (%s): %s"},
	{"cannot write the store %s (injected fault)",
	 "kan niet schrijven in de database %s (opzettelijke fout voor een test)"},
	{"cannot write: %s",
	 "kan niet schrijven: %s"},
	{"canonical",
	 "canonical"},
	{"canonical '%s' (expected a tag of the default codebook; none is given or "
	 "stored)",
	 "canonical '%s' (verwacht: een tag van het standaardcodeboek; dat is niet "
	 "meegegeven en niet opgeslagen)"},
	{"canonical '%s' (expected a tag of the stored default codebook)",
	 "canonical '%s' (verwacht: een tag van het opgeslagen standaardcodeboek)"},
	{"canonical '%s' (expected a tag of the stored default codebook; nearest: %s)",
	 "canonical '%s' (verwacht: een tag van het opgeslagen standaardcodeboek; "
	 "bedoelt u misschien: %s)"},
	{"canonical '%s' for a tag of the default codebook (expected canonical only for "
	 "a tag of another codebook version)",
	 "canonical '%s' bij een tag van het standaardcodeboek (verwacht: canonical "
	 "alleen bij een tag van een andere versie van het codeboek)"},
	{"card '%s' (column %s): category '%s' is not on the scale (expected %d..%d or "
	 "a label of the scale of set '%s'%s)",
	 "kaart '%s' (kolom %s): stapel '%s' staat niet op de schaal (verwacht: %d tot "
	 "en met %d of een stapelnaam van de schaal van kaartenset '%s'%s)"},
	{"card '%s' given twice for table '%s' (expected each card once)",
	 "kaart '%s' staat twee keer bij tafel '%s' (verwacht: elke kaart één keer)"},
	{"card '%s' given twice in set '%s' (expected each card once)",
	 "kaart '%s' staat twee keer in kaartenset '%s' (verwacht: elke kaart één keer)"},
	{"card '%s' placed twice in one sort (expected each card once per sort)",
	 "kaart '%s' ligt twee keer in één sortering (verwacht: elke kaart één keer per "
	 "sortering)"},
	{"card placed by nobody",
	 "kaart door niemand gelegd"},
	{"card set",
	 "kaartenset"},
	{"card set '%s' differs from the built-in default set (expected its 30 cards "
	 "and scale, or another name for an adapted set)",
	 "kaartenset '%s' wijkt af van de ingebouwde standaardset (verwacht: de 30 "
	 "kaarten en de schaal daarvan, of een andere naam voor een aangepaste set)"},
	{"card set '%s' differs from the one in %s:%ld (expected the same cards, labels "
	 "and scale in every bundle, or another name)",
	 "kaartenset '%s' wijkt af van die in %s:%ld (verwacht: dezelfde kaarten, namen "
	 "en schaal in elke bundel, of een andere naam)"},
	{"card set '%s' differs from the one in the store (expected the same cards, "
	 "labels and scale, or another name)",
	 "kaartenset '%s' wijkt af van die in de database (verwacht: dezelfde "
	 "kaarten, namen en schaal, of een andere naam)"},
	{"card set '%s' is already stored with other cards or categories (expected the "
	 "same set, or a new name)",
	 "kaartenset '%s' is al opgeslagen met andere kaarten of stapels (verwacht: "
	 "dezelfde set, of een nieuwe naam)"},
	{"case '%s' given twice in traject '%s' (expected each case once)",
	 "casus '%s' staat twee keer in traject '%s' (verwacht: elke casus één keer)"},
	{"category %ld given twice for set '%s' (expected each category once)",
	 "stapel %ld staat twee keer bij kaartenset '%s' (verwacht: elke stapel één "
	 "keer)"},
	{"category '%s' (expected a whole number from -100 to 100)",
	 "stapel '%s' (verwacht: een geheel getal van -100 tot en met 100)"},
	{"category '%s' is not on the scale (expected %d..%d or a label of the scale of "
	 "set '%s'%s)",
	 "stapel '%s' staat niet op de schaal (verwacht: %d tot en met %d of een "
	 "stapelnaam van de schaal van kaartenset '%s'%s)"},
	{"cell %s lies past column XFD, the last one Excel has (expected a workbook saved "
	 "by Excel or LibreOffice)",
	 "cel %s ligt voorbij kolom XFD, de laatste die Excel kent (verwacht: een werkmap "
	 "opgeslagen door Excel of LibreOffice)"},
	{"codebook '%s' is already stored with other tags, labels or canonical tags "
	 "(expected the same codebook, or a new name)",
	 "codeboek '%s' is al opgeslagen met andere tags, omschrijvingen of "
	 "canonical-tags (verwacht: hetzelfde codeboek, of een nieuwe naam)"},
	{"codebook tag '%s' is already stored with another label, pillar or axis "
	 "(expected the same definition)",
	 "tag '%s' van het codeboek is al opgeslagen met een andere omschrijving, "
	 "pijler of as (verwacht: dezelfde omschrijving)"},
	{"column '%s' given twice (expected each column once)",
	 "kolom '%s' staat twee keer in de kopregel (verwacht: elke kolom één keer)"},
	{"column '%s' is a card in a long-form file (expected either card and category "
	 "columns or one column per card, not both)",
	 "kolom '%s' is een kaart in een bestand met kolommen card en category "
	 "(verwacht: óf de kolommen card en category, óf één kolom per kaart, niet "
	 "allebei)"},
	{"column '%s' is a direct identifier (expected pseudonyms only: remove the "
	 "column)",
	 "kolom '%s' maakt mensen direct herkenbaar (verwacht: alleen pseudoniemen; "
	 "haal de kolom weg)"},
	{"column '%s' is card '%s' again (expected one column per card)",
	 "kolom '%s' is nogmaals kaart '%s' (verwacht: één kolom per kaart)"},
	{"column '%s' is not a card of set '%s' (expected the cell empty)",
	 "kolom '%s' is geen kaart van kaartenset '%s' (verwacht: een lege cel)"},
	{"compare: %s/compare.html\n",
	 "vergelijking: %s/compare.html\n"},
	{"count '%s' (expected a whole number >= 0, or empty when not forced)",
	 "aantal '%s' (verwacht: een geheel getal vanaf 0, of leeg als de verdeling "
	 "vrij is)"},
	{"date '%s' (expected a date such as 14-3-2017, 14-03-2017 or 2017-03-14)",
	 "datum '%s' (verwacht: een datum zoals 14-3-2017, 14-03-2017 of 2017-03-14)"},
	{"default or a codebook of codebook.csv",
	 "default of een codeboek uit codebook.csv"},
	{"drawing the charts and writing the report",
	 "grafieken tekenen en het rapport schrijven"},
	{"empty %s (expected a value)",
	 "kolom %s is leeg (verwacht: een waarde)"},
	{"empty %s (expected an id)",
	 "kolom %s is leeg (verwacht: een code)"},
	{"empty card (expected a card id)",
	 "kolom card is leeg (verwacht: de code van een kaart)"},
	{"empty category (expected a category; leave the row out to leave the card out)",
	 "kolom category is leeg (verwacht: een stapel; laat de regel weg om de kaart "
	 "weg te laten)"},
	{"empty file (expected a header row)",
	 "leeg bestand (verwacht: een kopregel)"},
	{"empty label_nl (expected a value)",
	 "kolom label_nl is leeg (verwacht: een waarde)"},
	{"empty organisation (expected a name)",
	 "kolom organisation is leeg (verwacht: een naam)"},
	{"empty participant%s (expected a pseudonym)",
	 "kolom participant is leeg%s (verwacht: een pseudoniem)"},
	{"empty tag in '%s' (expected codes joined by '|')",
	 "lege tag in '%s' (verwacht: codes gescheiden door '|')"},
	{"empty traject (expected an id)",
	 "kolom traject is leeg (verwacht: een code)"},
	{"empty traject%s (expected a traject id)",
	 "kolom traject is leeg%s (verwacht: de code van een traject)"},
	{"end '%s' before start '%s' (expected end >= start)",
	 "einde '%s' ligt voor begin '%s' (verwacht: einde niet voor het begin)"},
	{"every tag of the codebook is carried by a case",
	 "elk label van het codeboek komt bij een casus voor"},
	{"exported %zu trajecten to %s\n",
	 "%zu trajecten geëxporteerd naar %s\n"},
	{"fewer than two tags carried by the cases",
	 "minder dan twee labels komen voor bij de casussen"},
	{"fewer than two tags in the codebook",
	 "minder dan twee labels in het codeboek"},
	{"field longer than 65536 bytes (expected at most 64 KiB)",
	 "veld langer dan 65536 bytes (verwacht: hoogstens 64 KiB)"},
	{"file is larger than %zu MiB, the limit for one bundle file (expected smaller "
	 "files: split the sorts over several sorts*.csv files)",
	 "bestand is groter dan %zu MiB, de grens voor één bestand van een bundel "
	 "(verwacht: kleinere bestanden; verdeel de sorteringen over meerdere bestanden "
	 "sorts*.csv)"},
	{"from %d on",
	 "vanaf %d"},
	{"from %d to %d",
	 "van %d tot en met %d"},
	{"give two units of one kind, or one and --against rest",
	 "geef twee eenheden van één soort, of één en --against rest"},
	{"goedwerk analyse: table %s has no rows: %s\n",
	 "goedwerk analyse: tabel %s heeft geen rijen: %s\n"},
	{"goedwerk analyse: table %s was not built\n",
	 "goedwerk analyse: tabel %s is niet gemaakt\n"},
	{"goedwerk check: %zu error\n",
	 "goedwerk check: %zu fout\n"},
	{"goedwerk check: %zu errors\n",
	 "goedwerk check: %zu fouten\n"},
	{"goedwerk compare: no %s '%s' in the selection; stored:",
	 "goedwerk compare: geen %s '%s' in de selectie; opgeslagen:"},
	{"goedwerk export: cannot make the folder %s: %s (name a new folder)\n",
	 "goedwerk export: kan de map %s niet maken: %s (geef een nieuwe map)\n"},
	{"goedwerk export: nothing was exported\n",
	 "goedwerk export: er is niets geëxporteerd\n"},
	{"goedwerk export: the bundle in %s is not complete\n",
	 "goedwerk export: de bundel in %s is niet volledig\n"},
	{"goedwerk factors: %zu cards placed by nobody left out (%s)\n",
	 "goedwerk factors: %zu kaarten die niemand heeft neergelegd, weggelaten (%s)\n"},
	{"goedwerk factors: %zu sorts of %zu people analysed; left out %zu incomplete "
	 "and %zu without variation\n",
	 "goedwerk factors: %zu sorteringen van %zu personen geanalyseerd; weggelaten: "
	 "%zu onvolledige en %zu zonder spreiding\n"},
	{"goedwerk factors: cannot extract %zu factors from %zu sorts of %zu cards (at "
	 "most %zu)\n",
	 "goedwerk factors: kan geen %zu factoren halen uit %zu sorteringen van %zu "
	 "kaarten (hoogstens %zu)\n"},
	{"goedwerk factors: cannot read flags file '%s'\n",
	 "goedwerk factors: kan het bestand met markeringen '%s' niet lezen\n"},
	{"goedwerk factors: centroid extraction needs the sorts x sorts matrix and "
	 "takes at most %d sorts, not %zu (use --extraction pca)\n",
	 "goedwerk factors: de centroïdemethode heeft de matrix van sorteringen maal "
	 "sorteringen nodig en neemt hoogstens %d sorteringen, niet %zu (gebruik "
	 "--extraction pca)\n"},
	{"goedwerk factors: factor %zu flipped (its defining sorts load mostly "
	 "negatively)\n",
	 "goedwerk factors: factor %zu omgekeerd (de bepalende sorteringen laden vooral "
	 "negatief)\n"},
	{"goedwerk factors: the factor analysis failed (%s)\n",
	 "goedwerk factors: de factoranalyse is mislukt (%s)\n"},
	{"goedwerk factors: too few complete sorts (%zu) or cards (%zu) for a factor "
	 "analysis (expected at least 2 sorts of 3 cards)\n",
	 "goedwerk factors: te weinig volledige sorteringen (%zu) of kaarten (%zu) voor "
	 "een factoranalyse (verwacht: minstens 2 sorteringen van 3 kaarten)\n"},
	{"goedwerk factors: varimax stopped after %d iterations without settling\n",
	 "goedwerk factors: varimax is na %d rondes gestopt zonder tot rust te komen\n"},
	{"goedwerk ingest: nothing was stored\n",
	 "goedwerk ingest: er is niets opgeslagen\n"},
	{"goedwerk remove: nothing was removed\n",
	 "goedwerk remove: er is niets verwijderd\n"},
	{"goedwerk template: %zu error, no template written\n",
	 "goedwerk template: %zu fout, geen sjabloon geschreven\n"},
	{"goedwerk template: %zu errors, no template written\n",
	 "goedwerk template: %zu fouten, geen sjabloon geschreven\n"},
	{"goedwerk template: no card set to make a template for\n",
	 "goedwerk template: geen kaartenset om een sjabloon voor te maken\n"},
	{"goedwerk: %s has schema version %d; this goedwerk knows up to %d (use a newer "
	 "goedwerk)\n",
	 "goedwerk: %s heeft schemaversie %d; deze goedwerk kent versies tot en met %d "
	 "(gebruik een nieuwere goedwerk)\n"},
	{"goedwerk: %s is %s, not a goedwerk store (name a store file with --db)\n",
	 "goedwerk: %s is %s, geen database van goedwerk (geef met --db een "
	 "databasebestand)\n"},
	{"goedwerk: %s is an SQLite database of another program, not a goedwerk store "
	 "(application_id 0x%08X, expected 0x%08X); name a goedwerk store or a new file "
	 "with --db\n",
	 "goedwerk: %s is een SQLite-database van een ander programma, geen database "
	 "van goedwerk (application_id 0x%08X, verwacht: 0x%08X); geef met --db een "
	 "database van goedwerk of een nieuw bestand\n"},
	{"goedwerk: %s is not a goedwerk store (it is not an SQLite database); name a "
	 "goedwerk store or a new file with --db\n",
	 "goedwerk: %s is geen database van goedwerk (het is geen SQLite-database); "
	 "geef met --db een database van goedwerk of een nieuw bestand\n"},
	{"goedwerk: %s is not a goedwerk store: %s\n",
	 "goedwerk: %s is geen database van goedwerk: %s\n"},
	{"goedwerk: %zu more errors not shown\n",
	 "goedwerk: nog %zu fouten, niet getoond\n"},
	{"goedwerk: %zu of %zu counts left empty (fewer than %d people, or they would "
	 "give such a count away); --show-small shows them to the data owner\n",
	 "goedwerk: %zu van de %zu aantallen leeg gelaten (minder dan %d personen, of "
	 "ze zouden zo'n aantal verraden); --show-small toont ze aan de eigenaar van de "
	 "gegevens\n"},
	{"goedwerk: --show-small: counts of fewer than %d people are shown; this "
	 "listing is for the data owner, do not pass it on\n",
	 "goedwerk: --show-small: aantallen van minder dan %d personen worden getoond; "
	 "dit overzicht is voor de eigenaar van de gegevens, geef het niet door\n"},
	{"goedwerk: cannot add column %s to %s: %s\n",
	 "goedwerk: kan kolom %s niet toevoegen aan %s: %s\n"},
	{"goedwerk: cannot create %s\n",
	 "goedwerk: kan %s niet aanmaken\n"},
	{"goedwerk: cannot create %s: %s\n",
	 "goedwerk: kan %s niet aanmaken: %s\n"},
	{"goedwerk: cannot create the store %s: %s\n",
	 "goedwerk: kan de database %s niet aanmaken: %s\n"},
	{"goedwerk: cannot migrate %s to schema version %d: %s\n",
	 "goedwerk: kan %s niet omzetten naar schemaversie %d: %s\n"},
	{"goedwerk: cannot open the store %s: %s\n",
	 "goedwerk: kan de database %s niet openen: %s\n"},
	{"goedwerk: cannot read the store %s: %s\n",
	 "goedwerk: kan de database %s niet lezen: %s\n"},
	{"goedwerk: cannot write %s\n",
	 "goedwerk: kan %s niet schrijven\n"},
	{"goedwerk: cannot write %s/provenance.json\n",
	 "goedwerk: kan %s/provenance.json niet schrijven\n"},
	{"goedwerk: cannot write %s/report.html\n",
	 "goedwerk: kan %s/report.html niet schrijven\n"},
	{"goedwerk: cannot write %s: %s\n",
	 "goedwerk: kan %s niet schrijven: %s\n"},
	{"goedwerk: cannot write chart %s in %s\n",
	 "goedwerk: kan grafiek %s niet schrijven in %s\n"},
	{"goedwerk: no store at %s (ingest a bundle first, or name one with --db)\n",
	 "goedwerk: geen database in %s (lees eerst een bundel in met ingest, of geef "
	 "er een met --db)\n"},
	{"goedwerk: table %s has %zu rows, more than an Excel sheet holds (%d); it is "
	 "complete in tables/%s.csv\n",
	 "goedwerk: tabel %s heeft %zu regels, meer dan een werkblad van Excel kan "
	 "bevatten (%d); de tabel staat volledig in tables/%s.csv\n"},
	{"goedwerk: table %s: cannot write its sheet: %s\n",
	 "goedwerk: tabel %s: kan het werkblad niet schrijven: %s\n"},
	{"goedwerk: the folder of the store %s is read-only (SQLite keeps a journal "
	 "beside the store while it writes); nothing was written\n",
	 "goedwerk: de map van de database %s is alleen-lezen (SQLite houdt tijdens het "
	 "schrijven een logboek naast de database bij); er is niets geschreven\n"},
	{"goedwerk: the store %s is in use (another program holds it for more than %d "
	 "seconds); nothing was written, try again when it is done\n",
	 "goedwerk: de database %s is in gebruik (een ander programma houdt hem al "
	 "langer dan %d seconden vast); er is niets geschreven, probeer het opnieuw als "
	 "dat klaar is\n"},
	{"goedwerk: the store %s is read-only (%s); nothing was written\n",
	 "goedwerk: de database %s is alleen-lezen (%s); er is niets geschreven\n"},
	{"goedwerk: unknown command '%s' (expected one of:",
	 "goedwerk: onbekende opdracht '%s' (verwacht: een van"},
	{"internal error",
	 "interne fout"},
	{"is %s",
	 "is %s"},
	{"is %s, not a regular file (expected a CSV file)",
	 "is %s, geen gewoon bestand (verwacht: een CSV-bestand)"},
	{"is a device, not a regular file",
	 "is een apparaat, geen gewoon bestand"},
	{"is a folder, not a regular file",
	 "is een map, geen gewoon bestand"},
	{"is a named pipe, not a regular file",
	 "is een pijp (named pipe), geen gewoon bestand"},
	{"is a socket, not a regular file",
	 "is een socket, geen gewoon bestand"},
	{"is a symbolic link to a file outside the bundle (expected a file in the "
	 "bundle folder: copy it in)",
	 "is een snelkoppeling naar een bestand buiten de bundel (verwacht: een bestand "
	 "in de map van de bundel; kopieer het daarheen)"},
	{"is a symbolic link, not a regular file",
	 "is een snelkoppeling (symbolische link), geen gewoon bestand"},
	{"is nl or en",
	 "is nl of en"},
	{"is not a regular file",
	 "is geen gewoon bestand"},
	{"is not understood",
	 "wordt niet begrepen"},
	{"list one thing at a time, not '%s' and '%s'",
	 "som één ding tegelijk op, niet '%s' en '%s'"},
	{"missing column '%s' (expected card and category columns in long form, or one "
	 "column per card in wide form)",
	 "kolom '%s' ontbreekt (verwacht: de kolommen card en category, of één kolom "
	 "per kaart)"},
	{"missing column '%s' (expected the columns %s)",
	 "kolom '%s' ontbreekt (verwacht: de kolommen %s)"},
	{"more than one of age_band, age and birth_year (expected one)",
	 "meer dan één van age_band, age en birth_year ingevuld (verwacht: één)"},
	{"name a bundle folder or its files",
	 "geef de map van een bundel of de bestanden daarin"},
	{"name one command",
	 "geef één opdracht"},
	{"name the folder to write with --out DIR",
	 "geef met --out MAP de map waarin geschreven wordt"},
	{"name the trajecten to export (see 'goedwerk list trajecten')",
	 "geef de trajecten die geëxporteerd moeten worden (zie 'goedwerk list "
	 "trajecten')"},
	{"name the trajecten to remove (see 'goedwerk list trajecten')",
	 "geef de trajecten die verwijderd moeten worden (zie 'goedwerk list trajecten')"},
	{"names a second unit at most",
	 "noemt hoogstens een tweede eenheid"},
	{"no %s '%s' is stored ('goedwerk list %s' shows them)",
	 "geen %s '%s' opgeslagen ('goedwerk list %s' toont wat er is)"},
	{"no %s '%s' is stored (nearest: %s)",
	 "geen %s '%s' opgeslagen (bedoelt u misschien: %s)"},
	{"no %s '%s' is stored (the store holds none)",
	 "geen %s '%s' opgeslagen (de database bevat er geen)"},
	{"no OUT.xlsx given",
	 "geen OUT.xlsx opgegeven"},
	{"no association test could be computed (dilemma_association says why per test)",
	 "geen enkele samenhangstoets kon worden berekend (dilemma_association zegt per toets waarom)"},
	{"no bundle given",
	 "geen bundel opgegeven"},
	{"no card columns (expected card and category columns, or one column per card)",
	 "geen kolommen met kaarten (verwacht: de kolommen card en category, of één "
	 "kolom per kaart)"},
	{"no case belongs to an organisation of the selection",
	 "geen casus hoort bij een organisatie van de selectie"},
	{"no common top belongs to a traject of the selection",
	 "geen gemeenschappelijke top hoort bij een traject van de selectie"},
	{"no common tops of tables in the selection (group_tops.csv)",
	 "geen gemeenschappelijke toppen van tafels in de selectie (group_tops.csv)"},
	{"no dilemma cases in the selection",
	 "geen dilemma-casussen in de selectie"},
	{"no exchange sort has an individual sort of the same person and perspective at or before its session",
	 "geen sortering na de uitwisseling heeft een individuele sortering van dezelfde persoon en hetzelfde perspectief in dezelfde of een eerdere sessie"},
	{"no exchange sorts in the selection",
	 "geen sorteringen na de uitwisseling in de selectie"},
	{"no factor analysis",
	 "geen factoranalyse"},
	{"no factor has defining sorts",
	 "geen factor heeft bepalende sorteringen"},
	{"no factor has two groups of --min-cell people",
	 "geen factor heeft twee groepen van ten minste --min-cell mensen"},
	{"no header row (expected a header row)",
	 "geen kopregel (verwacht: een kopregel)"},
	{"no individual sorts in the selection to compare the exchange sorts with",
	 "geen individuele sorteringen in de selectie om de sorteringen na de uitwisseling mee te vergelijken"},
	{"no individual sorts of the personal perspective in the selection",
	 "geen individuele sorteringen vanuit het persoonlijke perspectief in de selectie"},
	{"no individual sorts of the professional perspective in the selection",
	 "geen individuele sorteringen vanuit het professionele perspectief in de selectie"},
	{"no organisation or group of --min-cell people",
	 "geen organisatie of groep van ten minste --min-cell mensen"},
	{"no sheet of the workbook is named like a bundle file (expected sheets such as "
	 "trajecten, deelnemers, sorteringen)",
	 "geen werkblad van de werkmap heeft de naam van een bestand van een bundel "
	 "(verwacht: werkbladen zoals trajecten, deelnemers, sorteringen)"},
	{"no sorts %s are stored (no stored sort has a date)",
	 "geen sorteringen %s opgeslagen (geen opgeslagen sortering heeft een datum)"},
	{"no sorts %s are stored (the stored years: %s)",
	 "geen sorteringen %s opgeslagen (de opgeslagen jaren: %s)"},
	{"no sorts file among the files given (expected sorts.csv)",
	 "geen bestand met sorteringen bij de opgegeven bestanden (verwacht: sorts.csv)"},
	{"no sorts file in the bundle (expected sorts.csv)",
	 "geen bestand met sorteringen in de bundel (verwacht: sorts.csv)"},
	{"no sorts: the file has a header and no rows (expected at least one sort)",
	 "geen sorteringen: het bestand heeft een kopregel en verder niets (verwacht: "
	 "minstens één sortering)"},
	{"no tag, pillar or axis to test",
	 "geen label, pijler of as om te toetsen"},
	{"nobody has both a professional and a personal individual sort",
	 "niemand heeft zowel een professionele als een persoonlijke individuele sortering"},
	{"not UTF-8, read as Windows-1252 and converted to UTF-8",
	 "geen UTF-8; gelezen als Windows-1252 en omgezet naar UTF-8"},
	{"not a file",
	 "geen bestand"},
	{"not a regular file",
	 "geen gewoon bestand"},
	{"nothing",
	 "niets"},
	{"nothing in the selection to compute it from",
	 "niets in de selectie om het uit te berekenen"},
	{"ok: %zu trajecten, %zu participants, %zu sorts, %zu dilemmas\n",
	 "in orde: %zu trajecten, %zu deelnemers, %zu sorteringen, %zu dilemma's\n"},
	{"one factor: no pair of factors to compare",
	 "één factor: geen paar factoren om te vergelijken"},
	{"org type",
	 "soort organisatie"},
	{"organisation",
	 "organisatie"},
	{"out of memory",
	 "geheugen vol"},
	{"participant '%s' looks like a personal name (expected a pseudonym such as "
	 "p017: if it is a name, replace it by a code)",
	 "deelnemer '%s' lijkt op de naam van een persoon (verwacht: een pseudoniem "
	 "zoals p017; is het een naam, vervang die dan door een code)"},
	{"participant given twice in traject '%s' (expected a pseudonym unique within "
	 "its traject; first at %s)",
	 "deelnemer staat twee keer in traject '%s' (verwacht: elk pseudoniem één keer "
	 "per traject; eerst op %s)"},
	{"perspective '%s' (expected professional or personal; ambtenaar or mens)",
	 "perspectief '%s' (verwacht: professional of personal; ambtenaar of mens)"},
	{"phase '%s' (expected individual or exchange; individueel or na_uitwisseling)",
	 "fase '%s' (verwacht: individual of exchange; individueel of na_uitwisseling)"},
	{"pillar '%s' (expected excellence, ethics or engagement)",
	 "pijler '%s' (verwacht: excellence, ethics of engagement)"},
	{"rank %ld given twice for table '%s' (expected each rank once)",
	 "rang %ld staat twee keer bij tafel '%s' (verwacht: elke rang één keer)"},
	{"rank '%s' (expected 1, 2, 3 or 4)",
	 "rang '%s' (verwacht: 1, 2, 3 of 4)"},
	{"rank '%s' without a card (expected rank and card both empty for a table "
	 "without consensus)",
	 "rang '%s' zonder kaart (verwacht: rang en kaart allebei leeg bij een tafel "
	 "zonder overeenstemming)"},
	{"report: %s/report.html\n",
	 "rapport: %s/report.html\n"},
	{"row has %zu fields (expected %zu, one per header column)",
	 "regel heeft %zu velden (verwacht: %zu, één per kolom van de kopregel)"},
	{"scale counts of set '%s' add up to %ld (expected %zu, the number of cards)",
	 "de aantallen van de schaal van kaartenset '%s' tellen op tot %ld (verwacht: "
	 "%zu, het aantal kaarten)"},
	{"scale of card set '%s' differs from the built-in one (expected the same "
	 "categories, labels and counts, or another name for the set)",
	 "de schaal van kaartenset '%s' wijkt af van de ingebouwde schaal (verwacht: "
	 "dezelfde stapels, namen en aantallen, of een andere naam voor de set)"},
	{"scale of card set '%s' differs from the one in %s:%ld (expected the same "
	 "categories, labels and counts in every bundle, or another name)",
	 "de schaal van kaartenset '%s' wijkt af van die in %s:%ld (verwacht: "
	 "dezelfde stapels, namen en aantallen in elke bundel, of een andere naam)"},
	{"scale of card set '%s' differs from the one in the store (expected the same "
	 "categories, labels and counts, or another name for the set)",
	 "de schaal van kaartenset '%s' wijkt af van die in de database (verwacht: "
	 "dezelfde stapels, namen en aantallen, of een andere naam voor de set)"},
	{"scale of set '%s' gives a count for %zu of %zu categories (expected a count "
	 "for all of them or none)",
	 "de schaal van kaartenset '%s' geeft een aantal voor %zu van de %zu stapels "
	 "(verwacht: een aantal voor alle stapels of voor geen enkele)"},
	{"scale of set '%s' skips from %d to %d (expected a contiguous range of "
	 "categories)",
	 "de schaal van kaartenset '%s' springt van %d naar %d (verwacht: stapels "
	 "zonder gat ertussen)"},
	{"scale of unknown card set '%s' (expected a set of cards.csv)",
	 "schaal van onbekende kaartenset '%s' (verwacht: een kaartenset uit cards.csv)"},
	{"session '%s' (expected a number or a date)",
	 "sessie '%s' (verwacht: een nummer of een datum)"},
	{"sort breaks the forced distribution: %d cards in category %d (expected at "
	 "most %d)",
	 "de sortering houdt zich niet aan de vaste verdeling: %d kaarten op stapel %d "
	 "(verwacht: hoogstens %d)"},
	{"sort given twice: same participant, session, phase, perspective and card set "
	 "(expected one row per sort; first at %s)",
	 "sortering staat twee keer in het bestand: dezelfde deelnemer, sessie, fase, "
	 "perspectief en kaartenset (verwacht: één regel per sortering; eerst op %s)"},
	{"storing",
	 "opslaan"},
	{"stray double quote (expected quotes only around a whole field, doubled inside "
	 "it)",
	 "los aanhalingsteken (verwacht: aanhalingstekens alleen om een heel veld, en "
	 "verdubbeld daarbinnen)"},
	{"table: %s/tables/%s.csv (%zu sorts)\n",
	 "tabel: %s/tables/%s.csv (%zu sorteringen)\n"},
	{"tables: %s/tables%s (%zu tables, %zu sorts)\n",
	 "tabellen: %s/tables%s (%zu tabellen, %zu sorteringen)\n"},
	{"tag '%s' differs from the one in %s:%ld (expected the same label, pillar and "
	 "axis in every bundle, or another tag)",
	 "tag '%s' wijkt af van die in %s:%ld (verwacht: dezelfde omschrijving, "
	 "pijler en as in elke bundel, of een andere tag)"},
	{"tag '%s' differs from the stored one (expected the same label, pillar and "
	 "axis as in the store, or another tag)",
	 "tag '%s' wijkt af van de opgeslagen tag (verwacht: dezelfde omschrijving, "
	 "pijler en as als in de database, of een andere tag)"},
	{"tag '%s' given twice (expected each tag once per case)",
	 "tag '%s' staat twee keer (verwacht: elke tag één keer per casus)"},
	{"tag '%s' given twice in codebook '%s', differently (expected one row per tag)",
	 "tag '%s' staat twee keer in codeboek '%s', verschillend (verwacht: één regel "
	 "per tag)"},
	{"tag '%s' given twice, differently (expected one row per tag)",
	 "tag '%s' staat twee keer, verschillend (verwacht: één regel per tag)"},
	{"tag '%s' of codebook '%s' differs from the one in %s:%ld (expected the same "
	 "label, pillar, axis and canonical in every bundle, or another codebook name)",
	 "tag '%s' van codeboek '%s' wijkt af van die in %s:%ld (verwacht: dezelfde "
	 "omschrijving, pijler, as en canonical in elke bundel, of een andere naam "
	 "voor het codeboek)"},
	{"tags joined by '%c' in '%s' (expected codes joined by '|': %s)",
	 "tags gescheiden door '%c' in '%s' (verwacht: codes gescheiden door '|': %s)"},
	{"takes a folder name",
	 "neemt de naam van een map"},
	{"takes a number between 0 and 1",
	 "neemt een getal tussen 0 en 1"},
	{"takes a whole number from %ld to %ld",
	 "neemt een geheel getal van %ld tot en met %ld"},
	{"takes a whole number from 0 to 4294967295",
	 "neemt een geheel getal van 0 tot en met 4294967295"},
	{"takes the path of a store",
	 "neemt het pad van een database"},
	{"takes the word rest",
	 "neemt het woord rest"},
	{"template: %s (%zu cards, %zu piles, %zu tags)\n",
	 "sjabloon: %s (%zu kaarten, %zu stapels, %zu tags)\n"},
	{"the cell holds the Excel error %s (expected a value)",
	 "de cel bevat de Excel-fout %s (verwacht: een waarde)"},
	{"the cell is a date Excel cannot show (serial %s; expected a date from 1900 on)",
	 "de cel is een datum die Excel niet kan tonen (volgnummer %s; verwacht: een "
	 "datum vanaf 1900)"},
	{"the codebook has no tags",
	 "het codeboek heeft geen labels"},
	{"the file is UTF-16 (expected UTF-8 or Windows-1252)",
	 "het bestand is UTF-16 (verwacht: UTF-8 of Windows-1252)"},
	{"the selection has no cards",
	 "de selectie heeft geen kaarten"},
	{"the selection has no sorts",
	 "de selectie heeft geen sorteringen"},
	{"the store %s is in use (another program holds it for more than %d seconds); "
	 "try again when it is done",
	 "de database %s is in gebruik (een ander programma houdt hem al langer dan %d "
	 "seconden vast); probeer het opnieuw als dat klaar is"},
	{"the template is an .xlsx file, not '%s'",
	 "het sjabloon is een .xlsx-bestand, niet '%s'"},
	{"the workbook has no sheets (expected a sheet per file)",
	 "de werkmap heeft geen werkbladen (verwacht: een werkblad per bestand)"},
	{"traject",
	 "traject"},
	{"traject '%s' given twice, differently (expected one row per traject)",
	 "traject '%s' staat twee keer, verschillend (verwacht: één regel per traject)"},
	{"traject '%s' is already stored with other data (use --replace to replace it)",
	 "traject '%s' is al opgeslagen met andere gegevens (gebruik --replace om het "
	 "te vervangen)"},
	{"traject '%s' is not stored (nearest: %s; see 'goedwerk list trajecten')",
	 "traject '%s' is niet opgeslagen (bedoelt u misschien: %s; zie 'goedwerk list "
	 "trajecten')"},
	{"traject '%s' is not stored (see 'goedwerk list trajecten')",
	 "traject '%s' is niet opgeslagen (zie 'goedwerk list trajecten')"},
	{"undefined for these sorts",
	 "niet te bepalen voor deze sorteringen"},
	{"unexpected argument '%s'",
	 "onverwacht argument '%s'"},
	{"unknown card '%s' (expected a card of set '%s'%s)",
	 "onbekende kaart '%s' (verwacht: een kaart van kaartenset '%s'%s)"},
	{"unknown card set '%s' (expected a set of cards.csv or 'goedwerk-30')",
	 "onbekende kaartenset '%s' (verwacht: een kaartenset uit cards.csv of "
	 "'goedwerk-30')"},
	{"unknown codebook",
	 "onbekend codeboek"},
	{"unknown column '%s' (expected a sort column or a card id or label_nl of a "
	 "card set%s)",
	 "onbekende kolom '%s' (verwacht: een kolom van de sortering, of de code of "
	 "label_nl van een kaart%s)"},
	{"unknown column '%s' ignored (expected a sort column%s)",
	 "onbekende kolom '%s' overgeslagen (verwacht: een kolom van de sortering%s)"},
	{"unknown column '%s' ignored (expected one of %s%s)",
	 "onbekende kolom '%s' overgeslagen (verwacht: een van %s%s)"},
	{"unknown command '%s'",
	 "onbekende opdracht '%s'"},
	{"unknown file name (expected one of %s; or in Dutch %s)",
	 "onbekende bestandsnaam (verwacht: een van %s; of in het Nederlands %s)"},
	{"unknown option '%s'",
	 "onbekende optie '%s'"},
	{"unknown option '%s' (did you mean --%s or --%s?)",
	 "onbekende optie '%s' (bedoelt u --%s of --%s?)"},
	{"unknown option '%s' (did you mean --%s?)",
	 "onbekende optie '%s' (bedoelt u --%s?)"},
	{"unknown participant",
	 "onbekende deelnemer"},
	{"unknown sheet name (expected one of %s; or in Dutch %s; or instructies, "
	 "lijsten)",
	 "onbekende naam van een werkblad (verwacht: een van %s; of in het Nederlands "
	 "%s; of instructies, lijsten)"},
	{"unknown tag",
	 "onbekende tag"},
	{"unknown traject '%s' (expected a traject of trajecten.csv%s)",
	 "onbekend traject '%s' (verwacht: een traject uit trajecten.csv%s)"},
	{"unterminated quoted field (expected a closing double quote)",
	 "veld met een openend aanhalingsteken zonder sluitend (verwacht: een sluitend "
	 "aanhalingsteken)"},
	{"up to %d",
	 "tot en met %d"},
	{"value in a column without a name (expected a header name)",
	 "waarde in een kolom zonder naam (verwacht: een naam in de kopregel)"},
	{"warning: ",
	 "waarschuwing: "},
	{"write failed (is the disk full?)",
	 "schrijven mislukt (is de schijf vol?)"},
};
const size_t msg_catalogue_nl_len = sizeof msg_catalogue_nl / sizeof *msg_catalogue_nl;
