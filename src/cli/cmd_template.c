/* cmd_template.c - `goedwerk template OUT.xlsx [FILE...]`: the data-entry
 * workbook for a traject (output_write_template).  Its cards and piles are
 * the built-in set, or the set of a cards.csv and scale.csv given; its tags
 * those of a codebook.csv given.  The files are validated as by check. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/messages.h"
#include "goedwerk/alloc.h"
#include "goedwerk/bundle.h"
#include "goedwerk/diag.h"
#include "goedwerk/ingest.h"
#include "goedwerk/output.h"
#include "commands.h"

/* The set the template is for: the first one from a file, else the default. */
static const struct bundle_card_set *template_set(const struct bundle *b)
{
	for (size_t i = 0; i < b->n_card_sets; i++)
		if (b->card_sets[i].from_file)
			return &b->card_sets[i];
	return bundle_find_card_set(b, BUNDLE_DEFAULT_CARD_SET);
}

static enum gw_status write(const struct cli_args *a, const char *out, const struct bundle *b)
{
	const struct bundle_card_set *cs = template_set(b);
	if (!cs || !cs->n_cards) {
		fputs(msg_tr("goedwerk template: no card set to make a template for\n"), stderr);
		return GW_EDATA;
	}
	const char **tags = xmalloc((b->n_codebook + 1) * sizeof *tags);
	size_t n = 0;
	for (size_t i = 0; i < b->n_codebook; i++)
		if (strcmp(b->codebook[i].codebook, BUNDLE_DEFAULT_CODEBOOK) == 0)
			tags[n++] = b->codebook[i].tag;
	enum gw_status st = output_write_template(out, cs, tags, n, stderr);
	free(tags);
	if (st == GW_OK)
		cli_say(a, "template: %s (%zu cards, %zu piles, %zu tags)\n", out, cs->n_cards, cs->n_scale, n);
	return st;
}

enum gw_status cmd_template(struct cli_args *a)
{
	if (a->n_operands < 1)
		return cli_usage_error("template", "no OUT.xlsx given");
	size_t len = strlen(a->operands[0]);
	if (len < 5 || strcmp(a->operands[0] + len - 5, ".xlsx") != 0)
		return cli_usage_error("template", "the template is an .xlsx file, not '%s'", a->operands[0]);
	struct ingest_options opt;
	ingest_options_default(&opt);
	opt.reference_only = 1;
	struct bundle b;
	struct diag d;
	bundle_init(&b);
	diag_init(&d);
	enum gw_status st = ingest_read(a->operands + 1, a->n_operands - 1, &opt, &b, &d);
	diag_print(&d, stderr);
	if (st == GW_OK && d.n_errors) {
		fprintf(stderr, d.n_errors == 1 ? msg_tr("goedwerk template: %zu error, no template written\n")
				: msg_tr("goedwerk template: %zu errors, no template written\n"), d.n_errors);
		st = GW_EDATA;
	}
	if (st == GW_OK)
		st = write(a, a->operands[0], &b);
	diag_free(&d);
	bundle_free(&b);
	return st;
}
