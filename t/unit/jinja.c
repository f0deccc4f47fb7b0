/* The Jinja interpreter, feature by feature, against Python jinja2's
 * renderings (t/data/jinja/features.jsonl, from tools/jinja_cases.py):
 *   jinja CASES.jsonl [crasher ...]
 * Then kept fuzz crashers, and templates that must not parse, each with
 * its reason. */
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/file.h"
#include "text/jinja.h"
#include "base/json.h"
#include "tap.h"

static void
cases(const char *path)
{
	size_t cl;
	char *text = file_read(path, &cl);
	int n = 0;

	if (!ok(text != NULL, "%s reads", path)) {
		printf("# %s\n", err_reason());
		return;
	}
	for (char *line = text, *nl; line < text + cl; line = nl + 1) {
		nl = memchr(line, '\n', (size_t)(text + cl - line));
		if (!nl)
			nl = text + cl;
		struct json_doc *d = json_parse(line, (size_t)(nl - line), path);
		if (!d)
			continue;
		const struct json *c = json_root(d), *src = json_get(c, "template");
		const struct json *vars = json_get(c, "vars"), *want = json_get(c, "expected");
		const struct json *exact = json_get(c, "error_exact"), *error = json_get(c, "error");
		struct jinja_var v[32];
		int k = 0, raised = 0;
		for (size_t i = 0; i < vars->n && k < 32; i++)
			v[k++] = (struct jinja_var){ vars->members[i].key, &vars->members[i].val, 0 };
		struct jinja *t = jinja_parse(src->str, src->n, json_get(c, "id")->str);
		size_t len = 0;
		char *got = t ? jinja_render(t, v, k, &len, &raised) : NULL;
		n++;
		if (want) {
			if (!ok(got && len == want->n && !memcmp(got, want->str, len), "%s renders as jinja2",
			    json_get(c, "id")->str))
				printf("# template '%s'\n# got  '%.*s'%s\n# want '%s'\n", src->str, (int)len,
				    got ? got : "", got ? "" : err_reason(), want->str);
		} else if (ok(!got, "%s fails as in jinja2", json_get(c, "id")->str)) {
			if (exact && exact->boolean)
				ok(raised && !strcmp(err_reason(), error->str), "raised, message '%s'",
				    err_reason());
			else
				printf("# %s\n", err_reason());
		}
		free(got);
		jinja_free(t);
		json_free(d);
	}
	ok(n > 50, "%d cases", n);
	free(text);
}

int
main(int argc, char **argv)
{
	static const char *const bad[][2] = {
		{ "{% if x %}", "missing '{% endif %}'" },
		{ "{% for x in y %}{% endif %}", "unexpected 'endif'" },
		{ "{{ x", "unclosed '{{'" },
		{ "{% if %}", "unexpected '%}'" },
		{ "{# x", "unclosed comment" },
		{ "{{ 'abc }}", "unterminated string" },
		{ "{{ x | }}", "expected a name" },
		{ "{% call m() %}{% endcall %}", "unsupported tag 'call'" },
		{ "{% macro m(a %}{% endmacro %}", "expected ','" },
		{ "{% macro m() %}", "missing '{% endmacro %}'" },
		{ "{{ (1 2) }}", "expected ','" },
		{ "{{ a[1:2:3:4] }}", "at most 3 parts" },
		{ "{{ '\\u12' }}", "bad \\u escape" },
		{ "{{ '\\ud800' }}", "of no character" },
		{ "{{ 99999999999999999999 }}", "too large" },
		{ "{{ x @ y }}", "unexpected character '@'" },
		{ "{% if x %}{% else %}{% elif y %}{% endif %}", "unexpected 'elif'" },
	};
	char deep[4096];

	if (argc < 2) {
		printf("usage: jinja CASES.jsonl [crasher ...]\n");
		return 2;
	}
	cases(argv[1]);
	/* kept fuzz crashers: each parses or is refused, and renders or
	 * fails, cleanly (the sanitizer build checks for leaks) */
	for (int i = 2; i < argc; i++) {
		size_t n, len;
		char *src = file_read(argv[i], &n);
		struct jinja *t = src ? jinja_parse(src, n, argv[i]) : NULL;
		char *r = t ? jinja_render(t, NULL, 0, &len, NULL) : NULL;
		ok(src != NULL, "crasher %s: %s", argv[i], !t ? "refused" : r ? "rendered" : "failed");
		free(r);
		jinja_free(t);
		free(src);
	}
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		struct jinja *t = jinja_parse(bad[i][0], strlen(bad[i][0]), "t.jinja");
		if (ok(!t && strstr(err_reason(), bad[i][1]) && !strncmp(err_reason(), "t.jinja:1: ", 11),
		    "'%s' refused: %s", bad[i][0], bad[i][1]))
			continue;
		printf("# got: %s\n", t ? "(parsed)" : err_reason());
		jinja_free(t);
	}
	/* nesting past the bound is an error, not a stack overflow */
	memset(deep, '(', 2000);
	memset(deep + 2001, ')', 2000);
	memcpy(deep, "{{ ", 3);
	deep[2000] = '1';
	memcpy(deep + 4001, " }}", 4);
	struct jinja *t = jinja_parse(deep, strlen(deep), "deep");
	ok(!t && strstr(err_reason(), "nested too deep"), "2000 parentheses refused: %s", err_reason());
	/* the error names the line */
	const char *lines = "a\nb\n{{ x }}\n{{ x.y }}";
	t = jinja_parse(lines, strlen(lines), "lines");
	size_t len;
	char *r = jinja_render(t, NULL, 0, &len, NULL);
	ok(!r && !strcmp(err_reason(), "lines:4: 'x' is undefined"), "runtime errors name the line: %s",
	    err_reason());
	jinja_free(t);
	/* runaway templates stop with a reason, not the machine */
	static const char *const runaway[][2] = {
		{ "{% for a in range(1000000) %}{% for b in range(1000000) %}{% endfor %}{% endfor %}",
		  "over" },
		{ "{% for a in range(1000) %}{% for b in range(2000) %}{% endfor %}{% endfor %}",
		  "loop iterations" },
		{ "{% for a in range(1000) %}{% for b in range(600) %}{% set x = [a, b, a, b, a, b, a, b, a, b, a, b, a, b] %}{% endfor %}{% endfor %}",
		  "the template holds over" },
		{ "{% set ns = namespace(s='ab') %}{% for a in range(60) %}{% set ns.s = ns.s ~ ns.s %}{% endfor %}",
		  "the template holds over" },
		{ "{{ 'ab' * 100000000 }}", "repeated too often" },
		{ "{{ range(100000000) }}", "is too long" },
	};
	for (size_t i = 0; i < sizeof(runaway) / sizeof(runaway[0]); i++) {
		t = jinja_parse(runaway[i][0], strlen(runaway[i][0]), "r");
		r = t ? jinja_render(t, NULL, 0, &len, NULL) : NULL;
		ok(t && !r && strstr(err_reason(), runaway[i][1]), "runaway %zu stops: %s", i, err_reason());
		free(r);
		jinja_free(t);
	}
	return done();
}
