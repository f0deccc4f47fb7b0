/* Safetensors checkpoints: a reader that maps files read-only and hands
 * out tensors as pointers into the mapping (zero copy), and a streaming
 * writer.  The runtime binds graph arguments to these tensors by name.
 *
 * The format: an 8-byte little-endian header length, a JSON header
 * (__metadata__ plus, per tensor, dtype, shape and data_offsets relative
 * to the data area), then the data area.  Every check that can fail on a
 * file is done when it is opened, so a checkpoint that opens is safe to
 * read in full: offsets lie inside the mapping and sizes match shapes. */
#ifndef ST_H
#define ST_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "base/dtype.h"

enum { ST_MAX_RANK = 8 };

struct st_tensor {
	const char *name;
	enum dtype dtype;
	int rank;
	int64_t shape[ST_MAX_RANK];	/* (rank) */
	const void *data;		/* into the read-only mapping */
	size_t nbytes;			/* dtype size x elements */
	int file;			/* index of its shard */
};

struct st_file {
	char *path;
	void *map;		/* the whole file, read-only */
	size_t size;
};

struct st_model {
	struct st_file *files;		/* (nfiles) shards */
	int nfiles;
	struct st_tensor *tensors;	/* (n) sorted by name */
	size_t n;
	char **names;			/* (n) owned name strings */
	char **meta;			/* (2 * nmeta) __metadata__ keys and values */
	size_t nmeta;
};

/* Largest header accepted: real headers are a few MB at most. */
enum { ST_MAX_HEADER = 100 << 20 };

/* Opens a checkpoint: a .safetensors file, or a model directory holding
 * model.safetensors.index.json (any number of shards) or
 * model.safetensors.  Names that __metadata__ maps to a stored tensor
 * (the way safetensors records tied weights) become aliases of it.
 * 0, or -1 with a reason naming the file and the tensor. */
int st_open(struct st_model *m, const char *path);

/* Returns the tensor called name, or NULL. */
const struct st_tensor *st_find(const struct st_model *m, const char *name);

/* Makes name an alias of the stored tensor target when name is absent
 * and target present (transformers' tied embeddings: lm_head.weight and
 * model.embed_tokens.weight).  Returns 1 when it added the alias. */
int st_alias(struct st_model *m, const char *name, const char *target);

/* Returns the __metadata__ value of key, or NULL. */
const char *st_meta(const struct st_model *m, const char *key);

/* Unmaps the files and frees the model. */
void st_close(struct st_model *m);

/* Returns the number of elements of a shape; 0 for an empty one. */
int64_t st_numel(int rank, const int64_t *shape);

/* The writer: the tensors are declared first (the header needs every
 * offset), then their bytes are streamed in the same order.  The file is
 * written to a temp file beside path and renamed by st_write_end, so a
 * failed or interrupted write leaves no file. */
struct st_wtensor {
	const char *name;
	enum dtype dtype;
	int rank;
	int64_t shape[ST_MAX_RANK];
};

struct st_writer {
	FILE *fp;
	char *tmp, *path;
	size_t *sizes;		/* (n) bytes each tensor must get */
	size_t n, cur;		/* tensors; the one being written */
	size_t done;		/* bytes written of the current one */
	char *buf;		/* fp's buffer (ST_WRITE_BUF bytes) */
};

/* Starts a file with n tensors and, when meta is not NULL, nmeta
 * __metadata__ pairs (meta[2i] key, meta[2i+1] value).  0 or -1. */
int st_write_begin(struct st_writer *w, const char *path, const struct st_wtensor *t, size_t n,
    const char *const *meta, size_t nmeta);

/* Appends n bytes of data to the tensors in declaration order. */
int st_write_data(struct st_writer *w, const void *p, size_t n);

/* Checks that every tensor got its bytes and renames the file into place. */
int st_write_end(struct st_writer *w);

/* Drops the temp file. */
void st_write_abort(struct st_writer *w);

#endif
