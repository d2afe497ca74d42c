/* bundle_fixture.h - a small bundle built by hand: two trajecten (T1 at
 * Douane, T2 at Belastingdienst), a 3-card set "mini" on the scale -1..1,
 * three people, five sorts, one card left out.  Free with
 * bundle_fixture_free (the categories are the fixture's own). */
#ifndef GOEDWERK_TEST_BUNDLE_FIXTURE_H
#define GOEDWERK_TEST_BUNDLE_FIXTURE_H

#include "goedwerk/bundle.h"

void bundle_fixture(struct bundle *b);
void bundle_fixture_free(struct bundle *b);
/* Adds codebook versions and cases (see bundle_fixture.c). */
void bundle_fixture_codebook(struct bundle *b);

#endif
