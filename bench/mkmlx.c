/* Writes a synthetic MLX 4-bit checkpoint with Llama-3.2-1B's shapes
 * (group 64, f16 scales and biases, pseudo-random bits) for
 * bench/dequant.bench: mkmlx DIR */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/file.h"
#include "data/st.h"

enum { D = 2048, F = 8192, V = 128256, L = 16, KVD = 512, BITS = 4, G = 64 };

static struct st_wtensor t[16 * 7 * 3 + 3 + 2 * 16 + 1];
static size_t n;

static void
add(const char *name, enum dtype dt, int64_t r, int64_t c)
{
	t[n].name = strdup(name);
	t[n].dtype = dt;
	t[n].rank = c ? 2 : 1;
	t[n].shape[0] = r;
	t[n].shape[1] = c;
	n++;
}

static void
quant(const char *base, int64_t out, int64_t in)
{
	char s[160];

	snprintf(s, sizeof(s), "%s.weight", base);
	add(s, DTYPE_U32, out, in * BITS / 32);
	snprintf(s, sizeof(s), "%s.scales", base);
	add(s, DTYPE_F16, out, in / G);
	snprintf(s, sizeof(s), "%s.biases", base);
	add(s, DTYPE_F16, out, in / G);
}

int
main(int argc, char **argv)
{
	static const char *proj[7] = { "self_attn.q_proj", "self_attn.k_proj", "self_attn.v_proj",
	    "self_attn.o_proj", "mlp.gate_proj", "mlp.up_proj", "mlp.down_proj" };
	const int64_t shp[7][2] = { { D, D }, { KVD, D }, { KVD, D }, { D, D }, { F, D }, { F, D }, { D, F } };
	char p[4096], name[160];
	struct st_writer w;
	FILE *fp;

	if (argc != 2)
		return 2;
	quant("model.embed_tokens", V, D);
	for (int l = 0; l < L; l++) {
		snprintf(name, sizeof(name), "model.layers.%d.input_layernorm.weight", l);
		add(name, DTYPE_F16, D, 0);
		snprintf(name, sizeof(name), "model.layers.%d.post_attention_layernorm.weight", l);
		add(name, DTYPE_F16, D, 0);
		for (int k = 0; k < 7; k++) {
			snprintf(name, sizeof(name), "model.layers.%d.%s", l, proj[k]);
			quant(name, shp[k][0], shp[k][1]);
		}
	}
	add("model.norm.weight", DTYPE_F16, D, 0);
	mkdir_p(argv[1]);
	snprintf(p, sizeof(p), "%s/config.json", argv[1]);
	fp = fopen(p, "w");
	fprintf(fp, "{\"model_type\": \"llama\", \"hidden_size\": %d, \"intermediate_size\": %d, "
	    "\"num_hidden_layers\": %d, \"num_attention_heads\": 32, \"num_key_value_heads\": 8, "
	    "\"vocab_size\": %d, \"tie_word_embeddings\": true, \"torch_dtype\": \"float16\", "
	    "\"quantization\": {\"group_size\": %d, \"bits\": %d}}\n", D, F, L, V, G, BITS);
	fclose(fp);
	snprintf(p, sizeof(p), "%s/model.safetensors", argv[1]);
	if (st_write_begin(&w, p, t, n, NULL, 0) < 0) {
		fprintf(stderr, "mkmlx: %s\n", err_reason());
		return 1;
	}
	static uint32_t buf[1 << 16];
	uint32_t x = 2463534242u;
	for (size_t i = 0; i < n; i++) {
		size_t bytes = (size_t)st_numel(t[i].rank, t[i].shape) * dtype_size(t[i].dtype);
		while (bytes) {
			size_t k = bytes < sizeof(buf) ? bytes : sizeof(buf);
			for (size_t j = 0; j < k / 4; j++) {
				x ^= x << 13, x ^= x >> 17, x ^= x << 5;
				/* f16 scales and biases stay small finite numbers */
				buf[j] = t[i].dtype == DTYPE_F16 ? (x & 0x03FF03FF) | 0x20002000 : x;
			}
			st_write_data(&w, buf, k);
			bytes -= k;
		}
	}
	if (st_write_end(&w) < 0) {
		fprintf(stderr, "mkmlx: %s\n", err_reason());
		return 1;
	}
	return 0;
}
