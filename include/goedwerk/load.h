/* load.h - the load step: select sorts from the store into a dataset.
 * The one place above store that sees a store handle; analyse and report
 * see only the dataset.  dataset_free (dataset.h) releases the result. */
#ifndef GOEDWERK_LOAD_H
#define GOEDWERK_LOAD_H

#include <stdio.h>
#include "goedwerk/dataset.h"
#include "goedwerk/status.h"
#include "goedwerk/store.h"

/* Load the selection.  GW_EDATA with a message on err when nothing matches
 * or the store is empty. */
enum gw_status dataset_load(struct store *s, const struct selection *sel,
			    struct dataset *ds, FILE *err);

#endif
