/* Module streams and their comparison, for diffmlir.
 *
 * A stream holds modules, each preceded by a header line
 *   // emit arch=A graph=G precision=P [key=value ...]
 * (written by emit; the contract is in lib/model/emit.h).  A module's golden
 * is <goldens>/A/G.mlir and holds exactly its lines, header included. */
#ifndef MDIFF_H
#define MDIFF_H

#include <stddef.h>

struct mmod {
	char arch[128], graph[128], precision[16];
	const char *text;	/* the module's bytes, header line first */
	size_t len;
	int line;		/* its first line in the stream, 1-based */
};

/* Splits a stream into modules.  Non-empty lines before the first header
 * and headers without arch, graph or precision are errors ("name:line:
 * what").  Returns the number of modules (0 is an error too) and sets
 * *mods (free() it), or -1 with a reason. */
int mdiff_split(const char *buf, size_t len, const char *name, struct mmod **mods);

/* Reads the key=value of a header line into val (n bytes); 0, or -1
 * when absent. */
int mdiff_header_get(const char *header, size_t hlen, const char *key, char *val, size_t n);

struct mdiff_result {
	int same;
	int line;		/* the first differing line, 1-based */
	int col;		/* its first differing column, 1-based */
	const char *a, *b;	/* that line in each text (not NUL-terminated) */
	size_t alen, blen;
	int a_ended, b_ended;	/* the text ended before that line */
};

/* Compares two texts byte for byte, line by line. */
struct mdiff_result mdiff_bytes(const char *a, size_t alen, const char *b, size_t blen);

/* Compares two texts structurally: modulo SSA value names (renamed in
 * order of first use in each function), whitespace, comments and loc()
 * annotations, with numbers compared by value (as f64, or as f32 when
 * both spellings round to the same f32) and hex strings by their bytes.
 * On a difference, line/a/b give the differing line of each text
 * (line and col refer to a; bline to b). */
struct mdiff_result mdiff_structural(const char *a, size_t alen, const char *b, size_t blen, int *bline);

#endif
