#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/util.h"
#include "model/config.h"

struct ctx {
	const char *file;
	const struct json *root;
};

/* What the fields say before the layers are laid out. */
struct raw {
	int use_sliding, max_window_layers, pattern, sparse_step, parallel;
	const struct json *layer_types, *no_rope, *mlp_only;
	double scale_depth, dim_model_base, local_theta, partial;
	int has[F_IGNORE + 1];	/* which kinds the family reads */
};

static int
str_is(const struct json *v, const char *s)
{
	return v && v->type == JSON_STRING && v->n == strlen(s) && !memcmp(v->str, s, v->n);
}

static int
bad(const struct ctx *x, const struct json *at, const char *field, const char *fmt, const char *val)
{
	char what[256];

	snprintf(what, sizeof(what), fmt, val);
	if (at)
		return err_set("%s:%d:%d: %s: %s", x->file, at->line, at->col, field, what);
	return err_set("%s: %s: %s", x->file, field, what);
}

static const char *
vstr(const struct json *v)
{
	return v->type == JSON_STRING ? v->str : json_type_name(v->type);
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

/* A positive finite number; def when absent or null. */
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
		return bad(x, rs, "rope_scaling", "expected an object or null, got a %s", json_type_name(rs->type));
	if (!(t = json_get(rs, "rope_type"))) {
		t = json_get(rs, "type");	/* transformers before 4.45 */
		field = "rope_scaling.type";
	}
	if (!t || t->type != JSON_STRING)
		return bad(x, rs, "rope_scaling", "has no rope_type string%s", "");
	if (str_is(t, "default"))
		return 0;
	if (str_is(t, "dynamic")) {
		/* dynamic NTK rescales only past max_position_embeddings, which
		 * no graph's capacity reaches: the plain frequencies */
		return get_num(x, rs, "factor", 1, &c->rope_factor);
	}
	if (!str_is(t, "llama3"))
		return bad(x, t, field, "'%s' is not supported (supported: default, dynamic, llama3)", vstr(t));
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
	if (mode && !str_is(mode, "affine"))
		return bad(x, mode, "quantization.mode", "'%s' is not supported (only affine)", vstr(mode));
	return 0;
}

static int
parse_act(struct model_config *c, const struct ctx *x, const char *key)
{
	const struct json *v = json_get(x->root, key);

	if (!v || v->type == JSON_NULL)
		return 0;	/* the family's default */
	if (str_is(v, "silu") || str_is(v, "swish"))
		c->act = ACT_SILU;
	else if (str_is(v, "gelu_pytorch_tanh") || str_is(v, "gelu_new") || str_is(v, "gelu_fast"))
		c->act = ACT_GELU_TANH;
	else
		return bad(x, v, key, "'%s' is not supported (silu, gelu_pytorch_tanh)", vstr(v));
	return 0;
}

/* A list of layer indexes or flags: its items, checked to be integers. */
static int
int_list(const struct ctx *x, const struct json *v, const char *key, int n, int lo, int hi)
{
	if (v->type != JSON_ARRAY)
		return bad(x, v, key, "expected a list, got a %s", json_type_name(v->type));
	if (n >= 0 && (int)v->n != n) {
		char num[64];
		snprintf(num, sizeof(num), "%zu entries for %d layers", v->n, n);
		return bad(x, v, key, "%s", num);
	}
	for (size_t i = 0; i < v->n; i++)
		if (v->items[i].type != JSON_NUMBER || !v->items[i].is_int || v->items[i].inum < lo ||
		    v->items[i].inum > hi)
			return bad(x, &v->items[i], key, "expected integers in range%s", "");
	return 0;
}

