/* provenance.c - OUT/provenance.json: what the outputs were made from.
 * No timestamps: the same inputs and options give the same bytes. */
#include <stdlib.h>
#include "goedwerk/alloc.h"
#include "goedwerk/sha256.h"
#include "chart.h"
#include "html_util.h"
#include "report_internal.h"

static void string_array(FILE *out, const char *const *v, size_t n)
{
	fputc('[', out);
	for (size_t i = 0; i < n; i++) {
		fputs(i ? ", " : "", out);
		json_string(out, v[i]);
	}
	fputc(']', out);
}

/* organisations and org_types only when given: the provenance of an
 * unselected run stays as it was. */
static void selection(FILE *out, const struct selection *sel, const struct dataset *ds)
{
	fputs("  \"selection\": {\"trajecten\": ", out);
	string_array(out, sel->trajecten, sel->n_trajecten);
	if (sel->n_organisations) {
		fputs(", \"organisations\": ", out);
		string_array(out, sel->organisations, sel->n_organisations);
	}
	if (sel->n_org_types) {
		fputs(", \"org_types\": ", out);
		string_array(out, sel->org_types, sel->n_org_types);
	}
	fprintf(out, ", \"from\": %d, \"to\": %d, \"phase\": ", sel->from_year, sel->to_year);
	json_string(out, sel->phase ? sel->phase : "all");
	fputs(", \"perspective\": ", out);
	json_string(out, sel->perspective ? sel->perspective : "all");
	fputs(", \"card_set\": ", out);
	json_string(out, sel->card_set ? sel->card_set : "");
	fprintf(out, ", \"min_cell\": %d, \"cooccurrence_by\": ", sel->min_cell);
	json_string(out, sel->cooccurrence_by >= 0 ? ds->f[sel->cooccurrence_by].name : "");
	fprintf(out, "},\n  \"seed\": %lu,\n", sel->seed);
}

/* One {"file", "sha256"} entry per file written, when it exists. */
static void output_hash(FILE *out, const char *dir, const char *file, int *first)
{
	char hex[65], *path = xasprintf("%s/%s", dir, file);
	if (sha256_file_hex(path, hex) == 0) {
		fputs(*first ? "    " : ",\n    ", out);
		fputs("{\"file\": ", out);
		json_string(out, file);
		fprintf(out, ", \"sha256\": \"%s\"}", hex);
		*first = 0;
	}
	free(path);
}

/* The charts and the report, so that a figure in a document can be traced
 * back to the run that drew it. */
static void outputs(FILE *out, const struct report_options *o)
{
	static const char *const ext[] = {"svg", "png", "pdf"};
	int first = 1;
	fputs("  \"outputs\": [\n", out);
	output_hash(out, o->out_dir, "report.html", &first);
	for (size_t i = 0; i < chart_registry_len; i++)
		for (size_t e = 0; e < 3; e++) {
			char *f = xasprintf("charts/%s.%s", chart_registry[i].name, ext[e]);
			output_hash(out, o->out_dir, f, &first);
			free(f);
		}
	fputs("\n  ],\n", out);
}

/* Trajecten whose sorts or dilemma cases the selection holds, by level. */
static char *selected_trajecten(const struct dataset *ds)
{
	size_t nl = ds->f[DS_TRAJECT].n_levels;
	char *used = xcalloc(nl + 1, 1);
	report_used_levels(ds, DS_TRAJECT, used);
	for (size_t k = 0; k < ds->n_dilemmas; k++)
		if (ds->dilemmas[k].traject >= 0 && (size_t)ds->dilemmas[k].traject < nl)
			used[ds->dilemmas[k].traject] = 1;
	return used;
}

/* The content hash of each traject the outputs were made from (--from,
 * --to, --traject: only those selected, not the whole store). */
static void inputs(FILE *out, const struct dataset *ds, const struct report_options *o)
{
	char *used = selected_trajecten(ds);
	int first = 1;
	for (size_t i = 0; i < o->n_trajecten; i++) {
		int32_t l = ds_level_code(&ds->f[DS_TRAJECT], o->traject_ids[i]);
		if (l < 0 || !used[l])
			continue;
		fputs(first ? "    {\"traject\": " : ",\n    {\"traject\": ", out);
		json_string(out, o->traject_ids[i]);
		fputs(", \"content_sha256\": ", out);
		json_string(out, o->traject_hashes[i]);
		fputc('}', out);
		first = 0;
	}
	if (!first)
		fputc('\n', out);
	free(used);
}

int report_provenance(const struct analysis *a, const struct table_set *ts, const struct report_options *o)
{
	char *path = xasprintf("%s/provenance.json", o->out_dir);
	FILE *out = fopen(path, "wb");
	free(path);
	if (!out)
		return -1;
	fputs("{\n  \"engine\": \"goedwerk\",\n  \"version\": ", out);
	json_string(out, GOEDWERK_VERSION);
	fputs(",\n  \"command\": [", out);
	for (int i = 0; i < o->argc; i++) {
		fputs(i ? ", " : "", out);
		json_string(out, o->argv[i]);
	}
	fputs("],\n", out);
	selection(out, a->sel, a->ds);
	fprintf(out, "  \"lang\": \"%s\",\n  \"card_set\": ", o->lang == LANG_EN ? "en" : "nl");
	json_string(out, a->ds->card_set);
	fprintf(out, ",\n  \"sorts\": %zu,\n  \"inputs\": [\n", a->ds->n_sorts);
	inputs(out, a->ds, o);
	fputs("  ],\n", out);
	outputs(out, o);
	fputs("  \"tables\": [\n", out);
	for (size_t i = 0; i < ts->n; i++) {
		char hex[65] = "", *csv = xasprintf("%s/tables/%s.csv", o->out_dir, ts->v[i]->name);
		if (sha256_file_hex(csv, hex) != 0)
			hex[0] = '\0';
		free(csv);
		fprintf(out, "    {\"name\": \"%s\", \"rows\": %zu, \"sha256\": \"%s\"}%s\n", ts->v[i]->name,
			ts->v[i]->nrows, hex, i + 1 < ts->n ? "," : "");
	}
	fputs("  ]\n}\n", out);
	return fclose(out) == 0 ? 0 : -1;
}
