/* A Jinja interpreter for the subset chat templates use (minja, the
 * one llama.cpp carries, is the model).  It renders a tokenizer_config's
 * chat_template as transformers' apply_chat_template does: jinja2 with
 * trim_blocks and lstrip_blocks on, one trailing newline of the template
 * dropped, raise_exception() and strftime_now() defined, tojson as
 * Python's json.dumps(ensure_ascii=False).  See doc/chat-templates.md
 * for what is and is not supported and why this is an interpreter and
 * not a list of known templates.
 *
 * Values come in as JSON (messages, tools: what the caller already holds
 * parsed) and behave as the Python objects jinja2 would see: strings,
 * ints, floats, bools, None, lists, dicts, with jinja2's Undefined for a
 * missing name, key or attribute. */
#ifndef JINJA_H
#define JINJA_H

#include <stddef.h>

#include "base/json.h"

struct jinja;

/* Parses the template text (n bytes); name is used in error messages.
 * Returns the template, or NULL with err_reason() set to
 * "name:line: what". */
struct jinja *jinja_parse(const char *src, size_t n, const char *name);

/* A variable of the render: a JSON value (borrowed: it must outlive the
 * render call), or, when json is NULL, the boolean b. */
struct jinja_var {
	const char *name;
	const struct json *json;
	int b;
};

/* Renders the template with the n variables.  Returns a malloc'd string
 * of *len bytes, or NULL with err_reason() set: for a template that calls
 * raise_exception(msg), exactly msg, and *raised set to 1 (raised may be
 * NULL); otherwise "name:line: what". */
char *jinja_render(const struct jinja *t, const struct jinja_var *vars, int n, size_t *len,
    int *raised);

/* Frees the template. */
void jinja_free(struct jinja *t);

#endif
