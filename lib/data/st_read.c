/* madvise(2): the weights' mapping asks for huge pages (open_file) */
#define _DEFAULT_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/err.h"
#include "base/json.h"
#include "data/st.h"
#include "base/util.h"

int64_t
st_numel(int rank, const int64_t *shape)
{
	int64_t n = 1;

	for (int i = 0; i < rank; i++)
		n *= shape[i];
	return n;
}

static int
cmp_tensor(const void *a, const void *b)
{
	return strcmp(((const struct st_tensor *)a)->name, ((const struct st_tensor *)b)->name);
}

static void
add_tensor(struct st_model *m, const struct st_tensor *t)
{
	m->tensors = ereallocarray(m->tensors, m->n + 1, sizeof(*m->tensors));
	m->names = ereallocarray(m->names, m->n + 1, sizeof(*m->names));
	m->names[m->n] = estrdup(t->name);
	m->tensors[m->n] = *t;
	m->tensors[m->n].name = m->names[m->n];
	m->n++;
}

/* Sorts the tensors by name for lookups; a name twice is an error. */
static int
sort_unique(struct st_model *m)
{
	if (m->n > 1)	/* (no tensors: NULL, which qsort may not take) */
		qsort(m->tensors, m->n, sizeof(*m->tensors), cmp_tensor);
	for (size_t i = 1; i < m->n; i++)
		if (!strcmp(m->tensors[i - 1].name, m->tensors[i].name))
			return err_set("%s: tensor '%s' appears twice", m->files[m->tensors[i].file].path,
			    m->tensors[i].name);
	return 0;
}

/* Reads one tensor entry of a header. */
static int
parse_entry(struct st_model *m, const char *path, const struct json_member *e,
    const unsigned char *data, size_t datalen, int fi)
{
	const struct json *v = &e->val, *dt, *sh, *off;
	struct st_tensor t = { .name = e->key, .file = fi };
	const char *name = e->key;

	if (v->type != JSON_OBJECT)
		return err_set("%s: tensor '%s': entry is not an object", path, name);
	dt = json_get(v, "dtype");
	sh = json_get(v, "shape");
	off = json_get(v, "data_offsets");
	if (strlen(name) != e->keylen)
		return err_set("%s: tensor '%s...': a name with a NUL byte", path, name);
	if (!dt || dt->type != JSON_STRING)
		return err_set("%s: tensor '%s': missing dtype", path, name);
	/* "F32\u0000x" is not F32 */
	t.dtype = strlen(dt->str) == dt->n ? dtype_from_st(dt->str) : DTYPE_INVALID;
	if (t.dtype == DTYPE_INVALID) {
		if (!strncmp(dt->str, "F8_", 3) || json_str_is(dt, "F4") || !strncmp(dt->str, "F6_", 3))
			return err_set("%s: tensor '%s': dtype '%s' is not supported", path, name, dt->str);
		return err_set("%s: tensor '%s': unknown dtype '%s'", path, name, dt->str);
	}
	if (!sh || sh->type != JSON_ARRAY)
		return err_set("%s: tensor '%s': missing shape", path, name);
	if (sh->n > ST_MAX_RANK)
		return err_set("%s: tensor '%s': rank %zu is more than %d", path, name, sh->n, ST_MAX_RANK);
	t.rank = (int)sh->n;
	uint64_t numel = 1;
	int overflow = 0;
	for (size_t i = 0; i < sh->n; i++) {
		const struct json *d = &sh->items[i];
		if (d->type != JSON_NUMBER || !d->is_int || d->inum < 0)
			return err_set("%s: tensor '%s': shape[%zu] is not a size", path, name, i);
		t.shape[i] = d->inum;
		if (d->inum && numel > UINT64_MAX / (uint64_t)d->inum)
			overflow = 1;
		numel *= (uint64_t)d->inum;
	}
	if (overflow || numel > SIZE_MAX / dtype_size(t.dtype))
		return err_set("%s: tensor '%s': shape product overflows", path, name);
	if (!off || off->type != JSON_ARRAY || off->n != 2 ||
	    off->items[0].type != JSON_NUMBER || !off->items[0].is_int ||
	    off->items[1].type != JSON_NUMBER || !off->items[1].is_int)
		return err_set("%s: tensor '%s': data_offsets is not [begin, end]", path, name);
	int64_t b = off->items[0].inum, en = off->items[1].inum;
	if (b < 0 || en < b)
		return err_set("%s: tensor '%s': data_offsets [%lld, %lld] are reversed or negative",
		    path, name, (long long)b, (long long)en);
	if ((uint64_t)en > datalen)
		return err_set("%s: tensor '%s': data_offsets [%lld, %lld] run past the data area (%zu bytes)",
		    path, name, (long long)b, (long long)en, datalen);
	t.nbytes = (size_t)numel * dtype_size(t.dtype);
	if ((uint64_t)(en - b) != t.nbytes)
		return err_set("%s: tensor '%s': %lld bytes for %llu elements of %s (%zu bytes expected)",
		    path, name, (long long)(en - b), (unsigned long long)numel, dt->str, t.nbytes);
	t.data = data + b;
	add_tensor(m, &t);
	return 0;
}

