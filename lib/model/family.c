/* The family table: one row per model_type.  Defaults are the Hugging
 * Face config classes' own (the field tables of each family's
 * configuration_*.py); the structure and tensor names follow each
 * family's modeling_*.py.  doc/families.md says, family by family, what
 * the row means and where llama.cpp (the oracles' producer) departs. */
#include <stdio.h>
#include <string.h>

#include "base/util.h"
#include "model/config.h"

/* Fields most Llama-like families read. */
#define LLAMA_ATTN \
	{ "rms_norm_eps", F_EPS, 1e-6 }, { "hidden_act", F_ACT, 0 }, { "head_dim", F_HEAD_DIM, 0 }
#define QWEN_WINDOW \
	{ "use_sliding_window", F_USE_SLIDING, 0 }, { "sliding_window", F_WINDOW, 4096 }, \
	{ "max_window_layers", F_MAX_WINDOW_LAYERS, 28 }
#define MOE_QWEN \
	{ "num_experts", F_EXPERTS, 60 }, { "num_experts_per_tok", F_TOPK, 4 }, \
	{ "norm_topk_prob", F_NORM_TOPK, 0 }, { "moe_intermediate_size", F_MOE_INTER, 1408 }, \
	{ "decoder_sparse_step", F_SPARSE_STEP, 1 }, { "mlp_only_layers", F_MLP_ONLY, 0 }
#define END { NULL, 0, 0 }

