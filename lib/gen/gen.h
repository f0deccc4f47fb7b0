/* Greedy generation from a model directory: the config gives the
 * graphs (emitted in-process), the checkpoint their weights (bound by
 * name), a backend runs them; prefill in chunks, then one decode step per
 * token with the caches threaded through. */
#ifndef GEN_H
#define GEN_H

#include "model/config.h"
#include "exec/exec.h"
#include "exec/interp.h"
#include "ir/mlir.h"
#include "data/st.h"

struct gen {
	struct model_config cfg;
	struct st_model st;
	const struct exec_backend *be;
	struct mlir_module *pm, *dm;	/* prefill and decode graphs */
	void *ps, *ds;			/* their backend states */
	struct tensor **pa, **da;	/* their arguments (weights bound) */
	int chunk, capacity;
	struct tensor *kc, *vc;		/* the caches */
	int pos;			/* tokens in the cache */
	int eos[16], neos;		/* end-of-generation ids */
	int logits_mode;		/* the graphs return logits */
	float *logits;			/* (nlogits) of the last call, logits mode */
	int64_t nlogits;
	/* batched decode (gen_open_batch) */
	int B;				/* rows; 0: none */
	struct mlir_module *bm;
	void *bs;
	struct tensor **ba;
	struct tensor *bkc, *bvc;	/* (L, B, S, KV, hd) */
};

/* Opens model dir: config, weights, and graphs for a cache of capacity
 * positions and prefill chunks of chunk tokens, emitted in-process; or,
 * when graphs is not NULL, read from graphs/prefill.mlir and
 * graphs/decode_step.mlir (which then fix the chunk and capacity).  Runs
 * them on the named backend.  0, or -1 with a reason naming the file or
 * tensor. */
int gen_open(struct gen *g, const char *dir, const char *graphs, int capacity, int chunk, const char *backend);

/* As gen_open, with the graphs that return logits (prefill_logits,
 * decode_step_logits): each call keeps the logits that chose its token
 * in g->logits, and the token is their argmax taken as the argmax graphs
 * take it (gen_argmax), so the tokens are the same. */
int gen_open_logits(struct gen *g, const char *dir, const char *graphs, int capacity, int chunk,
    const char *backend);

/* The index the graphs' argmax reduction picks from x (n): the first
 * maximum, or the first NaN. */
int gen_argmax(const float *x, int64_t n);

/* Prefills the n prompt ids (from position g->pos) and returns the next
 * token id, or -1 with a reason. */
int gen_prefill(struct gen *g, const int *ids, int n);

/* Feeds id at position g->pos and returns the next token id, or -1. */
int gen_step(struct gen *g, int id);

/* Whether id ends generation (generation_config.json's eos_token_id,
 * else config.json's). */
int gen_is_eos(const struct gen *g, int id);

/* Empties the single-sequence caches for a new prompt. */
void gen_reset(struct gen *g);

/* Adds the batched decode graph of B rows (same capacity).  0 or -1. */
int gen_open_batch(struct gen *g, int B);

/* Copies the single-sequence caches (a prompt just prefilled) into row
 * of the batched caches. */
void gen_batch_load(struct gen *g, int row);

/* One batched decode step: row r feeds tok[r] at position pos[r] (its
 * cache length); stores each row's next token in next.  0 or -1. */
int gen_batch_step(struct gen *g, const int *tok, const int *pos, int *next);

void gen_close(struct gen *g);

#endif
