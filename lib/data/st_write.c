#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/err.h"
#include "base/json.h"
#include "data/st.h"
#include "base/util.h"

enum { ST_WRITE_BUF = 2 << 20 };

int
st_write_begin(struct st_writer *w, const char *path, const struct st_wtensor *t, size_t n,
    const char *const *meta, size_t nmeta)
{
	FILE *h;
	char *hb = NULL;
	size_t hl = 0, off = 0, i;
	int fd;

	memset(w, 0, sizeof(*w));
	w->sizes = ereallocarray(NULL, n ? n : 1, sizeof(*w->sizes));
	w->n = n;
	/* the header, built in memory to learn its length */
	if (!(h = open_memstream(&hb, &hl))) {
		free(w->sizes);
		return err_set("cannot build a header: %s", strerror(errno));
	}
	fputc('{', h);
	if (nmeta) {
		fputs("\"__metadata__\":{", h);
		for (i = 0; i < nmeta; i++) {
			if (i)
				fputc(',', h);
			json_fput_str(h, meta[2 * i], strlen(meta[2 * i]));
			fputc(':', h);
			json_fput_str(h, meta[2 * i + 1], strlen(meta[2 * i + 1]));
		}
		fputc('}', h);
	}
	for (i = 0; i < n; i++) {
		int64_t numel = st_numel(t[i].rank, t[i].shape);
		w->sizes[i] = (size_t)numel * dtype_size(t[i].dtype);
		if (nmeta || i)
			fputc(',', h);
		json_fput_str(h, t[i].name, strlen(t[i].name));
		fprintf(h, ":{\"dtype\":\"%s\",\"shape\":[", dtype_st_name(t[i].dtype));
		for (int k = 0; k < t[i].rank; k++)
			fprintf(h, "%s%lld", k ? "," : "", (long long)t[i].shape[k]);
		fprintf(h, "],\"data_offsets\":[%zu,%zu]}", off, off + w->sizes[i]);
		off += w->sizes[i];
	}
	fputc('}', h);
	/* pad with spaces so the data area starts 8-byte aligned */
	while ((hl = (size_t)ftell(h)) % 8)
		fputc(' ', h);
	if (fclose(h) != 0) {
		free(hb);
		free(w->sizes);
		return err_set("cannot build a header: %s", strerror(errno));
	}

	size_t pl = strlen(path);
	w->path = estrdup(path);
	w->tmp = emalloc(pl + sizeof(".tmpXXXXXX"));
	memcpy(w->tmp, path, pl);
	memcpy(w->tmp + pl, ".tmpXXXXXX", sizeof(".tmpXXXXXX"));
	if ((fd = mkstemp(w->tmp)) < 0 || !(w->fp = fdopen(fd, "wb"))) {
		err_set("cannot create a temp file for '%s': %s", path, strerror(errno));
		if (fd >= 0) {
			close(fd);
			unlink(w->tmp);
		}
		free(hb);
		free(w->sizes);
		free(w->tmp);
		free(w->path);
		memset(w, 0, sizeof(*w));
		return -1;
	}
	fchmod(fd, 0644);
	/* Writes of 2 MB at offsets that are multiples of it, where stdio's
	 * own buffer writes 4 KB at a time: a kernel that caches files in
	 * large folios (Linux 6.18's ext4) keeps a file in the folios it was
	 * written in, and a checkpoint written in 4 KB pieces is mapped in
	 * 4 KB pages until the cache gives it up.  dequant -t bf16 of the 1B
	 * bench model (a Zen 5 VM): none of its output mapped in 2 MB pages
	 * before, all of it after, 5.7 s against 6.2-7.2; its decode read
	 * back at once, alternated in one process with the same file in
	 * 4 KB pages, 17.3 against 16.8 tok/s (median of 12).  (glibc
	 * ignores setvbuf's size without a buffer.) */
	w->buf = emalloc(ST_WRITE_BUF);
	setvbuf(w->fp, w->buf, _IOFBF, ST_WRITE_BUF);
	unsigned char len8[8];
	for (i = 0; i < 8; i++)
		len8[i] = (unsigned char)((uint64_t)hl >> (8 * i));
	fwrite(len8, 1, 8, w->fp);
	fwrite(hb, 1, hl, w->fp);
	free(hb);
	/* skip tensors of zero bytes */
	while (w->cur < w->n && w->sizes[w->cur] == 0)
		w->cur++;
	return 0;
}

int
st_write_data(struct st_writer *w, const void *p, size_t n)
{
	const char *c = p;

	while (n) {
		if (w->cur >= w->n)
			return err_set("%s: more data than the declared tensors hold", w->path);
		size_t k = w->sizes[w->cur] - w->done;
		if (k > n)
			k = n;
		if (fwrite(c, 1, k, w->fp) != k)
			return err_set("write error on '%s': %s", w->tmp, strerror(errno));
		c += k;
		n -= k;
		w->done += k;
		if (w->done == w->sizes[w->cur]) {
			w->done = 0;
			w->cur++;
			while (w->cur < w->n && w->sizes[w->cur] == 0)
				w->cur++;
		}
	}
	return 0;
}

int
st_write_end(struct st_writer *w)
{
	int ret = 0;

	if (w->cur < w->n)
		ret = err_set("%s: tensor %zu of %zu got %zu of its %zu bytes", w->path, w->cur + 1,
		    w->n, w->done, w->sizes[w->cur]);
	if (ret == 0 && (fflush(w->fp) != 0 || ferror(w->fp) || fsync(fileno(w->fp)) != 0))
		ret = err_set("write error on '%s': %s", w->tmp, strerror(errno));
	if (fclose(w->fp) != 0 && ret == 0)
		ret = err_set("cannot close '%s': %s", w->tmp, strerror(errno));
	if (ret == 0 && rename(w->tmp, w->path) != 0)
		ret = err_set("cannot rename '%s' to '%s': %s", w->tmp, w->path, strerror(errno));
	if (ret)
		unlink(w->tmp);
	free(w->tmp);
	free(w->path);
	free(w->sizes);
	free(w->buf);
	memset(w, 0, sizeof(*w));
	return ret;
}

void
st_write_abort(struct st_writer *w)
{
	if (w->fp) {
		fclose(w->fp);
		unlink(w->tmp);
	}
	free(w->tmp);
	free(w->path);
	free(w->sizes);
	free(w->buf);
	memset(w, 0, sizeof(*w));
}
