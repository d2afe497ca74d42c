/* commands.c - the command table, the one registry of commands.  To add a
 * command: one row here (its option groups, its help), one cmd_NAME in its
 * own file, its declaration in commands.h. */
#include <string.h>
#include "goedwerk/cli.h"
#include "commands.h"

#define SELECTING (CLI_OUTPUT | CLI_SELECT | CLI_PRIVACY)

const struct cli_command cli_commands[] = {
	{"check", "validate a bundle, report every problem, change nothing", "BUNDLE...",
	 "Validate bundles (folders of CSV files, or the files one by one) and report\n"
	 "every problem as FILE:LINE:COLUMN: message.  Nothing is stored.\n"
	 "Exit status: 0 valid, 1 the data has errors, 2 bad command line.\n",
	 CLI_READ, cmd_check, NULL},
	{"ingest", "validate a bundle and store it (one transaction)", "BUNDLE...",
	 "Validates the bundle (folders of CSV files, or files) and stores it in\n"
	 "one transaction.  With any error nothing is stored and every problem is\n"
	 "listed as FILE:LINE:COLUMN.  The same bundle again changes nothing; a\n"
	 "traject stored with other data is refused unless --replace.\n",
	 CLI_READ | CLI_INGEST | CLI_CHANGE, cmd_ingest, NULL},
	{"remove", "delete stored trajecten, all their data (one transaction)", "TRAJECT...",
	 "Deletes the trajecten from the store in one transaction: their details,\n"
	 "participants, sorts, group tops and dilemmas.  Card sets and codebooks\n"
	 "stay.  When one of them is not stored, nothing is removed.\n",
	 CLI_CHANGE, cmd_remove, NULL},
	{"export", "write stored trajecten back as a bundle that ingests to the same store",
	 "--out DIR TRAJECT...",
	 "Writes the stored trajecten as a bundle into the new folder DIR:\n"
	 "trajecten.csv, participants.csv, sorts.csv (long form), group_tops.csv,\n"
	 "dilemmas.csv, and the card sets and codebooks they use.  Ingesting DIR\n"
	 "into an empty store gives the same store.\n",
	 CLI_OUTPUT, cmd_export, NULL},
	{"list", "what is stored: trajecten, cards, tags; people counted by organisation, group, table",
	 "[trajecten|cards|tags|participants|organisations|groups|tables]",
	 "Prints what is stored as tab-separated columns with a header line\n"
	 "(default: trajecten).  participants are counts per traject, group, role\n"
	 "and age band; organisations per organisation and org type; groups per\n"
	 "traject and group; tables per table of the exchange (traject, group,\n"
	 "session, table: the people whose sorts name it).  Pseudonyms are never\n"
	 "shown, and a count of fewer than --min-cell people (default 5), or one\n"
	 "that would give such a count away, is left empty with the reason in the\n"
	 "note column.\n",
	 CLI_LIST | CLI_PRIVACY, cmd_list, NULL},
	{"analyse", "compute every table and write it as CSV", NULL,
	 "Computes every table and writes OUT/tables/NAME.csv (OUT default: out).\n"
	 "Probabilities are fractions (0..1); numbers at full precision with a\n"
	 "decimal point (--decimal-comma: decimal comma and ';' between fields).\n"
	 "Rows describing fewer than --min-cell people are left empty and marked in\n"
	 "the 'suppressed' column; 'note' says why a cell is empty.\n",
	 SELECTING | CLI_FORMAT | CLI_TABLES | CLI_JOBS | CLI_ONE, cmd_analyse, analyse_help_tables},
	{"report", "tables, charts and an HTML evaluation report", NULL,
	 "Writes OUT/tables/*.csv, OUT/charts/*.{svg,png,pdf}, OUT/report.html (one\n"
	 "self-contained file) and OUT/provenance.json (OUT default: out).\n"
	 "The report is in Dutch unless --lang en.  The same store, options and\n"
	 "--seed give byte-identical files.\n",
	 SELECTING | CLI_TABLES | CLI_REPORT | CLI_JOBS, cmd_report, NULL},
	{"template", "a workbook to type paper cards into (xlsx), readable as a bundle",
	 "OUT.xlsx [cards.csv scale.csv codebook.csv]",
	 "Write a workbook to type paper cards into: sheets trajecten, deelnemers,\n"
	 "sorteringen (a column per card, a drop-down of the piles), groepstoppen and\n"
	 "casussen (a drop-down of the codebook's tags), with instructions in Dutch.\n"
	 "The cards are the built-in set unless cards.csv and scale.csv are given; the\n"
	 "tags come from codebook.csv when given.  Read it back with\n"
	 "'goedwerk check OUT.xlsx' and 'goedwerk ingest OUT.xlsx'.\n",
	 0, cmd_template, NULL},
	{"compare", "two organisations, groups, roles or trajecten side by side, or one against the rest",
	 "UNIT UNIT | UNIT --against rest",
	 "UNIT is --organisation NAME, --group TRAJECT/GROUP, --role ROLE or\n"
	 "--unit-traject ID (both of one kind).  Writes OUT/tables/compare.csv and\n"
	 "OUT/compare.html: per card both value profiles and the difference, with\n"
	 "95% intervals, Mann-Whitney, Cliff's delta and BH q (OUT default: out).\n",
	 SELECTING | CLI_UNITS, cmd_compare, NULL},
	{"factors", "viewpoint typology: by-person (Q-method) factor analysis", NULL,
	 "By-person (Q-method) factor analysis of the selected complete sorts: Pearson\n"
	 "correlation between sorts, extraction, rotation, automatic flagging as the R\n"
	 "package qmethod (|loading| > 1.96/sqrt(cards) and loading^2 > the sort's other\n"
	 "squared loadings), factor z-scores and arrays, distinguishing and consensus\n"
	 "cards, and the composition of each factor's defining sorts; written as\n"
	 "OUT/tables/factor_*.csv.\n"
	 "\n"
	 "Sorts: --phase individual --perspective professional unless the selection\n"
	 "names a phase or perspective (one sort per person).\n"
	 "Factors are ordered by explained variance after rotation.  Sign convention: a\n"
	 "factor whose defining loadings are mostly negative is flipped (flipped = 1 in\n"
	 "factor_characteristics.csv), so that its array is the viewpoint its defining\n"
	 "people sorted.  This departs from qmethod 1.8.4 on purpose: qmethod weights\n"
	 "such sorts negatively and shows the mirror image (Lipset, PCA unrotated, 3\n"
	 "factors: factor 3 rests on FR9 alone, loading -0.51; FR9 put sta_1 at +3,\n"
	 "qmethod's array puts it at -3, goedwerk's at +3), and the distinguishing and\n"
	 "consensus cards follow the sign; --qmethod-compat gives qmethod's numbers.\n"
	 "Factor arrays: equal z-scores are ranked in card order.  Sorts that leave a\n"
	 "card out are left out (counted on stderr).\n",
	 SELECTING | CLI_FACTORS, cmd_factors, NULL},
	{"help", "the help of a command: goedwerk help COMMAND", "[COMMAND]",
	 "Prints the help of COMMAND, as `goedwerk COMMAND --help` does.\n", CLI_MANUAL, cmd_help,
	 NULL},
};
const size_t cli_commands_len = sizeof cli_commands / sizeof cli_commands[0];

const struct cli_command *cli_command_find(const char *name)
{
	for (size_t i = 0; i < cli_commands_len; i++)
		if (strcmp(name, cli_commands[i].name) == 0)
			return &cli_commands[i];
	return NULL;
}

enum gw_status cmd_help(struct cli_args *a)
{
	const struct cli_command *c = NULL;
	if (a->man && a->n_operands)
		return cli_usage_error("help", "--man is the page of every command; name none");
	if (a->man) {
		cli_man(stdout);
		return GW_OK;
	}
	if (a->n_operands > 1)
		return cli_usage_error("help", "name one command");
	if (a->n_operands && !(c = cli_command_find(a->operands[0])))
		return cli_usage_error("help", "unknown command '%s'", a->operands[0]);
	cli_help(c, stdout);
	return GW_OK;
}
