/* cache.h - results that several tables of one analyse_run share, computed
 * once (private to src/analyse).  The factor analysis feeds seven tables:
 * the first builder runs it, each builder then takes its table over. */
#ifndef GOEDWERK_ANALYSE_CACHE_H
#define GOEDWERK_ANALYSE_CACHE_H

#include "goedwerk/analyse.h"
#include "goedwerk/factors.h"

#include <pthread.h>

struct analysis_cache {
	pthread_mutex_t lock;    /* held while a builder computes a shared result */
	int factors_done;
	enum gw_status factors_status;
	struct factors_tables factors;
	char *factors_why;       /* its last message: why the factor tables are empty */
	struct privacy_memo *privacy; /* privacy.c: groups hidden so far */
};

void analysis_cache_init(struct analysis_cache *c);
void analysis_cache_free(struct analysis_cache *c);

#endif
