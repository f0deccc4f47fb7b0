/* dequant: turn an MLX affine-quantized checkpoint into a dense one. */
/* nftw(3) is XSI */
#define _XOPEN_SOURCE 700
#include <dirent.h>
#include <ftw.h>
#include <stdarg.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "base/err.h"
#include "base/json.h"
#include "data/mlx.h"
#include "data/st.h"
#include "base/util.h"

static char tmpdir[PATH_MAX];	/* removed on any failure */

static void pathf(char *buf, size_t n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static void
print_usage(FILE *fp)
{
	fprintf(fp, "usage: %s [-fh] [-t f32|bf16|f16] -m in-dir -o out-dir\n", argv0);
}

static void
usage(void)
{
	print_usage(stderr);
	exit(1);
}

static void
help(void)
{
	print_usage(stdout);
	exit(fshut(stdout, "<stdout>") ? 1 : 0);
}

static int
rm_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	/* depth first: a directory after what it holds; links not followed */
	return flag == FTW_DP ? rmdir(path) : unlink(path);
}

/* Removes path and everything under it (an -f out-dir may have
 * subdirectories); 0, or -1 with errno set. */
static int
rm_tree(const char *path)
{
	return nftw(path, rm_one, 16, FTW_DEPTH | FTW_PHYS);
}

