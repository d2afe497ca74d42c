/* template.c - the data-entry workbook of `goedwerk template`: what the
 * Stichting fills in from the paper cards, readable as a bundle as it is
 * (sheets named like the file kinds in Dutch, headers the reader's Dutch
 * aliases).  Sorts in wide form: a column per card headed by its Dutch
 * label, each cell a drop-down of the piles; phases, perspectives, cards of
 * a group top and dilemma tags are drop-downs too, from the lijsten sheet.
 * Drop-downs warn rather than refuse: a number for a pile, or several tags
 * joined by '|', are fine (ingest checks every value). */
#include <stdio.h>
#include <string.h>
#include <xlsxwriter.h>
#include "goedwerk/messages.h"
#include "goedwerk/output.h"

#define ENTRY_ROWS 2000 /* rows that carry the drop-downs */
#define CARDS_MAX 256
#define PILES_MAX 32

struct tpl {
	lxw_workbook *wb;
	lxw_format *head, *date, *text, *wrap;
	lxw_error e;
};

static const char *const instructions[] = {
	"Goed Werk: invulblad voor een traject",
	"",
	"Vul de bladen trajecten, deelnemers, sorteringen, groepstoppen en casussen in;",
	"laat de kopregel (regel 1) staan zoals hij is. Lege bladen mogen leeg blijven.",
	"",
	"trajecten: één regel per traject (een korte naam zonder spaties, bijvoorbeeld hub-2024-utrecht).",
	"deelnemers: één regel per deelnemer, met een pseudoniem (nooit een naam of e-mailadres).",
	"sorteringen: één regel per sortering. Kies bij elke kaart de stapel uit de lijst",
	"  (of typ het nummer van de stapel); laat een kaart leeg als zij niet gelegd is.",
	"  fase: individueel of na uitwisseling; perspectief: ambtenaar of mens.",
	"  datum: zoals Excel hem schrijft (14-3-2017) of 2017-03-14.",
	"groepstoppen: de gezamenlijke top van een tafel, één regel per kaart (rang 1 tot 4).",
	"casussen: één regel per dilemma; codes uit de lijst, meer codes gescheiden door |.",
	"",
	"Controleer het ingevulde bestand met: goedwerk check DIT-BESTAND.xlsx",
	"en lees het in met: goedwerk ingest DIT-BESTAND.xlsx",
	"Meldingen noemen blad en cel, bijvoorbeeld sorteringen!M12.",
};

static void note(struct tpl *t, lxw_error e)
{
	if (!t->e)
		t->e = e;
}

static lxw_worksheet *sheet(struct tpl *t, const char *name, const char *const *cols, size_t n)
{
	lxw_worksheet *ws = workbook_add_worksheet(t->wb, name);
	if (!ws) {
		note(t, LXW_ERROR_MEMORY_MALLOC_FAILED);
		return NULL;
	}
	for (size_t j = 0; j < n; j++)
		note(t, worksheet_write_string(ws, 0, (lxw_col_t)j, cols[j], t->head));
	note(t, worksheet_set_column(ws, 0, (lxw_col_t)(n - 1), 16, t->text));
	worksheet_freeze_panes(ws, 1, 0);
	return ws;
}

/* A drop-down over rows 2..ENTRY_ROWS of columns c0..c1: from a list or a
 * range of the lijsten sheet. */
static void drop_down(struct tpl *t, lxw_worksheet *ws, lxw_col_t c0, lxw_col_t c1,
		      const char **list, const char *range, const char *message)
{
	lxw_data_validation v;
	memset(&v, 0, sizeof v);
	v.validate = list ? LXW_VALIDATION_TYPE_LIST : LXW_VALIDATION_TYPE_LIST_FORMULA;
	v.value_list = (char **)list; /* libxlsxwriter only reads it */
	v.value_formula = (char *)range;
	v.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;
	v.input_message = (char *)message;
	note(t, worksheet_data_validation_range(ws, 1, c0, ENTRY_ROWS, c1, &v));
}

/* The lists of the drop-downs, a column each on the last sheet. */
struct lists {
	const char *const *v[3];
	size_t n[3];
	char range[3][40];
};
static const char *const list_heads[3] = {"kaarten", "codes", "stapels"};

static void list_ranges(struct lists *l)
{
	for (int k = 0; k < 3; k++)
		snprintf(l->range[k], sizeof l->range[k], "=lijsten!$%c$2:$%c$%zu", 'A' + k, 'A' + k,
			 l->n[k] + 1);
}

static void write_lists(struct tpl *t, const struct lists *l)
{
	lxw_worksheet *ws = workbook_add_worksheet(t->wb, "lijsten");
	if (!ws)
		return note(t, LXW_ERROR_MEMORY_MALLOC_FAILED);
	for (lxw_col_t k = 0; k < 3; k++) {
		note(t, worksheet_write_string(ws, 0, k, list_heads[k], t->head));
		for (size_t i = 0; i < l->n[k]; i++)
			note(t, worksheet_write_string(ws, (lxw_row_t)i + 1, k, l->v[k][i], NULL));
	}
}

