#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "model/config.h"
#include "base/err.h"
#include "base/util.h"

/* What differs between families at the config level.  Defaults are the
 * Hugging Face config classes' own (LlamaConfig, Qwen2Config). */
static const struct family_def {
	const char *model_type;
	enum family family;
	int vocab, hidden, intermediate, layers, heads, max_pos;
	double rms_eps, rope_theta;
	int qkv_bias;		/* fixed by the family */
	int has_attention_bias;	/* accepts the attention_bias field */
} families[] = {
	{ "llama", FAMILY_LLAMA, 32000, 4096, 11008, 32, 32, 2048, 1e-6, 10000.0, 0, 1 },
	{ "qwen2", FAMILY_QWEN2, 151936, 4096, 22016, 32, 32, 32768, 1e-6, 10000.0, 1, 0 },
};

struct ctx {
	const char *file;
	const struct json *root;
};

static int
bad(const struct ctx *x, const struct json *at, const char *field, const char *fmt, const char *val)
{
	char what[256];

	snprintf(what, sizeof(what), fmt, val);
	if (at)
		return err_set("%s:%d:%d: %s: %s", x->file, at->line, at->col, field, what);
	return err_set("%s: %s: %s", x->file, field, what);
}

/* Reads an integer field in [lo, hi]; def when absent or null. */
static int
get_int(const struct ctx *x, const struct json *o, const char *key, int def, int lo, int hi, int *out)
{
	const struct json *v = json_get(o, key);
	char num[64];

	if (!v || v->type == JSON_NULL) {
		*out = def;
		return 0;
	}
	if (v->type != JSON_NUMBER || !v->is_int)
		return bad(x, v, key, "expected an integer, got a %s", json_type_name(v->type));
	if (v->inum < lo || v->inum > hi) {
		snprintf(num, sizeof(num), "%lld", (long long)v->inum);
		return bad(x, v, key, "value %s is out of range", num);
	}
	*out = (int)v->inum;
	return 0;
}

static int
get_num(const struct ctx *x, const struct json *o, const char *key, double def, double *out)
{
	const struct json *v = json_get(o, key);

	if (!v || v->type == JSON_NULL) {
		*out = def;
		return 0;
	}
	if (v->type != JSON_NUMBER)
		return bad(x, v, key, "expected a number, got a %s", json_type_name(v->type));
	if (!isfinite(v->num) || v->num <= 0)
		return bad(x, v, key, "expected a positive finite number%s", "");
	*out = v->num;
	return 0;
}

static int
get_bool(const struct ctx *x, const struct json *o, const char *key, int def, int *out)
{
	const struct json *v = json_get(o, key);

	if (!v || v->type == JSON_NULL) {
		*out = def;
		return 0;
	}
	if (v->type != JSON_BOOL)
		return bad(x, v, key, "expected true or false, got a %s", json_type_name(v->type));
	*out = v->boolean;
	return 0;
}

static int
parse_rope(struct model_config *c, const struct ctx *x)
{
	const struct json *rs = json_get(x->root, "rope_scaling"), *t;
	const char *field = "rope_scaling.rope_type";

	c->rope = ROPE_DEFAULT;
	if (!rs || rs->type == JSON_NULL)
		return 0;
	if (rs->type != JSON_OBJECT)
		return bad(x, rs, "rope_scaling", "expected an object or null, got a %s",
		    json_type_name(rs->type));
	if (!(t = json_get(rs, "rope_type"))) {
		t = json_get(rs, "type");	/* transformers before 4.45 */
		field = "rope_scaling.type";
	}
	if (!t || t->type != JSON_STRING)
		return bad(x, rs, "rope_scaling", "has no rope_type string%s", "");
	if (!strcmp(t->str, "default"))
		return 0;
	if (strcmp(t->str, "llama3") != 0)
		return bad(x, t, field, "'%s' is not supported (supported: default, llama3)", t->str);
	c->rope = ROPE_LLAMA3;
	if (!json_get(rs, "factor") || !json_get(rs, "low_freq_factor") ||
	    !json_get(rs, "high_freq_factor") || !json_get(rs, "original_max_position_embeddings"))
		return bad(x, rs, "rope_scaling", "llama3 needs factor, low_freq_factor, "
		    "high_freq_factor and original_max_position_embeddings%s", "");
	if (get_num(x, rs, "factor", 0, &c->rope_factor) < 0 ||
	    get_num(x, rs, "low_freq_factor", 0, &c->rope_low_freq) < 0 ||
	    get_num(x, rs, "high_freq_factor", 0, &c->rope_high_freq) < 0 ||
	    get_int(x, rs, "original_max_position_embeddings", 0, 1, INT_MAX, &c->rope_orig_max_pos) < 0)
		return -1;
	if (c->rope_high_freq <= c->rope_low_freq)
		return bad(x, rs, "rope_scaling", "high_freq_factor must exceed low_freq_factor%s", "");
	return 0;
}

