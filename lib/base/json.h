/* A JSON parser for config.json, tokenizer.json (10 MB) and safetensors
 * headers.  RFC 8259 plus Python's NaN/Infinity/-Infinity, which
 * json.dumps writes.  The tree lives in one arena freed by json_free().
 * Errors read "name:line:col: what". */
#ifndef JSON_H
#define JSON_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

enum json_type {
	JSON_NULL,
	JSON_BOOL,
	JSON_NUMBER,
	JSON_STRING,
	JSON_ARRAY,
	JSON_OBJECT,
};

/* Deepest nesting of arrays and objects accepted. */
enum { JSON_MAX_DEPTH = 256 };

struct json_member;

struct json {
	enum json_type type;
	int line, col;		/* where the value starts, 1-based */
	int is_int;		/* a number written without fraction or
				 * exponent whose value fits in inum */
	size_t n;		/* bytes of str; items; members */
	int64_t inum;		/* the integer value when is_int */
	union {
		int boolean;
		double num;
		const char *str;	/* decoded UTF-8, NUL after n bytes */
		struct json *items;
		struct json_member *members;
	};
};

struct json_member {
	const char *key;	/* decoded UTF-8, NUL-terminated */
	size_t keylen;
	struct json val;
};

struct json_doc;

/* Parses len bytes of text; name is used in error messages.  Returns the
 * document, or NULL with err_reason() set to "name:line:col: what". */
struct json_doc *json_parse(const char *text, size_t len, const char *name);

/* Reads and parses the file at path.  NULL and a reason on failure. */
struct json_doc *json_load(const char *path);

/* Returns the top-level value of a document. */
const struct json *json_root(const struct json_doc *doc);

/* Returns the name the document was parsed under (its file). */
const char *json_name(const struct json_doc *doc);

/* Frees the document and every value in it. */
void json_free(struct json_doc *doc);

/* Returns the member of object o named key, or NULL when o is not an
 * object or has no such member.  A key repeated in the text is one
 * member holding its last value, as Python's json keeps it. */
const struct json *json_get(const struct json *o, const char *key);

/* Whether v is a string of exactly the bytes of s: same length, so a
 * string with an embedded NUL ("llama\u0000x") is never s. */
int json_str_is(const struct json *v, const char *s);

/* Whether the key of member m is exactly s (same length, same bytes). */
int json_key_is(const struct json_member *m, const char *s);

/* Whether a and b are the same JSON value: objects with the same keys
 * in any order, numbers of the same value (1 and 1.0 alike, NaN and
 * NaN), strings of the same bytes. */
int json_equal(const struct json *a, const struct json *b);

/* Returns "null", "boolean", "number", "string", "array" or "object". */
const char *json_type_name(enum json_type t);

/* The same with its article for messages: "null", "a boolean", "a
 * number", "a string", "an array", "an object". */
const char *json_type_an(enum json_type t);

/* Writes s (n bytes) as a JSON string literal, escaped. */
void json_fput_str(FILE *fp, const char *s, size_t n);

/* Writes v as JSON, indented by `indent` spaces a level (0: one line),
 * as Python's json.dumps writes it: floats keep a fraction or exponent,
 * NaN and Infinity are spelled as Python does. */
void json_fput(FILE *fp, const struct json *v, int indent);

#endif
