#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/err.h"
#include "base/file.h"
#include "base/util.h"

char *
file_read_stream(FILE *fp, const char *name, size_t *len)
{
	size_t cap = 1 << 16, n = 0, got;
	char *buf = emalloc(cap + 1);

	for (;;) {
		got = fread(buf + n, 1, cap - n, fp);
		n += got;
		if (n < cap) {
			if (ferror(fp)) {
				err_set("cannot read '%s': %s", name, strerror(errno));
				free(buf);
				return NULL;
			}
			if (feof(fp))
				break;
			continue;
		}
		cap *= 2;
		buf = erealloc(buf, cap + 1);
	}
	buf[n] = '\0';
	*len = n;
	return buf;
}

char *
file_read(const char *path, size_t *len)
{
	FILE *fp;
	char *buf;

	if (!strcmp(path, "-"))
		return file_read_stream(stdin, "<stdin>", len);
	if (!(fp = fopen(path, "rb"))) {
		err_set("cannot open '%s': %s", path, strerror(errno));
		return NULL;
	}
	buf = file_read_stream(fp, path, len);
	fclose(fp);
	return buf;
}

int
afile_open(struct afile *af, const char *path)
{
	size_t n = strlen(path);
	int fd;

	af->path = estrdup(path);
	af->tmp = emalloc(n + sizeof(".tmpXXXXXX"));
	memcpy(af->tmp, path, n);
	memcpy(af->tmp + n, ".tmpXXXXXX", sizeof(".tmpXXXXXX"));
	if ((fd = mkstemp(af->tmp)) < 0) {
		err_set("cannot create a temp file for '%s': %s", path, strerror(errno));
		goto fail;
	}
	fchmod(fd, 0644);
	if (!(af->fp = fdopen(fd, "wb"))) {
		err_set("cannot open '%s': %s", af->tmp, strerror(errno));
		close(fd);
		unlink(af->tmp);
		goto fail;
	}
	return 0;
fail:
	free(af->tmp);
	free(af->path);
	af->tmp = af->path = NULL;
	af->fp = NULL;
	return -1;
}

int
afile_commit(struct afile *af)
{
	int ret = 0;

	if (fflush(af->fp) != 0 || ferror(af->fp) || fsync(fileno(af->fp)) != 0)
		ret = err_set("write error on '%s': %s", af->path, strerror(errno));
	if (fclose(af->fp) != 0 && ret == 0)
		ret = err_set("cannot close '%s': %s", af->path, strerror(errno));
	if (ret == 0 && rename(af->tmp, af->path) != 0)
		ret = err_set("cannot rename '%s' to '%s': %s", af->tmp, af->path,
		    strerror(errno));
	if (ret != 0)
		unlink(af->tmp);
	free(af->tmp);
	free(af->path);
	af->fp = NULL;
	af->tmp = af->path = NULL;
	return ret;
}

void
afile_abort(struct afile *af)
{
	if (af->fp)
		fclose(af->fp);
	if (af->tmp)
		unlink(af->tmp);
	free(af->tmp);
	free(af->path);
	af->fp = NULL;
	af->tmp = af->path = NULL;
}

int
mkdir_p(const char *path)
{
	char *p = estrdup(path), *s;
	struct stat st;

	for (s = p + 1; ; s++) {
		if (*s != '/' && *s != '\0')
			continue;
		char c = *s;
		*s = '\0';
		if (mkdir(p, 0777) != 0 && errno != EEXIST) {
			err_set("cannot create directory '%s': %s", p, strerror(errno));
			free(p);
			return -1;
		}
		*s = c;
		if (c == '\0')
			break;
	}
	if (stat(p, &st) != 0 || !S_ISDIR(st.st_mode)) {
		err_set("'%s' is not a directory", p);
		free(p);
		return -1;
	}
	free(p);
	return 0;
}