static const struct fieldspec llama_fields[] = {
	LLAMA_ATTN, { "attention_bias", F_ATTN_BIAS, 0 }, { "mlp_bias", F_MLP_BIAS, 0 },
	{ "pretraining_tp", F_IGNORE, 0 }, END
};
static const struct fieldspec qwen2_fields[] = { LLAMA_ATTN, QWEN_WINDOW, END };
static const struct fieldspec qwen3_fields[] = {
	{ "rms_norm_eps", F_EPS, 1e-6 }, { "hidden_act", F_ACT, 0 }, { "head_dim", F_HEAD_DIM, 128 },
	{ "attention_bias", F_ATTN_BIAS, 0 }, QWEN_WINDOW, END
};
static const struct fieldspec mistral_fields[] = {
	LLAMA_ATTN, { "sliding_window", F_WINDOW, 4096 }, END
};
static const struct fieldspec gemma2_fields[] = {
	{ "rms_norm_eps", F_EPS, 1e-6 }, { "hidden_activation", F_ACT, 0 }, { "head_dim", F_HEAD_DIM, 256 },
	{ "attention_bias", F_ATTN_BIAS, 0 }, { "query_pre_attn_scalar", F_QPAS, 256 },
	{ "attn_logit_softcapping", F_ATTN_SOFTCAP, 50 }, { "final_logit_softcapping", F_FINAL_SOFTCAP, 30 },
	{ "sliding_window", F_WINDOW, 4096 }, { "layer_types", F_LAYER_TYPES, 0 },
	{ "hidden_act", F_IGNORE, 0 }, END
};
static const struct fieldspec gemma3_fields[] = {
	{ "rms_norm_eps", F_EPS, 1e-6 }, { "hidden_activation", F_ACT, 0 }, { "head_dim", F_HEAD_DIM, 256 },
	{ "attention_bias", F_ATTN_BIAS, 0 }, { "query_pre_attn_scalar", F_QPAS, 256 },
	{ "attn_logit_softcapping", F_ATTN_SOFTCAP, 0 }, { "final_logit_softcapping", F_FINAL_SOFTCAP, 0 },
	{ "sliding_window", F_WINDOW, 4096 }, { "sliding_window_pattern", F_WINDOW_PATTERN, 6 },
	{ "layer_types", F_LAYER_TYPES, 0 }, { "rope_local_base_freq", F_LOCAL_ROPE_BASE, 10000 },
	{ "use_bidirectional_attention", F_REFUSE_TRUE, 0 }, { "hidden_act", F_IGNORE, 0 }, END
};
static const struct fieldspec phi3_fields[] = {
	{ "rms_norm_eps", F_EPS, 1e-5 }, { "hidden_act", F_ACT, 0 }, { "head_dim", F_HEAD_DIM, 0 },
	{ "partial_rotary_factor", F_PARTIAL_ROTARY, 1 }, { "sliding_window", F_WINDOW, 0 },
	{ "original_max_position_embeddings", F_IGNORE, 0 }, END
};
static const struct fieldspec olmo2_fields[] = {
	{ "rms_norm_eps", F_EPS, 1e-5 }, { "hidden_act", F_ACT, 0 }, { "attention_bias", F_ATTN_BIAS, 0 }, END
};
static const struct fieldspec granite_fields[] = {
	LLAMA_ATTN, { "attention_bias", F_ATTN_BIAS, 0 }, { "mlp_bias", F_MLP_BIAS, 0 },
	{ "embedding_multiplier", F_EMBED_MULT, 1 }, { "residual_multiplier", F_RESID_MULT, 1 },
	{ "attention_multiplier", F_ATTN_MULT, 1 }, { "logits_scaling", F_LOGIT_DIV, 1 }, END
};
static const struct fieldspec starcoder2_fields[] = {
	{ "norm_epsilon", F_EPS, 1e-5 }, { "hidden_act", F_ACT, 0 }, { "use_bias", F_ALL_BIAS, 1 },
	{ "sliding_window", F_WINDOW, 0 }, { "mlp_type", F_IGNORE, 0 }, END
};
static const struct fieldspec stablelm_fields[] = {
	{ "layer_norm_eps", F_EPS, 1e-5 }, { "hidden_act", F_ACT, 0 },
	{ "partial_rotary_factor", F_PARTIAL_ROTARY, 0.25 }, { "use_qkv_bias", F_QKV_BIAS, 0 },
	{ "use_parallel_residual", F_PARALLEL, 0 }, { "qk_layernorm", F_REFUSE_TRUE, 0 }, END
};
static const struct fieldspec smollm3_fields[] = {
	LLAMA_ATTN, { "attention_bias", F_ATTN_BIAS, 0 }, { "mlp_bias", F_MLP_BIAS, 0 },
	{ "no_rope_layers", F_NO_ROPE_LAYERS, 0 }, { "use_sliding_window", F_USE_SLIDING, 0 },
	{ "sliding_window", F_WINDOW, 0 }, { "layer_types", F_LAYER_TYPES, 0 },
	{ "no_rope_layer_interval", F_IGNORE, 0 }, { "max_window_layers", F_IGNORE, 0 }, END
};
static const struct fieldspec cohere_fields[] = {
	{ "layer_norm_eps", F_EPS, 1e-5 }, { "hidden_act", F_ACT, 0 }, { "attention_bias", F_ATTN_BIAS, 0 },
	{ "logit_scale", F_LOGIT_MULT, 0.0625 }, { "use_qk_norm", F_REFUSE_TRUE, 0 }, END
};
static const struct fieldspec cohere2_fields[] = {
	{ "layer_norm_eps", F_EPS, 1e-5 }, { "hidden_act", F_ACT, 0 }, { "attention_bias", F_ATTN_BIAS, 0 },
	{ "logit_scale", F_LOGIT_MULT, 0.0625 }, { "sliding_window", F_WINDOW, 4096 },
	{ "sliding_window_pattern", F_WINDOW_PATTERN, 4 }, { "layer_types", F_LAYER_TYPES, 0 },
	/* transformers reads none of these */
	{ "rotary_pct", F_IGNORE, 0 }, { "position_embedding_type", F_IGNORE, 0 },
	{ "order_of_interleaved_layers", F_IGNORE, 0 }, END
};
static const struct fieldspec exaone_fields[] = {
	{ "layer_norm_epsilon", F_EPS, 1e-5 }, { "activation_function", F_ACT, 0 },
	{ "num_layers", F_LAYERS, 32 }, { "head_dim", F_HEAD_DIM, 0 }, END
};
static const struct fieldspec internlm3_fields[] = {
	LLAMA_ATTN, { "qkv_bias", F_QKV_BIAS, 0 }, { "bias", F_O_MLP_BIAS, 0 }, END
};
static const struct fieldspec mimo_fields[] = {
	LLAMA_ATTN, QWEN_WINDOW, { "num_nextn_predict_layers", F_IGNORE, 0 }, END
};
static const struct fieldspec minicpm_fields[] = {
	LLAMA_ATTN, { "attention_bias", F_ATTN_BIAS, 0 }, { "scale_emb", F_EMBED_MULT, 1 },
	{ "scale_depth", F_SCALE_DEPTH, 1 }, { "dim_model_base", F_DIM_MODEL_BASE, 1 }, END
};
static const struct fieldspec seed_oss_fields[] = {
	{ "rms_norm_eps", F_EPS, 1e-6 }, { "hidden_act", F_ACT, 0 }, { "head_dim", F_HEAD_DIM, 128 },
	{ "attention_bias", F_QKV_BIAS, 1 }, { "attention_out_bias", F_O_BIAS, 0 }, { "mlp_bias", F_MLP_BIAS, 0 }, END
};
static const struct fieldspec mixtral_fields[] = {
	{ "rms_norm_eps", F_EPS, 1e-5 }, { "hidden_act", F_ACT, 0 }, { "head_dim", F_HEAD_DIM, 0 },
	{ "sliding_window", F_WINDOW, 0 }, { "num_local_experts", F_EXPERTS, 8 },
	{ "num_experts_per_tok", F_TOPK, 2 }, { "router_jitter_noise", F_IGNORE, 0 },
	{ "output_router_logits", F_IGNORE, 0 }, { "router_aux_loss_coef", F_IGNORE, 0 }, END
};
static const struct fieldspec qwen3_moe_fields[] = {
	{ "rms_norm_eps", F_EPS, 1e-6 }, { "hidden_act", F_ACT, 0 }, { "head_dim", F_HEAD_DIM, 0 },
	{ "attention_bias", F_ATTN_BIAS, 0 }, QWEN_WINDOW, MOE_QWEN,
	{ "output_router_logits", F_IGNORE, 0 }, { "router_aux_loss_coef", F_IGNORE, 0 }, END
};
static const struct fieldspec qwen2_moe_fields[] = {
	LLAMA_ATTN, QWEN_WINDOW, MOE_QWEN, { "shared_expert_intermediate_size", F_SHARED_INTER, 5632 },
	{ "output_router_logits", F_IGNORE, 0 }, { "router_aux_loss_coef", F_IGNORE, 0 }, END
};
static const struct fieldspec olmoe_fields[] = {
	{ "rms_norm_eps", F_EPS, 1e-5 }, { "hidden_act", F_ACT, 0 }, { "attention_bias", F_ATTN_BIAS, 0 },
	{ "num_experts", F_EXPERTS, 64 }, { "num_experts_per_tok", F_TOPK, 8 },
	{ "norm_topk_prob", F_NORM_TOPK, 0 }, { "clip_qkv", F_REFUSE_SET, 0 },
	{ "output_router_logits", F_IGNORE, 0 }, { "router_aux_loss_coef", F_IGNORE, 0 }, END
};