/* One field of the family's table. */
static int
field(struct model_config *c, struct raw *r, const struct ctx *x, const struct fieldspec *s)
{
	const struct json *v = json_get(x->root, s->key);
	int b, i;
	double d;

	r->has[s->kind] = 1;
	switch (s->kind) {
	case F_EPS:
		return get_num(x, x->root, s->key, s->def, &c->rms_eps);
	case F_ACT:
		return parse_act(c, x, s->key);
	case F_HEAD_DIM:
	case F_LAYERS:
		return 0;	/* read with the sizes */
	case F_ATTN_BIAS:
		if (get_bool(x, x->root, s->key, (int)s->def, &b) < 0)
			return -1;
		c->q_bias = c->k_bias = c->v_bias = c->o_bias = b;
		return 0;
	case F_QKV_BIAS:
		if (get_bool(x, x->root, s->key, (int)s->def, &b) < 0)
			return -1;
		c->q_bias = c->k_bias = c->v_bias = b;
		return 0;
	case F_O_BIAS:
		return get_bool(x, x->root, s->key, (int)s->def, &c->o_bias);
	case F_O_MLP_BIAS:
		if (get_bool(x, x->root, s->key, (int)s->def, &b) < 0)
			return -1;
		c->o_bias = c->mlp_bias = b;
		return 0;
	case F_MLP_BIAS:
		return get_bool(x, x->root, s->key, (int)s->def, &c->mlp_bias);
	case F_ALL_BIAS:
		if (get_bool(x, x->root, s->key, (int)s->def, &b) < 0)
			return -1;
		c->q_bias = c->k_bias = c->v_bias = c->o_bias = c->mlp_bias = b;
		return 0;
	case F_ATTN_SOFTCAP:
		if (v && v->type == JSON_NULL)
			return c->attn_softcap = 0, 0;
		return get_num(x, x->root, s->key, s->def, &c->attn_softcap);
	case F_FINAL_SOFTCAP:
		if (v && v->type == JSON_NULL)
			return c->final_softcap = 0, 0;
		return get_num(x, x->root, s->key, s->def, &c->final_softcap);
	case F_QPAS:
		if (get_num(x, x->root, s->key, s->def, &d) < 0)
			return -1;
		c->attn_scale = 1.0 / sqrt(d);
		return 0;
	case F_ATTN_MULT:
		return get_num(x, x->root, s->key, s->def, &c->attn_scale);
	case F_EMBED_MULT:
		return get_num(x, x->root, s->key, s->def, &c->embed_mult);
	case F_RESID_MULT:
		return get_num(x, x->root, s->key, s->def, &c->resid_mult);
	case F_SCALE_DEPTH:
		return get_num(x, x->root, s->key, s->def, &r->scale_depth);
	case F_DIM_MODEL_BASE:
		return get_num(x, x->root, s->key, s->def, &r->dim_model_base);
	case F_LOGIT_DIV:
		return get_num(x, x->root, s->key, s->def, &c->logit_div);
	case F_LOGIT_MULT:
		return get_num(x, x->root, s->key, s->def, &c->logit_mult);
	case F_WINDOW:
		if (v && v->type == JSON_NULL)
			return c->window = 0, 0;
		return get_int(x, x->root, s->key, (int)s->def, 1, INT_MAX, &c->window);
	case F_LAYER_TYPES:
		if (v && v->type != JSON_NULL) {
			if (v->type != JSON_ARRAY)
				return bad(x, v, s->key, "expected a list, got a %s", json_type_name(v->type));
			for (size_t k = 0; k < v->n; k++)
				if (!str_is(&v->items[k], "sliding_attention") && !str_is(&v->items[k], "full_attention"))
					return bad(x, &v->items[k], s->key, "'%s' is not supported (sliding_attention, "
					    "full_attention)", vstr(&v->items[k]));
			r->layer_types = v;
		}
		return 0;
	case F_WINDOW_PATTERN:
		return get_int(x, x->root, s->key, (int)s->def, 1, INT_MAX, &r->pattern);
	case F_USE_SLIDING:
		return get_bool(x, x->root, s->key, (int)s->def, &r->use_sliding);
	case F_MAX_WINDOW_LAYERS:
		return get_int(x, x->root, s->key, (int)s->def, 0, INT_MAX, &r->max_window_layers);
	case F_NO_ROPE_LAYERS:
		if (v && v->type != JSON_NULL)
			r->no_rope = v;
		return 0;
	case F_PARTIAL_ROTARY:
		if (get_num(x, x->root, s->key, s->def, &r->partial) < 0)
			return -1;
		if (r->partial > 1)
			return bad(x, v, s->key, "must be at most 1%s", "");
		return 0;
	case F_LOCAL_ROPE_BASE:
		return get_num(x, x->root, s->key, s->def, &r->local_theta);
	case F_PARALLEL:
		return get_bool(x, x->root, s->key, (int)s->def, &r->parallel);
	case F_EXPERTS:
		return get_int(x, x->root, s->key, (int)s->def, 0, 1 << 16, &c->experts);
	case F_TOPK:
		return get_int(x, x->root, s->key, (int)s->def, 1, 1 << 16, &c->topk);
	case F_NORM_TOPK:
		return get_bool(x, x->root, s->key, (int)s->def, &c->norm_topk);
	case F_MOE_INTER:
		return get_int(x, x->root, s->key, (int)s->def, 1, 1 << 22, &c->moe_inter);
	case F_SHARED_INTER:
		return get_int(x, x->root, s->key, (int)s->def, 0, 1 << 22, &c->shared_inter);
	case F_SPARSE_STEP:
		return get_int(x, x->root, s->key, (int)s->def, 1, INT_MAX, &r->sparse_step);
	case F_MLP_ONLY:
		if (v && v->type != JSON_NULL) {
			if (int_list(x, v, s->key, -1, 0, INT_MAX) < 0)
				return -1;
			r->mlp_only = v;
		}
		return 0;
	case F_REFUSE_TRUE:
		if (get_bool(x, x->root, s->key, 0, &i) < 0)
			return -1;
		if (i)
			return bad(x, v, s->key, "true is not supported by the emitter%s", "");
		return 0;
	case F_REFUSE_SET:
		if (v && v->type != JSON_NULL)
			return bad(x, v, s->key, "is not supported by the emitter (only null)%s", "");
		return 0;
	case F_IGNORE:
		return 0;
	}
	return 0;
}

