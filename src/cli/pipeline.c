/* pipeline.c - open, load, analyse: shared by `analyse` and `report`. */
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "goedwerk/load.h"
#include "goedwerk/cli.h"
#include "commands.h"
#include "pipeline.h"
#include "select.h"

enum gw_status pipeline_load(struct pipeline *p)
{
	enum gw_status st = store_open(&p->store, store_path(p->a->db), 0, stderr);
	if (st != GW_OK)
		return st;
	p->opened = 1;
	st = cli_check_selection(&p->store, p->a);
	if (st != GW_OK)
		return st;
	clock_t t0 = clock();
	st = dataset_load(&p->store, &p->a->sel, &p->ds, stderr);
	if (st != GW_OK)
		return st;
	p->loaded = 1;
	if (getenv("GOEDWERK_TIMING"))
		fprintf(stderr, "timing: loaded %zu sorts in %.3f s (cpu)\n", p->ds.n_sorts,
			(double)(clock() - t0) / CLOCKS_PER_SEC);
	p->an = (struct analysis){.ds = &p->ds, .sel = &p->a->sel, .err = stderr,
				  .progress = cli_progress_cb, .progress_arg = p->a, .jobs = p->a->jobs};
	return GW_OK;
}

enum gw_status pipeline_run(struct pipeline *p)
{
	enum gw_status st = pipeline_load(p);
	return st == GW_OK ? analyse_run(&p->an, &p->tables) : st;
}

void pipeline_free(struct pipeline *p)
{
	table_set_free(&p->tables);
	if (p->loaded)
		dataset_free(&p->ds);
	if (p->opened)
		store_close(&p->store);
}
