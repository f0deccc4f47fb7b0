#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "dtype.h"
#include "err.h"
#include "file.h"
#include "npy.h"
#include "util.h"

/* Finds 'key': in the header dict and returns what follows the colon. */
static const char *
dict_value(const char *h, const char *key)
{
	char pat[32];
	const char *p;

	snprintf(pat, sizeof(pat), "'%s':", key);
	if (!(p = strstr(h, pat)))
		return NULL;
	p += strlen(pat);
	while (*p == ' ')
		p++;
	return p;
}

int
npy_load(struct npy *a, const char *path)
{
	size_t len, hlen, off, esize, i;
	unsigned char *buf;
	char *h = NULL, kind;
	const char *v;
	int ver;

	memset(a, 0, sizeof(*a));
	if (!(buf = (unsigned char *)file_read(path, &len)))
		return -1;
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
	h = emalloc(hlen + 1);
	memcpy(h, buf + off, hlen);
	h[hlen] = '\0';
	off += hlen;
	if (!(v = dict_value(h, "descr")) || v[0] != '\'' || !(v[1] == '<' || v[1] == '|') ||
	    !(v[2] == 'f') || !(v[3] == '2' || v[3] == '4' || v[3] == '8') || v[4] != '\'') {
		err_set("%s: descr: only little-endian float arrays (<f2, <f4, <f8) are read", path);
		goto fail;
	}
	kind = v[3];
	esize = (size_t)(kind - '0');
	if (!(v = dict_value(h, "fortran_order")) || strncmp(v, "False", 5) != 0) {
		err_set("%s: fortran_order: only C-order arrays are read", path);
		goto fail;
	}
	if (!(v = dict_value(h, "shape")) || *v != '(') {
		err_set("%s: shape: missing or not a tuple", path);
		goto fail;
	}
	a->numel = 1;
	for (v++;;) {
		char *end;
		while (*v == ' ' || *v == ',')
			v++;
		if (*v == ')')
			break;
		long long d = strtoll(v, &end, 10);
		if (end == v || d < 0 || a->rank == NPY_MAX_RANK || (d && a->numel > SIZE_MAX / 8 / (size_t)d)) {
			err_set("%s: shape: bad dimension", path);
			goto fail;
		}
		a->shape[a->rank++] = d;
		a->numel *= (size_t)d;
		v = end;
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
	free(h);
	free(buf);
	return 0;
fail:
	free(h);
	free(buf);
	npy_free(a);
	return -1;
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
