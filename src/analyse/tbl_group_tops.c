/* tbl_group_tops.c - group_tops.csv (per card: how many tables put it in
 * their common top, share of the tables that reached consensus, share of
 * the members' individual sorts with the card in the top category) and
 * group_tops_tables.csv (per traject: tables, consensus reached, mean
 * Jaccard of each common top with its members' individual top piles).
 * Members of a table: sorts with that DS_TABLE level, phase individual
 * (perspective professional when the data has it).  A card row describes
 * tables, but its share_in_individual_tops describes people (members);
 * the privacy engine hides it below --min-cell members, and suppresses
 * traject rows by their members; what the tables reached is shown only
 * over --min-cell tables or more (goedwerk/privacy.h, PRIVACY_TABLES). */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "empty.h"
#include "goedwerk/messages.h"
#include "group_tops.h"
#include "tables.h"

enum { C_CARD, C_LABEL, C_TABLES, C_SHARE_T, C_SHARE_I, C_MEMBERS, C_CONS, C_TOTAL };

static const struct column cols[] = {
	{"card", 1}, {"label_nl", 1}, {"tables", 0}, {"share_of_tables", 0},
	{"share_in_individual_tops", 0}, {"n_members", 0}, {"consensus_reached", 0},
	{"tables_total", 0}};

static const char *const spec[] = {"card", "tables", "share_of_tables",
				   "share_in_individual_tops", "consensus_reached", NULL};

/* One pass over the sorts, so that a million sorts and a hundred thousand
 * tables stay linear. */
int32_t *group_tops_members(const struct dataset *ds)
{
	int32_t ind = ds_level_code(&ds->f[DS_PHASE], "individual");
	int32_t pro = ds_level_code(&ds->f[DS_PERSPECTIVE], "professional");
	size_t nl = ds->f[DS_TABLE].n_levels;
	int32_t *top_of_level = xmalloc((nl ? nl : 1) * sizeof *top_of_level);
	int32_t *top = xmalloc((ds->n_sorts ? ds->n_sorts : 1) * sizeof *top);
	for (size_t l = 0; l < nl; l++)
		top_of_level[l] = -1;
	for (size_t k = 0; k < ds->n_tops; k++)
		if (ds->tops[k].table >= 0 && (size_t)ds->tops[k].table < nl)
			top_of_level[ds->tops[k].table] = (int32_t)k;
	for (size_t i = 0; i < ds->n_sorts; i++) {
		int32_t tbl = ds->f[DS_TABLE].code[i];
		int ok = tbl >= 0 && ds->f[DS_PHASE].code[i] == ind &&
			 (pro < 0 || ds->f[DS_PERSPECTIVE].code[i] == pro);
		top[i] = ok ? top_of_level[tbl] : -1;
	}
	free(top_of_level);
	return top;
}

static int top_has(const struct ds_table_top *tp, size_t j)
{
	for (int k = 0; k < tp->n_cards; k++)
		if (tp->cards[k] == (int)j)
			return 1;
	return 0;
}

static enum gw_status build_cards(const struct analysis *a, struct table *t)
{
	const struct dataset *ds = a->ds;
	size_t cons = 0, members = 0;
	for (size_t k = 0; k < ds->n_tops; k++)
		cons += ds->tops[k].consensus != 0;
	size_t *in_top = xcalloc(ds->n_cards + 1, sizeof *in_top);
	size_t *placed = xcalloc(ds->n_cards + 1, sizeof *placed);
	int32_t *top = group_tops_members(ds);
	for (size_t i = 0; i < ds->n_sorts; i++) {
		if (top[i] < 0)
			continue;
		members++;
		for (size_t j = 0; j < ds->n_cards; j++) {
			int c = ds_cat(ds, i, j);
			placed[j] += c != DS_MISSING;
			in_top[j] += c == ds->scale_max;
		}
	}
	for (size_t j = 0; j < ds->n_cards && ds->n_tops > 0; j++) {
		size_t r = table_add_row(t), nt = 0;
		for (size_t k = 0; k < ds->n_tops; k++)
			nt += ds->tops[k].consensus && top_has(&ds->tops[k], j);
		table_set_text(t, r, C_CARD, ds->card_id[j]);
		table_set_text(t, r, C_LABEL, ds->label_nl[j]);
		table_set_int(t, r, C_TABLES, (long long)nt);
		if (cons)
			table_set_real(t, r, C_SHARE_T, (double)nt / (double)cons);
		else
			table_set_undefined(t, r, C_SHARE_T, "no table reached consensus");
		table_set_int(t, r, C_MEMBERS, (long long)members);
		if (placed[j])
			table_set_real(t, r, C_SHARE_I, (double)in_top[j] / (double)placed[j]);
		else
			table_set_undefined(t, r, C_SHARE_I, "card placed by nobody");
		table_set_int(t, r, C_CONS, (long long)cons);
		table_set_int(t, r, C_TOTAL, (long long)ds->n_tops);
	}
	free(in_top);
	free(placed);
	free(top);
	empty_because(t, ds->n_tops ? MSG("the selection has no cards") : why_no_tops);
	return GW_OK;
}

static const char *const member_columns[] = {"share_in_individual_tops", "n_members", NULL};
static const char *const table_columns[] = {"tables", "share_of_tables", "consensus_reached", NULL};

/* A card's share of the tables describes the tables (>= K of them), its
 * share of the members' tops the people (>= K members). */
