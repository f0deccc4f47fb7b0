#!/usr/bin/env python3
"""Writes a Llama model's prefill and decode graphs in StableHLO spellings
other than emit's own, for holding the CPU plan to computations rather
than to one emitter's way of writing them.  The model is the same (the
same weights, the same arithmetic, rounding for rounding where the
spellings allow), so greedy tokens equal those of emit's graphs.

    tools/spellings.py -c config.json -v mlxcel -S 320 -C 256 -o DIR
    tools/spellings.py -c config.json -v gather -S 320 -C 32 -o DIR

writes DIR/prefill.mlir, DIR/decode_step.mlir and, for a variant that
names weights another way, DIR/names.map for `run -M` (`run -g DIR -M
DIR/names.map -m MODEL`).

Variants:
  mlxcel  the reference engine's style (its Llama-3.2-1B graphs in
          chiuchris/mlxcel, src/lib/mlxcel-xla/assets/): weights named
          params['layers'][N]['wq'] (a name map), weights first and the
          states last, the embedding row by dynamic_slice, RoPE from
          constant cos/sin tables read by dynamic_slice at pos (gather in
          the prefill), an additive -1e30 mask, 1-D hidden states and
          dot_general x (K) . W (N, K) contracting [0] x [1], attention
          dots with batching dims, the sigmoid spelled out as
          1 / (1 + exp(-x)); a prefill without cache arguments: one
          bucket from position 0 that returns fresh caches.
  gather  the checkpoint's own names, the embedding by gather with other
          dimension numbers (a rank-1 index vector; a (1, C) index array
          with index_vector_dim 0), RoPE from cosine and sine of an iota
          table picked by gather (positions as iota + the first in the
          prefill), cache updates by scatter (one window in decode, one
          per row in the prefill), projections with the weight as the
          lhs, with x transposed or with a transposed result, attention
          dots with the cache as lhs, a mask by select.

Python 3 standard library only; not run by the suite (its output for
story-lmrs is committed under t/data/spellings/)."""
import argparse
import json
import math
import os
import struct
import sys


def f32(x):
    """x rounded to the nearest f32, as a Python float."""
    return struct.unpack("<f", struct.pack("<f", x))[0]


def hexf(x):
    """The f32 x as MLIR writes a float by its bits: 0x3F800000."""
    return "0x%08X" % struct.unpack("<I", struct.pack("<f", x))[0]


