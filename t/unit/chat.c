/* Chat templates against renderings of the reference engine:
 *   chat TEMPLATE CONFIG.json CASES.jsonl
 * TEMPLATE is a .jinja file, or "-" for CONFIG's own chat_template (a
 * tokenizer_config.json).  CONFIG gives the special tokens.  Each case
 * (the format of ../shared/chat/) renders through chat_render with the
 * variables transformers passes and must give the expected bytes, or
 * fail when the case says it fails (with the template's own message
 * when that is exact). */
#include <stdlib.h>
#include <string.h>

#include "text/chat.h"
#include "base/err.h"
#include "base/file.h"
#include "base/json.h"
#include "tap.h"

static int
ends_with(const char *s, const char *t)
{
	size_t a = strlen(s), b = strlen(t);
	return a >= b && !strcmp(s + a - b, t);
}

int
main(int argc, char **argv)
{
	size_t tl, cl;
	char *tmpl = NULL, *cases;
	const char *tp;
	struct json_doc *meta;

	if (argc != 4 || !(cases = file_read(argv[3], &cl)) || !(meta = json_load(argv[2])) ||
	    (strcmp(argv[1], "-") && !(tmpl = file_read(argv[1], &tl)))) {
		printf("# %s\n", err_reason());
		return 2;
	}
	tp = tmpl ? tmpl : chat_template_of(json_root(meta), &tl);
	if (!ok(tp != NULL, "%s has a chat template", argv[1]))
		return done();
	int n = 0, bad = 0, nerr = 0, unread = 0, lineno = 0;
	for (char *line = cases, *nl; line < cases + cl; line = nl + 1) {
		nl = memchr(line, '\n', (size_t)(cases + cl - line));
		if (!nl)
			nl = cases + cl;
		lineno++;
		if (nl == line)
			continue;	/* a blank line */
		struct json_doc *d = json_parse(line, (size_t)(nl - line), argv[3]);
		const struct json *c0 = d ? json_root(d) : NULL;
		if (!d || c0->type != JSON_OBJECT || !json_get(c0, "id") || json_get(c0, "id")->type != JSON_STRING ||
		    !json_get(c0, "messages") || (!json_get(c0, "expected") && !json_get(c0, "error"))) {
			/* a case the test cannot read is a failure, said so */
			printf("# %s:%d: not a case: %s\n", argv[3], lineno, d ? "no id, messages or expected" : err_reason());
			unread++;
			json_free(d);
			continue;
		}
		const struct json *c = json_root(d), *want = json_get(c, "expected");
		const struct json *gen = json_get(c, "add_generation_prompt");
		const struct json *error = json_get(c, "error"), *exact = json_get(c, "error_exact");
		size_t len = 0;
		char *got = chat_render(tp, tl, argv[1], json_root(meta), json_get(c, "messages"),
		    json_get(c, "tools"), json_get(c, "extra"), gen && gen->boolean, &len);
		const char *id = json_get(c, "id")->str;
		n++;
		if (error) {
			nerr++;
			if (got) {
				if (bad++ < 5)
					printf("# %s: rendered, but should fail with '%s'\n", id, error->str);
			} else if (exact && exact->boolean && !ends_with(err_reason(), error->str)) {
				if (bad++ < 5)
					printf("# %s: failed with '%s'\n#   want '%s'\n", id, err_reason(), error->str);
			}
		} else if (!got) {
			if (bad++ < 5)
				printf("# %s: %s\n", id, err_reason());
		} else if (len != want->n || memcmp(got, want->str, len)) {
			if (bad++ < 5)
				printf("# %s: got '%.*s'\n#   want '%s'\n", id, (int)len, got, want->str);
		}
		free(got);
		json_free(d);
	}
	ok(bad == 0 && unread == 0 && n > 0, "%d cases (%d failing ones) render as the reference does (%d differ, "
	    "%d lines unread)", n, nerr, bad, unread);
	free(tmpl);
	free(cases);
	json_free(meta);
	return done();
}
