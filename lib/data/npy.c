#include <limits.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "base/dtype.h"
#include "base/err.h"
#include "base/file.h"
#include "data/npy.h"
#include "base/util.h"

/* The header of a .npy: a Python dict literal, as numpy's
 * _read_array_header reads it with ast.literal_eval: exactly the keys
 * descr, fortran_order and shape (a key repeated keeps its last value,
 * as in a Python dict), descr a string, fortran_order True or False,
 * shape a tuple of integers.  Parsed within its n bytes. */
struct hdr {
	const char *p, *end;
	char descr[8];
	int fortran, rank, seen;
	int64_t shape[NPY_MAX_RANK];
};

static void
hws(struct hdr *h)
{
	while (h->p < h->end && (*h->p == ' ' || *h->p == '\t' || *h->p == '\n' || *h->p == '\r'))
		h->p++;
}

static int
hchar(struct hdr *h, char c)
{
	hws(h);
	if (h->p < h->end && *h->p == c) {
		h->p++;
		return 1;
	}
	return 0;
}

/* A quoted string ('...' or "...", no escapes: numpy writes none) into
 * buf; -1 when it is not one or does not fit. */
static int
hstr(struct hdr *h, char *buf, size_t cap)
{
	char q;
	size_t n = 0;

	hws(h);
	if (h->p >= h->end || (*h->p != '\'' && *h->p != '"'))
		return -1;
	q = *h->p++;
	while (h->p < h->end && *h->p != q && *h->p != '\\' && *h->p != '\n') {
		if (n + 1 >= cap)
			return -1;
		buf[n++] = *h->p++;
	}
	if (h->p >= h->end || *h->p != q)
		return -1;
	h->p++;
	buf[n] = '\0';
	return 0;
}

static int
header_parse(struct hdr *h, const char *path)
{
	char key[32];

	if (!hchar(h, '{'))
		return err_set("%s: the header is not a dict", path);
	while (!hchar(h, '}')) {
		if (hstr(h, key, sizeof(key)) < 0 || !hchar(h, ':'))
			return err_set("%s: the header dict is malformed", path);
		if (!strcmp(key, "descr")) {
			if (hstr(h, h->descr, sizeof(h->descr)) < 0)
				return err_set("%s: descr: not a dtype string", path);
			h->seen |= 1;
		} else if (!strcmp(key, "fortran_order")) {
			hws(h);
			if ((size_t)(h->end - h->p) >= 4 && !memcmp(h->p, "True", 4))
				h->fortran = 1, h->p += 4;
			else if ((size_t)(h->end - h->p) >= 5 && !memcmp(h->p, "False", 5))
				h->fortran = 0, h->p += 5;
			else
				return err_set("%s: fortran_order: not True or False", path);
			h->seen |= 2;
		} else if (!strcmp(key, "shape")) {
			if (!hchar(h, '('))
				return err_set("%s: shape: not a tuple", path);
			h->rank = 0;
			while (!hchar(h, ')')) {
				int64_t d = 0;
				hws(h);
				if (h->p >= h->end || *h->p < '0' || *h->p > '9')
					return err_set("%s: shape: not a tuple of sizes", path);
				for (; h->p < h->end && *h->p >= '0' && *h->p <= '9'; h->p++) {
					if (d > ((int64_t)1 << 56))
						return err_set("%s: shape: a dimension too large", path);
					d = d * 10 + (*h->p - '0');
				}
				if (h->rank == NPY_MAX_RANK)
					return err_set("%s: shape: rank above %d", path, NPY_MAX_RANK);
				h->shape[h->rank++] = d;
				hws(h);
				if (h->p < h->end && *h->p == ',')
					h->p++;
				else if (h->p >= h->end || *h->p != ')')
					return err_set("%s: shape: expected ',' or ')'", path);
			}
			h->seen |= 4;
		} else {
			return err_set("%s: the header has a key '%s' (numpy writes descr, fortran_order and "
			    "shape only)", path, key);
		}
		if (!hchar(h, ',')) {
			if (!hchar(h, '}'))
				return err_set("%s: the header dict is malformed", path);
			break;
		}
	}
	hws(h);
	if (h->p != h->end)
		return err_set("%s: bytes after the header dict", path);
	if (h->seen != 7)
		return err_set("%s: the header lacks %s", path, !(h->seen & 1) ? "descr" : !(h->seen & 2) ?
		    "fortran_order" : "shape");
	return 0;
}

