/* Writes a synthetic MLX-quantized checkpoint with Llama-3.2-1B's shapes
 * (group 64, f16 scales and biases, pseudo-random bits) for the benches:
 *
 *   mkmlx [-b bits] DIR                  Llama-3.2-1B, 4-bit (or 8)
 *   mkmlx [-b bits] -e E [-k K] [-f F] DIR
 *                                        the same attention with a Mixtral
 *                                        mixture of E experts of width F
 *                                        (4096), top K (2), router packed too */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/err.h"
#include "base/file.h"
#include "data/st.h"

enum { D = 2048, V = 128256, L = 16, KVD = 512, G = 64, MAXT = 16 * (7 + 3 * 64) * 3 + 64 };

static struct st_wtensor t[MAXT];
static size_t n;
static int bits = 4;

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
	char s[200];

	snprintf(s, sizeof(s), "%s.weight", base);
	add(s, DTYPE_U32, out, in * bits / 32);
	snprintf(s, sizeof(s), "%s.scales", base);
	add(s, DTYPE_F16, out, in / G);
	snprintf(s, sizeof(s), "%s.biases", base);
	add(s, DTYPE_F16, out, in / G);
}

static int
number(const char *s, int lo, int hi)
{
	char *e;
	long v = strtol(s, &e, 10);

	if (*e || v < lo || v > hi) {
		fprintf(stderr, "mkmlx: '%s': expected a number from %d to %d\n", s, lo, hi);
		exit(2);
	}
	return (int)v;
}

int
main(int argc, char **argv)
{
	static const char *proj[7] = { "self_attn.q_proj", "self_attn.k_proj", "self_attn.v_proj",
	    "self_attn.o_proj", "mlp.gate_proj", "mlp.up_proj", "mlp.down_proj" };
	int experts = 0, topk = 2, F = 0, opt;
	char p[4096], name[200];
	struct st_writer w;
	FILE *fp;

	while ((opt = getopt(argc, argv, "b:e:f:k:")) != -1) {
		switch (opt) {
		case 'b': bits = number(optarg, 2, 8); break;
		case 'e': experts = number(optarg, 1, 64); break;
		case 'f': F = number(optarg, 64, 65536); break;
		case 'k': topk = number(optarg, 1, 64); break;
		default: return 2;
		}
	}
	if (argc - optind != 1 || (bits != 2 && bits != 4 && bits != 8) || topk > (experts ? experts : topk) ||
	    F % G) {
		fprintf(stderr, "usage: mkmlx [-b bits] [-e experts [-k topk] [-f width]] dir\n");
		return 2;
	}
	if (!F)
		F = experts ? 4096 : 8192;
	const int64_t shp[7][2] = { { D, D }, { KVD, D }, { KVD, D }, { D, D }, { F, D }, { F, D }, { D, F } };
	quant("model.embed_tokens", V, D);
	for (int l = 0; l < L; l++) {
		snprintf(name, sizeof(name), "model.layers.%d.input_layernorm.weight", l);
		add(name, DTYPE_F16, D, 0);
		snprintf(name, sizeof(name), "model.layers.%d.post_attention_layernorm.weight", l);
		add(name, DTYPE_F16, D, 0);
		for (int k = 0; k < (experts ? 4 : 7); k++) {
			snprintf(name, sizeof(name), "model.layers.%d.%s", l, proj[k]);
			quant(name, shp[k][0], shp[k][1]);
		}
		if (!experts)
			continue;
		snprintf(name, sizeof(name), "model.layers.%d.block_sparse_moe.gate", l);
		quant(name, experts, D);
		for (int e = 0; e < experts; e++) {
			static const char *wn[3] = { "w1", "w3", "w2" };
			for (int k = 0; k < 3; k++) {
				snprintf(name, sizeof(name), "model.layers.%d.block_sparse_moe.experts.%d.%s", l, e, wn[k]);
				quant(name, shp[4 + k][0], shp[4 + k][1]);
			}
		}
	}
	add("model.norm.weight", DTYPE_F16, D, 0);
	mkdir_p(argv[optind]);
	snprintf(p, sizeof(p), "%s/config.json", argv[optind]);
	if (!(fp = fopen(p, "w"))) {
		fprintf(stderr, "mkmlx: cannot write '%s'\n", p);
		return 1;
	}
	fprintf(fp, "{\"model_type\": \"%s\", \"hidden_size\": %d, \"intermediate_size\": %d, "
	    "\"num_hidden_layers\": %d, \"num_attention_heads\": 32, \"num_key_value_heads\": 8, "
	    "\"vocab_size\": %d, \"tie_word_embeddings\": true, \"torch_dtype\": \"float16\", ",
	    experts ? "mixtral" : "llama", D, F, L, V);
	if (experts)
		fprintf(fp, "\"num_local_experts\": %d, \"num_experts_per_tok\": %d, \"rope_theta\": 500000.0, ",
		    experts, topk);
	fprintf(fp, "\"quantization\": {\"group_size\": %d, \"bits\": %d}}\n", G, bits);
	if (fclose(fp) != 0) {
		fprintf(stderr, "mkmlx: cannot write '%s'\n", p);
		return 1;
	}
	snprintf(p, sizeof(p), "%s/model.safetensors", argv[optind]);
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
