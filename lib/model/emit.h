/* The emitter: a model config in, StableHLO modules out.
 *
 * The graph ABI (see DESIGN.md), hard to change once graphs are frozen
 * in goldens and read by other tools:
 * - one module per graph, its function @main public;
 * - state arguments first, named by loc(): decode has token, pos,
 *   cache_len (scalars i32, or (B) vectors when batched), kcache, vcache;
 *   prefill has tokens (C), positions (C), real_len (scalar), kcache,
 *   vcache; then the weights in the order the layers use them, each named
 *   by loc("<safetensors tensor name>");
 * - caches are (L, S, KV, hd) f32, batched decode (L, B, S, KV, hd);
 *   decode writes the new K/V at cache_len and attends to positions
 *   0..cache_len; prefill writes its C rows at positions[0] and a query
 *   at positions[i] attends to cache positions 0..positions[i];
 * - results: the next token id (i32 scalar, or (B)) or the logits
 *   ((V) f32, or (B, V)), then kcache and vcache.
 * Every module is preceded by one header line naming the architecture,
 * the graph and its options: "// emit arch=A graph=G precision=P ...". */
#ifndef EMIT_H
#define EMIT_H

#include <stddef.h>

#include "model/config.h"
#include "base/dtype.h"
#include "base/strbuf.h"

enum emit_kind {
	EMIT_DECODE,
	EMIT_PREFILL,
};

struct emit_opts {
	enum emit_kind kind;
	int logits;		/* return logits, not the argmax */
	int capacity;		/* S, cache positions */
	int chunk;		/* C, prefill tokens per call */
	int batch;		/* B decode rows; 0: one unbatched sequence */
	enum dtype precision;	/* dot_general operands: F32, F16 or BF16 */
	int moe_dense;		/* decode runs every expert, weighted by a
				 * zero-padded routing matrix, as prefill does,
				 * instead of a case per chosen expert */
	const char *arch;	/* the architecture label of the header */
};

/* The precision named by emit's and run's -p ("f32", "bf16", "f16"), or
 * DTYPE_INVALID for any other name. */
enum dtype emit_precision(const char *name);

/* Writes the graph's name ("decode_step", "prefill_logits",
 * "decode_step_b4"...), the stem of its golden file. */
void emit_graph_name(char *buf, size_t n, const struct emit_opts *o);

/* Appends the header line and the module of one graph to out.  0, or -1
 * with a reason when the config asks for what the emitter cannot do. */
int emit_graph(struct strbuf *out, const struct model_config *c, const struct emit_opts *o);

/* The graphs `run` makes when it is given no graph files: reads the
 * config.json at path and appends graph o to out, as emit(1) would
 * write it.  This is the one door from the runtime into the emitter;
 * the driver treats what comes out like a file it read.  0, or -1 with
 * a reason naming the file and field. */
int emit_from_config(const char *path, const struct emit_opts *o, struct strbuf *out);

/* The inverse RoPE frequencies of base theta (rotary_dim / 2 values),
 * llama3 scaling included: transformers' formulas in f64, rounded once
 * to f32. */
void emit_rope_inv_freq(const struct model_config *c, double theta, float *inv);

#endif
