/* A model's config.json, read into what the emitter needs: the family's
 * row of the family table (family.c) and the values of its fields, with
 * the Hugging Face config class's defaults where a field is absent.  A
 * field or value the emitter cannot honour is an error naming the field
 * and the value, never silently ignored.
 *
 * A family is data: how it normalizes and where, its activation, its
 * attention variants (q/k norms, biases, soft-caps, windows, scale), its
 * RoPE variant, its multipliers, its tensor names, and the config fields
 * it reads (each with a kind the parser knows).  Code per family exists
 * only where the structure differs (mixture-of-experts routing, fused
 * tensors split in the graph), and that code is shared by kind, not by
 * family name.  A new dense family is a row of the table. */
#ifndef CONFIG_H
#define CONFIG_H

#include "base/json.h"

enum norm_kind {
	NORM_RMS,		/* x * rsqrt(mean(x^2) + eps) * w */
	NORM_RMS_1P,		/* ... * (1 + w): Gemma */
	NORM_LN,		/* (x - mean) * rsqrt(var + eps) * w + b */
	NORM_LN_NOBIAS,		/* the same without the bias: Cohere */
};

enum block_kind {
	BLOCK_PRE,		/* h += f(norm(h)) for attention, then the MLP */
	BLOCK_SANDWICH,		/* h += postnorm(f(prenorm(h))): Gemma */
	BLOCK_POST,		/* h += norm(f(h)): OLMo 2 */
	BLOCK_PARALLEL,		/* n = norm(h); h = (h + attn(n)) + mlp(n): Cohere, StableLM's option */
};

enum act_kind {
	ACT_SILU,
	ACT_GELU_TANH,		/* gelu_pytorch_tanh */
	ACT_GELU,		/* the erf GELU */
};

enum mlp_kind {
	MLP_GATED,		/* down(act(gate(x)) * up(x)) */
	MLP_PLAIN,		/* proj(act(fc(x))): StarCoder2 */
};

enum qknorm_kind {
	QKN_NONE,
	QKN_HEAD,		/* per head, over head_dim (the norm kind of the model) */
	QKN_ALL,		/* over the whole projection: OLMo 2, OLMoE */
};

enum rope_layout {
	ROPE_HALF,		/* rotate_half: pairs (i, i + d/2) */
	ROPE_PAIRS,		/* interleaved: pairs (2i, 2i + 1): Cohere */
};

enum rope_kind {
	ROPE_DEFAULT,		/* inv_freq = theta^(-2i/d) */
	ROPE_LLAMA3,		/* Llama 3.1's frequency-dependent scaling */
};

/* The tensors a family names: printf templates of module paths (".weight"
 * and ".bias" are appended), %d the layer, then the expert. */
enum wslot {
	W_EMBED, W_FINAL_NORM, W_HEAD,
	W_ATTN_NORM, W_MLP_NORM, W_POST_ATTN_NORM, W_POST_MLP_NORM,
	W_Q, W_K, W_V, W_O, W_QKV, W_Q_NORM, W_K_NORM,
	W_GATE, W_UP, W_DOWN, W_GATE_UP,
	W_ROUTER, W_EGATE, W_EUP, W_EDOWN,
	W_SGATE, W_SUP, W_SDOWN, W_SROUTER,
	W_COUNT
};

/* How a family reads one config.json field (family.c's table rows list
 * them; config.c parses each kind). */
enum fkind {
	F_EPS,			/* the norms' epsilon */
	F_ACT,			/* the activation: "silu", "gelu_pytorch_tanh"... */
	F_HEAD_DIM,		/* head_dim, default hidden / heads unless def */
	F_LAYERS,		/* an alias of num_hidden_layers */
	F_ATTN_BIAS,		/* bool: biases on q, k, v and o */
	F_QKV_BIAS,		/* bool: biases on q, k, v */
	F_O_BIAS,		/* bool: a bias on o */
	F_O_MLP_BIAS,		/* bool: biases on o and the MLP (InternLM3's "bias") */
	F_MLP_BIAS,		/* bool: biases on the MLP */
	F_ALL_BIAS,		/* bool: biases on every projection (StarCoder2) */
	F_ATTN_SOFTCAP,		/* number or null */
	F_FINAL_SOFTCAP,	/* number or null */
	F_QPAS,			/* query_pre_attn_scalar: scale = qpas^-0.5 */
	F_ATTN_MULT,		/* the attention scale itself (Granite) */
	F_EMBED_MULT,		/* embeddings times this */
	F_RESID_MULT,		/* branches times this before the residual add */
	F_SCALE_DEPTH,		/* MiniCPM: branches times scale_depth / sqrt(layers) */
	F_DIM_MODEL_BASE,	/* MiniCPM: the final hidden divided by hidden / this */
	F_LOGIT_DIV,		/* logits divided by this (Granite's logits_scaling) */
	F_LOGIT_MULT,		/* logits times this (Cohere's logit_scale) */
	F_WINDOW,		/* sliding_window: a number, or null for none */
	F_LAYER_TYPES,		/* ["sliding_attention", "full_attention", ...] */
	F_WINDOW_PATTERN,	/* sliding_window_pattern: layer i full when (i+1) % p == 0 */
	F_USE_SLIDING,		/* bool: Qwen2's switch for windows */
	F_MAX_WINDOW_LAYERS,	/* Qwen2: layers from this one on use the window */
	F_NO_ROPE_LAYERS,	/* SmolLM3: [1, 1, 1, 0]: 0 means no RoPE */
	F_PARTIAL_ROTARY,	/* partial_rotary_factor */
	F_LOCAL_ROPE_BASE,	/* Gemma 3: the sliding layers' RoPE base */
	F_PARALLEL,		/* bool: StableLM's use_parallel_residual */
	F_EXPERTS,		/* the number of experts */
	F_TOPK,			/* experts per token */
	F_NORM_TOPK,		/* bool: renormalize the chosen weights */
	F_MOE_INTER,		/* the experts' width */
	F_SHARED_INTER,		/* the shared expert's width */
	F_SPARSE_STEP,		/* decoder_sparse_step */
	F_MLP_ONLY,		/* mlp_only_layers: [indexes] */
	F_REFUSE_TRUE,		/* a bool the emitter cannot honour when true */
	F_REFUSE_SET,		/* a field the emitter cannot honour unless null */
	F_IGNORE,		/* read and checked for type only: no effect on the graphs */
};