/* Parses the len bytes of a .npy at buf; path names it in messages. */
static int
npy_parse(struct npy *a, const unsigned char *buf, size_t len, const char *path)
{
	size_t hlen, off, esize, i;
	char kind;
	int ver;

	memset(a, 0, sizeof(*a));
	if (len < 10 || memcmp(buf, "\x93NUMPY", 6) != 0) {
		err_set("%s: not a .npy file (no \\x93NUMPY magic)", path);
		goto fail;
	}
	ver = buf[6];
	if (ver == 1) {
		hlen = buf[8] | (size_t)buf[9] << 8;
		off = 10;
	} else if ((ver == 2 || ver == 3) && len >= 12) {
		hlen = buf[8] | (size_t)buf[9] << 8 | (size_t)buf[10] << 16 | (size_t)buf[11] << 24;
		off = 12;
	} else {
		err_set("%s: unsupported .npy version %d", path, ver);
		goto fail;
	}
	if (hlen > len - off) {
		err_set("%s: header length %zu runs past the end of the file", path, hlen);
		goto fail;
	}
	struct hdr hd = { .p = (const char *)buf + off, .end = (const char *)buf + off + hlen };
	off += hlen;
	if (header_parse(&hd, path) < 0)
		goto fail;
	if (!((hd.descr[0] == '<' || hd.descr[0] == '|') && hd.descr[1] == 'f' &&
	    (hd.descr[2] == '2' || hd.descr[2] == '4' || hd.descr[2] == '8') && hd.descr[3] == '\0')) {
		err_set("%s: descr: only little-endian float arrays (<f2, <f4, <f8) are read", path);
		goto fail;
	}
	kind = hd.descr[2];
	esize = (size_t)(kind - '0');
	if (hd.fortran) {
		err_set("%s: fortran_order: only C-order arrays are read", path);
		goto fail;
	}
	a->numel = 1;
	for (int k = 0; k < hd.rank; k++) {
		int64_t d = hd.shape[k];
		if (d && a->numel > SIZE_MAX / 8 / (size_t)d) {
			err_set("%s: shape: the dimensions' product overflows", path);
			goto fail;
		}
		a->shape[a->rank++] = d;
		a->numel *= (size_t)d;
	}
	if (a->numel * esize != len - off) {
		err_set("%s: %zu bytes of data for %zu elements of %zu bytes", path, len - off,
		    a->numel, esize);
		goto fail;
	}
	a->data = ereallocarray(NULL, a->numel ? a->numel : 1, sizeof(float));
	for (i = 0; i < a->numel; i++) {
		const unsigned char *p = buf + off + i * esize;
		if (kind == '2') {
			uint16_t u;
			memcpy(&u, p, 2);
			a->data[i] = f16_to_f32(u);
		} else if (kind == '4') {
			memcpy(&a->data[i], p, 4);
		} else {
			double d;
			memcpy(&d, p, 8);
			a->data[i] = (float)d;
		}
	}
	return 0;
fail:
	npy_free(a);
	return -1;
}

/* .npz: a zip archive of .npy members, as numpy's savez (stored) and
 * savez_compressed (deflated) write it.  The central directory gives
 * each member's name, method, sizes, CRC and local header; numpy writes
 * its local headers in the zip64 form (force_zip64), so only the
 * central directory's sizes are used, and the local header only to find
 * where the data starts.  An archive that needs zip64 in its central
 * directory (members or offsets past 4 GiB) is refused. */

static uint32_t
le16(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8;
}

static uint32_t
le32(const unsigned char *p)
{
	return le16(p) | le16(p + 2) << 16;
}

struct member {
	const unsigned char *name;
	size_t namelen;
	uint32_t flags, method, crc, csize, usize, local;
};

