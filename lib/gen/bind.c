#include <stdlib.h>
#include <string.h>

#include "gen/bind.h"
#include "base/err.h"
#include "base/util.h"

int
bind_arg_index(const struct mlir_func *f, const char *name)
{
	for (int i = 0; i < f->body.nargs; i++)
		if (f->arg_locs[i] && !strcmp(f->arg_locs[i], name))
			return i;
	return -1;
}

static int
skipped(const char *const *skip, const char *name)
{
	for (; skip && *skip; skip++)
		if (!strcmp(*skip, name))
			return 1;
	return 0;
}

int
bind_weights(const struct mlir_module *m, const struct mlir_func *f, const struct st_model *st,
    const char *const *skip, int raw, struct tensor **args)
{
	for (int i = 0; i < f->body.nargs; i++) {
		const char *name = f->arg_locs[i];
		const struct mlir_type *t = &m->types[f->body.args[i]];
		const struct st_tensor *w;

		args[i] = NULL;
		if (!name || skipped(skip, name))
			continue;
		if (!(w = st_find(st, name)))
			return err_set("weight '%s' is not in the checkpoint", name);
		if (w->rank != t->rank || memcmp(w->shape, t->dim, sizeof(t->dim[0]) * (size_t)t->rank))
			return err_set("weight '%s': the graph wants %lld elements of another shape",
			    name, (long long)mlir_numel(t));
		if (raw && (w->dtype == t->dt || (t->dt == DTYPE_F32 &&
		    (w->dtype == DTYPE_BF16 || w->dtype == DTYPE_F16)))) {
			args[i] = ecalloc(1, sizeof(*args[i]));
			args[i]->type = *t;
			args[i]->data = (void *)w->data;
			args[i]->nbytes = w->nbytes;
			args[i]->borrowed = 1;
			args[i]->stored = w->dtype == t->dt ? DTYPE_INVALID : w->dtype;
			continue;
		}
		if (!(args[i] = tensor_new(t)))
			return -1;
		size_t n = (size_t)mlir_numel(t);
		if (w->dtype == t->dt) {
			memcpy(args[i]->data, w->data, args[i]->nbytes);
		} else if (t->dt == DTYPE_F32 && dtype_is_float(w->dtype)) {
			dtype_to_f32(w->data, w->dtype, n, args[i]->data);
		} else if (dtype_is_float(t->dt) && dtype_is_float(w->dtype)) {
			/* narrowing for a bf16/f16 graph: through f32, rounded once */
			float *tmp = malloc(n * sizeof(float));
			if (!tmp)
				return err_set("out of memory");
			dtype_to_f32(w->data, w->dtype, n, tmp);
			dtype_from_f32(tmp, n, t->dt, args[i]->data);
			free(tmp);
		} else {
			return err_set("weight '%s' is %s but the graph wants %s", name,
			    dtype_st_name(w->dtype), t->name);
		}
	}
	return 0;
}
