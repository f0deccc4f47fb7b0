/* The CPU plan on Llama-3.2-1B-shaped checkpoints, held against
 * llama.cpp on the same machine in the same run, format by format:
 *
 *   - the machine: CPU model and flags, cores, memory, the kernels the
 *     plan picked, the read bandwidth (2 threads summing 1 GiB with
 *     512-bit loads, on huge pages where the kernel gives them; before
 *     and after) and the OpenBLAS sgemm rate on the prefill's shapes;
 *   - per checkpoint FMT=DIR (FMT is llama.cpp's name for the same bytes
 *     a weight: f32, bf16, q8_0 for MLX 8-bit, q4_0 for MLX 4-bit;
 *     bf16-dots the bf16 checkpoint on graphs whose dot operands are bf16,
 *     held against llama.cpp's bf16): our
 *     decode (n tokens after a p-token prompt, best of 3) and prefill of
 *     P tokens (best of 3), each in a child process so its peak memory
 *     and load-to-first-token are its own; and with -L KIT, llama.cpp's
 *     (KIT/bench.sh --json FMT), alternated with ours, R rounds, the best
 *     of each side kept; each checkpoint file (and llama.cpp's GGUF) is
 *     dropped from the page cache and read back before each of its
 *     side's runs, so both map the same kind of pages (readin); at the
 *     end, load to first token once more with each checkpoint dropped
 *     from the page cache (a cold start);
 *   - with -B, batched decode at B = 1, 4, 8, 16 (aggregate tok/s, and
 *     its share of the compute ceiling: sgemm rate / FLOPs a token);
 *   - with -G (repeated), decode through graphs of another spelling
 *     against emit's on the bf16 checkpoint, alternated step by step;
 *   - with -m DIR, a mixture-of-experts checkpoint: decode tok/s and the
 *     bytes a step reads (only the routed experts').
 * usage: llama-bench [-B] [-L kit] [-m moe-dir] [-n tokens] [-P prefill] [-p prompt] [-r rounds]
 *                    [-t threads] [-G graphs]... FMT=DIR... */
#define _DEFAULT_SOURCE	/* MAP_ANONYMOUS, madvise */
#include <errno.h>
#include <fcntl.h>
#include <immintrin.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cblas.h>

#include "base/err.h"
#include "base/json.h"
#include "gen/gen.h"
#include "model/config.h"
#include "exec/cpu/kern.h"
#include "exec/cpu/plan.h"
#include "exec/cpu/pool.h"

#ifndef MADV_HUGEPAGE
#define MADV_HUGEPAGE 14
#endif

static double
now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* The machine */

static void
machine(int threads)
{
	static const char *const want[] = { "avx2", "fma", "f16c", "avx512f", "avx512bw", "avx512vl",
		"avx512_vnni", "avx512_bf16", "amx_bf16", NULL };
	char line[8192], model[256] = "?", flags[512] = "";
	long mem = 0;
	FILE *fp = fopen("/proc/cpuinfo", "r");

	while (fp && fgets(line, sizeof(line), fp)) {
		char *v = strchr(line, ':');
		if (!v)
			continue;
		v += 2;
		v[strcspn(v, "\n")] = 0;
		if (!strncmp(line, "model name", 10))
			snprintf(model, sizeof(model), "%s", v);
		else if (!strncmp(line, "flags", 5) && !flags[0])
			for (int i = 0; want[i]; i++)
				for (char *t = v, *e; *t; t = *e ? e + 1 : e) {
					e = t + strcspn(t, " ");
					if ((size_t)(e - t) == strlen(want[i]) && !strncmp(t, want[i], (size_t)(e - t))) {
						snprintf(flags + strlen(flags), sizeof(flags) - strlen(flags), "%s%s",
						    flags[0] ? " " : "", want[i]);
						break;
					}
				}
	}
	if (fp)
		fclose(fp);
	if ((fp = fopen("/proc/meminfo", "r"))) {
		while (fgets(line, sizeof(line), fp))
			if (sscanf(line, "MemTotal: %ld kB", &mem) == 1)
				break;
		fclose(fp);
	}
	printf("machine: %s, %ld CPUs, %.1f GB; %s\n", model, sysconf(_SC_NPROCESSORS_ONLN), mem / 1e6, flags);
	printf("plan: %d threads, decode GEMVs %s, GEMM %s, OpenBLAS %s for attention\n", threads, kern_isa(),
	    strcmp(kern_isa(), "avx512") ? "OpenBLAS sgemm on widened tiles" : "own (AVX-512)", kern_blas_core());
}

