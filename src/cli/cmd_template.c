/* cmd_template.c - `goedwerk template OUT.xlsx [FILE...]`: the data-entry
 * workbook for a traject (output_write_template).  Its cards and piles are
 * the built-in set, or the set of a cards.csv and scale.csv given; its tags
 * those of a codebook.csv given.  The files are validated as by check. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "goedwerk/bundle.h"
#include "goedwerk/diag.h"
#include "goedwerk/ingest.h"
#include "goedwerk/output.h"
#include "commands.h"

static const char usage[] =
	"usage: goedwerk template OUT.xlsx [cards.csv scale.csv codebook.csv]\n"
	"\n"
	"Write a workbook to type paper cards into: sheets trajecten, deelnemers,\n"
	"sorteringen (a column per card, a drop-down of the piles), groepstoppen and\n"
	"casussen (a drop-down of the codebook's tags), with instructions in Dutch.\n"
	"The cards are the built-in set unless cards.csv and scale.csv are given; the\n"
	"tags come from codebook.csv when given.  Read it back with\n"
	"'goedwerk check OUT.xlsx' and 'goedwerk ingest OUT.xlsx'.\n";

/* The set the template is for: the first one from a file, else the default. */
static const struct bundle_card_set *template_set(const struct bundle *b)
{
	for (size_t i = 0; i < b->n_card_sets; i++)
		if (b->card_sets[i].from_file)
			return &b->card_sets[i];
	return bundle_find_card_set(b, BUNDLE_DEFAULT_CARD_SET);
}

static enum gw_status write(const char *out, const struct bundle *b)
{
	const struct bundle_card_set *cs = template_set(b);
	if (!cs || !cs->n_cards) {
		fprintf(stderr, "goedwerk template: no card set to make a template for\n");
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
		printf("template: %s (%zu cards, %zu piles, %zu tags)\n", out, cs->n_cards, cs->n_scale, n);
	return st;
}

enum gw_status cmd_template(int argc, char **argv)
{
	if (argc > 1 && cli_is_help(argv[1])) {
		fputs(usage, stdout);
		return GW_OK;
	}
	if (argc < 2)
		return cli_usage_error("template", "no OUT.xlsx given");
	if (argv[1][0] == '-')
		return cli_usage_error("template", "unknown option '%s'", argv[1]);
	size_t len = strlen(argv[1]);
	if (len < 5 || strcmp(argv[1] + len - 5, ".xlsx") != 0)
		return cli_usage_error("template", "the template is an .xlsx file, not '%s'", argv[1]);
	struct ingest_options opt;
	ingest_options_default(&opt);
	opt.reference_only = 1;
	struct bundle b;
	struct diag d;
	bundle_init(&b);
	diag_init(&d);
	enum gw_status st = ingest_read((const char *const *)argv + 2, (size_t)argc - 2, &opt, &b, &d);
	diag_print(&d, stderr);
	if (st == GW_OK && d.n_errors) {
		fprintf(stderr, "goedwerk template: %zu error%s, no template written\n", d.n_errors,
			d.n_errors == 1 ? "" : "s");
		st = GW_EDATA;
	}
	if (st == GW_OK)
		st = write(argv[1], &b);
	diag_free(&d);
	bundle_free(&b);
	return st;
}