struct span {
	uint64_t b, e;
	const char *name;
};

static int
cmp_span(const void *a, const void *b)
{
	const struct span *x = a, *y = b;

	if (x->b != y->b)
		return x->b < y->b ? -1 : 1;
	return x->e < y->e ? -1 : x->e > y->e;
}

/* The tensors of one file (m->tensors[first..]) tile its data area: in
 * the order of their offsets each starts where the one before ended, the
 * first at 0 and the last at the end of the file, as the reference
 * implementation (huggingface/safetensors, Metadata::validate and
 * MetadataIncompleteBuffer) requires.  So no two tensors share a byte
 * and no byte belongs to none. */
static int
check_tiling(const struct st_model *m, size_t first, const char *path, const unsigned char *data,
    size_t datalen)
{
	size_t n = m->n - first, i;
	struct span *s = ereallocarray(NULL, n ? n : 1, sizeof(*s));
	uint64_t at = 0;
	int ret = 0;

	for (i = 0; i < n; i++) {
		const struct st_tensor *t = &m->tensors[first + i];
		s[i].b = (uint64_t)((const unsigned char *)t->data - data);
		s[i].e = s[i].b + t->nbytes;
		s[i].name = t->name;
	}
	qsort(s, n, sizeof(*s), cmp_span);
	for (i = 0; i < n && ret == 0; i++) {
		if (s[i].b < at)
			ret = err_set("%s: tensor '%s': data_offsets [%llu, %llu] overlap tensor '%s' [%llu, %llu]",
			    path, s[i].name, (unsigned long long)s[i].b, (unsigned long long)s[i].e,
			    s[i - 1].name, (unsigned long long)s[i - 1].b, (unsigned long long)s[i - 1].e);
		else if (s[i].b > at)
			ret = err_set("%s: tensor '%s': data_offsets [%llu, %llu] leave bytes %llu..%llu of the "
			    "data area to no tensor", path, s[i].name, (unsigned long long)s[i].b,
			    (unsigned long long)s[i].e, (unsigned long long)at, (unsigned long long)s[i].b);
		at = s[i].e;
	}
	if (ret == 0 && at != datalen)
		ret = err_set("%s: the tensors end at byte %llu of the data area, which has %zu bytes",
		    path, (unsigned long long)at, datalen);
	free(s);
	return ret;
}

