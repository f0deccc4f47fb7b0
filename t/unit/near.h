/* Results of two backends held together, for the unit tests that run a
 * graph on the plan and on the interpreter: integer and other non-f32
 * results byte for byte, f32 within 1e-4 of the largest magnitude of the
 * reference (plus 1e-4 absolute). */
#ifndef NEAR_H
#define NEAR_H

#include <math.h>
#include <string.h>

#include "ir/tensor.h"

static double
near_maxabs(const struct tensor *t)
{
	double m = 0;

	for (size_t i = 0; t->type.dt == DTYPE_F32 && i < t->nbytes / 4; i++)
		if (fabs(((float *)t->data)[i]) > m)
			m = fabs(((float *)t->data)[i]);
	return m;
}

/* 1 when a agrees with the reference b; *err gets the largest f32
 * difference. */
static int
near_same(const struct tensor *a, const struct tensor *b, double *err)
{
	*err = 0;
	if (a->nbytes != b->nbytes || a->type.dt != b->type.dt)
		return 0;
	if (a->type.dt != DTYPE_F32)
		return !memcmp(a->data, b->data, a->nbytes);
	double tol = 1e-4 * (near_maxabs(b) + 1);
	for (size_t i = 0; i < a->nbytes / 4; i++) {
		double d = fabs(((float *)a->data)[i] - ((float *)b->data)[i]);
		*err = d > *err ? d : *err;
		if (!(d <= tol))
			return 0;
	}
	return 1;
}

#endif
