/* NumPy .npy arrays (format versions 1 to 3, C order, little-endian
 * f2/f4/f8), read into f32: the oracles' *.logits.npy files; and .npz
 * archives of them (numpy's savez and savez_compressed). */
#ifndef NPY_H
#define NPY_H

#include <stddef.h>
#include <stdint.h>

enum { NPY_MAX_RANK = 8 };

struct npy {
	float *data;		/* (numel) values, C order */
	int rank;
	int64_t shape[NPY_MAX_RANK];
	size_t numel;
};

/* Reads the .npy file at path, or an array of the .npz archive at path:
 * "file.npz:name" names the member (name or name.npy); without a name,
 * the member "logits.npy", or the only member.  0, or -1 with a reason
 * naming the file (and member). */
int npy_load(struct npy *a, const char *path);

/* Writes a f32 array of the given shape as .npy, atomically.  0 or -1. */
int npy_save(const char *path, const float *data, int rank, const int64_t *shape);

void npy_free(struct npy *a);

#endif