const struct table_def table_group_tops = {
	"group_tops",
	"per card: tables whose common top holds it, share of tables with consensus, share in the members' individual tops",
	cols, COUNT_OF(cols), spec, build_cards,
	{.rule = {{.unit = PRIVACY_PEOPLE, .count = "n_members", .hides = member_columns,
		   .small_why = "fewer than min-cell members"},
		  {.unit = PRIVACY_TABLES, .count = "tables_total", .hides = table_columns,
		   .small_why = "fewer than min-cell tables"}}}};

/* ---- group_tops_tables.csv ---- */

enum { T_TRAJECT, T_TABLES, T_CONS, T_FOUR, T_THREE, T_FEWER, T_NONE, T_MEMBERS, T_JACCARD };

/* consensus_reached counts every table with a common top (SPEC); top_four,
 * top_three and fewer_cards split it by how many cards the top holds, so a
 * top three is never read as a full top four. */
static const struct column tcols[] = {
	{"traject", 1}, {"tables", 0}, {"consensus_reached", 0}, {"top_four", 0}, {"top_three", 0},
	{"fewer_cards", 0}, {"no_consensus", 0}, {"n_members", 0}, {"mean_jaccard", 0}};

static const char *const tspec[] = {"traject", "tables", "consensus_reached", NULL};

/* Jaccard of the common top with sort i's top pile. */
static double jaccard(const struct dataset *ds, const struct ds_table_top *tp, size_t i)
{
	size_t inter = 0, uni = (size_t)tp->n_cards;
	for (size_t j = 0; j < ds->n_cards; j++)
		if (ds_cat(ds, i, j) == ds->scale_max) {
			if (top_has(tp, j))
				inter++;
			else
				uni++;
		}
	return uni ? (double)inter / (double)uni : NAN;
}

int group_tops_kind(const struct ds_table_top *tp)
{
	return !tp->consensus || tp->n_cards == 0 ? TOP_NONE : tp->n_cards >= 4 ? TOP_FOUR :
	       tp->n_cards == 3 ? TOP_THREE : TOP_FEWER;
}

struct traject_sums {
	size_t tables, cons, by_cards[TOP_KINDS], members, nj;
	double jsum;
};

static enum gw_status build_tables(const struct analysis *a, struct table *t)
{
	const struct dataset *ds = a->ds;
	size_t nt = ds->f[DS_TRAJECT].n_levels;
	struct traject_sums *sum = xcalloc(nt ? nt : 1, sizeof *sum);
	for (size_t k = 0; k < ds->n_tops; k++)
		if (ds->tops[k].traject >= 0 && (size_t)ds->tops[k].traject < nt) {
			sum[ds->tops[k].traject].tables++;
			sum[ds->tops[k].traject].cons += ds->tops[k].consensus != 0;
			sum[ds->tops[k].traject].by_cards[group_tops_kind(&ds->tops[k])]++;
		}
	int32_t *top = group_tops_members(ds);
	for (size_t i = 0; i < ds->n_sorts; i++) {
		if (top[i] < 0)
			continue;
		const struct ds_table_top *tp = &ds->tops[top[i]];
		if (tp->traject < 0 || (size_t)tp->traject >= nt)
			continue;
		struct traject_sums *s = &sum[tp->traject];
		s->members++;
		double jv = tp->consensus ? jaccard(ds, tp, i) : NAN;
		if (!isnan(jv)) {
			s->jsum += jv;
			s->nj++;
		}
	}
	free(top);
	for (size_t tr = 0; tr < nt; tr++) {
		const struct traject_sums *s = &sum[tr];
		if (!s->tables)
			continue;
		size_t r = table_add_row(t);
		table_set_text(t, r, T_TRAJECT, ds->f[DS_TRAJECT].levels[tr]);
		table_set_int(t, r, T_TABLES, (long long)s->tables);
		table_set_int(t, r, T_CONS, (long long)s->cons);
		for (int k = 0; k < TOP_KINDS; k++)
			table_set_int(t, r, T_FOUR + (size_t)k, (long long)s->by_cards[k]);
		table_set_int(t, r, T_MEMBERS, (long long)s->members);
		if (s->nj)
			table_set_real(t, r, T_JACCARD, s->jsum / (double)s->nj);
		else
			table_set_undefined(t, r, T_JACCARD, "no member of a table with consensus");
	}
	free(sum);
	empty_because(t, ds->n_tops ? MSG("no common top belongs to a traject of the selection") : why_no_tops);
	return GW_OK;
}

/* What the tables of a traject reached is an aggregate over its tables. */
static const char *const outcome_columns[] = {"consensus_reached", "top_four", "top_three",
					      "fewer_cards", "no_consensus", NULL};

const struct table_def table_group_tops_tables = {
	"group_tops_tables",
	"per traject: tables, tables that reached consensus (top_four, top_three, fewer_cards, no_consensus), mean Jaccard of a common top with its members' top piles",
	tcols, COUNT_OF(tcols), tspec, build_tables,
	{.rule = {{.unit = PRIVACY_PEOPLE, .count = "n_members", .stratum = "traject",
		   .fixed_type = "traject", .small_why = "fewer than min-cell members"},
		  {.unit = PRIVACY_TABLES, .count = "tables", .stratum = "traject",
		   .fixed_type = "traject", .hides = outcome_columns,
		   .small_why = "fewer than min-cell tables"}}}};
