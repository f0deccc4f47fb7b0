/* The config.json of the models `emit` knows by name, so the project
 * works without ../shared.  Values are Hugging Face's own files for
 * Llama-3.2-1B-Instruct and Qwen2.5-0.5B-Instruct; "tiny" is ours: a
 * TinyStories-sized Llama small enough to read its graphs whole. */
#include <stddef.h>
#include <string.h>

#include "model/config.h"

const struct cfg_bundled cfg_bundled[] = {
	{ "llama", "llama-3.2-1b",
	  "{\n"
	  "  \"architectures\": [\"LlamaForCausalLM\"],\n"
	  "  \"attention_bias\": false,\n"
	  "  \"attention_dropout\": 0.0,\n"
	  "  \"bos_token_id\": 128000,\n"
	  "  \"eos_token_id\": [128001, 128008, 128009],\n"
	  "  \"head_dim\": 64,\n"
	  "  \"hidden_act\": \"silu\",\n"
	  "  \"hidden_size\": 2048,\n"
	  "  \"initializer_range\": 0.02,\n"
	  "  \"intermediate_size\": 8192,\n"
	  "  \"max_position_embeddings\": 131072,\n"
	  "  \"mlp_bias\": false,\n"
	  "  \"model_type\": \"llama\",\n"
	  "  \"num_attention_heads\": 32,\n"
	  "  \"num_hidden_layers\": 16,\n"
	  "  \"num_key_value_heads\": 8,\n"
	  "  \"pretraining_tp\": 1,\n"
	  "  \"rms_norm_eps\": 1e-05,\n"
	  "  \"rope_scaling\": {\n"
	  "    \"factor\": 32.0,\n"
	  "    \"high_freq_factor\": 4.0,\n"
	  "    \"low_freq_factor\": 1.0,\n"
	  "    \"original_max_position_embeddings\": 8192,\n"
	  "    \"rope_type\": \"llama3\"\n"
	  "  },\n"
	  "  \"rope_theta\": 500000.0,\n"
	  "  \"tie_word_embeddings\": true,\n"
	  "  \"torch_dtype\": \"bfloat16\",\n"
	  "  \"use_cache\": true,\n"
	  "  \"vocab_size\": 128256\n"
	  "}\n" },
	{ "qwen2", "qwen2.5-0.5b",
	  "{\n"
	  "  \"architectures\": [\"Qwen2ForCausalLM\"],\n"
	  "  \"attention_dropout\": 0.0,\n"
	  "  \"bos_token_id\": 151643,\n"
	  "  \"eos_token_id\": 151645,\n"
	  "  \"hidden_act\": \"silu\",\n"
	  "  \"hidden_size\": 896,\n"
	  "  \"initializer_range\": 0.02,\n"
	  "  \"intermediate_size\": 4864,\n"
	  "  \"max_position_embeddings\": 32768,\n"
	  "  \"max_window_layers\": 21,\n"
	  "  \"model_type\": \"qwen2\",\n"
	  "  \"num_attention_heads\": 14,\n"
	  "  \"num_hidden_layers\": 24,\n"
	  "  \"num_key_value_heads\": 2,\n"
	  "  \"rms_norm_eps\": 1e-06,\n"
	  "  \"rope_theta\": 1000000.0,\n"
	  "  \"sliding_window\": 32768,\n"
	  "  \"tie_word_embeddings\": true,\n"
	  "  \"torch_dtype\": \"bfloat16\",\n"
	  "  \"transformers_version\": \"4.43.1\",\n"
	  "  \"use_cache\": true,\n"
	  "  \"use_sliding_window\": false,\n"
	  "  \"vocab_size\": 151936\n"
	  "}\n" },
	{ "tiny", "tiny-llama",
	  "{\n"
	  "  \"model_type\": \"llama\",\n"
	  "  \"hidden_size\": 8,\n"
	  "  \"intermediate_size\": 16,\n"
	  "  \"num_hidden_layers\": 1,\n"
	  "  \"num_attention_heads\": 2,\n"
	  "  \"num_key_value_heads\": 1,\n"
	  "  \"vocab_size\": 16,\n"
	  "  \"max_position_embeddings\": 64,\n"
	  "  \"rms_norm_eps\": 1e-05,\n"
	  "  \"rope_theta\": 10000.0,\n"
	  "  \"tie_word_embeddings\": false\n"
	  "}\n" },
	{ NULL, NULL, NULL },
};

const struct cfg_bundled *
cfg_bundled_find(const char *name)
{
	for (const struct cfg_bundled *b = cfg_bundled; b->name; b++)
		if (!strcmp(b->name, name))
			return b;
	return NULL;
}
