/* The CPU plan on Llama-3.2-1B-shaped checkpoints, against what this
 * machine allows, all measured in one run:
 *   - read bandwidth with T threads (the decode roofline: weight bytes
 *     per token over it),
 *   - OpenBLAS sgemm GFLOP/s on the prefill's shapes (the prefill bar),
 *   - prefill of a P-token prompt and greedy decode, per checkpoint
 *     (each the best of three runs, as the two rates above are),
 *   - batched decode at B = 1, 4, 8, 16 (aggregate tok/s).
 * usage: llama-bench [-t threads] [-P prompt] [-n tokens] [-B] dir... */
#include <immintrin.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <cblas.h>

#include "base/err.h"
#include "gen/gen.h"
#include "model/config.h"
#include "exec/cpu/kern.h"
#include "exec/cpu/plan.h"
#include "exec/cpu/pool.h"

static double
now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Read bandwidth: T threads sum disjoint halves of a 1 GiB buffer. */
struct bw {
	const float *a;
	size_t n;
	int parts;
	float sink[64];
};

__attribute__((target("avx2"))) static void
bw_task(void *arg, int i)
{
	struct bw *b = arg;
	size_t per = b->n / (size_t)b->parts, lo = per * (size_t)i, hi = lo + per;
	__m256 s0 = _mm256_setzero_ps(), s1 = s0, s2 = s0, s3 = s0;
	for (size_t k = lo; k < hi; k += 32) {
		s0 = _mm256_add_ps(s0, _mm256_load_ps(b->a + k));
		s1 = _mm256_add_ps(s1, _mm256_load_ps(b->a + k + 8));
		s2 = _mm256_add_ps(s2, _mm256_load_ps(b->a + k + 16));
		s3 = _mm256_add_ps(s3, _mm256_load_ps(b->a + k + 24));
	}
	float t[8];
	_mm256_storeu_ps(t, _mm256_add_ps(_mm256_add_ps(s0, s1), _mm256_add_ps(s2, s3)));
	b->sink[i] = t[0] + t[7];
}

static double
bandwidth(int threads)
{
	size_t n = (size_t)1 << 28;	/* 1 GiB of floats */
	float *a = aligned_alloc(64, n * sizeof(float));
	struct pool *p = pool_new(threads);
	struct bw b = { a, n, threads * 8, { 0 } };
	double best = 0;

	for (size_t i = 0; i < n; i++)
		a[i] = (float)(i & 255);
	for (int rep = 0; rep < 5; rep++) {
		double t0 = now();
		pool_run(p, bw_task, &b, b.parts);
		double gbs = (double)n * sizeof(float) / (now() - t0) / 1e9;
		if (gbs > best)
			best = gbs;
	}
	pool_free(p);
	free(a);
	return best;
}

static double
sgemm_rate(int threads, int M, int N, int K)
{
	float *a = malloc((size_t)M * K * 4), *b = malloc((size_t)N * K * 4), *c = malloc((size_t)M * N * 4);
	double best = 0;

	for (size_t i = 0; i < (size_t)M * K; i++)
		a[i] = (float)(i % 7) * 0.1f;
	for (size_t i = 0; i < (size_t)N * K; i++)
		b[i] = (float)(i % 5) * 0.1f;
	openblas_set_num_threads(threads);
	for (int rep = 0; rep < 4; rep++) {
		double t0 = now();
		cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, M, N, K, 1, a, K, b, K, 0, c, N);
		double g = 2.0 * M * N * K / (now() - t0) / 1e9;
		if (g > best)
			best = g;
	}
	free(a), free(b), free(c);
	return best;
}

/* Bytes of weights a decode step reads: every tensor once, except an
 * untied embedding, of which it reads one row. */
static double
weight_bytes(const struct gen *g, const struct model_config *cfg, double *matmul_params)
{
	double bytes = 0, params = 0;

	for (size_t i = 0; i < g->st.n; i++) {
		const struct st_tensor *t = &g->st.tensors[i];
		int alias = 0;
		for (size_t j = 0; j < i; j++)	/* tied names share their data */
			alias |= g->st.tensors[j].data == t->data;
		if (alias)
			continue;
		int emb = strstr(t->name, "embed_tokens") != NULL;
		if (emb && !cfg->tie_embeddings)
			continue;
		bytes += (double)t->nbytes;
	}
	/* the projections' parameters (prefill FLOPs are 2 per parameter a token) */
	int64_t D = cfg->hidden, F = cfg->intermediate, H = cfg->heads, KV = cfg->kv_heads;
	int64_t hd = cfg->head_dim;
	params = (double)cfg->layers * (double)(D * H * hd * 2 + D * KV * hd * 2 + 3 * D * F);
	*matmul_params = params;
	return bytes;
}

