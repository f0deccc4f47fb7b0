/* Chat templates: the Jinja `chat_template` of a tokenizer_config.json,
 * rendered by lib/text/jinja.c with the variables transformers'
 * apply_chat_template passes.  Why an interpreter and not a list of
 * known templates: doc/chat-templates.md. */
#ifndef CHAT_H
#define CHAT_H

#include <stddef.h>

#include "base/json.h"

/* Returns the chat_template of a parsed tokenizer_config.json: the
 * string, or from a list of named templates the one named "default";
 * NULL when the config has none.  Its length (a template may hold a
 * NUL) goes to *len. */
const char *chat_template_of(const struct json *cfg, size_t *len);

/* Renders the conversation `messages` (a JSON array of {role, content}
 * objects) through the template tmpl (tmpl_len bytes), with cfg's
 * bos_token, eos_token, unk_token and pad_token (strings or AddedToken
 * objects) and add_generation_prompt; tools is NULL or a JSON array;
 * extra is NULL or an object of more variables (enable_thinking).  name
 * is used in error messages.  Returns a malloc'd string of *len bytes,
 * or NULL with err_reason() set (a template's raise_exception message
 * comes last, after "name: the template refuses the conversation: "). */
char *chat_render(const char *tmpl, size_t tmpl_len, const char *name, const struct json *cfg,
    const struct json *messages, const struct json *tools, const struct json *extra,
    int add_generation_prompt, size_t *len);

#endif
