/* The Vulkan backend's insides shared by the session (vk_session.c) and
 * the graph compiler (vk_graph.c): a session's weights and states, and
 * a graph compiled to dispatches. */
#ifndef VK_INT_H
#define VK_INT_H

#include "exec/interp.h"
#include "exec/vk/vk.h"

struct vk_weight {
	char *name;
	struct tensor t;		/* as the checkpoint stores it, borrowed */
	struct vk_buf buf;		/* uploaded on first use */
	int up;
};

struct vk_state {
	char *name;
	struct mlir_type type;
	struct vk_buf buf;
	size_t nbytes;
};

/* where a value lives: a home (the graph's arena, a weight's or a
 * state's buffer) and a byte address in it; -1: nowhere (a value fused
 * into the programs that read it, or the host's) */
enum { H_ARENA, H_WEIGHT, H_STATE };

enum { V_TEMP, V_CONST, V_INPUT, V_ARG };

struct val {
	struct mlir_type t;		/* its type (dt: the logical element type) */
	enum dtype st;			/* the element type its bytes hold */
	int home, hi;			/* H_*, and which weight or state */
	uint32_t addr;
	int root;			/* the value whose bytes these are (views) */
	int last;			/* the last op reading it (its root: any view) */
	int kind;			/* V_* */
	const void *bytes;		/* V_CONST */
	int mod_id;			/* the module value (checks) */
	int def;			/* the op making it, -1 for arguments */
	int uses;			/* operands that read it (live ops) */
	int fused;			/* 1: computed inside the programs that read it */
	int force;			/* 1: must be materialized */
};

/* an op of @main with the calls inlined: value indexes, not module ids */
struct lop {
	const struct mlir_op *op;
	int *in, *out;
	int nin, nout;
	int dead;			/* nothing reads its results */
	int q[3];			/* a quantized dot: the packed, scales, biases values */
	int quant;			/* q holds them; bits */
	int gs;				/* the group size */
};

struct disp {
	enum vk_shader sh;
	int32_t spec[VK_NSPEC];
	uint32_t n, p;			/* invocations, parameter offset (words) */
	uint32_t pa, pb;		/* two more push constants (mode) */
	VkBuffer b[VK_NBUF];
	int op;				/* the lop it comes from (HLO_VK_PROFILE) */
	/* the specialized alternative (fprog.glsl), recorded once the graph
	 * has run VK_TIER times: its own pipeline, faster, slower to make */
	int alt;
	enum vk_shader ash;
	int32_t aspec[VK_NSPEC];
	uint32_t an, ap, apa;
};

/* The runs of a graph after which its specialized dispatches replace the
 * generic ones (making a pipeline costs lavapipe a tenth of a second;
 * a graph run a few times, a prefill, never pays it). */
enum { VK_TIER = 24 };

struct vgraph {
	const struct mlir_module *m;
	const struct mlir_func *f;
	struct val *v;
	int nv;
	struct lop *ops;
	int nops;
	uint32_t *par;
	int npar;
	struct disp *d;
	int nd;
	uint32_t arena_size;
	struct vk_buf arena, params, io;
	VkDescriptorPool dpool;
	VkCommandBuffer cb;
	/* inputs and outputs: value, io offset */
	int *in_v, *out_v, nin, nout;
	uint32_t *in_off, *out_off;
	/* results bound to states: value, state */
	int *res_v, *res_s, nres_state;
	struct exec_binding *res;	/* (nres) roles */
	int nres;
	/* host checks: the lowered op and its operand values */
	int *checks, nchecks;
	struct interp ip;
	/* HLO_VK_PROFILE: a timestamp before and after each dispatch, and
	 * the time each took, summed over the runs */
	VkQueryPool qp;
	double *prof;			/* (nd) ns */
	int runs;
	int calls, tier;		/* runs so far; 1 once the alternatives are recorded */
	int nalt;			/* dispatches with an alternative */
};

struct vsession {
	struct exec_session base;
	struct vk_ctx *c;
	int wg;
	int tier;			/* exec_opts.tier: the tier graphs start at */
	int notier;			/* HLO_VK_TIER=0: never the specialized tier */
	struct vk_weight *w;
	int nw;
	struct vk_state *s;
	int ns;
	struct vgraph **g;
	int ng;
};

/* A graph being compiled. */
struct cc {
	struct vsession *s;
	struct vgraph *g;
	const struct mlir_module *m;
	int op;				/* the lop being compiled */
};

/* Makes a value of type t (kind V_*, module value mod_id); its index. */
int vk_new_val(struct vgraph *g, const struct mlir_type *t, int kind, int mod_id);

/* Places value v in the arena.  0 or -1. */
int vk_place(struct vgraph *g, int v);

/* Flattens function f of c's module into c->g's ops (calls inlined):
 * env maps f's module value ids to value indexes, rets gets the returned
 * values.  The count returned, or -1. */
int vk_flatten(struct cc *c, const struct mlir_func *f, int *env, int *rets, int depth);

/* Decides what is fused and what is dead, finds the quantized dots, sets
 * the values' last readers; rets (nret) are the graph's results. */
void vk_plan(struct cc *c, const int *rets, int nret);

/* Compiles op i into dispatches (or nothing, when fused or dead).  0 or -1
 * with a reason. */
int vk_compile_op(struct cc *c, int i);

/* Whether element type t is one the kernels take. */
int vk_ok_type(const struct mlir_type *t);

#endif
