/* attribute.c - the rows of attribute.h as a table, and its look-ups. */
#include <string.h>
#include "goedwerk/attribute.h"
#include "goedwerk/dataset.h"

const struct attribute attributes[] = {
#define ATTR_T(id, col, store, al, fl, nl, en) {DS_##id, col, store, al, fl, nl, en, ATTR_TRAJECT, -1},
#define ATTR_P(id, col, store, al, fl, nl, en) \
	{DS_##id, col, store, al, fl, nl, en, ATTR_PERSON, ATTR_P_##id},
	GW_TRAJECT_ATTRIBUTES(ATTR_T)
	GW_PERSON_ATTRIBUTES(ATTR_P)
#undef ATTR_T
#undef ATTR_P
};
const size_t attributes_len = sizeof attributes / sizeof attributes[0];
_Static_assert(sizeof attributes / sizeof attributes[0] <= ATTR_MAX, "raise ATTR_MAX");

const struct attribute *attribute_of_factor(int factor)
{
	for (size_t i = 0; i < attributes_len; i++)
		if (attributes[i].factor == factor)
			return &attributes[i];
	return NULL;
}

/* name is one of the '|'-separated words of list */
static int in_list(const char *list, const char *name)
{
	size_t n = strlen(name);
	for (const char *p = list; *p;) {
		const char *end = strchr(p, '|');
		size_t len = end ? (size_t)(end - p) : strlen(p);
		if (len == n && strncmp(p, name, n) == 0)
			return 1;
		p += len + (end != NULL);
	}
	return 0;
}

const struct attribute *attribute_by_header(const char *lname)
{
	for (size_t i = 0; i < attributes_len; i++)
		if (strcmp(attributes[i].name, lname) == 0 || in_list(attributes[i].aliases, lname))
			return &attributes[i];
	return NULL;
}

size_t attribute_factors(unsigned flag, int *out)
{
	size_t n = 0;
	for (size_t i = 0; i < attributes_len; i++)
		if (attributes[i].flags & flag)
			out[n++] = attributes[i].factor;
	return n;
}