static int
parse_quant(struct model_config *c, const struct ctx *x)
{
	const struct json *q = json_get(x->root, "quantization");

	if (!q || q->type == JSON_NULL)
		return 0;
	if (q->type != JSON_OBJECT)
		return bad(x, q, "quantization", "expected an object, got a %s", json_type_name(q->type));
	if (get_int(x, q, "bits", 0, 1, 8, &c->quant_bits) < 0 ||
	    get_int(x, q, "group_size", 64, 1, 1 << 20, &c->quant_group) < 0)
		return -1;
	if (!json_get(q, "bits"))
		return bad(x, q, "quantization", "has no bits%s", "");
	for (size_t i = 0; i < q->n; i++) {
		const struct json_member *m = &q->members[i];
		struct quant_override o = { 0 };
		if (!strcmp(m->key, "bits") || !strcmp(m->key, "group_size") || !strcmp(m->key, "mode"))
			continue;
		if (m->val.type == JSON_BOOL && !m->val.boolean) {
			o.bits = 0;
		} else if (m->val.type == JSON_OBJECT) {
			if (get_int(x, &m->val, "bits", c->quant_bits, 1, 8, &o.bits) < 0 ||
			    get_int(x, &m->val, "group_size", c->quant_group, 1, 1 << 20, &o.group) < 0)
				return -1;
		} else {
			return bad(x, &m->val, "quantization", "override '%s' must be an object or false", m->key);
		}
		o.path = estrdup(m->key);
		c->overrides = ereallocarray(c->overrides, (size_t)c->noverrides + 1, sizeof(o));
		c->overrides[c->noverrides++] = o;
	}
	const struct json *mode = json_get(q, "mode");
	if (mode && (mode->type != JSON_STRING || strcmp(mode->str, "affine") != 0))
		return bad(x, mode, "quantization.mode", "'%s' is not supported (only affine)",
		    mode->type == JSON_STRING ? mode->str : json_type_name(mode->type));
	return 0;
}