static void
die(const char *fmt, ...)
{
	va_list ap;

	if (tmpdir[0])
		rm_tree(tmpdir);
	fprintf(stderr, "%s: ", argv0);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

/* snprintf for paths: a path too long is an error, never a cut one */
static void
pathf(char *buf, size_t n, const char *fmt, ...)
{
	va_list ap;
	int k;

	va_start(ap, fmt);
	k = vsnprintf(buf, n, fmt, ap);
	va_end(ap);
	if (k < 0 || (size_t)k >= n)
		die("path too long: '%s...'", buf);
}

struct quant {
	int bits, group;
	const struct json *overrides;	/* the quantization object */
};

/* bits and group of module path: an override keyed by the path, else the
 * block's own; bits 0 when the override is false */
static void
quant_for(const struct quant *q, const char *path, int *bits, int *group)
{
	const struct json *o = json_get(q->overrides, path), *v;

	*bits = q->bits;
	*group = q->group;
	if (!o)
		return;
	if (o->type == JSON_BOOL && !o->boolean) {
		*bits = 0;
		return;
	}
	if ((v = json_get(o, "bits")) && v->type == JSON_NUMBER && v->is_int)
		*bits = (int)v->inum;
	if ((v = json_get(o, "group_size")) && v->type == JSON_NUMBER && v->is_int)
		*group = (int)v->inum;
}

static int
ends_with(const char *s, const char *suf)
{
	size_t n = strlen(s), k = strlen(suf);

	return n >= k && !strcmp(s + n - k, suf);
}

struct plan {
	const struct st_tensor *t, *scales, *biases;	/* scales: a packed weight */
	int bits, group;
	struct st_wtensor out;
};

static const char *
torch_name(enum dtype t)
{
	return t == DTYPE_BF16 ? "bfloat16" : t == DTYPE_F16 ? "float16" : "float32";
}

static void
progress(size_t done, size_t n, double bytes, struct timespec *t0, int final)
{
	struct timespec t1;
	double s;

	clock_gettime(CLOCK_MONOTONIC, &t1);
	s = (double)(t1.tv_sec - t0->tv_sec) + (double)(t1.tv_nsec - t0->tv_nsec) / 1e9;
	fprintf(stderr, "\r%s: %zu/%zu tensors, %.1f MB, %.0f MB/s%s", argv0, done, n, bytes / 1e6,
	    s > 0 ? bytes / 1e6 / s : 0.0, final ? "\n" : "");
}

static void
copy_file(const char *from, const char *to)
{
	FILE *in = fopen(from, "rb"), *out;
	char buf[1 << 16];
	size_t n;

	if (!in)
		die("cannot open '%s': %s", from, strerror(errno));
	if (!(out = fopen(to, "wb")))
		die("cannot create '%s': %s", to, strerror(errno));
	while ((n = fread(buf, 1, sizeof(buf), in)) > 0)
		if (fwrite(buf, 1, n, out) != n)
			die("write error on '%s': %s", to, strerror(errno));
	if (ferror(in))
		die("cannot read '%s': %s", from, strerror(errno));
	fclose(in);
	if (fclose(out) != 0)
		die("write error on '%s': %s", to, strerror(errno));
}

int
main(int argc, char *argv[])
{
	const char *in = NULL, *out = NULL;
	enum dtype ot = DTYPE_F32;
	int force = 0, opt, verbose = isatty(2);
	char path[PATH_MAX], path2[PATH_MAX];
	struct st_model m;
	struct stat st;

	argv0 = "dequant";
	for (int i = 1; i < argc && strcmp(argv[i], "--"); i++)
		if (!strcmp(argv[i], "--help"))
			help();
	while ((opt = getopt(argc, argv, "fhm:o:t:")) != -1) {
		switch (opt) {
		case 'f': force = 1; break;
		case 'h': help(); break;
		case 'm': in = optarg; break;
		case 'o': out = optarg; break;
		case 't':
			if (!strcmp(optarg, "f32"))
				ot = DTYPE_F32;
			else if (!strcmp(optarg, "bf16"))
				ot = DTYPE_BF16;
			else if (!strcmp(optarg, "f16"))
				ot = DTYPE_F16;
			else
				eprintf("output type '%s' is not f32, bf16 or f16", optarg);
			break;
		default: usage();
		}
	}
	if (optind != argc || !in || !out)
		usage();
	/* "out/" and "out" are one directory; the temp one goes beside it */
	static char outbuf[PATH_MAX];
	snprintf(outbuf, sizeof(outbuf), "%s", out);
	for (size_t k = strlen(outbuf); k > 1 && outbuf[k - 1] == '/'; k--)
		outbuf[k - 1] = '\0';
	out = outbuf;
	if (stat(out, &st) == 0 && !force)
		eprintf("'%s' exists (use -f to replace it)", out);

	/* the config's quantization block */
	pathf(path, sizeof(path), "%s/config.json", in);
	struct json_doc *cfg = json_load(path);
	if (!cfg)
		eprintf("%s", err_reason());
	const struct json *root = json_root(cfg), *qb, *v;
	if (root->type != JSON_OBJECT)
		eprintf("%s: not a JSON object", path);
	qb = json_get(root, "quantization");
	if (!qb)
		qb = json_get(root, "quantization_config");
	if (!qb || qb->type != JSON_OBJECT)
		eprintf("%s: no quantization block: not an MLX quantized checkpoint", path);
	struct quant q = { 0, 64, qb };
	if (!(v = json_get(qb, "bits")) || v->type != JSON_NUMBER || !v->is_int || !mlx_bits_ok((int)v->inum))
		eprintf("%s: quantization.bits must be 2, 3, 4, 5, 6 or 8", path);
	q.bits = (int)v->inum;
	if ((v = json_get(qb, "group_size"))) {
		if (v->type != JSON_NUMBER || !v->is_int || v->inum < 1 || v->inum > 1 << 20)
			eprintf("%s: quantization.group_size is not a positive integer", path);
		q.group = (int)v->inum;
	}

	if (st_open(&m, in) < 0)
		eprintf("%s", err_reason());

	/* the plan: every output tensor, checked before anything is written */
	struct plan *pl = ecalloc(m.n ? m.n : 1, sizeof(*pl));
	size_t np = 0, i;
	const char *meta_alias[64];
	size_t nalias = 0;
	for (i = 0; i < m.n; i++) {
		const struct st_tensor *t = &m.tensors[i];
		char base[PATH_MAX], sn[PATH_MAX + 16], bn[PATH_MAX + 16];
		const char *alias_of = st_meta(&m, t->name);
		if (alias_of && st_find(&m, alias_of) && strcmp(alias_of, t->name)) {
			if (nalias + 2 <= LEN(meta_alias)) {
				meta_alias[nalias++] = t->name;
				meta_alias[nalias++] = alias_of;
			}
			continue;	/* a tied name: stored once, as its target */
		}
		if (ends_with(t->name, ".scales") || ends_with(t->name, ".biases")) {
			size_t k = strlen(t->name) - 7;
			pathf(base, sizeof(base), "%.*s.weight", (int)k, t->name);
			const struct st_tensor *w = st_find(&m, base);
			if (w && w->dtype == DTYPE_U32)
				continue;	/* consumed by its packed weight */
		}
		struct plan *p = &pl[np++];
		p->t = t;
		p->out.name = t->name;
		p->out.rank = t->rank;
		memcpy(p->out.shape, t->shape, sizeof(t->shape));
		p->out.dtype = dtype_is_float(t->dtype) ? ot : t->dtype;
		if (!ends_with(t->name, ".weight") || t->dtype != DTYPE_U32)
			continue;
		size_t k = strlen(t->name) - 7;
		pathf(base, sizeof(base), "%.*s", (int)k, t->name);
		pathf(sn, sizeof(sn), "%s.scales", base);
		pathf(bn, sizeof(bn), "%s.biases", base);
		p->scales = st_find(&m, sn);
		p->biases = st_find(&m, bn);
		if (!p->scales)
			eprintf("%s: tensor '%s' is packed (U32) but '%s' is missing", in, t->name, sn);
		if (!p->biases)
			eprintf("%s: tensor '%s' is packed (U32) but '%s' is missing", in, t->name, bn);
		quant_for(&q, base, &p->bits, &p->group);
		if (!p->bits)
			eprintf("%s: tensor '%s' is packed but its quantization override is false", in, t->name);
		if (!mlx_bits_ok(p->bits))
			eprintf("%s: tensor '%s': %d bits is not an MLX width", in, t->name, p->bits);
		/* words per row within reason before they are counted in bits */
		if (t->rank != 2 || t->shape[1] > ((int64_t)1 << 40) || (t->shape[1] * 32) % p->bits)
			eprintf("%s: tensor '%s': a packed weight must be (rows, words)", in, t->name);
		int64_t cols = t->shape[1] * 32 / p->bits;
		if (cols % p->group)
			eprintf("%s: tensor '%s': group size %d does not divide the row of %lld inputs",
			    in, t->name, p->group, (long long)cols);
		int64_t ng = cols / p->group;
		const struct st_tensor *sb[2] = { p->scales, p->biases };
		for (int j = 0; j < 2; j++) {
			if (!dtype_is_float(sb[j]->dtype) || sb[j]->rank != 2 || sb[j]->shape[0] != t->shape[0] ||
			    sb[j]->shape[1] != ng)
				eprintf("%s: tensor '%s': expected a float (%lld, %lld) tensor for %d-bit groups of %d",
				    in, sb[j]->name, (long long)t->shape[0], (long long)ng, p->bits, p->group);
		}
		p->out.shape[1] = cols;
		p->out.dtype = ot;
	}

	/* a temp directory beside out-dir, renamed at the end */
	pathf(tmpdir, sizeof(tmpdir), "%s.tmpXXXXXX", out);
	if (!mkdtemp(tmpdir)) {
		tmpdir[0] = '\0';
		eprintf("cannot create a temp directory for '%s': %s", out, strerror(errno));
	}
	chmod(tmpdir, 0755);

	struct st_wtensor *wt = ecalloc(np ? np : 1, sizeof(*wt));
	for (i = 0; i < np; i++)
		wt[i] = pl[i].out;
	const char *meta[2 + 64] = { "format", "pt" };
	memcpy(meta + 2, meta_alias, nalias * sizeof(*meta));
	struct st_writer w;
	pathf(path, sizeof(path), "%s/model.safetensors", tmpdir);
	if (st_write_begin(&w, path, wt, np, meta, 1 + nalias / 2) < 0)
		die("%s", err_reason());
	struct timespec t0;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	double bytes = 0;
	float *row = NULL, *sc = NULL, *bi = NULL;
	void *cv = NULL;
	size_t cap = 0;
	for (i = 0; i < np; i++) {
		struct plan *p = &pl[i];
		size_t esz = dtype_size(p->out.dtype);
		if (p->scales) {
			size_t rows = (size_t)p->t->shape[0], cols = (size_t)p->out.shape[1];
			size_t ng = cols / (size_t)p->group, wbytes = (size_t)p->t->shape[1] * 4;
			if (cols > cap) {
				cap = cols;
				row = erealloc(row, cap * sizeof(float));
				cv = erealloc(cv, cap * 8);
			}
			sc = erealloc(sc, ng * sizeof(float));
			bi = erealloc(bi, ng * sizeof(float));
			size_t ssz = dtype_size(p->scales->dtype), bsz = dtype_size(p->biases->dtype);
			for (size_t r = 0; r < rows; r++) {
				dtype_to_f32((const char *)p->scales->data + r * ng * ssz, p->scales->dtype, ng, sc);
				dtype_to_f32((const char *)p->biases->data + r * ng * bsz, p->biases->dtype, ng, bi);
				mlx_dequant_row((const char *)p->t->data + r * wbytes, cols, p->bits, p->group,
				    sc, bi, row);
				dtype_from_f32(row, cols, p->out.dtype, cv);
				if (st_write_data(&w, cv, cols * esz) < 0)
					die("tensor '%s': %s", p->t->name, err_reason());
			}
			bytes += (double)(rows * cols * esz);
		} else if (p->out.dtype == p->t->dtype) {
			if (st_write_data(&w, p->t->data, p->t->nbytes) < 0)
				die("tensor '%s': %s", p->t->name, err_reason());
			bytes += (double)p->t->nbytes;
		} else {
			/* a float tensor converted, in chunks */
			size_t n = p->t->nbytes / dtype_size(p->t->dtype), isz = dtype_size(p->t->dtype);
			if (cap < 65536) {
				cap = 65536;
				row = erealloc(row, cap * sizeof(float));
				cv = erealloc(cv, cap * 8);
			}
			for (size_t o = 0; o < n; o += 65536) {
				size_t k = n - o < 65536 ? n - o : 65536;
				dtype_to_f32((const char *)p->t->data + o * isz, p->t->dtype, k, row);
				dtype_from_f32(row, k, p->out.dtype, cv);
				if (st_write_data(&w, cv, k * esz) < 0)
					die("tensor '%s': %s", p->t->name, err_reason());
			}
			bytes += (double)(n * esz);
		}
		if (verbose)
			progress(i + 1, np, bytes, &t0, i + 1 == np);
	}
	free(row);
	free(cv);
	free(sc);
	free(bi);
	if (st_write_end(&w) < 0)
		die("%s", err_reason());

	/* config.json without its quantization blocks, in the new dtype */
	pathf(path, sizeof(path), "%s/config.json", tmpdir);
	FILE *cf = fopen(path, "w");
	if (!cf)
		die("cannot create '%s': %s", path, strerror(errno));
	struct json r2 = *root;
	struct json_member *mem = ecalloc(root->n ? root->n : 1, sizeof(*mem));
	struct json tdt = { .type = JSON_STRING };
	tdt.str = torch_name(ot);
	tdt.n = strlen(tdt.str);
	r2.n = 0;
	for (i = 0; i < root->n; i++) {
		const struct json_member *e = &root->members[i];
		if (json_key_is(e, "quantization") || json_key_is(e, "quantization_config"))
			continue;
		mem[r2.n] = *e;
		if (json_key_is(e, "torch_dtype"))
			mem[r2.n].val = tdt;
		r2.n++;
	}
	r2.members = mem;
	json_fput(cf, &r2, 2);
	fputc('\n', cf);
	if (fclose(cf) != 0)
		die("write error on '%s': %s", path, strerror(errno));
	free(mem);

	/* the other files: tokenizer, generation config, ... */
	DIR *d = opendir(in);
	struct dirent *e;
	if (!d)
		die("cannot open '%s': %s", in, strerror(errno));
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.' || !strcmp(e->d_name, "config.json") ||
		    ends_with(e->d_name, ".safetensors") || !strcmp(e->d_name, "model.safetensors.index.json"))
			continue;
		pathf(path, sizeof(path), "%s/%s", in, e->d_name);
		if (stat(path, &st) != 0 || !S_ISREG(st.st_mode))
			continue;
		pathf(path2, sizeof(path2), "%s/%s", tmpdir, e->d_name);
		copy_file(path, path2);
	}
	closedir(d);

	/* into place: an existing out-dir (-f) is moved aside, then removed */
	char old[PATH_MAX] = "";
	if (stat(out, &st) == 0) {
		pathf(old, sizeof(old), "%s.oldXXXXXX", tmpdir);
		if (!mkdtemp(old) || rmdir(old) != 0 || rename(out, old) != 0)
			die("cannot move '%s' aside: %s", out, strerror(errno));
	}
	if (rename(tmpdir, out) != 0) {
		if (old[0])
			rename(old, out);
		die("cannot rename '%s' to '%s': %s", tmpdir, out, strerror(errno));
	}
	tmpdir[0] = '\0';
	if (old[0] && rm_tree(old) != 0)
		eprintf("'%s' is in place, but its old contents, moved to '%s', could not all be removed: %s",
		    out, old, strerror(errno));
	free(pl);
	free(wt);
	st_close(&m);
	json_free(cfg);
	return 0;
}