class Config:
    """What the graphs need of config.json, with LlamaConfig's defaults
    (as lib/model/config.c reads them)."""

    def __init__(self, path):
        with open(path) as f:
            j = json.load(f)
        if j.get("model_type", "llama") != "llama":
            sys.exit("spellings: %s: model_type '%s': only llama" % (path, j.get("model_type")))
        self.D = j.get("hidden_size", 4096)
        self.F = j.get("intermediate_size", 11008)
        self.L = j.get("num_hidden_layers", 32)
        self.H = j.get("num_attention_heads", 32)
        self.KV = j.get("num_key_value_heads") or self.H
        self.hd = j.get("head_dim") or self.D // self.H
        self.V = j.get("vocab_size", 32000)
        self.eps = j.get("rms_norm_eps", 1e-6)
        self.theta = j.get("rope_theta", 10000.0)
        self.max_pos = j.get("max_position_embeddings", 2048)
        self.tie = j.get("tie_word_embeddings", False)
        self.scaling = j.get("rope_scaling")
        if self.scaling and (self.scaling.get("rope_type") or self.scaling.get("type")) not in ("llama3", "default"):
            sys.exit("spellings: %s: rope_scaling: only llama3" % path)
        if j.get("attention_bias") or j.get("mlp_bias") or j.get("quantization"):
            sys.exit("spellings: %s: biases and quantized checkpoints are not written here" % path)

    def inv_freq(self):
        """emit_rope_inv_freq (lib/model/emit.c): transformers' formulas
        in f64, rounded once to f32."""
        out = []
        for i in range(self.hd // 2):
            f = 1.0 / math.pow(self.theta, (2.0 * i) / self.hd)
            s = self.scaling
            if s and (s.get("rope_type") or s.get("type")) == "llama3":
                orig, lo, hi, fac = (s["original_max_position_embeddings"], s["low_freq_factor"],
                                     s["high_freq_factor"], s["factor"])
                low_wl, high_wl = orig / lo, orig / hi
                wl = 2 * 3.14159265358979323846 / f
                if wl > low_wl:
                    f /= fac
                elif wl >= high_wl:
                    sm = (orig / wl - lo) / (hi - lo)
                    f = (1 - sm) * f / fac + sm * f
            out.append(f32(f))
        return out

    def tables(self, S):
        """cos and sin (S, hd) as emit's graph computes them: the angle
        f32(p) * inv rounded to f32, its cosine in f64 rounded once; the
        halves repeated."""
        inv = self.inv_freq()
        cos, sin = [], []
        for p in range(S):
            a = [f32(float(p) * w) for w in inv]
            c = [f32(math.cos(x)) for x in a]
            s = [f32(math.sin(x)) for x in a]
            cos += c + c
            sin += s + s
        return cos, sin


def ty(shape, dt="f32"):
    return "tensor<%s>" % "x".join([str(d) for d in shape] + [dt])


class Val:
    def __init__(self, name, shape, dt="f32"):
        self.name, self.shape, self.dt = name, list(shape), dt

    @property
    def t(self):
        return ty(self.shape, self.dt)


class Fn:
    """One @main, written op by op in the pretty forms stablehlo-opt
    prints (gather and scatter in the generic form)."""

    def __init__(self):
        self.args, self.body, self.n = [], [], 0

    def arg(self, shape, dt, loc):
        v = Val("%%arg%d" % len(self.args), shape, dt)
        self.args.append((v, loc))
        return v

    def op(self, text, shape, dt="f32"):
        v = Val("%%%d" % self.n, shape, dt)
        self.n += 1
        self.body.append("    %s = %s" % (v.name, text))
        return v

    # constants
    def cf(self, x):
        return self.op("stablehlo.constant dense<%s> : tensor<f32>" % hexf(x), [])

    def ci(self, x):
        return self.op("stablehlo.constant dense<%d> : tensor<i32>" % x, [], "i32")

    def cfs(self, vals, shape):
        b = b"".join(struct.pack("<f", v) for v in vals)
        return self.op('stablehlo.constant dense<"0x%s"> : %s' % (b.hex().upper(), ty(shape)), shape)

    # shapes
    def reshape(self, x, shape):
        return self.op("stablehlo.reshape %s : (%s) -> %s" % (x.name, x.t, ty(shape, x.dt)), shape, x.dt)

    def bcast(self, x, shape, dims):
        return self.op("stablehlo.broadcast_in_dim %s, dims = [%s] : (%s) -> %s" % (
            x.name, ", ".join(map(str, dims)), x.t, ty(shape, x.dt)), shape, x.dt)

    def transpose(self, x, perm):
        shape = [x.shape[p] for p in perm]
        return self.op("stablehlo.transpose %s, dims = [%s] : (%s) -> %s" % (
            x.name, ", ".join(map(str, perm)), x.t, ty(shape, x.dt)), shape, x.dt)

    def slice(self, x, lo, hi):
        shape = [h - l for l, h in zip(lo, hi)]
        r = ", ".join("%d:%d" % (l, h) for l, h in zip(lo, hi))
        return self.op("stablehlo.slice %s [%s] : (%s) -> %s" % (x.name, r, x.t, ty(shape, x.dt)), shape, x.dt)

    def concat(self, xs, dim):
        shape = list(xs[0].shape)
        shape[dim] = sum(x.shape[dim] for x in xs)
        return self.op("stablehlo.concatenate %s, dim = %d : (%s) -> %s" % (
            ", ".join(x.name for x in xs), dim, ", ".join(x.t for x in xs), ty(shape, xs[0].dt)), shape, xs[0].dt)

    def iota(self, shape, dim, dt="i32"):
        return self.op("stablehlo.iota dim = %d : %s" % (dim, ty(shape, dt)), shape, dt)

    def convert(self, x, dt):
        return self.op("stablehlo.convert %s : (%s) -> %s" % (x.name, x.t, ty(x.shape, dt)), x.shape, dt)

    # elementwise
    def bin(self, name, a, b):
        return self.op("stablehlo.%s %s, %s : %s" % (name, a.name, b.name, a.t), a.shape, a.dt)

    def un(self, name, x):
        return self.op("stablehlo.%s %s : %s" % (name, x.name, x.t), x.shape, x.dt)

    def compare(self, d, a, b, kind):
        return self.op("stablehlo.compare %s, %s, %s, %s : (%s, %s) -> %s" % (
            d, a.name, b.name, kind, a.t, b.t, ty(a.shape, "i1")), a.shape, "i1")

    def select(self, c, a, b):
        return self.op("stablehlo.select %s, %s, %s : %s, %s" % (c.name, a.name, b.name, c.t, a.t), a.shape, a.dt)

    def reduce(self, x, init, body, dims):
        shape = [d for i, d in enumerate(x.shape) if i not in dims]
        return self.op("stablehlo.reduce(%s init: %s) applies stablehlo.%s across dimensions = [%s] : "
                       "(%s, %s) -> %s" % (x.name, init.name, body, ", ".join(map(str, dims)), x.t, init.t,
                                          ty(shape, x.dt)), shape, x.dt)

    # contractions and indexing
    def dot(self, a, b, lb, rb, lc, rc):
        shape = [a.shape[d] for d in lb]
        shape += [d for i, d in enumerate(a.shape) if i not in lb and i not in lc]
        shape += [d for i, d in enumerate(b.shape) if i not in rb and i not in rc]
        bd = "batching_dims = [%s] x [%s], " % (", ".join(map(str, lb)), ", ".join(map(str, rb))) if lb else ""
        return self.op("stablehlo.dot_general %s, %s, %scontracting_dims = [%s] x [%s] : (%s, %s) -> %s" % (
            a.name, b.name, bd, ", ".join(map(str, lc)), ", ".join(map(str, rc)), a.t, b.t, ty(shape)), shape)

    def dslice(self, x, starts, sizes):
        return self.op("stablehlo.dynamic_slice %s, %s, sizes = [%s] : (%s, %s) -> %s" % (
            x.name, ", ".join(s.name for s in starts), ", ".join(map(str, sizes)), x.t,
            ", ".join(s.t for s in starts), ty(sizes, x.dt)), sizes, x.dt)

    def dus(self, x, u, starts):
        return self.op("stablehlo.dynamic_update_slice %s, %s, %s : (%s, %s, %s) -> %s" % (
            x.name, u.name, ", ".join(s.name for s in starts), x.t, u.t, ", ".join(s.t for s in starts), x.t),
            x.shape, x.dt)

    def gather(self, x, idx, offset, collapsed, smap, ivd, sizes, shape):
        l = lambda v: ", ".join(map(str, v))
        return self.op('"stablehlo.gather"(%s, %s) <{dimension_numbers = #stablehlo.gather<offset_dims = [%s], '
                       'collapsed_slice_dims = [%s], start_index_map = [%s], index_vector_dim = %d>, '
                       'slice_sizes = array<i64: %s>}> : (%s, %s) -> %s' % (
                           x.name, idx.name, l(offset), l(collapsed), l(smap), ivd, l(sizes), x.t, idx.t,
                           ty(shape, x.dt)), shape, x.dt)

    def scatter(self, x, idx, upd, uwd, iwd, sdod, ivd):
        """The update replaces the operand's element (a cache write)."""
        l = lambda v: ", ".join(map(str, v))
        k = self.n
        s = ty([], x.dt)
        text = ('"stablehlo.scatter"(%s, %s, %s) <{indices_are_sorted = true, scatter_dimension_numbers = '
                '#stablehlo.scatter<update_window_dims = [%s], inserted_window_dims = [%s], '
                'scatter_dims_to_operand_dims = [%s], index_vector_dim = %d>, unique_indices = true}> ({\n'
                '    ^bb0(%%old%d: %s, %%new%d: %s):\n'
                '      stablehlo.return %%new%d : %s\n'
                '    }) : (%s, %s, %s) -> %s' % (x.name, idx.name, upd.name, l(uwd), l(iwd), l(sdod), ivd,
                                                k, s, k, s, k, s, x.t, idx.t, upd.t, x.t))
        return self.op(text, x.shape, x.dt)

    def argmax(self, x):
        """The (value, index) reduction emit writes: the first maximum,
        or the first NaN."""
        (n,) = x.shape
        i = self.iota([n], 0)
        vi, ii = self.cf(float("-inf")), self.ci(0)
        r = "%%%d" % self.n
        self.n += 1
        a, b, c, d = ("%%am%d_%s" % (self.n, s) for s in "abcd")
        t = [self.n + j for j in range(9)]
        self.n += 9
        self.body.append(
            "    %s:2 = stablehlo.reduce(%s init: %s), (%s init: %s) across dimensions = [0] : "
            "(%s, %s, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)\n"
            "     reducer(%s: tensor<f32>, %s: tensor<f32>) (%s: tensor<i32>, %s: tensor<i32>)  {\n"
            "      %%%d = stablehlo.compare  GT, %s, %s,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>\n"
            "      %%%d = stablehlo.compare  NE, %s, %s,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>\n"
            "      %%%d = stablehlo.or %%%d, %%%d : tensor<i1>\n"
            "      %%%d = stablehlo.compare  EQ, %s, %s,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>\n"
            "      %%%d = stablehlo.compare  LT, %s, %s,  SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>\n"
            "      %%%d = stablehlo.and %%%d, %%%d : tensor<i1>\n"
            "      %%%d = stablehlo.or %%%d, %%%d : tensor<i1>\n"
            "      %%%d = stablehlo.select %%%d, %s, %s : tensor<i1>, tensor<f32>\n"
            "      %%%d = stablehlo.select %%%d, %s, %s : tensor<i1>, tensor<i32>\n"
            "      stablehlo.return %%%d, %%%d : tensor<f32>, tensor<i32>\n"
            "    }" % (r, x.name, vi.name, i.name, ii.name, x.t, i.t, a, b, c, d,
                       t[0], a, b, t[1], a, a, t[2], t[0], t[1], t[3], a, b, t[4], c, d,
                       t[5], t[3], t[4], t[6], t[2], t[5], t[7], t[2], a, b, t[8], t[6], c, d, t[7], t[8]))
        return Val(r + "#1", [], "i32")

    def text(self, name, results):
        args = ", ".join("%s: %s loc(\"%s\")" % (v.name, v.t, loc.replace('"', '\\"')) for v, loc in self.args)
        out = ["module @%s {" % name,
               "  func.func public @main(%s) -> (%s) {" % (args, ", ".join(r.t for r in results))]
        out += self.body
        out.append("    return %s : %s" % (", ".join(r.name for r in results), ", ".join(r.t for r in results)))
        out += ["  }", "}", ""]
        return "\n".join(out)


# Shared pieces

def rope(g, x, cb, sb):
    """x * cos + rotate_half(x) * sin for x (..., n, hd), cos and sin
    already broadcast to x's shape; emit's order of operations."""
    hd = x.shape[-1]
    lo, mid, hi = [0] * len(x.shape), list(x.shape), list(x.shape)
    mid[-1] = hd // 2
    x1 = g.slice(x, lo, mid)
    lo2 = [0] * len(x.shape)
    lo2[-1] = hd // 2
    x2 = g.slice(x, lo2, hi)
    rot = g.concat([g.un("negate", x2), x1], len(x.shape) - 1)
    a = g.bin("multiply", x, cb)
    b = g.bin("multiply", rot, sb)
    return g.bin("add", a, b)


def rmsnorm(g, c, x, w, k):
    """RMSNorm over the last dim of x (1-D or 2-D), as emit: x * rsqrt(
    mean(x^2) + eps) * w; k holds the constants."""
    last = len(x.shape) - 1
    s = g.reduce(g.bin("multiply", x, x), k["zero"], "add", [last])
    if s.shape:
        s = g.bin("divide", s, g.bcast(k["D"], s.shape, []))
        s = g.bin("add", s, g.bcast(k["eps"], s.shape, []))
    else:
        s = g.bin("divide", s, k["D"])
        s = g.bin("add", s, k["eps"])
    r = g.un("rsqrt", s)
    y = g.bin("multiply", x, g.bcast(r, x.shape, list(range(len(s.shape)))))
    return g.bin("multiply", y, g.bcast(w, x.shape, [last]) if last else w)


def softmax(g, sc, dim, mask_add=None, mask_sel=None, k=None):
    """Softmax over dim of scores sc, after an additive mask or a select
    against -inf (both broadcast to sc already)."""
    if mask_add is not None:
        sc = g.bin("add", sc, mask_add)
    if mask_sel is not None:
        sc = g.select(mask_sel, sc, g.bcast(k["ninf"], sc.shape, []))
    keep = [i for i in range(len(sc.shape)) if i != dim]
    m = g.reduce(sc, k["ninf"], "maximum", [dim])
    e = g.un("exponential", g.bin("subtract", sc, g.bcast(m, sc.shape, keep)))
    s = g.reduce(e, k["zero"], "add", [dim])
    return g.bin("divide", e, g.bcast(s, sc.shape, keep))


def consts(g, c):
    return {"zero": g.cf(0.0), "one": g.cf(1.0), "ninf": g.cf(float("-inf")), "big": g.cf(-1e30),
            "eps": g.cf(f32(c.eps)), "D": g.cf(float(c.D)), "scale": g.cf(f32(1.0 / math.sqrt(c.hd))),
            "i0": g.ci(0)}


# The mlxcel spelling

MLX_LAYER = ["down", "gate", "in_ln", "post_ln", "up", "wk", "wo", "wq", "wv"]
MLX_HF = {"down": "mlp.down_proj.weight", "gate": "mlp.gate_proj.weight", "in_ln": "input_layernorm.weight",
          "post_ln": "post_attention_layernorm.weight", "up": "mlp.up_proj.weight",
          "wk": "self_attn.k_proj.weight", "wo": "self_attn.o_proj.weight", "wq": "self_attn.q_proj.weight",
          "wv": "self_attn.v_proj.weight"}


def mlx_weights(g, c):
    D, F, H, KV, hd = c.D, c.F, c.H, c.KV, c.hd
    shapes = {"down": [D, F], "gate": [F, D], "in_ln": [D], "post_ln": [D], "up": [F, D], "wk": [KV * hd, D],
              "wo": [D, H * hd], "wq": [H * hd, D], "wv": [KV * hd, D]}
    w = {"embed": g.arg([c.V, D], "f32", "params['embed']"), "final_norm": g.arg([D], "f32", "params['final_norm']")}
    if not c.tie:
        w["lm_head"] = g.arg([c.V, D], "f32", "params['lm_head']")
    w["layers"] = [{k: g.arg(shapes[k], "f32", "params['layers'][%d]['%s']" % (l, k)) for k in MLX_LAYER}
                   for l in range(c.L)]
    return w


def mlx_map(c):
    out = ["# mlxcel-style graph names -> the Hugging Face checkpoint's (run -M)",
           "params['embed'] model.embed_tokens.weight", "params['final_norm'] model.norm.weight"]
    if not c.tie:
        out.append("params['lm_head'] lm_head.weight")
    out += ["params['layers'][{n}]['%s'] model.layers.{n}.%s" % (k, MLX_HF[k]) for k in MLX_LAYER]
    return "\n".join(out) + "\n"


def mlx_silu_mul(g, gt, up, k):
    """silu(gate) * up with the sigmoid spelled out."""
    one = g.bcast(k["one"], gt.shape, [])
    sg = g.bin("divide", one, g.bin("add", one, g.un("exponential", g.un("negate", gt))))
    return g.bin("multiply", g.bin("multiply", gt, sg), up)


def mlx_decode(c, S):
    g = Fn()
    D, H, KV, hd, L = c.D, c.H, c.KV, c.hd, c.L
    G = H // KV
    w = mlx_weights(g, c)
    tok = g.arg([], "i32", "token")
    pos = g.arg([], "i32", "pos")
    clen = g.arg([], "i32", "cache_len")
    kc = g.arg([L, S, KV, hd], "f32", "kcache")
    vc = g.arg([L, S, KV, hd], "f32", "vcache")
    cos, sin = c.tables(S)
    ct, st = g.cfs(cos, [S, hd]), g.cfs(sin, [S, hd])
    k = consts(g, c)
    li = [g.ci(l) for l in range(L)]
    x = g.reshape(g.dslice(w["embed"], [tok, k["i0"]], [1, D]), [D])
    cr = g.reshape(g.dslice(ct, [pos, k["i0"]], [1, hd]), [hd])
    sr = g.reshape(g.dslice(st, [pos, k["i0"]], [1, hd]), [hd])
    valid = g.compare("LE", g.iota([S], 0), g.bcast(clen, [S], []), "SIGNED")
    mask = g.select(valid, g.bcast(k["zero"], [S], []), g.bcast(k["big"], [S], []))
    for l in range(L):
        lw = w["layers"][l]
        xn = rmsnorm(g, c, x, lw["in_ln"], k)
        q = g.reshape(g.dot(xn, lw["wq"], [], [], [0], [1]), [H, hd])
        kk = g.reshape(g.dot(xn, lw["wk"], [], [], [0], [1]), [KV, hd])
        v = g.reshape(g.dot(xn, lw["wv"], [], [], [0], [1]), [KV, hd])
        q = rope(g, q, g.bcast(cr, [H, hd], [1]), g.bcast(sr, [H, hd], [1]))
        kk = rope(g, kk, g.bcast(cr, [KV, hd], [1]), g.bcast(sr, [KV, hd], [1]))
        at = [li[l], clen, k["i0"], k["i0"]]
        kc = g.dus(kc, g.reshape(kk, [1, 1, KV, hd]), at)
        vc = g.dus(vc, g.reshape(v, [1, 1, KV, hd]), at)
        kl = g.reshape(g.slice(kc, [l, 0, 0, 0], [l + 1, S, KV, hd]), [S, KV, hd])
        vl = g.reshape(g.slice(vc, [l, 0, 0, 0], [l + 1, S, KV, hd]), [S, KV, hd])
        sc = g.dot(g.reshape(q, [KV, G, hd]), kl, [0], [1], [2], [2])	# (KV, G, S)
        sc = g.reshape(sc, [H, S])
        sc = g.bin("multiply", sc, g.bcast(k["scale"], [H, S], []))
        p = softmax(g, sc, 1, mask_add=g.bcast(mask, [H, S], [1]), k=k)
        ctx = g.dot(g.reshape(p, [KV, G, S]), vl, [0], [1], [2], [0])	# (KV, G, hd)
        ctx = g.reshape(ctx, [H * hd])
        x = g.bin("add", x, g.dot(ctx, lw["wo"], [], [], [0], [1]))
        xn = rmsnorm(g, c, x, lw["post_ln"], k)
        gt = g.dot(xn, lw["gate"], [], [], [0], [1])
        up = g.dot(xn, lw["up"], [], [], [0], [1])
        x = g.bin("add", x, g.dot(mlx_silu_mul(g, gt, up, k), lw["down"], [], [], [0], [1]))
    xn = rmsnorm(g, c, x, w["final_norm"], k)
    logits = g.dot(xn, w["embed"] if c.tie else w["lm_head"], [], [], [0], [1])
    return g.text("decode_step", [g.argmax(logits), kc, vc])


def mlx_prefill(c, S, C):
    g = Fn()
    D, H, KV, hd, L = c.D, c.H, c.KV, c.hd, c.L
    G = H // KV
    w = mlx_weights(g, c)
    toks = g.arg([C], "i32", "tokens")
    poss = g.arg([C], "i32", "positions")
    rlen = g.arg([], "i32", "real_len")
    cos, sin = c.tables(S)
    ct, st = g.cfs(cos, [S, hd]), g.cfs(sin, [S, hd])
    k = consts(g, c)
    li = [g.ci(l) for l in range(L)]
    rows = lambda t, n: g.gather(t, g.reshape(n, [C, 1]), [1], [0], [0], 1, [1, t.shape[1]], [C, t.shape[1]])
    x = rows(w["embed"], toks)
    cr, sr = rows(ct, poss), rows(st, poss)				# (C, hd)
    r = g.bcast(g.iota([C], 0), [C, C], [0])
    col = g.bcast(g.iota([C], 0), [C, C], [1])
    mask = g.select(g.compare("LE", col, r, "SIGNED"), g.bcast(k["zero"], [C, C], []), g.bcast(k["big"], [C, C], []))
    kc = g.bcast(k["zero"], [L, S, KV, hd], [])
    vc = g.bcast(k["zero"], [L, S, KV, hd], [])
    for l in range(L):
        lw = w["layers"][l]
        xn = rmsnorm(g, c, x, lw["in_ln"], k)
        q = g.reshape(g.dot(xn, lw["wq"], [], [], [1], [1]), [C, H, hd])
        kk = g.reshape(g.dot(xn, lw["wk"], [], [], [1], [1]), [C, KV, hd])
        v = g.reshape(g.dot(xn, lw["wv"], [], [], [1], [1]), [C, KV, hd])
        q = rope(g, q, g.bcast(cr, [C, H, hd], [0, 2]), g.bcast(sr, [C, H, hd], [0, 2]))
        kk = rope(g, kk, g.bcast(cr, [C, KV, hd], [0, 2]), g.bcast(sr, [C, KV, hd], [0, 2]))
        at = [li[l], k["i0"], k["i0"], k["i0"]]
        kc = g.dus(kc, g.reshape(kk, [1, C, KV, hd]), at)
        vc = g.dus(vc, g.reshape(v, [1, C, KV, hd]), at)
        sc = g.dot(g.reshape(q, [C, KV, G, hd]), kk, [1], [1], [3], [2])	# (KV, C, G, C)
        sc = g.bin("multiply", sc, g.bcast(k["scale"], sc.shape, []))
        p = softmax(g, sc, 3, mask_add=g.bcast(mask, sc.shape, [1, 3]), k=k)
        ctx = g.dot(p, v, [0], [1], [3], [0])				# (KV, C, G, hd)
        ctx = g.reshape(g.transpose(ctx, [1, 0, 2, 3]), [C, H * hd])
        x = g.bin("add", x, g.dot(ctx, lw["wo"], [], [], [1], [1]))
        xn = rmsnorm(g, c, x, lw["post_ln"], k)
        gt = g.dot(xn, lw["gate"], [], [], [1], [1])
        up = g.dot(xn, lw["up"], [], [], [1], [1])
        x = g.bin("add", x, g.dot(mlx_silu_mul(g, gt, up, k), lw["down"], [], [], [1], [1]))
    xn = rmsnorm(g, c, x, w["final_norm"], k)
    last = g.bin("subtract", rlen, g.ci(1))
    xl = g.reshape(g.dslice(xn, [last, k["i0"]], [1, D]), [D])
    logits = g.dot(xl, w["embed"] if c.tie else w["lm_head"], [], [], [0], [1])
    return g.text("prefill", [g.argmax(logits), kc, vc])


# The gather/scatter spelling

def hf_weights(g, c):
    D, F, H, KV, hd = c.D, c.F, c.H, c.KV, c.hd
    w = {"embed": g.arg([c.V, D], "f32", "model.embed_tokens.weight"), "layers": []}
    for l in range(c.L):
        p = "model.layers.%d." % l
        w["layers"].append({
            "in_ln": g.arg([D], "f32", p + "input_layernorm.weight"),
            "wq": g.arg([H * hd, D], "f32", p + "self_attn.q_proj.weight"),
            "wk": g.arg([KV * hd, D], "f32", p + "self_attn.k_proj.weight"),
            "wv": g.arg([KV * hd, D], "f32", p + "self_attn.v_proj.weight"),
            "wo": g.arg([D, H * hd], "f32", p + "self_attn.o_proj.weight"),
            "post_ln": g.arg([D], "f32", p + "post_attention_layernorm.weight"),
            "gate": g.arg([F, D], "f32", p + "mlp.gate_proj.weight"),
            "up": g.arg([F, D], "f32", p + "mlp.up_proj.weight"),
            "down": g.arg([D, F], "f32", p + "mlp.down_proj.weight")})
    w["final_norm"] = g.arg([D], "f32", "model.norm.weight")
    w["head"] = w["embed"] if c.tie else g.arg([c.V, D], "f32", "lm_head.weight")
    return w


def angles(g, c, p, k):
    """cos and sin (R, hd) of f32 positions p (R, 1) or an iota table."""
    half = c.hd // 2
    R = p.shape[0]
    inv = g.cfs(c.inv_freq(), [half])
    a = g.bin("multiply", g.bcast(p, [R, half], [0]), g.bcast(inv, [R, half], [1]))
    cs, sn = g.un("cosine", a), g.un("sine", a)
    return cs, sn


def gat_decode(c, S):
    g = Fn()
    D, H, KV, hd, L = c.D, c.H, c.KV, c.hd, c.L
    G, half = H // KV, c.hd // 2
    tok = g.arg([], "i32", "token")
    pos = g.arg([], "i32", "pos")
    clen = g.arg([], "i32", "cache_len")
    kc = g.arg([L, S, KV, hd], "f32", "kcache")
    vc = g.arg([L, S, KV, hd], "f32", "vcache")
    w = hf_weights(g, c)
    k = consts(g, c)
    # the embedding row: a rank-1 index vector, no batch dims
    x = g.gather(w["embed"], g.reshape(tok, [1]), [0], [0], [0], 0, [1, D], [D])
    # RoPE: cosine and sine of an iota of every position, the row at pos
    # picked by gather
    cs, sn = angles(g, c, g.convert(g.iota([S], 0), "f32"), k)		# (S, half)
    pick = lambda t: g.gather(t, g.reshape(pos, [1]), [0], [0], [0], 0, [1, half], [half])
    cr, sr = pick(cs), pick(sn)
    cr, sr = g.concat([cr, cr], 0), g.concat([sr, sr], 0)		# (hd)
    valid = g.compare("GE", g.bcast(clen, [KV, S, G], []), g.iota([KV, S, G], 1), "SIGNED")
    for l in range(L):
        lw = w["layers"][l]
        xn = rmsnorm(g, c, x, lw["in_ln"], k)
        # W . x; x as a column (K, 1); W . x as a row (1, K)
        q = g.reshape(g.dot(lw["wq"], xn, [], [], [1], [0]), [H, hd])
        kk = g.reshape(g.dot(g.reshape(xn, [D, 1]), lw["wk"], [], [], [0], [1]), [KV, hd])
        v = g.reshape(g.dot(lw["wv"], g.reshape(xn, [1, D]), [], [], [1], [1]), [KV, hd])
        q = rope(g, q, g.bcast(cr, [H, hd], [1]), g.bcast(sr, [H, hd], [1]))
        kk = rope(g, kk, g.bcast(cr, [KV, hd], [1]), g.bcast(sr, [KV, hd], [1]))
        # the cache write: one (KV, hd) window at (l, cache_len)
        at = g.concat([g.reshape(g.ci(l), [1]), g.reshape(clen, [1])], 0)
        kc = g.scatter(kc, at, kk, [0, 1], [0, 1], [0, 1], 0)
        vc = g.scatter(vc, at, v, [0, 1], [0, 1], [0, 1], 0)
        kl = g.reshape(g.slice(kc, [l, 0, 0, 0], [l + 1, S, KV, hd]), [S, KV, hd])
        vl = g.reshape(g.slice(vc, [l, 0, 0, 0], [l + 1, S, KV, hd]), [S, KV, hd])
        # the cache as lhs: (KV, S, G)
        sc = g.dot(kl, g.reshape(q, [KV, G, hd]), [1], [0], [2], [2])
        sc = g.bin("multiply", sc, g.bcast(k["scale"], sc.shape, []))
        p = softmax(g, sc, 1, mask_sel=valid, k=k)
        ctx = g.dot(vl, p, [1], [0], [0], [1])				# (KV, hd, G)
        ctx = g.reshape(g.transpose(ctx, [0, 2, 1]), [H * hd])
        x = g.bin("add", x, g.dot(ctx, lw["wo"], [], [], [0], [1]))
        xn = rmsnorm(g, c, x, lw["post_ln"], k)
        gt = g.dot(lw["gate"], xn, [], [], [1], [0])
        up = g.reshape(g.dot(g.reshape(xn, [1, D]), lw["up"], [], [], [1], [1]), [c.F])
        act = g.bin("multiply", g.bin("multiply", gt, g.un("logistic", gt)), up)
        x = g.bin("add", x, g.dot(lw["down"], act, [], [], [1], [0]))
    xn = rmsnorm(g, c, x, w["final_norm"], k)
    logits = g.dot(w["head"], xn, [], [], [1], [0])
    return g.text("decode_step", [g.argmax(logits), kc, vc])


def gat_prefill(c, S, C):
    g = Fn()
    D, F, H, KV, hd, L = c.D, c.F, c.H, c.KV, c.hd, c.L
    G = H // KV
    toks = g.arg([C], "i32", "tokens")
    poss = g.arg([C], "i32", "positions")
    rlen = g.arg([], "i32", "real_len")
    kc = g.arg([L, S, KV, hd], "f32", "kcache")
    vc = g.arg([L, S, KV, hd], "f32", "vcache")
    w = hf_weights(g, c)
    k = consts(g, c)
    # the rows: a (1, C) index array, index_vector_dim 0
    x = g.gather(w["embed"], g.reshape(toks, [1, C]), [1], [0], [0], 0, [1, D], [C, D])
    # positions: the first, then an iota
    p0 = g.reshape(g.slice(poss, [0], [1]), [])
    prow = g.bin("add", g.iota([C], 0), g.bcast(p0, [C], []))
    cs, sn = angles(g, c, g.convert(prow, "f32"), k)			# (C, half)
    cr, sr = g.concat([cs, cs], 1), g.concat([sn, sn], 1)
    valid = g.compare("LE", g.iota([KV, C, G, S], 3), g.bcast(prow, [KV, C, G, S], [1]), "SIGNED")
    for l in range(L):
        lw = w["layers"][l]
        xn = rmsnorm(g, c, x, lw["in_ln"], k)
        # W x^T transposed back; x^T as lhs; the usual
        q = g.transpose(g.dot(lw["wq"], xn, [], [], [1], [1]), [1, 0])
        kk = g.dot(g.transpose(xn, [1, 0]), lw["wk"], [], [], [0], [1])
        v = g.dot(xn, lw["wv"], [], [], [1], [1])
        q = rope(g, g.reshape(q, [C, H, hd]), g.bcast(cr, [C, H, hd], [0, 2]), g.bcast(sr, [C, H, hd], [0, 2]))
        kk = rope(g, g.reshape(kk, [C, KV, hd]), g.bcast(cr, [C, KV, hd], [0, 2]), g.bcast(sr, [C, KV, hd], [0, 2]))
        v = g.reshape(v, [C, KV, hd])
        # one (KV, hd) window per row, at (l, position)
        at = g.concat([g.bcast(g.ci(l), [C, 1], []), g.reshape(prow, [C, 1])], 1)	# (C, 2)
        kc = g.scatter(kc, at, kk, [1, 2], [0, 1], [0, 1], 1)
        vc = g.scatter(vc, at, v, [1, 2], [0, 1], [0, 1], 1)
        kl = g.reshape(g.slice(kc, [l, 0, 0, 0], [l + 1, S, KV, hd]), [S, KV, hd])
        vl = g.reshape(g.slice(vc, [l, 0, 0, 0], [l + 1, S, KV, hd]), [S, KV, hd])
        sc = g.dot(g.reshape(q, [C, KV, G, hd]), kl, [1], [1], [3], [2])	# (KV, C, G, S)
        sc = g.bin("multiply", sc, g.bcast(k["scale"], sc.shape, []))
        p = softmax(g, sc, 3, mask_sel=valid, k=k)
        ctx = g.dot(p, vl, [0], [1], [3], [0])				# (KV, C, G, hd)
        ctx = g.reshape(g.transpose(ctx, [1, 0, 2, 3]), [C, H * hd])
        x = g.bin("add", x, g.dot(ctx, lw["wo"], [], [], [1], [1]))
        xn = rmsnorm(g, c, x, lw["post_ln"], k)
        gt = g.transpose(g.dot(lw["gate"], xn, [], [], [1], [1]), [1, 0])
        up = g.dot(xn, lw["up"], [], [], [1], [1])
        act = g.bin("multiply", g.bin("multiply", gt, g.un("logistic", gt)), up)
        x = g.bin("add", x, g.dot(act, lw["down"], [], [], [1], [1]))
    last = g.bin("subtract", rlen, g.ci(1))
    xl = g.dslice(x, [last, k["i0"]], [1, D])				# (1, D)
    xn = rmsnorm(g, c, xl, w["final_norm"], k)
    logits = g.reshape(g.dot(xn, w["head"], [], [], [1], [1]), [c.V])
    return g.text("prefill", [g.argmax(logits), kc, vc])


VARIANTS = {"mlxcel": (mlx_prefill, mlx_decode, mlx_map), "gather": (gat_prefill, gat_decode, None)}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-c", "--config", required=True, help="the model's config.json")
    ap.add_argument("-v", "--variant", required=True, choices=sorted(VARIANTS))
    ap.add_argument("-S", "--capacity", type=int, default=256, help="cache positions (256)")
    ap.add_argument("-C", "--chunk", type=int, default=32, help="prefill tokens (32)")
    ap.add_argument("-o", "--out", required=True, help="the directory to write")
    a = ap.parse_args()
    c = Config(a.config)
    if not 1 <= a.chunk <= a.capacity <= c.max_pos:
        sys.exit("spellings: need 1 <= chunk (%d) <= capacity (%d) <= max_position_embeddings (%d)" % (
            a.chunk, a.capacity, c.max_pos))
    if c.H % c.KV or c.hd % 2:
        sys.exit("spellings: heads must be a multiple of kv heads, head_dim even")
    prefill, decode, names = VARIANTS[a.variant]
    os.makedirs(a.out, exist_ok=True)
    head = "// tools/spellings.py -v %s -S %d -C %d: %s, %d layers\n" % (
        a.variant, a.capacity, a.chunk, os.path.basename(os.path.dirname(os.path.abspath(a.config))), c.L)
    files = [("prefill.mlir", head + prefill(c, a.capacity, a.chunk)),
             ("decode_step.mlir", head + decode(c, a.capacity))]
    if names:
        files.append(("names.map", names(c)))
    for name, text in files:
        with open(os.path.join(a.out, name), "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
