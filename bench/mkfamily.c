/* Writes a random-weight checkpoint for any config.json the emitter
 * knows: the weights are whatever the decode graph names, at the shapes
 * it declares, bf16 (norm weights near their neutral value, the rest
 * small), so every family of the table gets a model of the shapes the
 * bench asks for: mkfamily DIR (DIR/config.json already written) */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "data/st.h"
#include "ir/mlir.h"
#include "model/config.h"
#include "model/emit.h"

static int
state(const char *n)
{
	static const char *const s[] = { "token", "pos", "cache_len", "kcache", "vcache" };

	for (size_t i = 0; i < sizeof(s) / sizeof(s[0]); i++)
		if (!strcmp(n, s[i]))
			return 1;
	return 0;
}

int
main(int argc, char **argv)
{
	char p[4096];
	struct model_config c;
	struct strbuf sb = { 0 };
	struct st_writer w;

	if (argc != 2)
		return 2;
	snprintf(p, sizeof(p), "%s/config.json", argv[1]);
	struct emit_opts o = { .kind = EMIT_DECODE, .capacity = 16, .precision = DTYPE_F32, .arch = "mkfamily" };
	struct mlir_module *m = NULL;
	if (cfg_load(&c, p) < 0 || emit_graph(&sb, &c, &o) < 0 || !(m = mlir_parse(sb.s, sb.len, "decode", 1))) {
		fprintf(stderr, "mkfamily: %s\n", err_reason());
		return 1;
	}
	const struct mlir_func *f = mlir_find_func(m, "main");
	struct st_wtensor *t = calloc((size_t)f->body.nargs, sizeof(*t));
	size_t n = 0;
	for (int i = 0; i < f->body.nargs; i++) {
		const struct mlir_type *ty = &m->types[f->body.args[i]];
		if (!f->arg_locs[i] || state(f->arg_locs[i]))
			continue;
		t[n].name = f->arg_locs[i];
		t[n].dtype = ty->dt == DTYPE_F32 ? DTYPE_BF16 : ty->dt;
		t[n].rank = ty->rank;
		memcpy(t[n].shape, ty->dim, sizeof(ty->dim[0]) * (size_t)ty->rank);
		n++;
	}
	snprintf(p, sizeof(p), "%s/model.safetensors", argv[1]);
	if (st_write_begin(&w, p, t, n, NULL, 0) < 0) {
		fprintf(stderr, "mkfamily: %s\n", err_reason());
		return 1;
	}
	static uint16_t buf[1 << 16];
	uint32_t x = 2463534242u;
	for (size_t i = 0; i < n; i++) {
		size_t left = (size_t)st_numel(t[i].rank, t[i].shape);
		/* a norm weight near its neutral value: 1, or 0 for Gemma's 1 + w */
		int norm = t[i].rank == 1 && (strstr(t[i].name, "norm") || strstr(t[i].name, "ln_"));
		float base = norm && c.norm != NORM_RMS_1P ? 1.0f : 0.0f, scale = norm ? 0.05f : 0.02f;
		if (t[i].dtype != DTYPE_BF16) {
			fprintf(stderr, "mkfamily: %s is not a float weight\n", t[i].name);
			st_write_abort(&w);
			return 1;
		}
		while (left) {
			size_t k = left < sizeof(buf) / 2 ? left : sizeof(buf) / 2;
			for (size_t j = 0; j < k; j++) {
				x ^= x << 13, x ^= x >> 17, x ^= x << 5;
				float v = base + scale * ((float)(x >> 8) / 8388608.0f - 1.0f);
				buf[j] = f32_to_bf16(v);
			}
			if (st_write_data(&w, buf, k * 2) < 0) {
				fprintf(stderr, "mkfamily: %s\n", err_reason());
				return 1;
			}
			left -= k;
		}
	}
	if (st_write_end(&w) < 0) {
		fprintf(stderr, "mkfamily: %s\n", err_reason());
		return 1;
	}
	free(t);
	mlir_free(m);
	sb_free(&sb);
	cfg_free(&c);
	return 0;
}
