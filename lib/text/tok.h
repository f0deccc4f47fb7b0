/* Hugging Face tokenizer.json: byte-level BPE (Llama 3, Qwen2/3, GPT-2)
 * and SentencePiece-style BPE (Prepend/Replace normalizer, byte_fallback,
 * unk), with added and special tokens matched before the model, the
 * TemplateProcessing BOS, and decoding (whole or streamed).  The split
 * regex runs on PCRE2; NFC comes from libunistring. */
#ifndef TOK_H
#define TOK_H

#include <stddef.h>

struct tok;

/* Loads path: a tokenizer.json, or a model directory holding one (and
 * maybe a tokenizer_config.json, which must then be a JSON object: see
 * tok_check_config).  NULL with a reason naming the file and what is
 * wrong. */
struct tok *tok_load(const char *path);

/* Checks dir/tokenizer_config.json: absent is fine, present it must be
 * readable and a JSON object.  0, or -1 with a reason naming the file. */
int tok_check_config(const char *dir);

/* Checks that every id of the tokenizer (vocab and added tokens) is
 * below vocab_size, the rows of the model's embedding: an id past them
 * would be clamped by the graph's gather into a wrong but plausible
 * token.  0, or -1 with a reason naming the token, its id and the size. */
int tok_check_vocab(const struct tok *t, int vocab_size);

void tok_free(struct tok *t);

/* Encodes n bytes of UTF-8 text (NULs allowed) into ids, adding the
 * post-processor's special tokens (BOS) when add_special.  Returns the
 * number of ids and sets *ids (free() it), or -1 with a reason (text
 * that is not valid UTF-8). */
long tok_encode(const struct tok *t, const char *text, size_t n, int add_special, int **ids);

/* Decodes ids into a malloc'd string of *len bytes (special tokens
 * written as their text), always valid UTF-8: bytes that do not form a
 * character become U+FFFD as the tokenizers library writes them.  NULL
 * with a reason for an unknown id. */
char *tok_decode(const struct tok *t, const int *ids, size_t n, size_t *len);

/* Returns the vocabulary size (the largest id + 1). */
int tok_vocab_size(const struct tok *t);

/* Streaming decode: text is released only when its UTF-8 is complete. */
struct tok_stream {
	const struct tok *t;
	unsigned char pending[8];	/* bytes of an incomplete character */
	int npending;
	int started;			/* the first text is out */
};

/* Feeds one id; writes the completed text (at most 12 + 3 x the token's
 * length bytes, cut at cap) to out and returns its length, or -1 for an
 * unknown id.  Bytes that cannot become a character are written as
 * U+FFFD, as tok_decode writes them. */
long tok_stream_put(struct tok_stream *s, int id, char *out, size_t cap);

/* Ends a stream: bytes still waiting for the rest of a character become
 * U+FFFD.  Returns the length written to out. */
long tok_stream_flush(struct tok_stream *s, char *out, size_t cap);

#endif
