/* pipeline.h - the steps analyse and report share: open the store, load
 * the selection, build the tables (private to src/cli). */
#ifndef GOEDWERK_CLI_PIPELINE_H
#define GOEDWERK_CLI_PIPELINE_H

#include "goedwerk/analyse.h"
#include "goedwerk/cli.h"
#include "goedwerk/store.h"

struct pipeline {
	struct cli_args *a;
	struct store store;
	struct dataset ds;
	struct analysis an;
	struct table_set tables;
	int opened, loaded;
};

/* Open the store and load the selection (p->an ready, no table built). */
enum gw_status pipeline_load(struct pipeline *p);
/* Open the store, load, build every table. */
enum gw_status pipeline_run(struct pipeline *p);
void pipeline_free(struct pipeline *p);

#endif
