/* Chat templates against transformers' renderings:
 *   chat TEMPLATE.jinja TEMPLATE.json CASES.jsonl */
#include <stdlib.h>
#include <string.h>

#include "chat.h"
#include "err.h"
#include "file.h"
#include "json.h"
#include "tap.h"

int
main(int argc, char **argv)
{
	size_t tl, cl;
	char *tmpl, *cases;
	struct json_doc *meta;

	if (argc != 4 || !(tmpl = file_read(argv[1], &tl)) || !(cases = file_read(argv[3], &cl)) ||
	    !(meta = json_load(argv[2]))) {
		printf("# %s\n", err_reason());
		return 2;
	}
	enum chat_family f = chat_family_of(tmpl);
	if (!ok(f != CHAT_UNKNOWN, "%s is a known family (%s)", argv[1], chat_family_name(f)))
		return done();
	const struct json *bt = json_get(json_root(meta), "bos_token");
	const char *bos = bt && bt->type == JSON_STRING ? bt->str : NULL;
	int n = 0, bad = 0;
	for (char *line = cases, *nl; line < cases + cl; line = nl + 1) {
		nl = memchr(line, '\n', (size_t)(cases + cl - line));
		if (!nl)
			nl = cases + cl;
		struct json_doc *d = json_parse(line, (size_t)(nl - line), argv[3]);
		if (!d)
			continue;
		const struct json *c = json_root(d), *ms = json_get(c, "messages");
		const struct json *want = json_get(c, "expected"), *gen = json_get(c, "add_generation_prompt");
		struct chat_msg m[64];
		int k = 0;
		for (size_t i = 0; i < ms->n && k < 64; i++, k++) {
			const struct json *r = json_get(&ms->items[i], "role"), *ct = json_get(&ms->items[i], "content");
			m[k].role = r->str;
			m[k].content = ct && ct->type == JSON_STRING ? ct->str : "";
			m[k].clen = ct && ct->type == JSON_STRING ? ct->n : 0;
		}
		size_t len;
		char *got = chat_render(f, bos, m, k, gen && gen->boolean, &len);
		n++;
		if (want && (len != want->n || memcmp(got, want->str, len)) && bad++ < 5)
			printf("# %s: got '%.*s'\n#   want '%s'\n", json_get(c, "id")->str, (int)len, got, want->str);
		free(got);
		json_free(d);
	}
	ok(bad == 0 && n > 0, "%d cases render as transformers does (%d differ)", n, bad);
	ok(chat_family_of("{{ messages }}") == CHAT_UNKNOWN, "another template is unknown");
	free(tmpl);
	free(cases);
	json_free(meta);
	return done();
}