#define L "model.layers.%d."
#define GEMMA_NORMS [W_MLP_NORM] = L "pre_feedforward_layernorm", \
	[W_POST_ATTN_NORM] = L "post_attention_layernorm", [W_POST_MLP_NORM] = L "post_feedforward_layernorm"
#define QWEN_MOE_NAMES [W_ROUTER] = L "mlp.gate", [W_EGATE] = L "mlp.experts.%d.gate_proj", \
	[W_EUP] = L "mlp.experts.%d.up_proj", [W_EDOWN] = L "mlp.experts.%d.down_proj"

const struct family families[] = {
	{ .model_type = "llama", .vocab = 32000, .hidden = 4096, .intermediate = 11008, .layers = 32, .heads = 32,
	  .max_pos = 2048, .eps = 1e-6, .rope_theta = 10000, .fields = llama_fields },
	{ .model_type = "qwen2", .vocab = 151936, .hidden = 4096, .intermediate = 22016, .layers = 32, .heads = 32,
	  .max_pos = 32768, .eps = 1e-6, .rope_theta = 10000, .qkv_bias = 1, .fields = qwen2_fields },
	{ .model_type = "qwen3", .vocab = 151936, .hidden = 4096, .intermediate = 22016, .layers = 32, .heads = 32,
	  .max_pos = 32768, .eps = 1e-6, .rope_theta = 10000, .qknorm = QKN_HEAD, .fields = qwen3_fields },
	{ .model_type = "mistral", .vocab = 32000, .hidden = 4096, .intermediate = 14336, .layers = 32, .heads = 32,
	  .kv = 8, .max_pos = 131072, .eps = 1e-6, .rope_theta = 10000, .window_all = 1, .fields = mistral_fields },
	{ .model_type = "gemma2", .vocab = 256000, .hidden = 2304, .intermediate = 9216, .layers = 26, .heads = 8,
	  .kv = 4, .max_pos = 8192, .eps = 1e-6, .rope_theta = 10000, .tie = 1, .norm = NORM_RMS_1P,
	  .block = BLOCK_SANDWICH, .act = ACT_GELU_TANH, .embed_sqrt = 1, .window_even = 1,
	  .names = { GEMMA_NORMS }, .fields = gemma2_fields },
	{ .model_type = "gemma3_text", .vocab = 262208, .hidden = 2304, .intermediate = 9216, .layers = 26,
	  .heads = 8, .kv = 4, .max_pos = 131072, .eps = 1e-6, .rope_theta = 1000000, .tie = 1,
	  .norm = NORM_RMS_1P, .block = BLOCK_SANDWICH, .act = ACT_GELU_TANH, .qknorm = QKN_HEAD,
	  .embed_sqrt = 1, .names = { GEMMA_NORMS }, .fields = gemma3_fields },
	{ .model_type = "phi3", .vocab = 32064, .hidden = 3072, .intermediate = 8192, .layers = 32, .heads = 32,
	  .max_pos = 4096, .eps = 1e-5, .rope_theta = 10000, .fused_qkv = 1, .fused_gate_up = 1, .window_all = 1,
	  .fields = phi3_fields },
	{ .model_type = "olmo2", .vocab = 50304, .hidden = 4096, .intermediate = 11008, .layers = 32, .heads = 32,
	  .max_pos = 2048, .eps = 1e-5, .rope_theta = 10000, .block = BLOCK_POST, .qknorm = QKN_ALL,
	  .fields = olmo2_fields },
	{ .model_type = "granite", .vocab = 32000, .hidden = 4096, .intermediate = 11008, .layers = 32, .heads = 32,
	  .max_pos = 2048, .eps = 1e-6, .rope_theta = 10000, .fields = granite_fields },
	{ .model_type = "starcoder2", .vocab = 49152, .hidden = 3072, .intermediate = 12288, .layers = 30,
	  .heads = 24, .kv = 2, .max_pos = 4096, .eps = 1e-5, .rope_theta = 10000, .tie = 1, .norm = NORM_LN,
	  .act = ACT_GELU_TANH, .mlp = MLP_PLAIN, .window_all = 1,
	  .names = { [W_UP] = L "mlp.c_fc", [W_DOWN] = L "mlp.c_proj" }, .fields = starcoder2_fields },
	{ .model_type = "stablelm", .vocab = 50304, .hidden = 2560, .intermediate = 6912, .layers = 32, .heads = 32,
	  .max_pos = 4096, .eps = 1e-5, .rope_theta = 10000, .norm = NORM_LN, .fields = stablelm_fields },
	{ .model_type = "smollm3", .vocab = 128256, .hidden = 2048, .intermediate = 11008, .layers = 36,
	  .heads = 16, .kv = 4, .max_pos = 32768, .eps = 1e-6, .rope_theta = 2000000, .tie = 1,
	  .fields = smollm3_fields },
	{ .model_type = "cohere", .vocab = 256000, .hidden = 8192, .intermediate = 22528, .layers = 40, .heads = 64,
	  .max_pos = 8192, .eps = 1e-5, .rope_theta = 10000, .tie = 1, .norm = NORM_LN_NOBIAS,
	  .block = BLOCK_PARALLEL, .layout = ROPE_PAIRS, .fields = cohere_fields },
	{ .model_type = "cohere2", .vocab = 256000, .hidden = 8192, .intermediate = 22528, .layers = 40, .heads = 64,
	  .max_pos = 8192, .eps = 1e-5, .rope_theta = 10000, .tie = 1, .norm = NORM_LN_NOBIAS,
	  .block = BLOCK_PARALLEL, .layout = ROPE_PAIRS, .full_nope = 1, .head_dim_forced = 1,
	  .fields = cohere2_fields },
	{ .model_type = "exaone", .vocab = 102400, .hidden = 2048, .intermediate = 0, .layers = 32, .heads = 32,
	  .max_pos = 2048, .eps = 1e-5, .rope_theta = 10000,
	  .names = { [W_EMBED] = "transformer.wte", [W_FINAL_NORM] = "transformer.ln_f",
		[W_ATTN_NORM] = "transformer.h.%d.ln_1", [W_MLP_NORM] = "transformer.h.%d.ln_2",
		[W_Q] = "transformer.h.%d.attn.attention.q_proj", [W_K] = "transformer.h.%d.attn.attention.k_proj",
		[W_V] = "transformer.h.%d.attn.attention.v_proj", [W_O] = "transformer.h.%d.attn.attention.out_proj",
		[W_GATE] = "transformer.h.%d.mlp.c_fc_0", [W_UP] = "transformer.h.%d.mlp.c_fc_1",
		[W_DOWN] = "transformer.h.%d.mlp.c_proj" },
	  .fields = exaone_fields },
	{ .model_type = "internlm3", .vocab = 128512, .hidden = 4096, .intermediate = 11008, .layers = 32,
	  .heads = 32, .max_pos = 32768, .eps = 1e-6, .rope_theta = 10000, 
	  .fields = internlm3_fields },
	{ .model_type = "mimo", .vocab = 151936, .hidden = 4096, .intermediate = 22016, .layers = 32, .heads = 32,
	  .max_pos = 32768, .eps = 1e-6, .rope_theta = 10000, .qkv_bias = 1, .fields = mimo_fields },
	{ .model_type = "minicpm", .vocab = 32000, .hidden = 4096, .intermediate = 11008, .layers = 32, .heads = 32,
	  .max_pos = 2048, .eps = 1e-6, .rope_theta = 10000, .fields = minicpm_fields },
	{ .model_type = "seed_oss", .vocab = 155136, .hidden = 4096, .intermediate = 27648, .layers = 64,
	  .heads = 80, .kv = 8, .max_pos = 524288, .eps = 1e-6, .rope_theta = 10000, .fields = seed_oss_fields },
	{ .model_type = "mixtral", .vocab = 32000, .hidden = 4096, .intermediate = 14336, .layers = 32, .heads = 32,
	  .kv = 8, .max_pos = 131072, .eps = 1e-5, .rope_theta = 1000000, .moe = 1, .renorm = 1, .window_all = 1,
	  .names = { [W_ROUTER] = L "block_sparse_moe.gate", [W_EGATE] = L "block_sparse_moe.experts.%d.w1",
		[W_EUP] = L "block_sparse_moe.experts.%d.w3", [W_EDOWN] = L "block_sparse_moe.experts.%d.w2" },
	  .fields = mixtral_fields },
	{ .model_type = "qwen3_moe", .vocab = 151936, .hidden = 2048, .intermediate = 6144, .layers = 24,
	  .heads = 32, .kv = 4, .max_pos = 32768, .eps = 1e-6, .rope_theta = 10000, .qknorm = QKN_HEAD, .moe = 2,
	  .names = { QWEN_MOE_NAMES }, .fields = qwen3_moe_fields },
	{ .model_type = "qwen2_moe", .vocab = 151936, .hidden = 2048, .intermediate = 5632, .layers = 24,
	  .heads = 16, .kv = 16, .max_pos = 32768, .eps = 1e-6, .rope_theta = 10000, .qkv_bias = 1, .moe = 2,
	  .names = { QWEN_MOE_NAMES }, .fields = qwen2_moe_fields },
	{ .model_type = "olmoe", .vocab = 50304, .hidden = 2048, .intermediate = 2048, .layers = 16, .heads = 16,
	  .max_pos = 4096, .eps = 1e-5, .rope_theta = 10000, .qknorm = QKN_ALL, .moe = 1,
	  .names = { QWEN_MOE_NAMES }, .fields = olmoe_fields },
	{ NULL },
};

