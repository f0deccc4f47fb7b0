/* A model's config.json, read into the fields the emitter needs, with
 * Hugging Face's defaults where a field is absent.  A field or value the
 * emitter cannot honour is an error naming the field and the value,
 * never silently ignored.
 *
 * A new family is a row in the family table of config.c (its defaults
 * and the fields it accepts) plus its layer code in emit_*.c. */
#ifndef CONFIG_H
#define CONFIG_H

#include "base/json.h"

enum family {
	FAMILY_LLAMA,
	FAMILY_QWEN2,
};

enum rope_kind {
	ROPE_DEFAULT,	/* plain RoPE: inv_freq = theta^(-2i/d) */
	ROPE_LLAMA3,	/* Llama 3.1's frequency-dependent scaling */
};

/* A per-module override of the quantization block (MLX writes these
 * keyed by module path; bits 0 means "not quantized"). */
struct quant_override {
	char *path;
	int bits, group;
};

struct model_config {
	enum family family;
	const char *model_type;	/* "llama", "qwen2" */
	int vocab;
	int hidden;		/* D */
	int intermediate;	/* F */
	int layers;		/* L */
	int heads;		/* H */
	int kv_heads;		/* KV; heads % kv_heads == 0 */
	int head_dim;		/* hd */
	int max_pos;
	double rms_eps;
	double rope_theta;
	enum rope_kind rope;
	double rope_factor, rope_low_freq, rope_high_freq;	/* llama3 */
	int rope_orig_max_pos;					/* llama3 */
	int tie_embeddings;
	int qkv_bias;		/* q/k/v projections carry biases */
	int o_bias;		/* o_proj carries a bias */
	int quant_bits;		/* 0: dense weights; else MLX affine */
	int quant_group;
	struct quant_override *overrides;	/* (noverrides) */
	int noverrides;
};

/* Fills c from a parsed config.json; file names the file in messages.
 * 0, or -1 with a reason "file: field: what". */
int cfg_parse(struct model_config *c, const struct json *root, const char *file);

/* Reads and parses a config.json file.  0 or -1 with a reason. */
int cfg_load(struct model_config *c, const char *path);

/* Frees what cfg_parse allocated. */
void cfg_free(struct model_config *c);

/* The quantization of the module at path ("model.layers.0.mlp.up_proj"):
 * stores bits (0: dense) and group size. */
void cfg_quant_for(const struct model_config *c, const char *path, int *bits, int *group);

/* A bundled config: its name, the architecture label of its goldens and
 * its config.json text. */
struct cfg_bundled {
	const char *name;	/* "llama" */
	const char *arch;	/* "llama-3.2-1b" */
	const char *json;
};

/* Returns the bundled config called name, or NULL. */
const struct cfg_bundled *cfg_bundled_find(const char *name);

/* The table of bundled configs, ended by a NULL name. */
extern const struct cfg_bundled cfg_bundled[];

#endif
