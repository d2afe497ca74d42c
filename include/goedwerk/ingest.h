/* ingest.h - read a bundle of CSV files into a validated struct bundle.
 *
 * Pipeline: find files (folder -> *.csv, "sorts*" are sorts files) -> read
 * bytes -> detect encoding (UTF-8 / BOM / Windows-1252 with a warning) and
 * delimiter (, ; tab) -> parse with libcsv -> map headers (Dutch aliases) ->
 * validate and normalise each row -> cross-file checks.
 *
 * Every problem goes to the diag as FILE:LINE:COLUMN; ingest_read reads on
 * after an error so that one run reports them all.  The result is valid only
 * when d->n_errors == 0.
 *
 * Returns GW_OK when the files could be read (even if the diag holds data
 * errors: the caller checks d->n_errors), GW_EINTERNAL on I/O failure of a
 * file that exists (also recorded in the diag). */
#ifndef GOEDWERK_INGEST_H
#define GOEDWERK_INGEST_H

#include <stddef.h>
#include "goedwerk/bundle.h"
#include "goedwerk/diag.h"
#include "goedwerk/status.h"

struct ingest_options {
	int strict;        /* forced-distribution breaks are errors, not warnings */
	int band_edges[8]; /* age band upper bounds, inclusive; default {34, 49} */
	size_t n_band_edges;
	int reference_only; /* card sets and codebooks only: no sorts file needed (template) */
	/* Called before each file is read: done of total files, its name (for
	 * the command's progress bar); NULL: none. */
	void (*progress)(void *arg, size_t done, size_t total, const char *name);
	void *progress_arg;
};

void ingest_options_default(struct ingest_options *o);

/* paths: folders and/or files.  Fills b (initialised by the caller with
 * bundle_init), including b->files with their SHA-256. */
enum gw_status ingest_read(const char *const *paths, size_t n_paths,
			   const struct ingest_options *opt,
			   struct bundle *b, struct diag *d);

/* The same from files in memory (name: a bundle file name such as
 * "sorts.csv" or a workbook's, "bundle.xlsx", shown in diagnostics); for
 * the fuzz harnesses and tests. */
struct ingest_mem_file {
	const char *name;
	const void *bytes;
	size_t n;
};
enum gw_status ingest_read_mem(const struct ingest_mem_file *files, size_t n_files,
			       const struct ingest_options *opt, struct bundle *b,
			       struct diag *d);

/* The age band of an age with the given options ("<35", "35-49", "50+"). */
const char *ingest_age_band(const struct ingest_options *opt, int age, char *buf, size_t size);

#endif