/* A field some family reads as a switch, true in a config of a family
 * that does not read it: transformers would ignore it, which is never
 * what the file's author meant. */
static int
foreign_switches(const struct model_config *c, const struct ctx *x)
{
	for (const struct family *f = families; f->model_type; f++)
		for (const struct fieldspec *s = f->fields; s->key; s++) {
			int own = 0, b;
			if (s->kind != F_ATTN_BIAS && s->kind != F_QKV_BIAS && s->kind != F_MLP_BIAS &&
			    s->kind != F_USE_SLIDING && s->kind != F_PARALLEL && s->kind != F_O_BIAS &&
			    s->kind != F_O_MLP_BIAS)
				continue;
			for (const struct fieldspec *t = c->fam->fields; t->key && !own; t++)
				own = !strcmp(t->key, s->key);
			const struct json *v = json_get(x->root, s->key);
			if (own || !v || v->type != JSON_BOOL)
				continue;
			if (get_bool(x, x->root, s->key, 0, &b) == 0 && b)
				return bad(x, v, s->key, "is not a field of family '%s'", c->model_type);
		}
	return 0;
}

/* The layers' flags: windows, RoPE, experts. */
static int
layers(struct model_config *c, const struct raw *r, const struct ctx *x)
{
	const struct family *f = c->fam;
	int L = c->layers;

	c->lflags = ecalloc((size_t)L, 1);
	if (r->layer_types && (int)r->layer_types->n != L) {
		char num[64];
		snprintf(num, sizeof(num), "%zu entries for %d layers", r->layer_types->n, L);
		return bad(x, r->layer_types, "layer_types", "%s", num);
	}
	for (int i = 0; i < L; i++) {
		int sl;
		if (r->layer_types)
			sl = str_is(&r->layer_types->items[i], "sliding_attention");
		else if (r->has[F_WINDOW_PATTERN])
			sl = (i + 1) % r->pattern != 0;
		else if (f->window_even)
			sl = i % 2 == 0;
		else if (r->has[F_USE_SLIDING])
			sl = r->use_sliding && i >= r->max_window_layers;
		else
			sl = f->window_all;
		if (sl && c->window)
			c->lflags[i] |= LF_SLIDING;
		if (f->full_nope && !sl)
			c->lflags[i] |= LF_NOPE;
		if (sl && r->has[F_LOCAL_ROPE_BASE])
			c->lflags[i] |= LF_LOCAL_ROPE;
	}
	if (r->has[F_USE_SLIDING] && r->use_sliding && !r->layer_types && r->has[F_NO_ROPE_LAYERS])
		return bad(x, json_get(x->root, "use_sliding_window"), "use_sliding_window",
		    "true without layer_types is not supported for family '%s'", c->model_type);
	if (r->no_rope) {
		if (int_list(x, r->no_rope, "no_rope_layers", L, 0, 1) < 0)
			return -1;
		for (int i = 0; i < L; i++)
			if (!r->no_rope->items[i].inum)
				c->lflags[i] |= LF_NOPE;
	}
	if (f->moe && c->experts > 0) {
		if (c->topk > c->experts)
			return bad(x, json_get(x->root, "num_experts_per_tok"), "num_experts_per_tok",
			    "more than the experts%s", "");
		for (int i = 0; i < L; i++) {
			int moe = f->moe == 1 || (i + 1) % r->sparse_step == 0;
			for (size_t k = 0; r->mlp_only && k < r->mlp_only->n; k++)
				moe &= r->mlp_only->items[k].inum != i;
			if (moe)
				c->lflags[i] |= LF_MOE;
		}
	}
	return 0;
}

