/* tbl_dilemma_values.c - dilemma_values.csv: per organisation and triangle
 * axis, the share of its dilemma cases on that axis (is the axis its
 * dominant tension?), beside the organisation's value profile: the cards
 * most often in the top pile of its individual, professional sorts.
 * Descriptive on purpose: organisations are few and cases per organisation
 * small, so no test is made (the report says so).  The privacy engine
 * suppresses an organisation by its cases, as dilemma_frequencies does, and
 * hides its people count and top cards below --min-cell people. */
#include <stdlib.h>
#include <string.h>
#include "goedwerk/alloc.h"
#include "dilemmas.h"
#include "empty.h"
#include "goedwerk/messages.h"
#include "tables.h"

enum { C_ORG, C_AXIS, C_CASES, C_COUNT, C_SHARE, C_DOMINANT, C_PEOPLE, C_TOP };

#define N_TOP 3

/* C_TOP + 2k: top_card_k+1, C_TOP + 2k + 1: its share in the top pile */
static const struct column cols[] = {
	{"organisation", 1}, {"axis", 1}, {"n_cases", 0}, {"count", 0}, {"share", 0},
	{"dominant", 0}, {"n_people", 0}, {"top_card_1", 0}, {"top_share_1", 0},
	{"top_card_2", 0}, {"top_share_2", 0}, {"top_card_3", 0}, {"top_share_3", 0}};

static const char *const spec[] = {"organisation", "axis", "share", "dominant", "top_card_1",
				   NULL};

struct profile {
	size_t people;
	int top[N_TOP];
	double share[N_TOP];
};

/* Share of each card in the top pile over the org's individual,
 * professional sorts (either filter is dropped when the data lacks it). */
static void org_profile(const struct dataset *ds, int32_t org, struct profile *p)
{
	int32_t ind = ds_level_code(&ds->f[DS_PHASE], "individual");
	int32_t pro = ds_level_code(&ds->f[DS_PERSPECTIVE], "professional");
	size_t *top = xcalloc(ds->n_cards + 1, sizeof *top), *placed = xcalloc(ds->n_cards + 1, sizeof *placed);
	unsigned char *seen = xcalloc(ds->n_people + 1, 1);
	p->people = 0;
	for (size_t i = 0; i < ds->n_sorts; i++) {
		if (ds->f[DS_ORGANISATION].code[i] != org ||
		    (ind >= 0 && ds->f[DS_PHASE].code[i] != ind) ||
		    (pro >= 0 && ds->f[DS_PERSPECTIVE].code[i] != pro))
			continue;
		p->people += !seen[ds->person[i]];
		seen[ds->person[i]] = 1;
		for (size_t j = 0; j < ds->n_cards; j++) {
			int c = ds_cat(ds, i, j);
			placed[j] += c != DS_MISSING;
			top[j] += c == ds->scale_max;
		}
	}
	for (int k = 0; k < N_TOP; k++) {
		p->top[k] = -1;
		p->share[k] = -1;
		for (size_t j = 0; j < ds->n_cards; j++) {
			double s = placed[j] ? (double)top[j] / (double)placed[j] : -1;
			int taken = 0;
			for (int q = 0; q < k; q++)
				taken |= p->top[q] == (int)j;
			if (!taken && s > p->share[k]) {
				p->share[k] = s;
				p->top[k] = (int)j;
			}
		}
	}
	free(top);
	free(placed);
	free(seen);
}

static void set_profile(const struct analysis *a, struct table *t, size_t r,
			const struct profile *p)
{
	if (p->people == 0) {
		table_set_undefined(t, r, C_TOP, "no sorts of this organisation");
		return;
	}
	table_set_int(t, r, C_PEOPLE, (long long)p->people);
	for (int k = 0; k < N_TOP && p->top[k] >= 0; k++) {
		table_set_text(t, r, C_TOP + 2 * (size_t)k, a->ds->card_id[p->top[k]]);
		table_set_real(t, r, C_TOP + 2 * (size_t)k + 1, p->share[k]);
	}
}