/* The central directory's n entries, or -1 with a reason. */
static int
zip_members(const unsigned char *b, size_t len, const char *path, struct member **out)
{
	size_t e;

	*out = NULL;
	if (len < 22)
		return err_set("%s: not a zip archive (too short)", path);
	/* the end record: its signature, searched back over a comment */
	for (e = len - 22;; e--) {
		if (le32(b + e) == 0x06054b50 && e + 22 + le16(b + e + 20) == len)
			break;
		if (e == 0 || len - e > 22 + 65535)
			return err_set("%s: no zip end-of-central-directory record", path);
	}
	uint32_t n = le16(b + e + 10), cdsize = le32(b + e + 12), cdoff = le32(b + e + 16);
	if (n == 0xFFFF || cdsize == 0xFFFFFFFF || cdoff == 0xFFFFFFFF)
		return err_set("%s: a zip64 archive (over 4 GiB or 65535 members): not read", path);
	if (le16(b + e + 4) != 0 || le16(b + e + 6) != 0)
		return err_set("%s: a multi-disk zip archive: not read", path);
	if (le16(b + e + 8) != n)
		return err_set("%s: the zip end record's member counts disagree (%u, %u)", path,
		    le16(b + e + 8), n);
	if ((size_t)cdoff + cdsize > e)
		return err_set("%s: the zip central directory runs past its end record", path);
	struct member *m = ecalloc(n ? n : 1, sizeof(*m));
	size_t p = cdoff;
	for (uint32_t i = 0; i < n; i++) {
		if (p + 46 > (size_t)cdoff + cdsize || le32(b + p) != 0x02014b50) {
			free(m);
			return err_set("%s: zip central directory entry %u is broken", path, i);
		}
		m[i].flags = le16(b + p + 8);
		m[i].method = le16(b + p + 10);
		m[i].crc = le32(b + p + 16);
		m[i].csize = le32(b + p + 20);
		m[i].usize = le32(b + p + 24);
		m[i].namelen = le16(b + p + 28);
		m[i].local = le32(b + p + 42);
		m[i].name = b + p + 46;
		size_t next = p + 46 + m[i].namelen + le16(b + p + 30) + le16(b + p + 32);
		if (next > (size_t)cdoff + cdsize) {
			free(m);
			return err_set("%s: zip central directory entry %u runs past the directory", path, i);
		}
		if (m[i].csize == 0xFFFFFFFF || m[i].usize == 0xFFFFFFFF || m[i].local == 0xFFFFFFFF) {
			err_set("%s: member '%.*s' needs zip64 (over 4 GiB): not read", path,
			    (int)m[i].namelen, (const char *)m[i].name);
			free(m);
			return -1;
		}
		p = next;
	}
	*out = m;
	return (int)n;
}

/* The bytes of member m, inflated when deflated and checked against its
 * CRC; a malloc'd buffer of m->usize bytes, or NULL with a reason. */
static unsigned char *
zip_extract(const unsigned char *b, size_t len, const struct member *m, const char *path)
{
	const char *name = (const char *)m->name;
	int nl = (int)m->namelen;
	size_t l = m->local;

	if (l + 30 > len || le32(b + l) != 0x04034b50) {
		err_set("%s: member '%.*s': no local header at offset %zu", path, nl, name, l);
		return NULL;
	}
	size_t data = l + 30 + le16(b + l + 26) + le16(b + l + 28);
	if (data > len || m->csize > len - data) {
		err_set("%s: member '%.*s': its %u bytes run past the end of the archive", path, nl, name,
		    m->csize);
		return NULL;
	}
	/* bit 0: encrypted (6: strong encryption); bit 3, a data descriptor
	 * after the data, needs nothing: the sizes come from the directory */
	if (m->flags & 0x41) {
		err_set("%s: member '%.*s': encrypted (not read)", path, nl, name);
		return NULL;
	}
	if (m->method != 0 && m->method != 8) {
		err_set("%s: member '%.*s': compression method %u (only stored and deflated are read)",
		    path, nl, name, m->method);
		return NULL;
	}
	/* sizes checked before the buffer is made: deflate packs at most
	 * 1032 bytes into one */
	if ((m->method == 0 && m->csize != m->usize) ||
	    (m->method == 8 && m->usize / 1032 > (uint64_t)m->csize + 1)) {
		err_set("%s: member '%.*s': %u bytes cannot hold %u", path, nl, name, m->csize, m->usize);
		return NULL;
	}
	unsigned char *out = emalloc(m->usize ? m->usize : 1);
	if (m->method == 0) {
		memcpy(out, b + data, m->usize);
	} else {
		z_stream z = { 0 };
		int r = inflateInit2(&z, -MAX_WBITS);	/* raw deflate, as zip holds it */
		if (r != Z_OK) {
			free(out);
			err_set("%s: zlib: cannot start inflating", path);
			return NULL;
		}
		z.next_in = (Bytef *)(b + data);
		z.avail_in = m->csize;
		z.next_out = out;
		z.avail_out = m->usize;
		r = inflate(&z, Z_FINISH);
		uLong got = z.total_out;
		inflateEnd(&z);
		if (r != Z_STREAM_END || got != m->usize) {
			free(out);
			err_set("%s: member '%.*s': the deflated data is broken (%s)", path, nl, name,
			    r == Z_STREAM_END ? "wrong size" : r == Z_BUF_ERROR ? "truncated or too long" :
			    "corrupt");
			return NULL;
		}
	}
	if (crc32(crc32(0, Z_NULL, 0), out, m->usize) != m->crc) {
		free(out);
		err_set("%s: member '%.*s': CRC mismatch (the archive is corrupt)", path, nl, name);
		return NULL;
	}
	return out;
}

