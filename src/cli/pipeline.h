/* pipeline.h - the steps analyse and report share: parse the common
 * options, open the store, load the selection, build the tables
 * (private to src/cli). */
#ifndef GOEDWERK_CLI_PIPELINE_H
#define GOEDWERK_CLI_PIPELINE_H

#include "goedwerk/analyse.h"
#include "goedwerk/store.h"

struct pipeline {
	const char *cmd;
	const char *db, *out;
	int decimal_comma;
	int jobs;              /* --jobs: tables built at once; 0 one per core */
	struct selection sel;
	struct store store;
	struct dataset ds;
	struct analysis an;
	struct table_set tables;
	int opened, loaded;
};

/* Parse argv[*i] if it is --db, --out, --decimal-comma, --jobs or a selection
 * option: 1 taken, 0 not ours, -1 bad (message printed). */
int pipeline_option(struct pipeline *p, int argc, char **argv, int *i);
/* Open the store and load the selection (p->an ready, no table built). */
enum gw_status pipeline_load(struct pipeline *p);
/* Open the store, load, build every table. */
enum gw_status pipeline_run(struct pipeline *p);
void pipeline_free(struct pipeline *p);

#endif