static void one_org(const struct analysis *a, const struct dil_units *u, size_t org,
		    size_t cases, struct table *t)
{
	const struct dataset *ds = a->ds;
	size_t nc = ds->n_dilemmas, count[3] = {0}, axis[3], na = 0, best = 0;
	for (size_t k = 0; k < u->n && na < 3; k++)
		if (strcmp(u->kind[k], "axis") == 0)
			axis[na++] = k;
	for (size_t i = 0; i < nc; i++)
		for (size_t x = 0; x < na && ds->dilemmas[i].organisation == (int32_t)org; x++)
			count[x] += dil_has(u, axis[x], nc, i);
	for (size_t x = 0; x < na; x++)
		best = count[x] > best ? count[x] : best;
	struct profile p;
	org_profile(ds, (int32_t)org, &p);
	for (size_t x = 0; x < na; x++) {
		size_t r = table_add_row(t);
		table_set_text(t, r, C_ORG, ds->f[DS_ORGANISATION].levels[org]);
		table_set_text(t, r, C_AXIS, u->name[axis[x]]);
		table_set_int(t, r, C_CASES, (long long)cases);
		set_profile(a, t, r, &p);
		table_set_int(t, r, C_COUNT, (long long)count[x]);
		table_set_real(t, r, C_SHARE, (double)count[x] / (double)cases);
		table_set_int(t, r, C_DOMINANT, best > 0 && count[x] == best);
	}
}

static enum gw_status build(const struct analysis *a, struct table *t)
{
	if (empty_why_dilemmas(a->ds, 0)) {
		table_set_empty_reason(t, empty_why_dilemmas(a->ds, 0));
		return GW_OK;
	}
	struct dil_units u;
	dil_units_build(a->ds, &u);
	size_t *cases = dil_cases(a->ds, DS_ORGANISATION);
	for (size_t l = 0; l < a->ds->f[DS_ORGANISATION].n_levels; l++)
		if (cases[l] > 0)
			one_org(a, &u, l, cases[l], t);
	free(cases);
	dil_units_free(&u);
	empty_because(t, MSG("no case belongs to an organisation of the selection"));
	return GW_OK;
}

static const char *const profile_columns[] = {"n_people", "top_card_1", "top_share_1",
	"top_card_2", "top_share_2", "top_card_3", "top_share_3", NULL};

const struct table_def table_dilemma_values = {
	"dilemma_values",
	"per organisation x triangle axis: share of its dilemma cases, dominant axis, and its top cards",
	cols, COUNT_OF(cols), spec, build,
	{.rule = {{.unit = PRIVACY_CASES, .count = "n_cases", .stratum = "organisation",
		   .fixed_type = "organisation"},
		  {.unit = PRIVACY_PEOPLE, .count = "n_people", .stratum = "organisation",
		   .fixed_type = "organisation", .hides = profile_columns}}}};

/* ---- dilemma_unused_tags.csv ---- */

enum { U_TAG, U_LABEL_NL, U_LABEL_EN, U_PILLAR, U_AXIS };

static const struct column ucols[] = {
	{"tag", 1}, {"label_nl", 1}, {"label_en", 1}, {"pillar", 1}, {"axis", 1}};

static const char *const uspec[] = {"tag", "label_nl", NULL};

static enum gw_status build_unused(const struct analysis *a, struct table *t)
{
	const struct dataset *ds = a->ds;
	unsigned char *used = xcalloc(ds->n_tags + 1, 1);
	for (size_t i = 0; i < ds->n_dilemmas; i++)
		for (size_t k = 0; k < ds->dilemmas[i].n_tags; k++)
			used[ds->dilemmas[i].tags[k]] = 1;
	for (size_t k = 0; k < ds->n_tags; k++) {
		if (used[k])
			continue;
		size_t r = table_add_row(t);
		table_set_text(t, r, U_TAG, ds->tag[k]);
		table_set_text(t, r, U_LABEL_NL, ds->tag_label_nl[k]);
		table_set_text(t, r, U_LABEL_EN, ds->tag_label_en[k]);
		if (ds->tag_pillar[k])
			table_set_text(t, r, U_PILLAR, ds->tag_pillar[k]);
		if (ds->tag_axis[k])
			table_set_text(t, r, U_AXIS, ds->tag_axis[k]);
	}
	free(used);
	empty_because(t, ds->n_tags == 0 ? MSG("the codebook has no tags")
		      : MSG("every tag of the codebook is carried by a case"));
	return GW_OK;
}

const struct table_def table_dilemma_unused_tags = {
	"dilemma_unused_tags",
	"codebook tags that no selected case carries",
	ucols, COUNT_OF(ucols), uspec, build_unused,
	{.rule = {{.unit = PRIVACY_NONE, .none_why = "tags of the codebook that no case carries: "
		   "no one is counted"}}}};
