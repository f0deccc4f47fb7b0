/* The transformer graphs of every family of the table (config.h): decode
 * and prefill, argmax or logits, batched decode, narrowed dot operands,
 * MLX-quantized weights dequantized in the graph.  One layer function
 * reads the family's row: norm kind and placement, attention variants
 * (fused qkv, q/k norms, biases, soft-cap, window, RoPE variant or none),
 * the MLP or the mixture of experts, multipliers.  One attention core
 * serves decode, prefill and batched decode.  The shape of every value is
 * in a comment beside it: R rows (B decode rows or C prefill tokens), D
 * hidden, H heads, KV key/value heads, G = H / KV, hd head_dim, S
 * capacity, L layers, E experts. */
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

/* A RoPE table: cos and sin (R, rotary_dim) for one base. */
struct rope_table {
	double theta;
	struct hlo_val cos, sin;
	int made;
};

struct em {
	struct hlo_builder *b;
	const struct model_config *c;
	const struct emit_opts *o;
	struct weight *w;	/* (nw) weights declared so far */
	int nw;
	int R;			/* rows */
	int batched;		/* decode over B independent rows */
	struct rope_table rope[2];	/* the global base; the local one (Gemma 3) */
	struct hlo_val zero;		/* i32 0 */
	struct hlo_val row_len[64];	/* batched: cache_len of each row */
	int *err;
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

/* Projection of slot s of layer l: x (R, in) times its (out, in) weight,
 * plus its bias when bias is set: (R, out). */
static struct hlo_val
proj(struct em *e, struct hlo_val x, enum wslot s, int l, int ex, int64_t out, int bias)
{
	char p[160];

	cfg_name(e->c, s, l, ex, p, sizeof(p));
	return linear(e, x, p, out, bias, e->err);
}

/* Normalization of x (..., D) over its last dimension with the weight
 * (and bias) of module path, as the family computes it (f32):
 *   RMS:     x * rsqrt(mean(x^2) + eps) * w     (Gemma: * (1 + w))
 *   LN:      (x - mean) * rsqrt(mean((x - mean)^2) + eps) * w (+ b) */
static struct hlo_val
norm_path(struct em *e, struct hlo_val x, const char *path)
{
	struct hlo_builder *b = e->b;
	const struct model_config *c = e->c;
	int last = x.t.rank - 1;
	int64_t D = x.t.dim[last], keep[HLO_MAX_RANK];
	struct hlo_type rt = x.t;
	struct hlo_val s, w;
	char name[192];

	rt.rank--;
	for (int i = 0; i < last; i++)
		keep[i] = i;
	if (c->norm == NORM_LN || c->norm == NORM_LN_NOBIAS) {
		struct hlo_val m = hlo_reduce(b, "add", x, hlo_const_f(b, HLO_SCALAR(DTYPE_F32), 0), last);
		m = hlo_div(b, m, splat(e, (double)D, rt));
		x = hlo_sub(b, x, hlo_bcast(b, m, x.t, keep));
	}
	s = hlo_mul(b, x, x);
	s = hlo_reduce(b, "add", s, hlo_const_f(b, HLO_SCALAR(DTYPE_F32), 0), last);
	s = hlo_div(b, s, splat(e, (double)D, rt));
	s = hlo_rsqrt(b, hlo_add(b, s, splat(e, (float)c->rms_eps, rt)));
	x = hlo_mul(b, x, hlo_bcast(b, s, x.t, keep));
	snprintf(name, sizeof(name), "%s.weight", path);
	w = weight(e, name, HLO_TY(DTYPE_F32, D));
	if (c->norm == NORM_RMS_1P)
		w = hlo_add(b, w, splat(e, 1.0, w.t));
	x = hlo_mul(b, x, bcast(e, w, x.t, 1, last));
	if (c->norm_bias) {
		snprintf(name, sizeof(name), "%s.bias", path);
		struct hlo_val bv = weight(e, name, HLO_TY(DTYPE_F32, D));
		x = hlo_add(b, x, bcast(e, bv, x.t, 1, last));
	}
	return x;
}

static struct hlo_val
norm(struct em *e, struct hlo_val x, enum wslot s, int l)
{
	char p[160];

	cfg_name(e->c, s, l, 0, p, sizeof(p));
	return norm_path(e, x, p);
}

/* The activation of the family. */
static struct hlo_val
act(struct em *e, struct hlo_val g)
{
	struct hlo_builder *b = e->b;

	if (e->c->act == ACT_SILU)
		return hlo_mul(b, g, hlo_logistic(b, g));	/* silu */
	/* gelu_pytorch_tanh as ATen computes it:
	 * 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))) */
	struct hlo_val x3 = hlo_mul(b, hlo_mul(b, g, g), g);
	struct hlo_val in = hlo_add(b, g, hlo_mul(b, splat(e, 0.044715, g.t), x3));
	in = hlo_mul(b, splat(e, sqrt(2.0) * (2.0 / sqrt(3.14159265358979323846)) * 0.5, g.t), in);
	struct hlo_val t = hlo_add(b, splat(e, 1.0, g.t), hlo_tanh(b, in));
	return hlo_mul(b, hlo_mul(b, splat(e, 0.5, g.t), g), t);
}

void
emit_rope_inv_freq(const struct model_config *c, double theta, float *inv)
{
	int d = c->rotary_dim, n = d / 2;

	/* transformers' formulas evaluated in f64 and rounded once: within
	 * half an ulp of the exact values (transformers' own f32 evaluation
	 * strays up to 3 ulps in llama3's smoothed band) */
	for (int i = 0; i < n; i++) {
		double f = 1.0 / pow(theta, (double)(2 * i) / d);
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

/* cos and sin tables (R, rotary_dim) of base theta for positions pos
 * (R) i32: cat(f, f) for rotate_half, f repeated pairwise for the
 * interleaved layout. */
static void
rope_tables(struct em *e, struct rope_table *rt, struct hlo_val pos)
{
	struct hlo_builder *b = e->b;
	int R = e->R, half = e->c->rotary_dim / 2;
	struct hlo_type t = HLO_TY(DTYPE_F32, R, half);
	float inv[512];
	struct hlo_val p, f, c, s;

	assert(half <= (int)LEN(inv));
	emit_rope_inv_freq(e->c, rt->theta, inv);
	p = bcast(e, hlo_convert(b, pos, DTYPE_F32), t, 1, 0);
	f = hlo_mul(b, p, bcast(e, hlo_const_list_f(b, HLO_TY(DTYPE_F32, half), inv), t, 1, 1));
	c = hlo_cos(b, f);
	s = hlo_sin(b, f);
	if (e->c->rope_layout == ROPE_PAIRS) {
		struct hlo_type t3 = HLO_TY(DTYPE_F32, R, half, 2), t2 = HLO_TY(DTYPE_F32, R, 2 * half);
		rt->cos = hlo_reshape(b, bcast(e, c, t3, 2, 0, 1), t2);
		rt->sin = hlo_reshape(b, bcast(e, s, t3, 2, 0, 1), t2);
	} else {
		rt->cos = hlo_concat(b, 2, (struct hlo_val[]){ c, c }, 1);
		rt->sin = hlo_concat(b, 2, (struct hlo_val[]){ s, s }, 1);
	}
	rt->made = 1;
}

/* x * cos + rotate(x) * sin for x (R, n, d), d the rotary width. */
static struct hlo_val
rotate(struct em *e, struct hlo_val x, const struct rope_table *rt)
{
	struct hlo_builder *b = e->b;
	int64_t R = x.t.dim[0], n = x.t.dim[1], d = x.t.dim[2];
	struct hlo_val rot, c, s;

	if (e->c->rope_layout == ROPE_PAIRS) {
		/* pairs (2i, 2i+1): rot[2i] = -x[2i+1], rot[2i+1] = x[2i] */
		struct hlo_type t4 = HLO_TY(DTYPE_F32, R, n, d / 2, 2);
		struct hlo_val x4 = hlo_reshape(b, x, t4);
		struct hlo_val xe = hlo_slice(b, x4, (int64_t[]){ 0, 0, 0, 0 }, (int64_t[]){ R, n, d / 2, 1 });
		struct hlo_val xo = hlo_slice(b, x4, (int64_t[]){ 0, 0, 0, 1 }, (int64_t[]){ R, n, d / 2, 2 });
		rot = hlo_reshape(b, hlo_concat(b, 2, (struct hlo_val[]){ hlo_neg(b, xo), xe }, 3), x.t);
	} else {
		struct hlo_val x1 = hlo_slice(b, x, (int64_t[]){ 0, 0, 0 }, (int64_t[]){ R, n, d / 2 });
		struct hlo_val x2 = hlo_slice(b, x, (int64_t[]){ 0, 0, d / 2 }, (int64_t[]){ R, n, d });
		rot = hlo_concat(b, 2, (struct hlo_val[]){ hlo_neg(b, x2), x1 }, 2);
	}
	c = bcast(e, rt->cos, x.t, 2, 0, 2);
	s = bcast(e, rt->sin, x.t, 2, 0, 2);
	/* one op per statement: C leaves the order of arguments open */
	x = hlo_mul(b, x, c);
	rot = hlo_mul(b, rot, s);
	return hlo_add(b, x, rot);
}

/* RoPE of layer l on x (R, n, hd): the rotary dims rotated, the rest
 * passed through (partial rotary); nothing on a NoPE layer. */
static struct hlo_val
rope(struct em *e, int l, struct hlo_val x)
{
	struct hlo_builder *b = e->b;
	int64_t R = x.t.dim[0], n = x.t.dim[1], hd = x.t.dim[2], rd = e->c->rotary_dim;
	const struct rope_table *rt = &e->rope[(e->c->lflags[l] & LF_LOCAL_ROPE) ? 1 : 0];

	if (e->c->lflags[l] & LF_NOPE)
		return x;
	if (rd == hd)
		return rotate(e, x, rt);
	struct hlo_val xr = hlo_slice(b, x, (int64_t[]){ 0, 0, 0 }, (int64_t[]){ R, n, rd });
	struct hlo_val xp = hlo_slice(b, x, (int64_t[]){ 0, 0, rd }, (int64_t[]){ R, n, hd });
	return hlo_concat(b, 2, (struct hlo_val[]){ rotate(e, xr, rt), xp }, 2);
}

/* Softmax over the last dimension: exp(x - max) / sum, in f32. */
static struct hlo_val
softmax(struct em *e, struct hlo_val sc)
{
	struct hlo_builder *b = e->b;
	int last = sc.t.rank - 1;
	int64_t keep[HLO_MAX_RANK];
	struct hlo_val m, x, s;

	for (int i = 0; i < last; i++)
		keep[i] = i;
	m = hlo_reduce(b, "maximum", sc, hlo_const_f(b, HLO_SCALAR(DTYPE_F32), -INFINITY), last);
	x = hlo_exp(b, hlo_sub(b, sc, hlo_bcast(b, m, sc.t, keep)));
	s = hlo_reduce(b, "add", x, hlo_const_f(b, HLO_SCALAR(DTYPE_F32), 0), last);
	return hlo_div(b, x, hlo_bcast(b, s, sc.t, keep));
}

/* The softmax of scores, masked where mask is false. */
static struct hlo_val
masked_softmax(struct em *e, struct hlo_val sc, struct hlo_val mask)
{
	sc = hlo_select(e->b, mask, sc, splat(e, -INFINITY, sc.t));
	return softmax(e, sc);
}

/* The two layouts of the attention core.  Decode: one query row per
 * cache row, scores (B, KV, G, S), the limit from cache_len (dim 0).
 * Prefill: C queries against one cache, scores (KV, C, G, S), the limit
 * from positions (dim 1). */
struct layout {
	int64_t qb[2], kb[2], kc;	/* q . k: batching dims, k's contracting dim */
	int64_t pb[2], vb[2], vc;	/* p . v: the same */
	int nb, limit_dim;
};
static const struct layout decode_layout = { { 0, 1 }, { 0, 2 }, 3, { 0, 1 }, { 0, 2 }, 1, 2, 0 };
static const struct layout prefill_layout = { { 1 }, { 1 }, 2, { 0 }, { 1 }, 0, 1, 1 };

/* The attention core: scores of qg (R, KV, G, hd) against kl, scaled,
 * soft-capped, masked (causal, and the window on a sliding layer),
 * softmax, times vl.  lim holds the last visible key of each row. */
static struct hlo_val
attend(struct em *e, int l, const struct layout *ly, struct hlo_val qg, struct hlo_val kl, struct hlo_val vl,
    struct hlo_val lim)
{
	struct hlo_builder *b = e->b;
	const struct model_config *c = e->c;
	struct hlo_val sc, limit, mask, pr;

	sc = hlo_dot(b, qg, narrow(e, kl), ly->nb, ly->qb, ly->kb, 1, (int64_t[]){ 3 }, &ly->kc, DTYPE_F32);
	sc = hlo_mul(b, sc, splat(e, (float)c->attn_scale, sc.t));
	if (c->attn_softcap) {
		/* tanh(s / cap) * cap, before the mask, a true division */
		sc = hlo_div(b, sc, splat(e, c->attn_softcap, sc.t));
		sc = hlo_mul(b, hlo_tanh(b, sc), splat(e, c->attn_softcap, sc.t));
	}
	limit = bcast(e, lim, hlo_retype(sc.t, DTYPE_I32), 1, ly->limit_dim);
	struct hlo_val keys = hlo_iota(b, limit.t, 3);
	mask = hlo_compare(b, "LE", keys, limit);
	if (c->lflags[l] & LF_SLIDING) {
		/* key j of query i: i - j < window */
		struct hlo_val lo = hlo_sub(b, limit, bcast(e, idx_const(e, c->window), limit.t, 0));
		mask = hlo_and(b, mask, hlo_compare(b, "GT", keys, lo));
	}
	pr = masked_softmax(e, sc, mask);
	pr = narrow(e, pr);
	return hlo_dot(b, pr, narrow(e, vl), ly->nb, ly->pb, ly->vb, 1, (int64_t[]){ 3 }, &ly->vc, DTYPE_F32);
}

/* q or k (R, n * hd) of layer l: normed over the whole projection
 * (OLMo 2) or per head (Qwen 3, Gemma 3), then RoPE: (R, n, hd). */
static struct hlo_val
qk(struct em *e, int l, struct hlo_val x, int n, enum wslot nslot)
{
	const struct model_config *c = e->c;
	struct hlo_type t = HLO_TY(DTYPE_F32, e->R, n, c->head_dim);

	if (c->qknorm == QKN_ALL)
		x = norm(e, x, nslot, l);
	x = hlo_reshape(e->b, x, t);
	if (c->qknorm == QKN_HEAD)
		x = norm(e, x, nslot, l);
	return rope(e, l, x);
}

/* Self-attention of layer l on xn (R, D): projects, applies RoPE, writes
 * the new K/V into the caches and attends.  Returns (R, D). */
static struct hlo_val
attention(struct em *e, int l, struct hlo_val xn, struct hlo_val *kc, struct hlo_val *vc,
    struct hlo_val positions, struct hlo_val lens)
{
	struct hlo_builder *b = e->b;
	const struct model_config *c = e->c;
	int64_t R = e->R, H = c->heads, KV = c->kv_heads, G = H / KV, hd = c->head_dim;
	int64_t S = e->o->capacity;
	struct hlo_val q, k, v, kl, vl, ctx, li = idx_const(e, l);

	if (e->c->fam->fused_qkv) {
		/* one qkv_proj, rows [q | k | v] */
		struct hlo_val f = proj(e, xn, W_QKV, l, 0, (H + 2 * KV) * hd, c->q_bias);
		if (*e->err)
			return xn;
		q = hlo_slice(b, f, (int64_t[]){ 0, 0 }, (int64_t[]){ R, H * hd });
		k = hlo_slice(b, f, (int64_t[]){ 0, H * hd }, (int64_t[]){ R, (H + KV) * hd });
		v = hlo_slice(b, f, (int64_t[]){ 0, (H + KV) * hd }, (int64_t[]){ R, (H + 2 * KV) * hd });
	} else {
		q = proj(e, xn, W_Q, l, 0, H * hd, c->q_bias);
		k = proj(e, xn, W_K, l, 0, KV * hd, c->k_bias);
		v = proj(e, xn, W_V, l, 0, KV * hd, c->v_bias);
	}
	if (*e->err)
		return xn;
	q = qk(e, l, q, (int)H, W_Q_NORM);				/* (R, H, hd) */
	k = qk(e, l, k, (int)KV, W_K_NORM);				/* (R, KV, hd) */
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
		/* one query per row, batched with its own cache */
		ctx = attend(e, l, &decode_layout, qg, kl, vl, lens);		/* (B, KV, G, hd) */
	} else {
		/* C queries against one cache */
		struct hlo_type st = HLO_TY(DTYPE_F32, S, KV, hd);
		kl = hlo_reshape(b, kl, st);
		vl = hlo_reshape(b, vl, st);
		ctx = attend(e, l, &prefill_layout, qg, kl, vl, positions);	/* (KV, C, G, hd) */
		ctx = hlo_transpose(b, ctx, (int64_t[]){ 1, 0, 2, 3 });
	}
	ctx = hlo_reshape(b, ctx, HLO_TY(DTYPE_F32, R, H * hd));
	return proj(e, ctx, W_O, l, 0, c->hidden, c->o_bias);
}

/* A gated MLP of width F on xn (R, D) with the weights of slots
 * gate/up/down (layer l, expert ex), or the family's fused or plain
 * forms. */
static struct hlo_val
ffn(struct em *e, int l, int ex, struct hlo_val xn, enum wslot gs, enum wslot us, enum wslot ds, int64_t F)
{
	struct hlo_builder *b = e->b;
	const struct model_config *c = e->c;
	struct hlo_val g, u;

	if (c->mlp == MLP_PLAIN) {
		u = proj(e, xn, us, l, ex, F, c->mlp_bias);
		if (*e->err)
			return xn;
		return proj(e, act(e, u), ds, l, ex, c->hidden, c->mlp_bias);
	}
	if (c->fam->fused_gate_up && gs == W_GATE) {
		/* one gate_up_proj, rows [gate | up] */
		struct hlo_val f = proj(e, xn, W_GATE_UP, l, ex, 2 * F, c->mlp_bias);
		if (*e->err)
			return xn;
		g = hlo_slice(b, f, (int64_t[]){ 0, 0 }, (int64_t[]){ e->R, F });
		u = hlo_slice(b, f, (int64_t[]){ 0, F }, (int64_t[]){ e->R, 2 * F });
	} else {
		g = proj(e, xn, gs, l, ex, F, c->mlp_bias);
		u = proj(e, xn, us, l, ex, F, c->mlp_bias);
	}
	if (*e->err)
		return xn;
	g = act(e, g);
	return proj(e, hlo_mul(b, g, u), ds, l, ex, c->hidden, c->mlp_bias);
}

/* Mixture of experts */

struct branch {
	struct em *e;
	int l;
	struct hlo_val x;	/* (1, D) */
};

static struct hlo_val
expert_branch(void *arg, int ex)
{
	struct branch *br = arg;
	struct em *e = br->e;
	int R = e->R;

	e->R = 1;
	struct hlo_val y = ffn(e, br->l, ex, br->x, W_EGATE, W_EUP, W_EDOWN, e->c->moe_inter);
	e->R = R;
	return y;
}

/* The router of layer l on xn (R, D): softmax over the E experts (f32),
 * the top k taken as transformers' topk takes them (the largest first,
 * the lower index on a tie): their indexes (R) i32 and weights (R) f32,
 * renormalized when the family says so. */
static void
route(struct em *e, int l, struct hlo_val xn, struct hlo_val *idx, struct hlo_val *wt)
{
	struct hlo_builder *b = e->b;
	const struct model_config *c = e->c;
	int64_t R = e->R, E = c->experts;
	struct hlo_type pt = HLO_TY(DTYPE_F32, R, E), it = HLO_TY(DTYPE_I32, R, E);
	struct hlo_val p = proj(e, xn, W_ROUTER, l, 0, E, 0), ix;

	if (*e->err)
		return;
	p = softmax(e, p);
	ix = hlo_iota(b, it, 1);
	for (int s = 0; s < c->topk; s++) {
		/* the largest, then the first index that holds it */
		struct hlo_val m = hlo_reduce(b, "maximum", p, hlo_const_f(b, HLO_SCALAR(DTYPE_F32), -INFINITY), 1);
		struct hlo_val hit = hlo_compare(b, "EQ", p, bcast(e, m, pt, 1, 0));
		struct hlo_val cand = hlo_select(b, hit, ix, bcast(e, idx_const(e, (int)E), it, 0));
		idx[s] = hlo_reduce(b, "minimum", cand, idx_const(e, (int)E), 1);		/* (R) */
		wt[s] = m;
		struct hlo_val taken = hlo_compare(b, "EQ", ix, bcast(e, idx[s], it, 1, 0));
		p = hlo_select(b, taken, splat(e, -INFINITY, pt), p);
	}
	if (c->norm_topk) {
		/* w / sum(w), the sum in topk's order */
		struct hlo_val sum = wt[0];
		for (int s = 1; s < c->topk; s++)
			sum = hlo_add(b, sum, wt[s]);
		for (int s = 0; s < c->topk; s++)
			wt[s] = hlo_div(b, wt[s], sum);
	}
}

/* The experts of layer l on xn (R, D).  transformers adds each chosen
 * expert's output times its weight into zeros, experts in ascending
 * order.  Prefill (and any R > 1 but batched decode): every expert on
 * every row, weighted by a (R, E) matrix that is zero where an expert is
 * not chosen: exact, since y * 0 adds nothing.  Decode: the chosen
 * experts only, a stablehlo.case over the expert index per slot, so a
 * runtime reads k experts' weights, not E; the slots sorted by expert
 * index first, so the sum runs in transformers' order. */
static struct hlo_val
experts(struct em *e, int l, struct hlo_val xn)
{
	struct hlo_builder *b = e->b;
	const struct model_config *c = e->c;
	int64_t R = e->R, E = c->experts, D = c->hidden;
	struct hlo_val idx[64], wt[64], out = splat(e, 0, xn.t);

	assert(c->topk <= (int)LEN(idx));
	route(e, l, xn, idx, wt);
	if (*e->err)
		return xn;
	if (e->o->kind == EMIT_PREFILL || e->o->moe_dense) {
		struct hlo_type pt = HLO_TY(DTYPE_F32, R, E), it = HLO_TY(DTYPE_I32, R, E);
		struct hlo_val ix = hlo_iota(b, it, 1), W = splat(e, 0, pt);
		for (int s = 0; s < c->topk; s++) {
			struct hlo_val hit = hlo_compare(b, "EQ", ix, bcast(e, idx[s], it, 1, 0));
			W = hlo_select(b, hit, bcast(e, wt[s], pt, 1, 0), W);
		}
		for (int ex = 0; ex < E && !*e->err; ex++) {
			struct hlo_val y = ffn(e, l, ex, xn, W_EGATE, W_EUP, W_EDOWN, c->moe_inter);
			struct hlo_val we = hlo_reshape(b, hlo_slice(b, W, (int64_t[]){ 0, ex }, (int64_t[]){ R, ex + 1 }),
			    HLO_TY(DTYPE_F32, R));
			out = hlo_add(b, out, hlo_mul(b, y, bcast(e, we, y.t, 1, 0)));
		}
		return out;
	}
	/* sort the slots by expert index (a transposition sort of k) */
	for (int i = 0; i < c->topk; i++)
		for (int s = 0; s + 1 < c->topk - i; s++) {
			struct hlo_val sw = hlo_compare(b, "GT", idx[s], idx[s + 1]);
			struct hlo_val a = hlo_select(b, sw, idx[s + 1], idx[s]), z = hlo_select(b, sw, idx[s], idx[s + 1]);
			struct hlo_val wa = hlo_select(b, sw, wt[s + 1], wt[s]), wz = hlo_select(b, sw, wt[s], wt[s + 1]);
			idx[s] = a, idx[s + 1] = z, wt[s] = wa, wt[s + 1] = wz;
		}
	struct hlo_val rows[64];
	for (int r = 0; r < R; r++) {
		struct branch br = { e, l, hlo_slice(b, xn, (int64_t[]){ r, 0 }, (int64_t[]){ r + 1, D }) };
		struct hlo_val o = splat(e, 0, HLO_TY(DTYPE_F32, 1, D));
		for (int s = 0; s < c->topk && !*e->err; s++) {
			struct hlo_val ir = hlo_reshape(b, hlo_slice(b, idx[s], (int64_t[]){ r }, (int64_t[]){ r + 1 }),
			    HLO_SCALAR(DTYPE_I32));
			struct hlo_val wr = hlo_slice(b, wt[s], (int64_t[]){ r }, (int64_t[]){ r + 1 });
			struct hlo_val y = hlo_case(b, ir, (int)E, HLO_TY(DTYPE_F32, 1, D), expert_branch, &br);
			o = hlo_add(b, o, hlo_mul(b, y, bcast(e, wr, y.t, 1, 0)));
		}
		rows[r] = o;
	}
	return R == 1 ? rows[0] : hlo_concat(b, (int)R, rows, 0);
}

/* The MLP of layer l on xn (R, D): dense, or the experts (and the
 * shared expert with its sigmoid gate, added last). */
static struct hlo_val
mlp(struct em *e, int l, struct hlo_val xn)
{
	struct hlo_builder *b = e->b;
	const struct model_config *c = e->c;

	if (!(c->lflags[l] & LF_MOE))
		return ffn(e, l, 0, xn, W_GATE, W_UP, W_DOWN, c->intermediate);
	struct hlo_val y = experts(e, l, xn);
	if (*e->err || !c->shared_inter)
		return y;
	struct hlo_val sh = ffn(e, l, 0, xn, W_SGATE, W_SUP, W_SDOWN, c->shared_inter);
	struct hlo_val g = hlo_logistic(b, proj(e, xn, W_SROUTER, l, 0, 1, 0));	/* (R, 1) */
	if (*e->err)
		return xn;
	sh = hlo_mul(b, bcast(e, hlo_reshape(b, g, HLO_TY(DTYPE_F32, e->R)), sh.t, 1, 0), sh);
	return hlo_add(b, y, sh);
}

/* h + branch, the branch scaled first where the family scales it. */
static struct hlo_val
residual(struct em *e, struct hlo_val h, struct hlo_val br)
{
	if (e->c->resid_mult)
		br = hlo_mul(e->b, br, splat(e, (float)e->c->resid_mult, br.t));
	return hlo_add(e->b, h, br);
}

/* Layer l on x (R, D), by the family's block structure. */
static struct hlo_val
layer(struct em *e, int l, struct hlo_val x, struct hlo_val *kc, struct hlo_val *vc, struct hlo_val pos,
    struct hlo_val lens)
{
	struct hlo_val h, m;

	switch (e->c->block) {
	case BLOCK_PRE:
		h = attention(e, l, norm(e, x, W_ATTN_NORM, l), kc, vc, pos, lens);
		if (*e->err)
			return x;
		x = residual(e, x, h);
		m = mlp(e, l, norm(e, x, W_MLP_NORM, l));
		return residual(e, x, m);
	case BLOCK_SANDWICH:
		h = attention(e, l, norm(e, x, W_ATTN_NORM, l), kc, vc, pos, lens);
		if (*e->err)
			return x;
		x = residual(e, x, norm(e, h, W_POST_ATTN_NORM, l));
		m = mlp(e, l, norm(e, x, W_MLP_NORM, l));
		if (*e->err)
			return x;
		return residual(e, x, norm(e, m, W_POST_MLP_NORM, l));
	case BLOCK_POST:
		h = attention(e, l, x, kc, vc, pos, lens);
		if (*e->err)
			return x;
		x = residual(e, x, norm(e, h, W_POST_ATTN_NORM, l));
		m = mlp(e, l, x);
		if (*e->err)
			return x;
		return residual(e, x, norm(e, m, W_POST_MLP_NORM, l));
	case BLOCK_PARALLEL: {
		struct hlo_val n = norm(e, x, W_ATTN_NORM, l);
		h = attention(e, l, n, kc, vc, pos, lens);
		if (*e->err)
			return x;
		m = mlp(e, l, n);
		return residual(e, residual(e, x, h), m);
	}
	}
	return x;
}

/* The token embeddings (R, D) f32 of ids (R) i32, scaled where the
 * family scales them. */
static struct hlo_val
embed(struct em *e, struct hlo_val ids)
{
	struct hlo_builder *b = e->b;
	char path[160], name[192];
	int64_t V = e->c->vocab, D = e->c->hidden, R = e->R;
	struct hlo_val ix = hlo_reshape(b, ids, HLO_TY(DTYPE_I32, R, 1)), x;
	int bits, group;

	cfg_name(e->c, W_EMBED, 0, 0, path, sizeof(path));
	snprintf(name, sizeof(name), "%s.weight", path);
	cfg_quant_for(e->c, path, &bits, &group);
	if (!bits) {
		struct hlo_val t = weight(e, name, HLO_TY(e->o->precision, V, D));
		x = hlo_gather_rows(b, t, ix);
		if (e->o->precision != DTYPE_F32)
			x = hlo_convert(b, x, DTYPE_F32);
	} else {
		if (check_quant(path, bits, group, D) < 0) {
			*e->err = -1;
			return ids;
		}
		struct hlo_val p = weight(e, name, HLO_TY(DTYPE_U32, V, D * bits / 32));
		struct hlo_val s = weightf(e, HLO_TY(DTYPE_F32, V, D / group), "%s.scales", path);
		struct hlo_val bi = weightf(e, HLO_TY(DTYPE_F32, V, D / group), "%s.biases", path);
		p = hlo_gather_rows(b, p, ix);
		s = hlo_gather_rows(b, s, ix);
		bi = hlo_gather_rows(b, bi, ix);
		x = dequant(e, p, s, bi, bits, group);
	}
	if (e->c->embed_mult)
		x = hlo_mul(b, x, splat(e, (float)e->c->embed_mult, x.t));
	return x;
}

/* The logits (R, V) of the final hidden x (R, D): the final norm, the
 * head (the embedding when tied) and the family's logit transform. */
static struct hlo_val
logits(struct em *e, struct hlo_val x)
{
	struct hlo_builder *b = e->b;
	const struct model_config *c = e->c;
	char p[160];

	x = norm(e, x, W_FINAL_NORM, 0);
	if (c->hidden_div)
		x = hlo_div(b, x, splat(e, c->hidden_div, x.t));
	cfg_name(c, c->tie_embeddings ? W_EMBED : W_HEAD, 0, 0, p, sizeof(p));
	x = linear(e, x, p, c->vocab, 0, e->err);
	if (*e->err)
		return x;
	if (c->final_softcap) {
		x = hlo_div(b, x, splat(e, c->final_softcap, x.t));
		x = hlo_mul(b, hlo_tanh(b, x), splat(e, c->final_softcap, x.t));
	}
	if (c->logit_div)
		x = hlo_div(b, x, splat(e, c->logit_div, x.t));
	if (c->logit_mult)
		x = hlo_mul(b, x, splat(e, c->logit_mult, x.t));
	return x;
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
	int err = 0;
	struct em e = { .b = &b, .c = c, .o = o, .err = &err };
	int64_t L = c->layers, S = o->capacity, KV = c->kv_heads, hd = c->head_dim;
	int64_t D = c->hidden, V = c->vocab;
	struct hlo_type ct, it;
	struct hlo_val ids, pos, lens, kc, vc, x, res[3];
	char name[64], quant[32];

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
	sb_printf(out, " quant=%s%s\n", quant, o->moe_dense ? " moe=dense" : "");

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
	/* the RoPE tables the layers use: the global base, the local one */
	e.rope[0].theta = c->rope_theta;
	e.rope[1].theta = c->rope_local_theta;
	for (int l = 0; l < L; l++) {
		int k = (c->lflags[l] & LF_LOCAL_ROPE) ? 1 : 0;
		if (!(c->lflags[l] & LF_NOPE) && !e.rope[k].made)
			rope_tables(&e, &e.rope[k], pos);
	}

	x = embed(&e, ids);						/* (R, D) */
	for (int l = 0; l < c->layers && !err; l++)
		x = layer(&e, l, x, &kc, &vc, pos, lens);
	if (!err && o->kind == EMIT_PREFILL) {
		/* only the last real token's row goes on */
		struct hlo_val at[2] = { hlo_sub(&b, lens, idx_const(&e, 1)), e.zero };
		x = hlo_dslice(&b, x, at, (int64_t[]){ 1, D });		/* (1, D) */
	}
	if (!err)
		x = logits(&e, x);
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

enum dtype
emit_precision(const char *name)
{
	enum dtype t = dtype_from_mlir(name, strlen(name));

	return t == DTYPE_F32 || t == DTYPE_BF16 || t == DTYPE_F16 ? t : DTYPE_INVALID;
}