int
main(int argc, char **argv)
{
	int threads = 2, P = 256, ntok = 32, batch = 0, opt;

	while ((opt = getopt(argc, argv, "t:P:n:B")) != -1) {
		switch (opt) {
		case 't': threads = atoi(optarg); break;
		case 'P': P = atoi(optarg); break;
		case 'n': ntok = atoi(optarg); break;
		case 'B': batch = 1; break;
		default: return 2;
		}
	}
	kern_set_blas_threads(threads);	/* also picks OpenBLAS's kernels as run does */
	double bw = bandwidth(threads);
	double gf = sgemm_rate(threads, P, 8192, 2048);
	printf("machine: read bandwidth %.1f GB/s, OpenBLAS (%s) sgemm %.1f GFLOP/s (%dx8192x2048), "
	    "%d threads, GEMV %s\n\n", bw, kern_blas_core(), gf, P, threads, kern_isa());
	printf("%-12s %8s %9s %9s %8s %9s %9s %8s\n", "checkpoint", "GB/tok", "roof t/s", "decode", "of roof",
	    "prefill", "GFLOP/s", "of sgemm");
	for (int a = optind; a < argc; a++) {
		struct gen g;
		struct model_config cfg;
		char cp[4096];
		int cap = P + ntok + 8, chunk = P;
		struct gen_opts go = { .capacity = cap, .chunk = chunk, .backend = "cpu", .exec = { .threads = threads } };
		snprintf(cp, sizeof(cp), "%s/config.json", argv[a]);
		if (cfg_load(&cfg, cp) < 0 || gen_open(&g, argv[a], &go) < 0) {
			fprintf(stderr, "llama-bench: %s\n", err_reason());
			return 1;
		}
		double params, bytes = weight_bytes(&g, &cfg, &params);
		int *ids = malloc((size_t)P * sizeof(int));
		for (int i = 0; i < P; i++)
			ids[i] = (i * 7919 + 13) % (int)cfg.vocab;
		/* one warm-up pass brings the mapping into memory */
		if (gen_prefill(&g, ids, 8) < 0 || gen_step(&g, 1) < 0) {
			fprintf(stderr, "llama-bench: %s\n", err_reason());
			return 1;
		}
		/* the best of three runs, as the bandwidth and sgemm rates are
		 * the best of theirs: the machines are shared and noisy */
		double tp = 1e30, td = 1e30;
		for (int rep = 0; rep < 3; rep++) {
			gen_reset(&g);
			double t0 = now();
			int next = gen_prefill(&g, ids, P);
			double t1 = now();
			for (int i = 0; i < ntok && next >= 0; i++)
				next = gen_step(&g, next);
			double t2 = now();
			if (next < 0) {
				fprintf(stderr, "llama-bench: %s\n", err_reason());
				return 1;
			}
			tp = t1 - t0 < tp ? t1 - t0 : tp;
			td = t2 - t1 < td ? t2 - t1 : td;
		}
		double dec = ntok / td, roof = bw * 1e9 / bytes, pf = P / tp;
		double pgf = 2.0 * params * P / tp / 1e9;
		const char *name = strrchr(argv[a], '/') ? strrchr(argv[a], '/') + 1 : argv[a];
		printf("%-12s %8.3f %9.2f %9.2f %7.0f%% %9.1f %9.1f %7.0f%%\n", name, bytes / 1e9, roof, dec,
		    100 * dec / roof, pf, pgf, 100 * pgf / gf);
		fflush(stdout);
		gen_close(&g);
		if (!batch)
			continue;
		printf("\n  batched decode, %s: aggregate tok/s (each row at position %d)\n", name, P);
		printf("  %4s %10s %8s %10s\n", "B", "tok/s", "x B=1", "ms/step");
		double base = 0;
		static const int Bs[] = { 1, 4, 8, 16 };
		for (size_t k = 0; k < sizeof(Bs) / sizeof(Bs[0]); k++) {
			int B = Bs[k], tok[16], pos[16], nx[16];
			if (gen_open(&g, argv[a], &go) < 0 || gen_open_batch(&g, B) < 0) {
				fprintf(stderr, "llama-bench: %s\n", err_reason());
				return 1;
			}
			for (int r = 0; r < B; r++) {
				tok[r] = (r * 31 + 7) % (int)cfg.vocab;
				pos[r] = P;
			}
			int steps = ntok / 2 > 4 ? ntok / 2 : 4;
			gen_batch_step(&g, tok, pos, nx);	/* warm-up */
			double b0 = now();
			for (int s = 0; s < steps; s++) {
				if (gen_batch_step(&g, tok, pos, nx) < 0) {
					fprintf(stderr, "llama-bench: %s\n", err_reason());
					return 1;
				}
				for (int r = 0; r < B; r++) {
					tok[r] = nx[r];
					pos[r]++;
				}
			}
			double dt = now() - b0, rate = (double)B * steps / dt;
			if (B == 1)
				base = rate;
			printf("  %4d %10.2f %8.2f %10.1f\n", B, rate, rate / base, 1e3 * dt / steps);
			fflush(stdout);
			gen_close(&g);
		}
		printf("\n");
		cfg_free(&cfg);
	}
	return 0;
}