/* Read bandwidth: T threads sum disjoint parts of 1 GiB with 512-bit
 * loads (256-bit without AVX-512), four independent sums each, on
 * anonymous memory the kernel is asked to back with 2 MB pages (what a
 * TLB walk costs in a VM is what the probe would otherwise measure). */
struct bw {
	const char *a;
	size_t n;
	int parts;
	float sink[256];
};

__attribute__((target("avx2,avx512f"))) static void
bw512(void *arg, int i)
{
	struct bw *b = arg;
	size_t per = b->n / (size_t)b->parts, lo = per * (size_t)i, hi = lo + per;
	__m512 s0 = _mm512_setzero_ps(), s1 = s0, s2 = s0, s3 = s0;
	for (size_t k = lo; k < hi; k += 256) {
		s0 = _mm512_add_ps(s0, _mm512_load_ps((const float *)(b->a + k)));
		s1 = _mm512_add_ps(s1, _mm512_load_ps((const float *)(b->a + k + 64)));
		s2 = _mm512_add_ps(s2, _mm512_load_ps((const float *)(b->a + k + 128)));
		s3 = _mm512_add_ps(s3, _mm512_load_ps((const float *)(b->a + k + 192)));
	}
	b->sink[i] = _mm512_reduce_add_ps(_mm512_add_ps(_mm512_add_ps(s0, s1), _mm512_add_ps(s2, s3)));
}

__attribute__((target("avx2"))) static void
bw256(void *arg, int i)
{
	struct bw *b = arg;
	size_t per = b->n / (size_t)b->parts, lo = per * (size_t)i, hi = lo + per;
	__m256 s0 = _mm256_setzero_ps(), s1 = s0, s2 = s0, s3 = s0;
	for (size_t k = lo; k < hi; k += 128) {
		s0 = _mm256_add_ps(s0, _mm256_load_ps((const float *)(b->a + k)));
		s1 = _mm256_add_ps(s1, _mm256_load_ps((const float *)(b->a + k + 32)));
		s2 = _mm256_add_ps(s2, _mm256_load_ps((const float *)(b->a + k + 64)));
		s3 = _mm256_add_ps(s3, _mm256_load_ps((const float *)(b->a + k + 96)));
	}
	float t[8];
	_mm256_storeu_ps(t, _mm256_add_ps(_mm256_add_ps(s0, s1), _mm256_add_ps(s2, s3)));
	b->sink[i] = t[0] + t[7];
}