static int
name_is(const struct member *m, const char *want)
{
	size_t n = strlen(want);
	return (m->namelen == n && !memcmp(m->name, want, n)) ||
	    (m->namelen == n + 4 && !memcmp(m->name, want, n) && !memcmp(m->name + n, ".npy", 4));
}

static int
npz_parse(struct npy *a, const unsigned char *b, size_t len, const char *path, const char *want)
{
	struct member *m;
	int n = zip_members(b, len, path, &m), k = -1;

	memset(a, 0, sizeof(*a));
	if (n < 0)
		return -1;
	if (n == 0) {
		free(m);
		return err_set("%s: an empty zip archive (no members)", path);
	}
	for (int i = 0; i < n; i++)
		if (want ? name_is(&m[i], want) : name_is(&m[i], "logits"))
			k = i;
	if (k < 0 && !want && n == 1)
		k = 0;
	if (k < 0) {
		char list[512] = "";
		size_t used = 0;
		for (int i = 0; i < n && used < sizeof(list) - 1; i++)
			used += (size_t)snprintf(list + used, sizeof(list) - used, "%s%.*s", i ? ", " : "",
			    (int)m[i].namelen, (const char *)m[i].name);
		free(m);
		if (want)
			return err_set("%s: no member '%s' (members: %s)", path, want, list);
		return err_set("%s: %d members and none is 'logits.npy': name one as '%s:NAME' (members: %s)",
		    path, n, path, list);
	}
	unsigned char *data = zip_extract(b, len, &m[k], path);
	if (!data) {
		free(m);
		return -1;
	}
	char name[PATH_MAX + 300];
	snprintf(name, sizeof(name), "%s:%.*s", path, (int)m[k].namelen, (const char *)m[k].name);
	int r = npy_parse(a, data, m[k].usize, name);
	free(data);
	free(m);
	return r;
}

int
npy_load(struct npy *a, const char *path)
{
	size_t len;
	char *buf, *file = NULL;
	const char *want = NULL;

	memset(a, 0, sizeof(*a));
	/* "archive.npz:member" names one member of an archive */
	const char *colon = strrchr(path, ':');
	if (colon && access(path, F_OK) != 0) {
		file = estrdup(path);
		file[colon - path] = 0;
		want = colon + 1;
	}
	if (!(buf = file_read(file ? file : path, &len))) {
		free(file);
		return -1;
	}
	int r;
	const char *f = file ? file : path;
	size_t fl = strlen(f);
	if ((len >= 4 && !memcmp(buf, "PK\x03\x04", 4)) || (fl > 4 && !strcmp(f + fl - 4, ".npz")))
		r = npz_parse(a, (unsigned char *)buf, len, file ? file : path, want);
	else if (want)
		r = err_set("%s: not a .npz archive, so it has no member '%s'", file, want);
	else
		r = npy_parse(a, (unsigned char *)buf, len, path);
	free(buf);
	free(file);
	return r;
}

int
npy_save(const char *path, const float *data, int rank, const int64_t *shape)
{
	struct afile af;
	char dict[256];
	size_t n = 1, k, total;
	int i;

	k = (size_t)snprintf(dict, sizeof(dict), "{'descr': '<f4', 'fortran_order': False, 'shape': (");
	for (i = 0; i < rank; i++) {
		k += (size_t)snprintf(dict + k, sizeof(dict) - k, "%lld%s", (long long)shape[i],
		    rank == 1 ? "," : i + 1 < rank ? ", " : "");
		n *= (size_t)shape[i];
	}
	k += (size_t)snprintf(dict + k, sizeof(dict) - k, "), }");
	/* pad so the data starts at a multiple of 64, the header ending in \n */
	total = (10 + k + 1 + 63) / 64 * 64;
	if (afile_open(&af, path) < 0)
		return -1;
	fwrite("\x93NUMPY\x01\x00", 1, 8, af.fp);
	fputc((int)((total - 10) & 0xFF), af.fp);
	fputc((int)((total - 10) >> 8), af.fp);
	fwrite(dict, 1, k, af.fp);
	for (size_t j = 10 + k; j < total - 1; j++)
		fputc(' ', af.fp);
	fputc('\n', af.fp);
	fwrite(data, sizeof(float), n, af.fp);
	return afile_commit(&af);
}

void
npy_free(struct npy *a)
{
	free(a->data);
	a->data = NULL;
	a->numel = 0;
}