/* Llama's names: every slot a family leaves NULL. */
static const char *const llama_names[W_COUNT] = {
	[W_EMBED] = "model.embed_tokens", [W_FINAL_NORM] = "model.norm", [W_HEAD] = "lm_head",
	[W_ATTN_NORM] = L "input_layernorm", [W_MLP_NORM] = L "post_attention_layernorm",
	[W_POST_ATTN_NORM] = L "post_attention_layernorm", [W_POST_MLP_NORM] = L "post_feedforward_layernorm",
	[W_Q] = L "self_attn.q_proj", [W_K] = L "self_attn.k_proj", [W_V] = L "self_attn.v_proj",
	[W_O] = L "self_attn.o_proj", [W_QKV] = L "self_attn.qkv_proj", [W_Q_NORM] = L "self_attn.q_norm",
	[W_K_NORM] = L "self_attn.k_norm", [W_GATE] = L "mlp.gate_proj", [W_UP] = L "mlp.up_proj",
	[W_DOWN] = L "mlp.down_proj", [W_GATE_UP] = L "mlp.gate_up_proj",
	[W_ROUTER] = L "mlp.gate", [W_EGATE] = L "mlp.experts.%d.gate_proj", [W_EUP] = L "mlp.experts.%d.up_proj",
	[W_EDOWN] = L "mlp.experts.%d.down_proj", [W_SGATE] = L "mlp.shared_expert.gate_proj",
	[W_SUP] = L "mlp.shared_expert.up_proj", [W_SDOWN] = L "mlp.shared_expert.down_proj",
	[W_SROUTER] = L "mlp.shared_expert_gate",
};

void
cfg_name(const struct model_config *c, enum wslot s, int l, int e, char *buf, size_t n)
{
	const char *t = c->fam->names[s] ? c->fam->names[s] : llama_names[s];

	snprintf(buf, n, t, l, e);
}

const struct family *
family_find(const char *model_type, size_t len)
{
	for (const struct family *f = families; f->model_type; f++)
		if (strlen(f->model_type) == len && !memcmp(f->model_type, model_type, len))
			return f;
	return NULL;
}

const char *
family_names(void)
{
	static char buf[512];

	if (!buf[0]) {
		size_t k = 0;
		for (const struct family *f = families; f->model_type && k < sizeof(buf); f++)
			k += (size_t)snprintf(buf + k, sizeof(buf) - k, "%s%s", k ? ", " : "", f->model_type);
	}
	return buf;
}
