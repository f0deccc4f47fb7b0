/* Greedy generation: graphs, a checkpoint and a backend session.  The
 * driver knows StableHLO graphs by the names of their arguments (the
 * graph ABI of DESIGN.md), not model families:
 *
 *   prefill      tokens (C), positions (C), real_len; kcache and vcache
 *                (L, S, KV, hd) when it writes chunks at an offset, or
 *                none when it is one bucket from position 0 that
 *                returns fresh caches (as JAX-style emitters write it)
 *   decode_step  token, pos, cache_len; kcache, vcache
 *   batched      token, pos, cache_len (B); kcache, vcache (L, B, S, KV, hd)
 *
 * The results are the next token (or logits), then the caches.  Every
 * other argument is a weight, bound by its loc name (through a name map
 * when the graphs use another naming scheme) to the checkpoint.  The
 * chunk, capacity, layer count and batch rows are read from these
 * signatures; end-of-generation ids from generation_config.json or
 * config.json as plain JSON fields.  The graphs come from files, or
 * from emit_from_config() when none are given: the driver's one door
 * into the emitter. */
#ifndef GEN_H
#define GEN_H

#include "data/st.h"
#include "exec/exec.h"
#include "ir/mlir.h"

struct gen_opts {
	const char *graphs;	/* a dir of <graph>.mlir files; NULL: emit in-process */
	int capacity, chunk;	/* for graphs emitted in-process */
	enum dtype precision;	/* ...their dot_general operands (emit -p): F32
				 * when DTYPE_INVALID */
	int logits;		/* the graphs that return logits */
	const char *backend;	/* "cpu" when NULL */
	struct exec_opts exec;
	const char *name_map;	/* a file mapping graph names to checkpoint names, or NULL */
};

struct gen_map;

struct gen {
	char dir[4096];
	struct gen_opts o;
	struct st_model st;
	struct gen_map *map;
	int tie;			/* config.json's tie_word_embeddings */
	struct exec_session *s;
	struct mlir_module *pm, *dm, *bm;	/* prefill, decode, batched decode */
	int pg, dg, bg;			/* their handles in the session */
	int *pin, *din, *bin;		/* each graph's inputs: which driver value, in order */
	int prefill_caches;		/* the prefill takes the caches (chunks at an offset) */
	int moe_dense;			/* emit experts masked-dense (the backend has no case) */
	int chunk, capacity, layers;
	struct mlir_type kt;		/* (L, S, KV, hd) the single-sequence caches */
	int B;				/* batched rows; 0: no batched graph */
	struct mlir_type bkt;		/* (L, B, S, KV, hd) */
	int pos;			/* tokens in the single-sequence caches */
	int eos[16], neos;		/* end-of-generation ids */
	float *logits;			/* (nlogits) of the last call, logits graphs */
	int64_t nlogits;
	char **bound;			/* (nbound) the checkpoint tensors given to the session */
	int nbound;
	int64_t weight_bytes;		/* their bytes, as stored */
	int64_t step_bytes;		/* the weight bytes the last decode step read
					 * (-1: the backend does not count) */
};

/* Opens model dir (its checkpoint, and its config.json when graphs are
 * emitted in-process) with the prefill and decode graphs of o on a
 * session of o->backend.  0, or -1 with a reason naming the file, the
 * argument or the tensor. */
int gen_open(struct gen *g, const char *dir, const struct gen_opts *o);

/* Adds the batched decode graph of B rows: decode_step_b<B>.mlir from
 * the graphs dir, or emitted in-process.  0 or -1. */
int gen_open_batch(struct gen *g, int B);

/* The index the graphs' argmax reduction picks from x (n): the first
 * maximum, or the first NaN. */
int gen_argmax(const float *x, int64_t n);

/* Prefills the n prompt ids (from position g->pos) and returns the next
 * token id, or -1 with a reason. */
int gen_prefill(struct gen *g, const int *ids, int n);

/* Feeds id at position g->pos and returns the next token id, or -1. */
int gen_step(struct gen *g, int id);

/* Whether id ends generation. */
int gen_is_eos(const struct gen *g, int id);

/* Empties the single-sequence caches for a new prompt.  0 or -1. */
int gen_reset(struct gen *g);

/* Copies the single-sequence caches (a prompt just prefilled) into row
 * of the batched caches.  0 or -1. */
int gen_batch_load(struct gen *g, int row);

/* One batched decode step: row r feeds tok[r] at position pos[r] (its
 * cache length); stores each row's next token in next.  0 or -1. */
int gen_batch_step(struct gen *g, const int *tok, const int *pos, int *next);

void gen_close(struct gen *g);

#endif
