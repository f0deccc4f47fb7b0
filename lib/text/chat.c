#include <stdlib.h>
#include <string.h>

#include "text/chat.h"
#include "base/err.h"
#include "text/jinja.h"
#include "base/util.h"

const char *
chat_template_of(const struct json *cfg, size_t *len)
{
	const struct json *t = json_get(cfg, "chat_template");

	if (t && t->type == JSON_STRING) {
		*len = t->n;
		return t->str;
	}
	/* [{"name": "default", "template": "..."}, {"name": "tool_use", ...}] */
	for (size_t i = 0; t && t->type == JSON_ARRAY && i < t->n; i++) {
		const struct json *n = json_get(&t->items[i], "name"), *s = json_get(&t->items[i], "template");
		if (json_str_is(n, "default") && s && s->type == JSON_STRING) {
			*len = s->n;
			return s->str;
		}
	}
	return NULL;
}

char *
chat_render(const char *tmpl, size_t tmpl_len, const char *name, const struct json *cfg,
    const struct json *messages, const struct json *tools, const struct json *extra,
    int add_generation_prompt, size_t *len)
{
	static const char *const special[] = { "bos_token", "eos_token", "unk_token", "pad_token" };
	static const struct json null = { .type = JSON_NULL };
	struct jinja_var v[64];
	int n = 0;

	struct jinja *t = jinja_parse(tmpl, tmpl_len, name);
	if (!t)
		return NULL;
	v[n++] = (struct jinja_var){ "messages", messages, 0 };
	v[n++] = (struct jinja_var){ "add_generation_prompt", NULL, add_generation_prompt };
	v[n++] = (struct jinja_var){ "tools", tools ? tools : &null, 0 };
	v[n++] = (struct jinja_var){ "documents", &null, 0 };
	/* a token unset (null) in the config stays undefined, as transformers
	 * leaves it */
	for (int i = 0; i < 4; i++) {
		const struct json *s = json_get(cfg, special[i]);
		if (s && s->type == JSON_OBJECT)
			s = json_get(s, "content");
		if (s && s->type == JSON_STRING)
			v[n++] = (struct jinja_var){ special[i], s, 0 };
	}
	for (size_t i = 0; extra && extra->type == JSON_OBJECT && i < extra->n && n < 64; i++)
		v[n++] = (struct jinja_var){ extra->members[i].key, &extra->members[i].val, 0 };
	int raised = 0;
	char *r = jinja_render(t, v, n, len, &raised);
	if (!r && raised) {
		char *why = estrdup(err_reason());	/* err_set overwrites it */
		err_set("%s: the template refuses the conversation: %s", name, why);
		free(why);
	}
	jinja_free(t);
	return r;
}