static int
parse(struct model_config *c, const struct ctx *x)
{
	const struct json *r = x->root, *mt, *v;
	const struct family *f;
	struct raw raw = { .pattern = 1, .sparse_step = 1, .partial = 1 };

	if (r->type != JSON_OBJECT)
		return bad(x, r, "config", "expected an object, got a %s", json_type_name(r->type));
	if (!(mt = json_get(r, "model_type")))
		return bad(x, NULL, "model_type", "missing%s", "");
	if (mt->type != JSON_STRING)
		return bad(x, mt, "model_type", "expected a string, got a %s", json_type_name(mt->type));
	if (!(f = family_find(mt->str, mt->n)))
		return err_set("%s:%d:%d: model_type: '%s' is not a supported family (supported: %s)", x->file,
		    mt->line, mt->col, mt->str, family_names());
	c->fam = f;
	c->model_type = f->model_type;
	c->norm = f->norm;
	c->block = f->block;
	c->act = f->act;
	c->mlp = f->mlp;
	c->qknorm = f->qknorm;
	c->rope_layout = f->layout;
	c->rms_eps = f->eps;
	c->tie_embeddings = f->tie;
	c->norm_bias = f->norm == NORM_LN;

	/* the sizes (EXAONE names the layer count num_layers) */
	const char *lkey = "num_hidden_layers";
	for (const struct fieldspec *s = f->fields; s->key; s++)
		if (s->kind == F_LAYERS)
			lkey = s->key;
	if (get_int(x, r, "vocab_size", f->vocab, 1, INT_MAX, &c->vocab) < 0 ||
	    get_int(x, r, "hidden_size", f->hidden, 1, 1 << 20, &c->hidden) < 0 ||
	    get_int(x, r, "intermediate_size", f->intermediate ? f->intermediate : 4 * c->hidden, 1, 1 << 22,
	    &c->intermediate) < 0 ||
	    get_int(x, r, lkey, f->layers, 1, 4096, &c->layers) < 0 ||
	    get_int(x, r, "num_attention_heads", f->heads, 1, 4096, &c->heads) < 0 ||
	    get_int(x, r, "num_key_value_heads", f->kv ? f->kv : c->heads, 1, 4096, &c->kv_heads) < 0 ||
	    get_int(x, r, "max_position_embeddings", f->max_pos, 1, INT_MAX, &c->max_pos) < 0 ||
	    get_num(x, r, "rope_theta", f->rope_theta, &c->rope_theta) < 0 ||
	    get_bool(x, r, "tie_word_embeddings", f->tie, &c->tie_embeddings) < 0)
		return -1;
	if (c->heads % c->kv_heads)
		return bad(x, json_get(r, "num_key_value_heads"), "num_key_value_heads",
		    "does not divide num_attention_heads%s", "");
	int hd_default = 0;
	const char *hdkey = NULL;
	for (const struct fieldspec *s = f->fields; s->key; s++)
		if (s->kind == F_HEAD_DIM) {
			hdkey = s->key;
			hd_default = (int)s->def;
		}
	if (!hd_default) {
		if (c->hidden % c->heads && (!hdkey || !json_get(r, hdkey) || json_get(r, hdkey)->type == JSON_NULL))
			return bad(x, json_get(r, "hidden_size"), "hidden_size",
			    "not a multiple of num_attention_heads and no head_dim given%s", "");
		hd_default = c->hidden / c->heads;
	}
	if (f->head_dim_forced || !hdkey)
		c->head_dim = c->hidden / c->heads;
	else if (get_int(x, r, hdkey, hd_default, 2, 1 << 16, &c->head_dim) < 0)
		return -1;
	if (c->head_dim % 2)
		return bad(x, json_get(r, "head_dim"), "head_dim", "must be even for RoPE%s", "");

	/* the family's own fields */
	c->attn_scale = 0;
	c->q_bias = c->k_bias = c->v_bias = f->qkv_bias;
	for (const struct fieldspec *s = f->fields; s->key; s++)
		if (field(c, &raw, x, s) < 0)
			return -1;
	if (!c->attn_scale)
		c->attn_scale = 1.0 / sqrt((double)c->head_dim);
	if (f->qkv_bias)
		c->q_bias = c->k_bias = c->v_bias = 1;
	if (raw.parallel)
		c->block = BLOCK_PARALLEL;
	if (f->embed_sqrt)
		c->embed_mult = sqrt((double)c->hidden);
	if (raw.has[F_SCALE_DEPTH])
		c->resid_mult = raw.scale_depth / sqrt((double)c->layers);
	if (raw.has[F_DIM_MODEL_BASE])
		c->hidden_div = (double)c->hidden / raw.dim_model_base;
	/* multipliers of one do nothing: no op in the graph */
	if (c->embed_mult == 1)
		c->embed_mult = 0;
	if (c->resid_mult == 1)
		c->resid_mult = 0;
	if (c->hidden_div == 1)
		c->hidden_div = 0;
	if (c->logit_div == 1)
		c->logit_div = 0;
	c->rope_local_theta = raw.has[F_LOCAL_ROPE_BASE] ? raw.local_theta : c->rope_theta;
	c->rotary_dim = c->head_dim;
	if (raw.has[F_PARTIAL_ROTARY]) {
		c->rotary_dim = (int)(c->head_dim * raw.partial);
		if (c->rotary_dim < 2 || c->rotary_dim % 2)
			return bad(x, json_get(r, "partial_rotary_factor"), "partial_rotary_factor",
			    "leaves an odd or empty rotary width%s", "");
	} else if ((v = json_get(r, "partial_rotary_factor")) && !(v->type == JSON_NUMBER && v->num == 1.0)) {
		return bad(x, v, "partial_rotary_factor", "only 1.0 is supported for family '%s'", f->model_type);
	}
	if (f->moe && c->experts > 0 && !raw.has[F_MOE_INTER])
		c->moe_inter = c->intermediate;
	c->norm_topk = c->norm_topk || f->renorm;
	if (foreign_switches(c, x) < 0 || layers(c, &raw, x) < 0 || parse_rope(c, x) < 0 || parse_quant(c, x) < 0)
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

	memset(c, 0, sizeof(*c));
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
	free(c->lflags);
	c->lflags = NULL;
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
