/* Chat templates.  Choice: recognize the known template families by
 * their exact text and render them in C, instead of interpreting the
 * Jinja subset the templates use.  Recognition is small, has no Jinja
 * corner cases to get wrong, and fails loudly: a template that is not
 * byte-identical to a known one is refused with a message, never
 * rendered approximately.  Known now: Llama 3 and Llama 3.1 (tested
 * against transformers' renderings in ../shared/chat/).  A Jinja
 * interpreter is the way to cover the rest (ChatML/Qwen3, Gemma 3,
 * DeepSeek V3) and is left for later. */
#ifndef CHAT_H
#define CHAT_H

#include <stddef.h>

enum chat_family {
	CHAT_UNKNOWN,
	CHAT_LLAMA3,	/* always ends with the assistant header */
	CHAT_LLAMA3_1,	/* the header only with add_generation_prompt */
};

struct chat_msg {
	const char *role;
	const char *content;	/* UTF-8, clen bytes */
	size_t clen;
};

/* The family of a chat_template text, or CHAT_UNKNOWN. */
enum chat_family chat_family_of(const char *tmpl);

/* Returns the family's name ("llama3"). */
const char *chat_family_name(enum chat_family f);

/* Renders the n messages as transformers' apply_chat_template(...,
 * tokenize=False) does; bos is the tokenizer config's bos_token.
 * Returns a malloc'd string of *len bytes. */
char *chat_render(enum chat_family f, const char *bos, const struct chat_msg *m, int n,
    int add_generation_prompt, size_t *len);

#endif
