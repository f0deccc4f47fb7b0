/* The transformer graphs: decode and prefill, argmax or logits, batched
 * decode, narrowed dot operands, MLX-quantized weights dequantized in the
 * graph.  The shape of every value is in a comment beside it:
 * R rows (B decode rows or C prefill tokens), D hidden, H heads, KV
 * key/value heads, G = H / KV, hd head_dim, S capacity, L layers. */
#include <assert.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "model/emit.h"
#include "base/err.h"
#include "model/hlo.h"
#include "base/util.h"

struct weight {
	char name[160];
	struct hlo_val v;
};

struct em {
	struct hlo_builder *b;
	const struct model_config *c;
	const struct emit_opts *o;
	struct weight *w;	/* (nw) weights declared so far */
	int nw;
	int R;			/* rows */
	int batched;		/* decode over B independent rows */
	struct hlo_val cos, sin;	/* (R, hd) */
	struct hlo_val zero;		/* i32 0 */
	struct hlo_val row_len[64];	/* batched: cache_len of each row */
};

/* Shorthands */

static struct hlo_val
splat(struct em *e, double v, struct hlo_type t)
{
	struct hlo_val c = hlo_const_f(e->b, HLO_SCALAR(t.dt), v);

	return t.rank ? hlo_bcast(e->b, c, t, NULL) : c;
}

static struct hlo_val
idx_const(struct em *e, int v)
{
	return hlo_const_i(e->b, HLO_SCALAR(DTYPE_I32), v);
}

static struct hlo_val
bcast(struct em *e, struct hlo_val x, struct hlo_type t, int n, ...)
{
	int64_t dims[HLO_MAX_RANK];
	va_list ap;

	va_start(ap, n);
	for (int i = 0; i < n; i++)
		dims[i] = va_arg(ap, int);
	va_end(ap);
	return hlo_bcast(e->b, x, t, dims);
}

static struct hlo_val
narrow(struct em *e, struct hlo_val x)
{
	return e->o->precision == DTYPE_F32 ? x : hlo_convert(e->b, x, e->o->precision);
}

/* Declares (once) the weight called name with type t. */
static struct hlo_val
weight(struct em *e, const char *name, struct hlo_type t)
{
	for (int i = 0; i < e->nw; i++)
		if (!strcmp(e->w[i].name, name))
			return e->w[i].v;
	e->w = ereallocarray(e->w, (size_t)e->nw + 1, sizeof(*e->w));
	snprintf(e->w[e->nw].name, sizeof(e->w[0].name), "%s", name);
	e->w[e->nw].v = hlo_arg(e->b, t, name);
	return e->w[e->nw++].v;
}