static int
open_file(struct st_model *m, const char *path)
{
	struct st_file f = { 0 };
	struct stat st;
	int fd, fi = m->nfiles;
	uint64_t hlen = 0;

	if ((fd = open(path, O_RDONLY)) < 0)
		return err_set("cannot open '%s': %s", path, strerror(errno));
	if (fstat(fd, &st) != 0) {
		close(fd);
		return err_set("cannot stat '%s': %s", path, strerror(errno));
	}
	if (!S_ISREG(st.st_mode)) {
		close(fd);
		return err_set("%s: not a regular file", path);
	}
	if (st.st_size < 8) {
		close(fd);
		return err_set("%s: %lld bytes: too short for a safetensors header", path, (long long)st.st_size);
	}
	f.size = (size_t)st.st_size;
	f.map = mmap(NULL, f.size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (f.map == MAP_FAILED)
		return err_set("cannot map '%s': %s", path, strerror(errno));
#ifdef MADV_HUGEPAGE
	/* What a fault reads from disk then comes into the page cache in
	 * 2 MB folios, mapped whole (FilePmdMapped), where it would come in
	 * pieces of the readahead's choosing (a decode touches the weights
	 * in the graph's order, not the file's).  The bf16 checkpoint of the
	 * 1B bench model dropped from the cache and loaded (a Zen 5 VM, Linux
	 * 6.18, ext4): without, 0.7 GB of its 2.4 mapped in 2 MB pages; with,
	 * all of it, and the first token 0.9-1.1 s against 1.2-1.3
	 * (alternated twice).  The same file mapped in 4 KB pages against
	 * 2 MB ones, decode alternated in one process: 16.8 against 17.3
	 * tok/s (median of 12).  Pages already cached stay as they are; a
	 * kernel without THP for files ignores it. */
	(void)madvise(f.map, f.size, MADV_HUGEPAGE);
#endif
	f.path = estrdup(path);
	m->files = ereallocarray(m->files, (size_t)m->nfiles + 1, sizeof(*m->files));
	m->files[m->nfiles++] = f;

	const unsigned char *p = f.map;
	for (int i = 7; i >= 0; i--)
		hlen = hlen << 8 | p[i];
	if (hlen > f.size - 8)
		return err_set("%s: header length %llu is larger than the file (%zu bytes)", path,
		    (unsigned long long)hlen, f.size);
	if (hlen > ST_MAX_HEADER)
		return err_set("%s: header length %llu is absurd (more than %d bytes)", path,
		    (unsigned long long)hlen, ST_MAX_HEADER);
	struct json_doc *d = json_parse((const char *)p + 8, (size_t)hlen, path);
	if (!d) {
		char why[512];
		snprintf(why, sizeof(why), "%s", err_reason());
		return err_set("%s: header is not JSON: %s", path, why);
	}
	const struct json *r = json_root(d);
	int ret = 0;
	if (r->type != JSON_OBJECT) {
		ret = err_set("%s: header is not a JSON object", path);
		goto out;
	}
	size_t first = m->n;
	for (size_t i = 0; i < r->n && ret == 0; i++) {
		const struct json_member *e = &r->members[i];
		if (json_key_is(e, "__metadata__")) {
			if (e->val.type != JSON_OBJECT) {
				ret = err_set("%s: __metadata__ is not an object", path);
				break;
			}
			for (size_t k = 0; k < e->val.n; k++) {
				const struct json_member *mm = &e->val.members[k];
				if (mm->val.type != JSON_STRING) {
					ret = err_set("%s: __metadata__ '%s' is not a string", path, mm->key);
					break;
				}
				if (strlen(mm->key) != mm->keylen || strlen(mm->val.str) != mm->val.n) {
					ret = err_set("%s: __metadata__ '%s': a NUL byte in its key or value", path,
					    mm->key);
					break;
				}
				m->meta = ereallocarray(m->meta, 2 * (m->nmeta + 1), sizeof(*m->meta));
				m->meta[2 * m->nmeta] = estrdup(mm->key);
				m->meta[2 * m->nmeta + 1] = estrdup(mm->val.str);
				m->nmeta++;
			}
			continue;
		}
		ret = parse_entry(m, path, e, p + 8 + hlen, f.size - 8 - (size_t)hlen, fi);
	}
	if (ret == 0)
		ret = check_tiling(m, first, path, p + 8 + hlen, f.size - 8 - (size_t)hlen);
out:
	json_free(d);
	return ret;
}

static int
open_index(struct st_model *m, const char *dir, const char *index)
{
	struct json_doc *d = json_load(index);
	const struct json *wm;
	char path[4096];
	int ret = 0;

	if (!d)
		return -1;
	wm = json_get(json_root(d), "weight_map");
	if (!wm || wm->type != JSON_OBJECT) {
		json_free(d);
		return err_set("%s: no weight_map object", index);
	}
	/* each shard once, in order of first mention; every shard named must
	 * open, whether or not the tensors a caller needs are in it */
	for (size_t i = 0; i < wm->n && ret == 0; i++) {
		const struct json *f = &wm->members[i].val;
		const char *key = wm->members[i].key;
		int seen = 0;
		if (strlen(key) != wm->members[i].keylen) {
			ret = err_set("%s: weight_map '%s...': a tensor name with a NUL byte", index, key);
			break;
		}
		if (f->type != JSON_STRING || !f->n || memchr(f->str, '/', f->n) || strlen(f->str) != f->n ||
		    json_str_is(f, ".") || json_str_is(f, "..")) {
			ret = err_set("%s: weight_map '%s' is not a file name", index, key);
			break;
		}
		if ((size_t)snprintf(path, sizeof(path), "%s/%s", dir, f->str) >= sizeof(path)) {
			ret = err_set("%s: weight_map '%s': the path is too long", index, key);
			break;
		}
		for (int k = 0; k < m->nfiles; k++)
			if (!strcmp(m->files[k].path, path))
				seen = 1;
		if (!seen && access(path, F_OK) != 0) {
			ret = err_set("%s: weight_map names shard '%s' (for tensor '%s'), which does not exist",
			    index, f->str, key);
			break;
		}
		if (!seen)
			ret = open_file(m, path);
	}
	if (ret == 0)
		ret = sort_unique(m);
	/* every tensor the index names is in the shard it names */
	for (size_t i = 0; i < wm->n && ret == 0; i++) {
		const struct st_tensor *t = st_find(m, wm->members[i].key);
		snprintf(path, sizeof(path), "%s/%s", dir, wm->members[i].val.str);
		if (!t || strcmp(m->files[t->file].path, path) != 0)
			ret = err_set("%s: tensor '%s' is not in '%s'%s%s%s", index, wm->members[i].key, path,
			    t ? " (it is in '" : "", t ? m->files[t->file].path : "", t ? "')" : "");
	}
	json_free(d);
	return ret;
}

int
st_open(struct st_model *m, const char *path)
{
	struct stat st;
	char p[4096];
	int ret;

	memset(m, 0, sizeof(*m));
	if (stat(path, &st) != 0)
		return err_set("cannot open '%s': %s", path, strerror(errno));
	if (S_ISDIR(st.st_mode)) {
		snprintf(p, sizeof(p), "%s/model.safetensors.index.json", path);
		if (access(p, F_OK) == 0) {
			ret = open_index(m, path, p);
		} else {
			snprintf(p, sizeof(p), "%s/model.safetensors", path);
			if (access(p, F_OK) != 0)
				return err_set("%s: no model.safetensors or model.safetensors.index.json", path);
			if ((ret = open_file(m, p)) == 0)
				ret = sort_unique(m);
		}
	} else if ((ret = open_file(m, path)) == 0) {
		ret = sort_unique(m);
	}
	if (ret == 0) {
		/* __metadata__ {"alias": "stored"} records a tied tensor */
		for (size_t i = 0; i < m->nmeta; i++)
			st_alias(m, m->meta[2 * i], m->meta[2 * i + 1]);
	}
	if (ret < 0) {
		st_close(m);
		return -1;
	}
	return 0;
}

const struct st_tensor *
st_find(const struct st_model *m, const char *name)
{
	struct st_tensor key = { .name = name };

	if (!m->n)
		return NULL;
	return bsearch(&key, m->tensors, m->n, sizeof(key), cmp_tensor);
}

int
st_alias(struct st_model *m, const char *name, const char *target)
{
	const struct st_tensor *t = st_find(m, target);
	struct st_tensor a;

	if (!t || st_find(m, name))
		return 0;
	a = *t;
	a.name = name;
	add_tensor(m, &a);
	qsort(m->tensors, m->n, sizeof(*m->tensors), cmp_tensor);
	return 1;
}

const char *
st_meta(const struct st_model *m, const char *key)
{
	for (size_t i = 0; i < m->nmeta; i++)
		if (!strcmp(m->meta[2 * i], key))
			return m->meta[2 * i + 1];
	return NULL;
}

void
st_close(struct st_model *m)
{
	for (int i = 0; i < m->nfiles; i++) {
		munmap(m->files[i].map, m->files[i].size);
		free(m->files[i].path);
	}
	for (size_t i = 0; i < m->n; i++)
		free(m->names[i]);
	for (size_t i = 0; i < 2 * m->nmeta; i++)
		free(m->meta[i]);
	free(m->files);
	free(m->tensors);
	free(m->names);
	free(m->meta);
	memset(m, 0, sizeof(*m));
}
