/* cache.c - the shared results of one analyse_run. */
#include <stdlib.h>
#include <string.h>
#include "cache.h"

void analysis_cache_init(struct analysis_cache *c)
{
	memset(c, 0, sizeof *c);
	pthread_mutex_init(&c->lock, NULL);
}

void analysis_cache_free(struct analysis_cache *c)
{
	if (c->factors_done)
		factors_tables_free(&c->factors);
	free(c->factors_why);
	privacy_memo_free(c->privacy);
	pthread_mutex_destroy(&c->lock);
	memset(c, 0, sizeof *c);
}