static int
cmpd(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/* Huge pages backing [p, p + n) of this process, in bytes. */
static long
anon_huge(void)
{
	char line[256];
	long kb = -1;
	FILE *fp = fopen("/proc/self/smaps_rollup", "r");

	while (fp && fgets(line, sizeof(line), fp))
		if (sscanf(line, "AnonHugePages: %ld kB", &kb) == 1)
			break;
	if (fp)
		fclose(fp);
	return kb * 1024;
}

static void
bandwidth(int threads, const char *when, double *best_out)
{
	size_t n = (size_t)1 << 30, align = (size_t)2 << 20;
	char *raw = mmap(NULL, n + align, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (raw == MAP_FAILED) {
		printf("read bandwidth %s: no memory\n", when);
		return;
	}
	char *a = (char *)(((uintptr_t)raw + align - 1) & ~(uintptr_t)(align - 1));
	long h0 = anon_huge();
	madvise(a, n, MADV_HUGEPAGE);
	memset(a, 1, n);
	double huge = (double)(anon_huge() - h0) / (double)n;
	struct pool *p = pool_new(threads);
	struct bw b = { a, n, threads * 16, { 0 } };
	double r[7];
	int wide = !strcmp(kern_isa(), "avx512");
	pool_run(p, wide ? bw512 : bw256, &b, b.parts);	/* warm */
	for (int rep = 0; rep < 7; rep++) {
		double t0 = now();
		pool_run(p, wide ? bw512 : bw256, &b, b.parts);
		r[rep] = (double)n / (now() - t0) / 1e9;
	}
	pool_free(p);
	munmap(raw, n + align);
	qsort(r, 7, sizeof(r[0]), cmpd);
	printf("read bandwidth %s: median %.1f GB/s, max %.1f (%d threads, 1 GiB, %d-bit loads, %.0f%% on 2 MB pages)\n",
	    when, r[3], r[6], threads, wide ? 512 : 256, huge > 0 ? 100 * huge : 0);
	if (r[6] > *best_out)
		*best_out = r[6];
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

/* Drops a file from the page cache and reads it back through a mapping
 * (MADV_HUGEPAGE, as a cold read by a runtime would map it), before
 * every run of either side: a file this run wrote sits in the cache in
 * the pieces it was written in, and what comes back into holes the
 * cache made since (the run's files, about 19 GB with llama.cpp's, do
 * not all fit a 24 GB machine's cache at once; a kernel may page out
 * cold memory, as DAMON does on a Zen 5 VM here) comes back in smaller
 * pieces, where a file read back whole is mapped in 2 MB pages where
 * the file system makes them.  A decode reads its weights slower
 * mapped in small pages: on that VM our f32 checkpoint with 1.7 of its
 * 4.9 GB in 2 MB pages decoded 8.4-9.5 tok/s, read back whole
 * 11.3-11.6, alternated with llama.cpp's f32 at 11.5-12.1 on its GGUF
 * (4.5 of 4.95 GB in 2 MB pages).  Load to first token is then on a warm cache. */
static void
readin(const char *path)
{
	int fd = open(path, O_RDONLY);
	struct stat st;

	if (fd < 0 || fstat(fd, &st) < 0) {
		if (fd >= 0)
			close(fd);
		return;
	}
	posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
	char *p = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_SHARED, fd, 0);
	if (p != MAP_FAILED) {
		madvise(p, (size_t)st.st_size, MADV_HUGEPAGE);
		volatile char s = 0;
		for (off_t i = 0; i < st.st_size; i += 4096)
			s += p[i];
		(void)s;
		munmap(p, (size_t)st.st_size);
	}
	close(fd);
}

/* Ours */

struct ours {
	double load_s;		/* open to the first token after the prompt */
	double cold_s;		/* ...with the checkpoint out of the page cache */
	double decode, prefill;	/* tok/s, the best runs */
	double step_bytes;	/* weight bytes a decode step reads */
	double weight_bytes;
	double rss_gb;
	int ok;
};

struct opts {
	int threads, P, n, p, rounds;
	int load_only;		/* the child measures load_s only */
};

/* Prefill FLOPs a token: 2 per parameter of the projections (the LM head
 * included; attention's own products left out). */
static double
flops_token(const struct model_config *cfg)
{
	int64_t D = cfg->hidden, F = cfg->intermediate, H = cfg->heads, KV = cfg->kv_heads, hd = cfg->head_dim;
	return 2.0 * ((double)cfg->layers * (double)(D * H * hd * 2 + D * KV * hd * 2 + 3 * D * F) +
	    (double)D * (double)cfg->vocab);
}

static int
ids_for(int *ids, int n, int vocab)
{
	for (int i = 0; i < n; i++)
		ids[i] = (i * 7919 + 13) % vocab;
	return 0;
}

/* Runs in a child: measures dir and writes a struct ours to fd.  The
 * decode runs on graphs with a prefill chunk of p (the prompt's length),
 * the prefill runs on graphs with a chunk of P; load to first token is
 * the first: open, then prefill the p-token prompt to its next token. */
static void
ours_child(const char *dir, enum dtype prec, const struct opts *o, int fd)
{
	struct ours r = { 0 };
	struct gen g;
	struct model_config cfg;
	char cp[4200];
	int cap = (o->P > o->p + o->n ? o->P : o->p + o->n) + 8;
	struct gen_opts go = { .capacity = cap, .chunk = o->p, .precision = prec, .backend = "cpu",
	    .exec = { .threads = o->threads } };
	int *ids = malloc((size_t)(o->P > o->p ? o->P : o->p) * sizeof(int));

	snprintf(cp, sizeof(cp), "%s/config.json", dir);
	if (cfg_load(&cfg, cp) < 0)
		goto fail;
	ids_for(ids, o->P > o->p ? o->P : o->p, (int)cfg.vocab);
	double t0 = now();
	if (gen_open(&g, dir, &go) < 0 || gen_prefill(&g, ids, o->p) < 0)
		goto fail;
	r.load_s = now() - t0;
	if (o->load_only) {
		gen_close(&g);
		goto done;
	}
	if (gen_step(&g, 1) < 0)
		goto fail;
	r.weight_bytes = (double)g.weight_bytes;
	double td = 1e30, tp = 1e30;
	for (int rep = 0; rep < 3; rep++) {
		if (gen_reset(&g) < 0)
			goto fail;
		int next = gen_prefill(&g, ids, o->p);
		double a = now();
		for (int i = 0; i < o->n && next >= 0; i++)
			next = gen_step(&g, next);
		double b = now();
		if (next < 0)
			goto fail;
		td = b - a < td ? b - a : td;
		r.step_bytes = (double)g.step_bytes;
	}
	gen_close(&g);
	go.chunk = o->P;
	if (gen_open(&g, dir, &go) < 0 || gen_prefill(&g, ids, o->P) < 0)	/* warm-up */
		goto fail;
	for (int rep = 0; rep < 3; rep++) {
		if (gen_reset(&g) < 0)
			goto fail;
		double a = now();
		if (gen_prefill(&g, ids, o->P) < 0)
			goto fail;
		double b = now();
		tp = b - a < tp ? b - a : tp;
	}
	r.decode = o->n / td;
	r.prefill = o->P / tp;
	gen_close(&g);
done:
	cfg_free(&cfg);
	free(ids);
	struct rusage ru;
	getrusage(RUSAGE_SELF, &ru);
	r.rss_gb = (double)ru.ru_maxrss * 1024 / 1e9;
	r.ok = 1;
	if (write(fd, &r, sizeof(r)) != (ssize_t)sizeof(r))
		_exit(1);
	_exit(0);
fail:
	fprintf(stderr, "llama-bench: %s: %s\n", dir, err_reason());
	_exit(1);
}

static struct ours
ours(const char *dir, enum dtype prec, const struct opts *o)
{
	struct ours r = { 0 };
	int fds[2];

	fflush(stdout);
	if (pipe(fds) < 0)
		return r;
	pid_t pid = fork();
	if (pid == 0) {
		close(fds[0]);
		ours_child(dir, prec, o, fds[1]);
	}
	close(fds[1]);
	if (pid < 0 || read(fds[0], &r, sizeof(r)) != (ssize_t)sizeof(r))
		r.ok = 0;
	close(fds[0]);
	if (pid > 0)
		waitpid(pid, NULL, 0);
	return r;
}

/* llama.cpp, through the kit */

struct theirs {
	double decode, prefill, gguf_gb, rss_gb, others;
	char backend[64], version[64];
	int ok, disturbed;
};

static double
num(const struct json *o, const char *key)
{
	const struct json *v = json_get(o, key);
	return v && v->type == JSON_NUMBER ? v->num : 0;
}

static void
str(const struct json *o, const char *key, char *out, size_t n)
{
	const struct json *v = json_get(o, key);
	snprintf(out, n, "%s", v && v->type == JSON_STRING ? v->str : "?");
}

/* The kit's GGUF of format fmt (its README: under $HLO_BENCH_HOME, or
 * hlo-bench in the cache directory) */
static const char *
gguf_path(const char *fmt, char *p, size_t n)
{
	const char *h = getenv("HLO_BENCH_HOME"), *x = getenv("XDG_CACHE_HOME");
	char home[4096];

	if (!h) {
		if (x)
			snprintf(home, sizeof(home), "%s/hlo-bench", x);
		else
			snprintf(home, sizeof(home), "%s/.cache/hlo-bench", getenv("HOME") ? getenv("HOME") : ".");
		h = home;
	}
	snprintf(p, n, "%s/gguf/llama-3.2-1b-synth-%s.gguf", h, fmt);
	return p;
}

static struct theirs
theirs(const char *kit, const char *fmt)
{
	struct theirs r = { 0 };
	char cmd[4200], *buf = NULL;
	size_t len = 0, cap = 0;

	fflush(stdout);
	snprintf(cmd, sizeof(cmd), "bash '%s/bench.sh' --json %s 2>/dev/null", kit, fmt);
	FILE *fp = popen(cmd, "r");
	if (!fp)
		return r;
	for (;;) {
		if (len + 4096 > cap)
			buf = realloc(buf, cap = 2 * cap + 8192);
		size_t k = fread(buf + len, 1, cap - len - 1, fp);
		if (!k)
			break;
		len += k;
	}
	int st = pclose(fp);
	struct json_doc *d = st == 0 && buf ? json_parse(buf, len, "bench.sh") : NULL;
	const struct json *root = d ? json_root(d) : NULL, *rows = root ? json_get(root, "rows") : NULL;
	if (rows && rows->type == JSON_ARRAY && rows->n == 1) {
		const struct json *row = &rows->items[0];
		r.decode = num(row, "decode_tps");
		r.prefill = num(row, "prefill_tps");
		r.gguf_gb = num(row, "gguf_gb");
		r.rss_gb = num(row, "peak_rss_gb");
		r.others = num(root, "others_cpu_frac_max");
		const struct json *dv = json_get(root, "disturbed");
		r.disturbed = dv && dv->type == JSON_BOOL && dv->boolean;
		str(root, "cpu_backend", r.backend, sizeof(r.backend));
		str(root, "llama_cpp", r.version, sizeof(r.version));
		r.ok = r.decode > 0;
	}
	if (!r.ok)
		fprintf(stderr, "llama-bench: llama.cpp's %s run through %s/bench.sh gave no result\n", fmt, kit);
	json_free(d);
	free(buf);
	return r;
}

/* Other spellings (-G) and batched decode (-B), as before */

/* Decode through the graphs in gdir (another spelling) against emit's,
 * on checkpoint dir: tok/s of each and their ratio. */
static int
spelling(const char *dir, const char *gdir, int threads, int P, int ntok, int vocab)
{
	struct gen ours, other;
	char map[4200];
	int *ids = malloc((size_t)P * sizeof(int)), *t1 = calloc((size_t)ntok, sizeof(int)),
	    *t2 = calloc((size_t)ntok, sizeof(int));
	struct gen_opts go = { .capacity = P + ntok + 8, .chunk = P, .backend = "cpu", .exec = { .threads = threads } };
	struct gen_opts so = go;

	snprintf(map, sizeof(map), "%s/names.map", gdir);
	so.graphs = gdir;
	so.name_map = access(map, F_OK) == 0 ? map : NULL;
	if (gen_open(&ours, dir, &go) < 0 || gen_open(&other, dir, &so) < 0) {
		fprintf(stderr, "llama-bench: %s\n", err_reason());
		return 1;
	}
	ids_for(ids, P, vocab);
	/* the same steps seven times, alternating step by step between the
	 * two (so both meet the same load on a shared machine), each step's
	 * best time summed; a rerun writes the same cache rows again */
	int f1 = gen_prefill(&ours, ids, P), f2 = gen_prefill(&other, ids, P);
	double *ba = malloc((size_t)ntok * sizeof(double)), *bb = malloc((size_t)ntok * sizeof(double)), a = 0, b = 0;
	for (int i = 0; i < ntok; i++)
		ba[i] = bb[i] = 1e30;
	for (int rep = 0; rep < 7 && f1 >= 0 && f2 >= 0; rep++) {
		int n1 = f1, n2 = f2;
		ours.pos = other.pos = P;
		for (int i = 0; i < ntok && n1 >= 0 && n2 >= 0; i++) {
			double t0 = now();
			t1[i] = n1;
			n1 = gen_step(&ours, n1);
			double tm = now();
			t2[i] = n2;
			n2 = gen_step(&other, n2);
			double te = now();
			ba[i] = tm - t0 < ba[i] ? tm - t0 : ba[i];
			bb[i] = te - tm < bb[i] ? te - tm : bb[i];
		}
		if (n1 < 0 || n2 < 0)
			f1 = -1;
	}
	if (f1 < 0 || f2 < 0) {
		fprintf(stderr, "llama-bench: %s\n", err_reason());
		return 1;
	}
	for (int i = 0; i < ntok; i++)
		a += ba[i], b += bb[i];
	free(ba), free(bb);
	const char *name = strrchr(gdir, '/') ? strrchr(gdir, '/') + 1 : gdir;
	printf("  %-12s %9.2f %9.2f %7.2f  %s\n", name, ntok / b, ntok / a, a / b,
	    f1 != f2 || memcmp(t1, t2, (size_t)ntok * sizeof(int)) ? "differ" : "the same");
	gen_close(&ours);
	gen_close(&other);
	free(ids), free(t1), free(t2);
	return 0;
}

static int
batched(const char *label, const char *dir, const struct opts *o, double gf)
{
	struct model_config cfg;
	char cp[4200];
	struct gen_opts go = { .capacity = o->P + o->n + 8, .chunk = o->P, .backend = "cpu",
		.exec = { .threads = o->threads } };
	static const int Bs[] = { 1, 4, 8, 16 };
	double base = 0;

	snprintf(cp, sizeof(cp), "%s/config.json", dir);
	if (cfg_load(&cfg, cp) < 0)
		return err_set("%s", err_reason());
	double ceil = gf * 1e9 / flops_token(&cfg);
	printf("  %-10s", label);
	for (size_t k = 0; k < sizeof(Bs) / sizeof(Bs[0]); k++) {
		struct gen g;
		int B = Bs[k], tok[16], pos[16], nx[16];
		if (gen_open(&g, dir, &go) < 0 || gen_open_batch(&g, B) < 0)
			return -1;
		for (int r = 0; r < B; r++) {
			tok[r] = (r * 31 + 7) % (int)cfg.vocab;
			pos[r] = o->P;
		}
		int steps = o->n / 2 > 4 ? o->n / 2 : 4;
		double best = 1e30;
		if (gen_batch_step(&g, tok, pos, nx) < 0)	/* warm-up */
			return -1;
		for (int rep = 0; rep < 3; rep++) {
			double b0 = now();
			for (int s = 0; s < steps; s++) {
				if (gen_batch_step(&g, tok, pos, nx) < 0)
					return -1;
				for (int r = 0; r < B; r++)
					tok[r] = nx[r];
			}
			double dt = now() - b0;
			best = dt < best ? dt : best;
		}
		double rate = (double)B * steps / best;
		if (B == 1)
			base = rate;
		printf(" %8.1f (%4.2fx)", rate, rate / base);
		if (B == 16)
			printf("  %3.0f%% of %.0f", 100 * rate / ceil, ceil);
		fflush(stdout);
		gen_close(&g);
	}
	printf("\n");
	cfg_free(&cfg);
	return 0;
}

/* A mixture of experts: decode tok/s and the bytes a step reads. */
static int
moe(const char *dir, const struct opts *o, double bw)
{
	struct gen g;
	struct model_config cfg;
	char cp[4200];
	struct gen_opts go = { .capacity = o->p + o->n + 8, .chunk = o->P, .backend = "cpu",
		.exec = { .threads = o->threads } };
	int ids[64];

	snprintf(cp, sizeof(cp), "%s/config.json", dir);
	if (cfg_load(&cfg, cp) < 0 || gen_open(&g, dir, &go) < 0)
		return -1;
	ids_for(ids, o->p < 64 ? o->p : 64, (int)cfg.vocab);
	double td = 1e30, bytes = 0;
	for (int rep = 0; rep < 3; rep++) {
		gen_reset(&g);
		int next = gen_prefill(&g, ids, o->p < 64 ? o->p : 64);
		double a = now(), sum = 0;
		for (int i = 0; i < o->n && next >= 0; i++) {
			next = gen_step(&g, next);
			sum += (double)g.step_bytes;
		}
		double b = now();
		if (next < 0)
			return -1;
		td = b - a < td ? b - a : td;
		bytes = sum / o->n;
	}
	double rate = o->n / td;
	printf("\nmixture of experts: %s (%s, %d experts of %d, top %d; %.2f GB of weights)\n",
	    strrchr(dir, '/') ? strrchr(dir, '/') + 1 : dir, cfg.model_type, cfg.experts,
	    cfg.moe_inter ? cfg.moe_inter : cfg.intermediate, cfg.topk, (double)g.weight_bytes / 1e9);
	printf("  decode %.2f tok/s; a step reads %.3f GB (the routed experts only): %.1f GB/s, %.0f%% of the "
	    "probe's %.1f\n", rate, bytes / 1e9, bytes * rate / 1e9, 100 * bytes * rate / 1e9 / bw, bw);
	gen_close(&g);
	cfg_free(&cfg);
	return 0;
}

/* The table */

/* bf16-dots: the bf16 checkpoint on graphs whose dot operands are bf16
 * (run -p bf16), llama.cpp's bf16 semantics, held against its bf16. */
static const char *
ours_name(const char *fmt)
{
	return !strcmp(fmt, "q8_0") ? "MLX 8-bit" : !strcmp(fmt, "q4_0") ? "MLX 4-bit" :
	    !strcmp(fmt, "bf16-dots") ? "bf16, -p bf16" : fmt;
}

static const char *
kit_fmt(const char *fmt)
{
	return !strcmp(fmt, "bf16-dots") ? "bf16" : fmt;
}

static void
ratio(double a, double b)
{
	if (a > 0 && b > 0)
		printf(" %5.2f |", a / b);
	else
		printf("   -   |");
}

static void
rate(double v)
{
	if (v <= 0)
		printf("    -   |");
	else
		printf(v >= 100 ? " %6.0f |" : v >= 10 ? " %6.1f |" : " %6.2f |", v);
}

int
main(int argc, char **argv)
{
	struct opts o = { 2, 256, 64, 8, 2, 0 };
	const char *gdir[8], *kit = NULL, *moedir = NULL;
	int ngdir = 0, batch = 0, opt;

	while ((opt = getopt(argc, argv, "BG:L:m:n:P:p:r:t:")) != -1) {
		switch (opt) {
		case 'B': batch = 1; break;
		case 'G':
			if (ngdir < 8)
				gdir[ngdir++] = optarg;
			break;
		case 'L': kit = optarg; break;
		case 'm': moedir = optarg; break;
		case 'n': o.n = atoi(optarg); break;
		case 'P': o.P = atoi(optarg); break;
		case 'p': o.p = atoi(optarg); break;
		case 'r': o.rounds = atoi(optarg); break;
		case 't': o.threads = atoi(optarg); break;
		default: return 2;
		}
	}
	int nck = argc - optind;
	if (nck < 1 || nck > 8 || o.n < 1 || o.P < 1 || o.p < 1 || o.rounds < 1)
		return 2;
	const char *fmt[8], *dir[8];
	for (int i = 0; i < nck; i++) {
		char *eq = strchr(argv[optind + i], '=');
		if (!eq)
			return 2;
		*eq = 0;
		fmt[i] = argv[optind + i];
		dir[i] = eq + 1;
	}
	kern_set_blas_threads(o.threads);	/* also picks OpenBLAS's kernels as run does */
	machine(o.threads);
	double bw = 0;
	bandwidth(o.threads, "before", &bw);
	double gf = sgemm_rate(o.threads, o.P, 8192, 2048);
	printf("OpenBLAS sgemm: %.1f GFLOP/s (%dx8192x2048, %d threads)\n", gf, o.P, o.threads);

	struct ours best[8] = { { 0 } };
	struct theirs tbest[8] = { { 0 } };
	int disturbed = 0;
	double others = 0;
	char backend[64] = "?", version[64] = "?";
	for (int round = 0; round < o.rounds; round++)
		for (int i = 0; i < nck; i++) {
			fprintf(stderr, "llama-bench: round %d, %s\n", round + 1, fmt[i]);
			if (kit) {
				char gg[4200];
				readin(gguf_path(kit_fmt(fmt[i]), gg, sizeof(gg)));
				struct theirs t = theirs(kit, kit_fmt(fmt[i]));
				if (t.ok) {
					disturbed |= t.disturbed;
					others = t.others > others ? t.others : others;
					snprintf(backend, sizeof(backend), "%s", t.backend);
					snprintf(version, sizeof(version), "%s", t.version);
					if (!tbest[i].ok) {
						tbest[i] = t;
					} else {
						tbest[i].decode = t.decode > tbest[i].decode ? t.decode : tbest[i].decode;
						tbest[i].prefill = t.prefill > tbest[i].prefill ? t.prefill : tbest[i].prefill;
					}
				}
			}
			char ck[4200];
			snprintf(ck, sizeof(ck), "%s/model.safetensors", dir[i]);
			readin(ck);
			struct ours r = ours(dir[i], strcmp(fmt[i], "bf16-dots") ? DTYPE_F32 : DTYPE_BF16, &o);
			if (!r.ok)
				return 1;
			if (!best[i].ok) {
				best[i] = r;
			} else {
				best[i].decode = r.decode > best[i].decode ? r.decode : best[i].decode;
				best[i].prefill = r.prefill > best[i].prefill ? r.prefill : best[i].prefill;
				best[i].load_s = r.load_s < best[i].load_s ? r.load_s : best[i].load_s;
				best[i].rss_gb = r.rss_gb > best[i].rss_gb ? r.rss_gb : best[i].rss_gb;
			}
		}
	/* a cold start: each checkpoint dropped from the page cache (what
	 * follows reads its file back first, readin) */
	struct opts lo = o;
	lo.load_only = 1;
	for (int i = 0; i < nck; i++) {
		char ck[4200];
		snprintf(ck, sizeof(ck), "%s/model.safetensors", dir[i]);
		int fd = open(ck, O_RDONLY);
		if (fd >= 0) {
			posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
			close(fd);
		}
		struct ours r = ours(dir[i], strcmp(fmt[i], "bf16-dots") ? DTYPE_F32 : DTYPE_BF16, &lo);
		best[i].cold_s = r.ok ? r.load_s : -1;
	}
	bandwidth(o.threads, "after", &bw);
	printf("\n");
	if (kit)
		printf("llama.cpp %s (node-llama-cpp's prebuilt CPU build, \"%s\" variant) through %s/bench.sh, "
		    "alternated with ours, %d round%s, the best of each side\n", version, backend, kit, o.rounds,
		    o.rounds > 1 ? "s" : "");
	printf("decode: %d tokens after a %d-token prompt (best of 3 a round); prefill-%d: one chunk from "
	    "position 0 (best of 3); %d threads\n\n", o.n, o.p, o.P, o.threads);
	printf("| format (ours / llama.cpp) | GB/token | decode tok/s, ours | llama.cpp | ratio | "
	    "prefill-%d tok/s, ours | llama.cpp | ratio | ours GB/s | of sgemm | load s | cold s | RSS GB, ours | llama.cpp |\n", o.P);
	printf("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
	for (int i = 0; i < nck; i++) {
		struct model_config cfg;
		char cp[4200];
		double fl = 0;
		snprintf(cp, sizeof(cp), "%s/config.json", dir[i]);
		if (cfg_load(&cfg, cp) == 0) {
			fl = flops_token(&cfg);
			cfg_free(&cfg);
		}
		printf("| %s / %s | %.3f |", ours_name(fmt[i]), kit_fmt(fmt[i]), best[i].step_bytes / 1e9);
		rate(best[i].decode);
		rate(tbest[i].decode);
		ratio(best[i].decode, tbest[i].decode);
		rate(best[i].prefill);
		rate(tbest[i].prefill);
		ratio(best[i].prefill, tbest[i].prefill);
		printf(" %5.1f | %3.0f%% | %.2f | %.2f | %.2f |", best[i].step_bytes * best[i].decode / 1e9,
		    100 * best[i].prefill * fl / 1e9 / gf, best[i].load_s, best[i].cold_s, best[i].rss_gb);
		if (tbest[i].ok)
			printf(" %.2f |\n", tbest[i].rss_gb);
		else
			printf("  -   |\n");
	}
	printf("\nGB/token: the weight bytes a decode step of ours reads (llama.cpp's GGUF of the same format is the "
	    "same size); ours GB/s: that x decode tok/s, against the probe's %.1f GB/s; of sgemm: prefill FLOPs "
	    "(2 a parameter of the projections and the LM head) against the sgemm rate above; load s: opening the "
	    "checkpoint to the first token after the prompt (warm page cache); cold s: the same with the checkpoint "
	    "dropped from the page cache first (posix_fadvise), read from the disk; RSS: peak resident memory of the process.\n", bw);
	if (kit && disturbed)
		printf("WARNING: other jobs took up to %.0f%% of the CPUs during llama.cpp's runs (bench.sh's own "
		    "measure): its numbers, and ours measured in between, are too low\n", 100 * others);
	fflush(stdout);

	if (batch) {
		printf("\nbatched decode, aggregate tok/s (B rows at position %d; x B=1; at B=16 the share of the compute "
		    "ceiling, sgemm rate / FLOPs a token)\n  %-10s %16s %16s %16s %16s\n", o.P, "checkpoint", "B=1", "B=4",
		    "B=8", "B=16");
		for (int i = 0; i < nck; i++) {
			char ck[4200];
			if (!strcmp(fmt[i], "bf16-dots"))
				continue;
			snprintf(ck, sizeof(ck), "%s/model.safetensors", dir[i]);
			readin(ck);
			if (batched(ours_name(fmt[i]), dir[i], &o, gf) < 0) {
				fprintf(stderr, "llama-bench: %s\n", err_reason());
				return 1;
			}
		}
	}
	if (moedir && moe(moedir, &o, bw) < 0) {
		fprintf(stderr, "llama-bench: %s\n", err_reason());
		return 1;
	}
	if (ngdir) {
		int k = 0;
		for (int i = 0; i < nck; i++)
			if (!strcmp(fmt[i], "bf16"))
				k = i;
		struct model_config cfg;
		char cp[4200];
		snprintf(cp, sizeof(cp), "%s/model.safetensors", dir[k]);
		readin(cp);
		snprintf(cp, sizeof(cp), "%s/config.json", dir[k]);
		if (cfg_load(&cfg, cp) < 0) {
			fprintf(stderr, "llama-bench: %s\n", err_reason());
			return 1;
		}
		printf("\ndecode in other spellings, %s checkpoint, 16 tokens from position %d (each step the best of 7, "
		    "alternated with emit's)\n", fmt[k], o.P);
		printf("  %-12s %9s %9s %7s  %s\n", "graphs", "decode", "emit's", "ratio", "tokens");
		for (int i = 0; i < ngdir; i++)
			if (spelling(dir[k], gdir[i], o.threads, o.P, 16, (int)cfg.vocab))
				return 1;
		cfg_free(&cfg);
	}
	return 0;
}