static void write_instructions(struct tpl *t)
{
	lxw_worksheet *ws = workbook_add_worksheet(t->wb, "instructies");
	if (!ws)
		return note(t, LXW_ERROR_MEMORY_MALLOC_FAILED);
	note(t, worksheet_set_column(ws, 0, 0, 110, NULL));
	for (size_t i = 0; i < sizeof instructions / sizeof *instructions; i++)
		note(t, worksheet_write_string(ws, (lxw_row_t)i, 0, instructions[i], i ? NULL : t->head));
}

static void write_sorts(struct tpl *t, const struct bundle_card_set *cs, const struct lists *l)
{
	static const char *const cols[] = {"traject", "deelnemer", "sessie", "fase", "perspectief",
					   "datum", "tafel"};
	static const char *phases[] = {"individueel", "na uitwisseling", NULL};
	static const char *views[] = {"ambtenaar", "mens", NULL};
	size_t nc = sizeof cols / sizeof *cols;
	lxw_worksheet *ws = sheet(t, "sorteringen", cols, nc);
	if (!ws)
		return;
	for (size_t k = 0; k < cs->n_cards; k++)
		note(t, worksheet_write_string(ws, 0, (lxw_col_t)(nc + k), cs->cards[k].label_nl, t->head));
	note(t, worksheet_set_column(ws, 5, 5, 12, t->date));
	note(t, worksheet_set_column(ws, (lxw_col_t)nc, (lxw_col_t)(nc + cs->n_cards - 1), 14, t->wrap));
	drop_down(t, ws, 3, 3, phases, NULL, "individueel of na uitwisseling");
	drop_down(t, ws, 4, 4, views, NULL, "ambtenaar (professioneel) of mens (persoonlijk)");
	drop_down(t, ws, (lxw_col_t)nc, (lxw_col_t)(nc + cs->n_cards - 1), NULL, l->range[2],
		  "de stapel van deze kaart (of het nummer van de stapel)");
}

static const char *const trajecten[] = {"traject", "organisatie", "org_type", "sector", "start",
					"end", "omschrijving"};
static const char *const deelnemers[] = {"traject", "deelnemer", "rol", "groep", "geslacht",
					 "leeftijd", "geboortejaar", "leeftijdsgroep"};
static const char *const tops[] = {"traject", "tafel", "rang", "kaart", "groep", "sessie"};
static const char *const casussen[] = {"traject", "casus", "tags", "groep", "sessie", "pijler",
				       "datum"};
#define SHEET(t, name, cols) sheet(t, name, cols, sizeof cols / sizeof *cols)

static void write_sheets(struct tpl *t, const struct bundle_card_set *cs, const struct lists *l)
{
	write_instructions(t);
	SHEET(t, "trajecten", trajecten);
	SHEET(t, "deelnemers", deelnemers);
	write_sorts(t, cs, l);
	lxw_worksheet *gt = SHEET(t, "groepstoppen", tops);
	if (gt)
		drop_down(t, gt, 3, 3, NULL, l->range[0], "een kaart van de gezamenlijke top");
	lxw_worksheet *dl = SHEET(t, "casussen", casussen);
	if (dl && l->n[1])
		drop_down(t, dl, 2, 2, NULL, l->range[1], "een code; meer codes gescheiden door |");
	write_lists(t, l);
}

enum gw_status output_write_template(const char *path, const struct bundle_card_set *cs,
				     const char *const *tags, size_t n_tags, FILE *err)
{
	struct tpl t = {workbook_new(path), NULL, NULL, NULL, NULL, LXW_NO_ERROR};
	if (!t.wb) {
		fprintf(err, msg_tr("goedwerk: cannot create %s\n"), path);
		return GW_EINTERNAL;
	}
	t.head = workbook_add_format(t.wb);
	format_set_bold(t.head);
	t.date = workbook_add_format(t.wb);
	format_set_num_format(t.date, "d-m-yyyy");
	t.text = workbook_add_format(t.wb);
	format_set_num_format(t.text, "@"); /* a pseudonym 007 stays 007 */
	t.wrap = workbook_add_format(t.wb);
	format_set_text_wrap(t.wrap);
	/* the piles by their Dutch label, or their number when they have none */
	const char *labels[CARDS_MAX], *piles[PILES_MAX];
	char numbers[PILES_MAX][12];
	size_t nl = cs->n_cards < CARDS_MAX ? cs->n_cards : CARDS_MAX;
	size_t np = cs->n_scale < PILES_MAX ? cs->n_scale : PILES_MAX;
	for (size_t k = 0; k < nl; k++)
		labels[k] = cs->cards[k].label_nl;
	for (size_t k = 0; k < np; k++) {
		snprintf(numbers[k], sizeof numbers[k], "%d", cs->scale[k].value);
		piles[k] = cs->scale[k].label_nl ? cs->scale[k].label_nl : numbers[k];
	}
	struct lists l = {{labels, tags, piles}, {nl, n_tags, np}, {{0}}};
	list_ranges(&l);
	write_sheets(&t, cs, &l);
	lxw_error closed = workbook_close(t.wb);
	if (t.e || closed) {
		fprintf(err, msg_tr("goedwerk: cannot write %s: %s\n"), path, lxw_strerror(t.e ? t.e : closed));
		remove(path);
		return GW_EINTERNAL;
	}
	return GW_OK;
}
