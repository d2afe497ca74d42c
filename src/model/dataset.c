/* dataset.c - the names of the dataset's factors (dataset.h). */
#include "goedwerk/attribute.h"
#include "goedwerk/dataset.h"

static const char *const fixed_name[DS_N_FACTORS] = {
	[DS_TRAJECT] = "traject", [DS_YEAR] = "year", [DS_TABLE] = "table",
	[DS_SESSION] = "session", [DS_PHASE] = "phase", [DS_PERSPECTIVE] = "perspective"};

const char *ds_factor_name(int factor)
{
	const struct attribute *a = attribute_of_factor(factor);
	return a ? a->name : fixed_name[factor];
}