static int
parse(struct model_config *c, const struct ctx *x)
{
	const struct json *r = x->root, *mt, *act, *v;
	const struct family_def *f = NULL;
	int b;

	if (r->type != JSON_OBJECT)
		return bad(x, r, "config", "expected an object, got a %s", json_type_name(r->type));
	if (!(mt = json_get(r, "model_type")))
		return bad(x, NULL, "model_type", "missing%s", "");
	if (mt->type != JSON_STRING)
		return bad(x, mt, "model_type", "expected a string, got a %s", json_type_name(mt->type));
	for (size_t i = 0; i < LEN(families); i++)
		if (!strcmp(families[i].model_type, mt->str))
			f = &families[i];
	if (!f)
		return bad(x, mt, "model_type", "'%s' is not a supported family (supported: llama, qwen2)", mt->str);
	c->family = f->family;
	c->model_type = f->model_type;

	if (get_int(x, r, "vocab_size", f->vocab, 1, INT_MAX, &c->vocab) < 0 ||
	    get_int(x, r, "hidden_size", f->hidden, 1, 1 << 20, &c->hidden) < 0 ||
	    get_int(x, r, "intermediate_size", f->intermediate, 1, 1 << 22, &c->intermediate) < 0 ||
	    get_int(x, r, "num_hidden_layers", f->layers, 1, 4096, &c->layers) < 0 ||
	    get_int(x, r, "num_attention_heads", f->heads, 1, 4096, &c->heads) < 0 ||
	    get_int(x, r, "num_key_value_heads", c->heads, 1, 4096, &c->kv_heads) < 0 ||
	    get_int(x, r, "max_position_embeddings", f->max_pos, 1, INT_MAX, &c->max_pos) < 0 ||
	    get_num(x, r, "rms_norm_eps", f->rms_eps, &c->rms_eps) < 0 ||
	    get_num(x, r, "rope_theta", f->rope_theta, &c->rope_theta) < 0 ||
	    get_bool(x, r, "tie_word_embeddings", 0, &c->tie_embeddings) < 0)
		return -1;
	if (c->hidden % c->heads && !json_get(r, "head_dim"))
		return bad(x, json_get(r, "hidden_size"), "hidden_size",
		    "not a multiple of num_attention_heads and no head_dim given%s", "");
	if (get_int(x, r, "head_dim", c->hidden / c->heads, 2, 1 << 16, &c->head_dim) < 0)
		return -1;
	if (c->head_dim % 2)
		return bad(x, json_get(r, "head_dim"), "head_dim", "must be even for RoPE%s", "");
	if (c->heads % c->kv_heads)
		return bad(x, json_get(r, "num_key_value_heads"), "num_key_value_heads",
		    "does not divide num_attention_heads%s", "");

	act = json_get(r, "hidden_act");
	if (act && (act->type != JSON_STRING || strcmp(act->str, "silu") != 0))
		return bad(x, act, "hidden_act", "'%s' is not supported (only silu)",
		    act->type == JSON_STRING ? act->str : json_type_name(act->type));

	c->qkv_bias = f->qkv_bias;
	if ((v = json_get(r, "attention_bias"))) {
		if (!f->has_attention_bias)
			return bad(x, v, "attention_bias", "is not a field of family '%s'", f->model_type);
		if (get_bool(x, r, "attention_bias", 0, &b) < 0)
			return -1;
		c->qkv_bias = c->o_bias = b;
	}
	if (get_bool(x, r, "mlp_bias", 0, &b) < 0)
		return -1;
	if (b)
		return bad(x, json_get(r, "mlp_bias"), "mlp_bias", "true is not supported%s", "");
	if (get_bool(x, r, "use_sliding_window", 0, &b) < 0)
		return -1;
	if (b)
		return bad(x, json_get(r, "use_sliding_window"), "use_sliding_window",
		    "true is not supported%s", "");
	if ((v = json_get(r, "partial_rotary_factor")) && !(v->type == JSON_NUMBER && v->num == 1.0))
		return bad(x, v, "partial_rotary_factor", "only 1.0 is supported for family '%s'", f->model_type);
	if (parse_rope(c, x) < 0 || parse_quant(c, x) < 0)
		return -1;
	return 0;
}

int
cfg_parse(struct model_config *c, const struct json *root, const char *file)
{
	struct ctx x = { file, root };

	memset(c, 0, sizeof(*c));
	if (parse(c, &x) < 0) {
		cfg_free(c);
		return -1;
	}
	return 0;
}

int
cfg_load(struct model_config *c, const char *path)
{
	struct json_doc *d = json_load(path);
	int r;

	if (!d)
		return -1;
	r = cfg_parse(c, json_root(d), json_name(d));
	json_free(d);
	return r;
}

void
cfg_free(struct model_config *c)
{
	for (int i = 0; i < c->noverrides; i++)
		free(c->overrides[i].path);
	free(c->overrides);
	c->overrides = NULL;
	c->noverrides = 0;
}

void
cfg_quant_for(const struct model_config *c, const char *path, int *bits, int *group)
{
	*bits = c->quant_bits;
	*group = c->quant_group;
	for (int i = 0; i < c->noverrides; i++)
		if (!strcmp(c->overrides[i].path, path)) {
			*bits = c->overrides[i].bits;
			*group = c->overrides[i].group;
		}
}