struct fieldspec {
	const char *key;
	enum fkind kind;
	double def;		/* the default when absent (kinds that take one) */
};

/* Layer flags */
enum {
	LF_SLIDING = 1,		/* attends to a window of keys */
	LF_NOPE = 2,		/* no RoPE */
	LF_MOE = 4,		/* a mixture of experts for the MLP */
	LF_LOCAL_ROPE = 8,	/* RoPE of the local base */
};

struct family {
	const char *model_type;
	/* the config class's defaults (kv 0: heads; intermediate 0: 4 x hidden) */
	int vocab, hidden, intermediate, layers, heads, kv, max_pos;
	double eps, rope_theta;
	int tie;
	/* structure */
	enum norm_kind norm;
	enum block_kind block;
	enum act_kind act;
	enum mlp_kind mlp;
	enum qknorm_kind qknorm;
	enum rope_layout layout;
	int qkv_bias;		/* q, k, v biases whatever the config says (Qwen2) */
	int moe;		/* MoE layers: 1 all, 2 by decoder_sparse_step */
	int renorm;		/* MoE: always renormalize the top-k weights (Mixtral) */
	int full_nope;		/* full-attention layers take no RoPE (Cohere 2) */
	int window_all;		/* sliding_window applies to every layer unless the
				 * config names layers (Mistral, Phi-3, StarCoder2) */
	int window_even;	/* without layer_types, even layers slide (Gemma 2) */
	int embed_sqrt;		/* embeddings times sqrt(hidden) (Gemma) */
	int fused_qkv;		/* one qkv_proj, split by slice in the graph (Phi-3) */
	int fused_gate_up;	/* one gate_up_proj (Phi-3) */
	int head_dim_forced;	/* head_dim is hidden / heads, whatever the config says */
	const char *names[W_COUNT];	/* NULL: Llama's name */
	const struct fieldspec *fields;	/* ended by a NULL key */
};

/* A per-module override of the quantization block (MLX writes these
 * keyed by module path; bits 0 means "not quantized"). */
struct quant_override {
	char *path;
	int bits, group;
};

struct model_config {
	const struct family *fam;
	const char *model_type;	/* fam's */
	int vocab;
	int hidden;		/* D */
	int intermediate;	/* F */
	int layers;		/* L */
	int heads;		/* H */
	int kv_heads;		/* KV; heads % kv_heads == 0 */
	int head_dim;		/* hd */
	int max_pos;
	double rms_eps;		/* every norm's epsilon */
	enum norm_kind norm;
	enum block_kind block;
	enum act_kind act;
	enum mlp_kind mlp;
	enum qknorm_kind qknorm;
	/* attention */
	int q_bias, k_bias, v_bias, o_bias, mlp_bias, norm_bias;
	double attn_scale;	/* scores times this (f32) */
	double attn_softcap;	/* 0: none */
	int window;		/* keys a sliding layer sees, itself included; 0: none */
	unsigned char *lflags;	/* (layers) LF_* */
	/* RoPE */
	double rope_theta, rope_local_theta;
	enum rope_kind rope;
	enum rope_layout rope_layout;
	int rotary_dim;		/* the dims rotated: head_dim unless partial */
	double rope_factor, rope_low_freq, rope_high_freq;	/* llama3 */
	int rope_orig_max_pos;					/* llama3 */
	/* multipliers */
	double embed_mult;	/* 0: none */
	double resid_mult;	/* 0: none */
	double hidden_div;	/* the final hidden divided by this; 0: none */
	double logit_div, logit_mult, final_softcap;	/* 0: none */
	/* mixture of experts */
	int experts, topk, norm_topk, moe_inter, shared_inter;
	int tie_embeddings;
	int quant_bits;		/* 0: dense weights; else MLX affine */
	int quant_group;
	struct quant_override *overrides;	/* (noverrides) */
	int noverrides;
};

/* Fills c from a parsed config.json; file names the file in messages.
 * 0, or -1 with a reason "file:line:col: field: what". */
int cfg_parse(struct model_config *c, const struct json *root, const char *file);

/* Reads and parses a config.json file.  0 or -1 with a reason. */
int cfg_load(struct model_config *c, const char *path);

/* Frees what cfg_parse allocated. */
void cfg_free(struct model_config *c);

/* The quantization of the module at path ("model.layers.0.mlp.up_proj"):
 * stores bits (0: dense) and group size. */
void cfg_quant_for(const struct model_config *c, const char *path, int *bits, int *group);

/* The module path of slot s of c's family for layer l (and expert e)
 * into buf. */
void cfg_name(const struct model_config *c, enum wslot s, int l, int e, char *buf, size_t n);

/* The family table: its rows, ended by a NULL model_type. */
extern const struct family families[];

/* Returns the family of model_type, or NULL. */
const struct family *family_find(const char *model_type, size_t len);

/* The model types the table holds, for messages: "llama, qwen2, ...". */
const char *family_names(void);

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