static struct hlo_val
weightf(struct em *e, struct hlo_type t, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static struct hlo_val
weightf(struct em *e, struct hlo_type t, const char *fmt, ...)
{
	char name[160];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(name, sizeof(name), fmt, ap);
	va_end(ap);
	return weight(e, name, t);
}

/* MLX affine dequantization of rows of packed words:
 * w = q * scale + bias per group of `group` inputs, q packed lowest bits
 * first into little-endian u32 words.  packed (R, in*bits/32) u32,
 * scales and biases (R, in/group) f32; returns (R, in) f32. */
static struct hlo_val
dequant(struct em *e, struct hlo_val packed, struct hlo_val scales, struct hlo_val biases,
    int bits, int group)
{
	struct hlo_builder *b = e->b;
	int64_t R = packed.t.dim[0], W = packed.t.dim[1], per = 32 / bits;
	int64_t in = W * per, ng = in / group;
	struct hlo_type t3 = HLO_TY(DTYPE_U32, R, W, per);
	struct hlo_type g3 = HLO_TY(DTYPE_F32, R, ng, group);
	struct hlo_val p, sh, q, s, bi;

	p = bcast(e, packed, t3, 2, 0, 1);
	sh = hlo_iota(b, t3, 2);
	sh = hlo_mul(b, sh, bcast(e, hlo_const_i(b, HLO_SCALAR(DTYPE_U32), bits), t3, 0));
	q = hlo_shr(b, p, sh);
	q = hlo_and(b, q, bcast(e, hlo_const_i(b, HLO_SCALAR(DTYPE_U32), (1 << bits) - 1), t3, 0));
	q = hlo_convert(b, q, DTYPE_F32);
	q = hlo_reshape(b, q, g3);
	s = bcast(e, scales, g3, 2, 0, 1);
	bi = bcast(e, biases, g3, 2, 0, 1);
	q = hlo_add(b, hlo_mul(b, q, s), bi);
	return hlo_reshape(b, q, HLO_TY(DTYPE_F32, R, in));
}

static int
check_quant(const char *path, int bits, int group, int64_t in)
{
	if (32 % bits)
		return err_set("%s: %d-bit quantization is not supported by the emitter "
		    "(2, 4 and 8 are; dequant(1) the checkpoint first)", path, bits);
	if (in % group || in % (32 / bits))
		return err_set("%s: group size %d does not divide the %lld inputs", path, group, (long long)in);
	return 0;
}

/* The (out, in) matrix of module path, dense or dequantized, as an
 * operand of a dot_general (narrowed to the graph's precision). */
static struct hlo_val
matrix(struct em *e, const char *path, int64_t out, int64_t in, int *err)
{
	int bits, group;

	cfg_quant_for(e->c, path, &bits, &group);
	if (!bits)
		return weightf(e, HLO_TY(e->o->precision, out, in), "%s.weight", path);
	if (check_quant(path, bits, group, in) < 0) {
		*err = -1;
		return e->zero;
	}
	struct hlo_val p = weightf(e, HLO_TY(DTYPE_U32, out, in * bits / 32), "%s.weight", path);
	struct hlo_val s = weightf(e, HLO_TY(DTYPE_F32, out, in / group), "%s.scales", path);
	struct hlo_val bi = weightf(e, HLO_TY(DTYPE_F32, out, in / group), "%s.biases", path);
	return narrow(e, dequant(e, p, s, bi, bits, group));
}

/* x (R, in) times the (out, in) weight of path, plus its bias: (R, out). */
static struct hlo_val
linear(struct em *e, struct hlo_val x, const char *path, int64_t out, int bias, int *err)
{
	int64_t in = x.t.dim[1];
	struct hlo_val w = matrix(e, path, out, in, err), y;

	if (*err)
		return x;
	y = hlo_dot(e->b, narrow(e, x), w, 0, NULL, NULL, 1, (int64_t[]){ 1 }, (int64_t[]){ 1 }, DTYPE_F32);
	if (bias) {
		struct hlo_val bv = weightf(e, HLO_TY(DTYPE_F32, out), "%s.bias", path);
		y = hlo_add(e->b, y, bcast(e, bv, y.t, 1, 1));
	}
	return y;
}

/* RMSNorm of x (R, D) with the (D) weight called name, as transformers
 * computes it: x * rsqrt(mean(x^2) + eps) * w, in f32. */
static struct hlo_val
rmsnorm(struct em *e, struct hlo_val x, const char *name)
{
	struct hlo_builder *b = e->b;
	int64_t R = x.t.dim[0], D = x.t.dim[1];
	struct hlo_type rt = HLO_TY(DTYPE_F32, R);
	struct hlo_val s, w;

	s = hlo_mul(b, x, x);
	s = hlo_reduce(b, "add", s, hlo_const_f(b, HLO_SCALAR(DTYPE_F32), 0), 1);
	s = hlo_div(b, s, splat(e, (double)D, rt));
	s = hlo_rsqrt(b, hlo_add(b, s, splat(e, (float)e->c->rms_eps, rt)));
	x = hlo_mul(b, x, bcast(e, s, x.t, 1, 0));
	w = weight(e, name, HLO_TY(DTYPE_F32, D));
	return hlo_mul(b, x, bcast(e, w, x.t, 1, 1));
}

void
emit_rope_inv_freq(const struct model_config *c, float *inv)
{
	int hd = c->head_dim, n = hd / 2;

	/* transformers' formulas evaluated in f64 and rounded once: within
	 * half an ulp of the exact values (transformers' own f32 evaluation
	 * strays up to 3 ulps in llama3's smoothed band) */
	for (int i = 0; i < n; i++) {
		double f = 1.0 / pow(c->rope_theta, (double)(2 * i) / hd);
		if (c->rope == ROPE_LLAMA3) {
			double low_wl = c->rope_orig_max_pos / c->rope_low_freq;
			double high_wl = c->rope_orig_max_pos / c->rope_high_freq;
			double wl = 2 * 3.14159265358979323846 / f;	/* math.pi */
			if (wl > low_wl) {
				f /= c->rope_factor;
			} else if (wl >= high_wl) {
				double sm = (c->rope_orig_max_pos / wl - c->rope_low_freq) /
				    (c->rope_high_freq - c->rope_low_freq);
				f = (1 - sm) * f / c->rope_factor + sm * f;
			}
		}
		inv[i] = (float)f;
	}
}

/* cos and sin tables (R, hd) for the positions pos (R) i32. */
static void
rope_tables(struct em *e, struct hlo_val pos)
{
	struct hlo_builder *b = e->b;
	int R = e->R, half = e->c->head_dim / 2;
	struct hlo_type t = HLO_TY(DTYPE_F32, R, half);
	float inv[512];
	struct hlo_val p, f, c, s;

	assert(half <= (int)LEN(inv));
	emit_rope_inv_freq(e->c, inv);
	p = bcast(e, hlo_convert(b, pos, DTYPE_F32), t, 1, 0);
	f = hlo_mul(b, p, bcast(e, hlo_const_list_f(b, HLO_TY(DTYPE_F32, half), inv), t, 1, 1));
	c = hlo_cos(b, f);
	s = hlo_sin(b, f);
	e->cos = hlo_concat(b, 2, (struct hlo_val[]){ c, c }, 1);
	e->sin = hlo_concat(b, 2, (struct hlo_val[]){ s, s }, 1);
}

/* x * cos + rotate_half(x) * sin for x (R, n, hd). */
static struct hlo_val
rope(struct em *e, struct hlo_val x)
{
	struct hlo_builder *b = e->b;
	int64_t R = x.t.dim[0], n = x.t.dim[1], hd = x.t.dim[2];
	struct hlo_val x1, x2, rot, c, s;

	x1 = hlo_slice(b, x, (int64_t[]){ 0, 0, 0 }, (int64_t[]){ R, n, hd / 2 });
	x2 = hlo_slice(b, x, (int64_t[]){ 0, 0, hd / 2 }, (int64_t[]){ R, n, hd });
	rot = hlo_concat(b, 2, (struct hlo_val[]){ hlo_neg(b, x2), x1 }, 2);
	c = bcast(e, e->cos, x.t, 2, 0, 2);
	s = bcast(e, e->sin, x.t, 2, 0, 2);
	/* one op per statement: C leaves the order of arguments open */
	x = hlo_mul(b, x, c);
	rot = hlo_mul(b, rot, s);
	return hlo_add(b, x, rot);
}

/* Softmax over the last dimension of scores, masked where mask is false. */
static struct hlo_val
masked_softmax(struct em *e, struct hlo_val sc, struct hlo_val mask)
{
	struct hlo_builder *b = e->b;
	int last = sc.t.rank - 1;
	struct hlo_type rt = sc.t;
	struct hlo_val m, x, s;

	rt.rank--;
	sc = hlo_select(b, mask, sc, splat(e, -INFINITY, sc.t));
	m = hlo_reduce(b, "maximum", sc, hlo_const_f(b, HLO_SCALAR(DTYPE_F32), -INFINITY), last);
	x = hlo_exp(b, hlo_sub(b, sc, bcast(e, m, sc.t, 3, 0, 1, 2)));
	s = hlo_reduce(b, "add", x, hlo_const_f(b, HLO_SCALAR(DTYPE_F32), 0), last);
	return hlo_div(b, x, bcast(e, s, sc.t, 3, 0, 1, 2));
}

/* Self-attention of layer l on xn (R, D): projects, applies RoPE, writes
 * the new K/V into the caches and attends.  Returns (R, D). */
static struct hlo_val
attention(struct em *e, int l, struct hlo_val xn, struct hlo_val *kc, struct hlo_val *vc,
    struct hlo_val positions, struct hlo_val lens, int *err)
{
	struct hlo_builder *b = e->b;
	const struct model_config *c = e->c;
	int64_t R = e->R, H = c->heads, KV = c->kv_heads, G = H / KV, hd = c->head_dim;
	int64_t S = e->o->capacity;
	char p[128];
	struct hlo_val q, k, v, kl, vl, sc, mask, limit, pr, ctx, li = idx_const(e, l);

	snprintf(p, sizeof(p), "model.layers.%d.self_attn.q_proj", l);
	q = linear(e, xn, p, H * hd, c->qkv_bias, err);
	snprintf(p, sizeof(p), "model.layers.%d.self_attn.k_proj", l);
	k = linear(e, xn, p, KV * hd, c->qkv_bias, err);
	snprintf(p, sizeof(p), "model.layers.%d.self_attn.v_proj", l);
	v = linear(e, xn, p, KV * hd, c->qkv_bias, err);
	if (*err)
		return xn;
	q = rope(e, hlo_reshape(b, q, HLO_TY(DTYPE_F32, R, H, hd)));	/* (R, H, hd) */
	k = rope(e, hlo_reshape(b, k, HLO_TY(DTYPE_F32, R, KV, hd)));	/* (R, KV, hd) */
	v = hlo_reshape(b, v, HLO_TY(DTYPE_F32, R, KV, hd));

	if (e->batched) {
		/* each row at its own cache_len: caches (L, B, S, KV, hd) */
		for (int r = 0; r < R; r++) {
			struct hlo_type rt = HLO_TY(DTYPE_F32, 1, 1, 1, KV, hd);
			struct hlo_val at[5] = { li, idx_const(e, r), e->row_len[r], e->zero, e->zero };
			struct hlo_val kr = hlo_slice(b, k, (int64_t[]){ r, 0, 0 }, (int64_t[]){ r + 1, KV, hd });
			struct hlo_val vr = hlo_slice(b, v, (int64_t[]){ r, 0, 0 }, (int64_t[]){ r + 1, KV, hd });
			*kc = hlo_dus(b, *kc, hlo_reshape(b, kr, rt), at);
			*vc = hlo_dus(b, *vc, hlo_reshape(b, vr, rt), at);
		}
		int64_t lo[5] = { l, 0, 0, 0, 0 }, hi[5] = { l + 1, R, S, KV, hd };
		struct hlo_type lt = HLO_TY(DTYPE_F32, R, S, KV, hd);
		kl = hlo_reshape(b, hlo_slice(b, *kc, lo, hi), lt);	/* (B, S, KV, hd) */
		vl = hlo_reshape(b, hlo_slice(b, *vc, lo, hi), lt);
	} else {
		/* R rows written at consecutive positions from the first */
		struct hlo_type ut = HLO_TY(DTYPE_F32, 1, R, KV, hd);
		struct hlo_val at[4] = { li, e->row_len[0], e->zero, e->zero };
		*kc = hlo_dus(b, *kc, hlo_reshape(b, k, ut), at);
		*vc = hlo_dus(b, *vc, hlo_reshape(b, v, ut), at);
		int64_t lo[4] = { l, 0, 0, 0 }, hi[4] = { l + 1, S, KV, hd };
		kl = hlo_slice(b, *kc, lo, hi);				/* (1, S, KV, hd) */
		vl = hlo_slice(b, *vc, lo, hi);
	}

	struct hlo_val qg = narrow(e, hlo_reshape(b, q, HLO_TY(DTYPE_F32, R, KV, G, hd)));
	if (e->o->kind == EMIT_DECODE) {
		/* one query per row, batched with its own cache: (B, KV, G, S) */
		sc = hlo_dot(b, qg, narrow(e, kl), 2, (int64_t[]){ 0, 1 }, (int64_t[]){ 0, 2 },
		    1, (int64_t[]){ 3 }, (int64_t[]){ 3 }, DTYPE_F32);
		sc = hlo_mul(b, sc, splat(e, (float)(1.0 / sqrt((double)hd)), sc.t));
		limit = bcast(e, lens, hlo_retype(sc.t, DTYPE_I32), 1, 0);
		mask = hlo_compare(b, "LE", hlo_iota(b, limit.t, 3), limit);
		pr = masked_softmax(e, sc, mask);
		pr = narrow(e, pr);
		ctx = hlo_dot(b, pr, narrow(e, vl), 2, (int64_t[]){ 0, 1 }, (int64_t[]){ 0, 2 },
		    1, (int64_t[]){ 3 }, (int64_t[]){ 1 }, DTYPE_F32);	/* (B, KV, G, hd) */
	} else {
		/* C queries against one cache: (KV, C, G, S) */
		struct hlo_type st = HLO_TY(DTYPE_F32, S, KV, hd);
		kl = hlo_reshape(b, kl, st);
		vl = hlo_reshape(b, vl, st);
		sc = hlo_dot(b, qg, narrow(e, kl), 1, (int64_t[]){ 1 }, (int64_t[]){ 1 },
		    1, (int64_t[]){ 3 }, (int64_t[]){ 2 }, DTYPE_F32);
		sc = hlo_mul(b, sc, splat(e, (float)(1.0 / sqrt((double)hd)), sc.t));
		limit = bcast(e, positions, hlo_retype(sc.t, DTYPE_I32), 1, 1);
		mask = hlo_compare(b, "LE", hlo_iota(b, limit.t, 3), limit);
		pr = masked_softmax(e, sc, mask);
		pr = narrow(e, pr);
		ctx = hlo_dot(b, pr, narrow(e, vl), 1, (int64_t[]){ 0 }, (int64_t[]){ 1 },
		    1, (int64_t[]){ 3 }, (int64_t[]){ 0 }, DTYPE_F32);	/* (KV, C, G, hd) */
		ctx = hlo_transpose(b, ctx, (int64_t[]){ 1, 0, 2, 3 });
	}
	ctx = hlo_reshape(b, ctx, HLO_TY(DTYPE_F32, R, H * hd));
	snprintf(p, sizeof(p), "model.layers.%d.self_attn.o_proj", l);
	return linear(e, ctx, p, c->hidden, c->o_bias, err);
}

/* SwiGLU MLP of layer l on xn (R, D). */
static struct hlo_val
mlp(struct em *e, int l, struct hlo_val xn, int *err)
{
	struct hlo_builder *b = e->b;
	int64_t F = e->c->intermediate;
	char p[128];
	struct hlo_val g, u;

	snprintf(p, sizeof(p), "model.layers.%d.mlp.gate_proj", l);
	g = linear(e, xn, p, F, 0, err);
	snprintf(p, sizeof(p), "model.layers.%d.mlp.up_proj", l);
	u = linear(e, xn, p, F, 0, err);
	if (*err)
		return xn;
	g = hlo_mul(b, g, hlo_logistic(b, g));		/* silu */
	snprintf(p, sizeof(p), "model.layers.%d.mlp.down_proj", l);
	return linear(e, hlo_mul(b, g, u), p, e->c->hidden, 0, err);
}

/* The token embeddings (R, D) f32 of ids (R) i32. */
static struct hlo_val
embed(struct em *e, struct hlo_val ids, int *err)
{
	struct hlo_builder *b = e->b;
	const char *path = "model.embed_tokens";
	int64_t V = e->c->vocab, D = e->c->hidden, R = e->R;
	struct hlo_val ix = hlo_reshape(b, ids, HLO_TY(DTYPE_I32, R, 1));
	int bits, group;

	cfg_quant_for(e->c, path, &bits, &group);
	if (!bits) {
		struct hlo_val t = weight(e, "model.embed_tokens.weight", HLO_TY(e->o->precision, V, D));
		struct hlo_val x = hlo_gather_rows(b, t, ix);
		return e->o->precision == DTYPE_F32 ? x : hlo_convert(b, x, DTYPE_F32);
	}
	if (check_quant(path, bits, group, D) < 0) {
		*err = -1;
		return ids;
	}
	struct hlo_val p = weight(e, "model.embed_tokens.weight", HLO_TY(DTYPE_U32, V, D * bits / 32));
	struct hlo_val s = weight(e, "model.embed_tokens.scales", HLO_TY(DTYPE_F32, V, D / group));
	struct hlo_val bi = weight(e, "model.embed_tokens.biases", HLO_TY(DTYPE_F32, V, D / group));
	p = hlo_gather_rows(b, p, ix);
	s = hlo_gather_rows(b, s, ix);
	bi = hlo_gather_rows(b, bi, ix);
	return dequant(e, p, s, bi, bits, group);
}

void
emit_graph_name(char *buf, size_t n, const struct emit_opts *o)
{
	if (o->kind == EMIT_PREFILL)
		snprintf(buf, n, "prefill%s", o->logits ? "_logits" : "");
	else if (o->batch)
		snprintf(buf, n, "decode_step%s_b%d", o->logits ? "_logits" : "", o->batch);
	else
		snprintf(buf, n, "decode_step%s", o->logits ? "_logits" : "");
}

int
emit_graph(struct strbuf *out, const struct model_config *c, const struct emit_opts *o)
{
	struct hlo_builder b;
	struct em e = { .b = &b, .c = c, .o = o };
	int64_t L = c->layers, S = o->capacity, KV = c->kv_heads, hd = c->head_dim;
	int64_t D = c->hidden, V = c->vocab;
	struct hlo_type ct, it;
	struct hlo_val ids, pos, lens, kc, vc, x, res[3];
	char name[64], quant[32];
	int err = 0;

	if (o->precision != DTYPE_F32 && o->precision != DTYPE_BF16 && o->precision != DTYPE_F16)
		return err_set("precision must be f32, f16 or bf16");
	if (o->capacity < 1 || o->capacity > c->max_pos)
		return err_set("capacity %d is outside 1..%d (max_position_embeddings)",
		    o->capacity, c->max_pos);
	if (o->kind == EMIT_PREFILL && (o->chunk < 1 || o->chunk > o->capacity))
		return err_set("chunk %d is outside 1..%d (the capacity)", o->chunk, o->capacity);
	if (o->batch < 0 || o->batch > (int)LEN(e.row_len))
		return err_set("batch %d is outside 1..%d", o->batch, (int)LEN(e.row_len));

	emit_graph_name(name, sizeof(name), o);
	if (c->quant_bits)
		snprintf(quant, sizeof(quant), "mlx%db%d", c->quant_bits, c->quant_group);
	else
		snprintf(quant, sizeof(quant), "none");
	sb_printf(out, "// emit arch=%s graph=%s precision=%s capacity=%d", o->arch, name,
	    dtype_mlir_name(o->precision), o->capacity);
	if (o->kind == EMIT_PREFILL)
		sb_printf(out, " chunk=%d", o->chunk);
	else
		sb_printf(out, " batch=%d", o->batch ? o->batch : 1);
	sb_printf(out, " quant=%s\n", quant);

	hlo_module_begin(&b, out, name);
	hlo_func_begin(&b);
	e.batched = o->kind == EMIT_DECODE && o->batch > 0;
	e.R = o->kind == EMIT_PREFILL ? o->chunk : e.batched ? o->batch : 1;
	ct = e.batched ? HLO_TY(DTYPE_F32, L, e.R, S, KV, hd) : HLO_TY(DTYPE_F32, L, S, KV, hd);
	it = HLO_TY(DTYPE_I32, e.R);
	if (o->kind == EMIT_PREFILL) {
		ids = hlo_arg(&b, it, "tokens");
		pos = hlo_arg(&b, it, "positions");
		lens = hlo_arg(&b, HLO_SCALAR(DTYPE_I32), "real_len");
	} else if (e.batched) {
		ids = hlo_arg(&b, it, "token");
		pos = hlo_arg(&b, it, "pos");
		lens = hlo_arg(&b, it, "cache_len");
	} else {
		ids = hlo_arg(&b, HLO_SCALAR(DTYPE_I32), "token");
		pos = hlo_arg(&b, HLO_SCALAR(DTYPE_I32), "pos");
		lens = hlo_arg(&b, HLO_SCALAR(DTYPE_I32), "cache_len");
	}
	kc = hlo_arg(&b, ct, "kcache");
	vc = hlo_arg(&b, ct, "vcache");

	e.zero = idx_const(&e, 0);
	if (o->kind == EMIT_PREFILL) {
		/* the chunk is written from its first position on */
		e.row_len[0] = hlo_reshape(&b, hlo_slice(&b, pos, (int64_t[]){ 0 }, (int64_t[]){ 1 }),
		    HLO_SCALAR(DTYPE_I32));
	} else if (e.batched) {
		for (int r = 0; r < e.R; r++)
			e.row_len[r] = hlo_reshape(&b, hlo_slice(&b, lens, (int64_t[]){ r },
			    (int64_t[]){ r + 1 }), HLO_SCALAR(DTYPE_I32));
	} else {
		e.row_len[0] = lens;
		ids = hlo_reshape(&b, ids, it);
		pos = hlo_reshape(&b, pos, it);
		lens = hlo_reshape(&b, lens, it);
	}
	rope_tables(&e, pos);

	x = embed(&e, ids, &err);					/* (R, D) */
	for (int l = 0; l < c->layers && !err; l++) {
		char n[96];
		snprintf(n, sizeof(n), "model.layers.%d.input_layernorm.weight", l);
		struct hlo_val h = attention(&e, l, rmsnorm(&e, x, n), &kc, &vc, pos, lens, &err);
		if (err)
			break;
		x = hlo_add(&b, x, h);
		snprintf(n, sizeof(n), "model.layers.%d.post_attention_layernorm.weight", l);
		h = mlp(&e, l, rmsnorm(&e, x, n), &err);
		x = hlo_add(&b, x, h);
	}
	if (!err && o->kind == EMIT_PREFILL) {
		/* only the last real token's row goes on */
		struct hlo_val at[2] = { hlo_sub(&b, lens, idx_const(&e, 1)), e.zero };
		x = hlo_dslice(&b, x, at, (int64_t[]){ 1, D });		/* (1, D) */
	}
	if (!err) {
		x = rmsnorm(&e, x, "model.norm.weight");
		x = linear(&e, x, c->tie_embeddings ? "model.embed_tokens" : "lm_head", V, 0, &err);
	}
	if (err) {
		hlo_module_end(&b);
		free(e.w);
		return -1;
	}
	if (x.t.dim[0] == 1 && !e.batched)
		x = hlo_reshape(&b, x, HLO_TY(DTYPE_F32, V));		/* (V) */
	res[0] = o->logits ? x : hlo_argmax(&b, x);
	res[1] = kc;
	res[2] = vc;
	hlo_func_end(&b, "main", 1, 3, res);
	hlo_module_end(&b);
	free(e.w);
	return 0;
}

int
emit_from_config(const char *path, const struct emit_opts *o, struct strbuf *out)
{
	struct model_config c;
	int r;

	if (cfg_load(&c, path) < 0)
		return -1;
	r = emit_graph(out, &c, o);
	cfg_free(&c);
	return r;
}
