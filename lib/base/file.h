/* Whole-file reads and atomic writes (temp file in the target directory,
 * renamed at the end, so a failed write leaves no file). */
#ifndef FILE_H
#define FILE_H

#include <stddef.h>
#include <stdio.h>

/* Reads all of path ("-" is standard input) into a malloc'd buffer with a
 * NUL after the last byte; stores the length in *len.  NULL and a reason
 * naming the file on failure. */
char *file_read(const char *path, size_t *len);

/* Reads all of an open stream, as file_read; name is used in messages. */
char *file_read_stream(FILE *fp, const char *name, size_t *len);

struct afile {
	FILE *fp;	/* write here */
	char *tmp;	/* the temp file's path */
	char *path;	/* the final path */
};

/* Opens a temp file beside path for writing.  0, or -1 and a reason. */
int afile_open(struct afile *af, const char *path);

/* Flushes, syncs, closes and renames the temp file onto the final path.
 * On failure the temp file is removed and -1 returned with a reason. */
int afile_commit(struct afile *af);

/* Closes and removes the temp file; the final path is untouched. */
void afile_abort(struct afile *af);

/* Creates directory path and its missing parents (mkdir -p).  0 or -1. */
int mkdir_p(const char *path);

#endif
