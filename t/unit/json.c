/* The JSON parser: values, escapes, numbers, errors with line:col, and
 * the fuzz crashers kept in t/data/json-crash/. */
#include <dirent.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/file.h"
#include "base/json.h"
#include "base/strbuf.h"
#include "tap.h"

static struct json_doc *
parse(const char *s)
{
	return json_parse(s, strlen(s), "t.json");
}

static void
bad(const char *text, const char *want)
{
	struct json_doc *d = parse(text);
	char title[48];
	size_t i;

	/* a title stays on one line */
	for (i = 0; text[i] && i < sizeof(title) - 1; i++)
		title[i] = (unsigned char)text[i] < 0x20 ? '.' : text[i];
	title[i] = '\0';
	if (!ok(d == NULL && strstr(err_reason(), want) != NULL,
	    "rejects %s", title))
		printf("#   expected error: %s\n#   got: %s\n", want, d ? "(parsed)" : err_reason());
	json_free(d);
}

static void
crashers(const char *dir)
{
	DIR *dp = opendir(dir);
	struct dirent *de;
	char path[4096];
	int n = 0;

	if (!dp) {
		skip("no crasher directory");
		return;
	}
	while ((de = readdir(dp))) {
		size_t len;
		char *text;
		if (de->d_name[0] == '.')
			continue;
		snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		if (!(text = file_read(path, &len)))
			continue;
		/* a crasher must parse or fail cleanly, with a reason */
		struct json_doc *d = json_parse(text, len, de->d_name);
		ok(d != NULL || strstr(err_reason(), de->d_name) == err_reason(),
		    "crasher %s handled", de->d_name);
		json_free(d);
		free(text);
		n++;
	}
	closedir(dp);
	ok(n > 0, "crashers found in %s", dir);
}

int
main(int argc, char **argv)
{
	struct json_doc *d;
	const struct json *r, *v;

	d = parse(" {\"a\": [1, -2.5e3, true, false, null], \"b\": {\"c\": \"x\"}} ");
	ok(d != NULL, "parses an object");
	r = json_root(d);
	is_int(r->type, JSON_OBJECT, "root is an object");
	v = json_get(r, "a");
	is_int(v ? v->n : 0, 5, "array has 5 items");
	ok(v && v->items[0].is_int && v->items[0].inum == 1, "integer 1");
	ok(v && v->items[1].num == -2500.0 && !v->items[1].is_int, "exponent number");
	ok(v && v->items[2].type == JSON_BOOL && v->items[2].boolean, "true");
	ok(v && v->items[4].type == JSON_NULL, "null");
	is_str(json_get(json_get(r, "b"), "c")->str, "x", "nested member");
	ok(json_get(r, "zz") == NULL, "missing member is NULL");
	is_int(v->items[1].line, 1, "line of an item");
	is_int(v->items[1].col, 12, "column of an item");
	json_free(d);

	d = parse("\"a\\u00e9\\u20ac\\ud83d\\ude00\\n\\\"\\\\\\/\\b\\f\\r\\t\\u0000z\"");
	ok(d && !strcmp(json_root(d)->str, "a\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\n\"\\/\b\f\r\t"),
	    "escapes and surrogate pairs decode to UTF-8");
	is_int(d ? json_root(d)->n : 0, 20, "string length counts the NUL");
	json_free(d);

	d = parse("[9223372036854775807, -9223372036854775808, 9223372036854775808, 1e400, NaN, -Infinity, 0.1, 1E+2]");
	r = json_root(d);
	ok(r->items[0].is_int && r->items[0].inum == INT64_MAX, "int64 max exact");
	ok(r->items[1].is_int && r->items[1].inum == INT64_MIN, "int64 min exact");
	ok(!r->items[2].is_int && r->items[2].num == 9223372036854775808.0, "past int64 is a double");
	ok(isinf(r->items[3].num), "huge exponent is inf");
	ok(isnan(r->items[4].num), "NaN (Python json)");
	ok(isinf(r->items[5].num) && r->items[5].num < 0, "-Infinity (Python json)");
	ok(r->items[6].num == 0.1, "0.1 rounds as strtod");
	ok(r->items[7].num == 100.0, "1E+2");
	json_free(d);

	d = parse("\xEF\xBB\xBF{}");
	ok(d && json_root(d)->type == JSON_OBJECT && json_root(d)->n == 0, "BOM and empty object");
	json_free(d);

	bad("", "t.json:1:1: unexpected end of input");
	bad("{\n  \"a\": 1,\n  \"b\" 2\n}", "t.json:3:7: expected ':' after object key");
	bad("[1, 2", "t.json:1:6: unexpected end of input in array");
	bad("[1 2]", "t.json:1:4: expected ',' or ']' in array");
	bad("{\"a\":1,}", "t.json:1:8: expected string key in object");
	bad("[01]", "leading zero");
	bad("[1.]", "digit expected after '.'");
	bad("[1e]", "digit expected in exponent");
	bad("[-]", "invalid number");
	bad("\"abc", "unterminated string");
	bad("\"a\tb\"", "control character in string");
	bad("\"\\x\"", "invalid escape");
	bad("\"\\u12\"", "expected 4 hex digits");
	bad("\"\\ud800\"", "high surrogate without low surrogate");
	bad("\"\\udc00\"", "lone low surrogate");
	bad("\"\xff\"", "invalid UTF-8");
	bad("\"\xed\xa0\x80\"", "invalid UTF-8");	/* encoded surrogate */
	bad("\"\xc0\xaf\"", "invalid UTF-8");		/* overlong */
	bad("tru", "unexpected character");
	bad("{} x", "t.json:1:4: trailing characters");
	bad("nullx", "trailing characters");

	char deep[2 * JSON_MAX_DEPTH + 8];
	memset(deep, '[', JSON_MAX_DEPTH + 1);
	memset(deep + JSON_MAX_DEPTH + 1, ']', JSON_MAX_DEPTH + 1);
	deep[2 * JSON_MAX_DEPTH + 2] = '\0';
	bad(deep, "nesting too deep");
	deep[JSON_MAX_DEPTH] = ' ';
	deep[JSON_MAX_DEPTH + 1] = ' ';
	d = parse(deep);
	ok(d != NULL, "nesting at the limit parses");
	json_free(d);

	/* a repeated key: its first place, its last value (Python's json) */
	d = parse("{\"a\": 1, \"b\": 2, \"a\": 3, \"c\": {\"x\": 1, \"x\": [4]}, \"a\": 5}");
	r = json_root(d);
	is_int(r->n, 3, "a repeated key is one member");
	ok(!strcmp(r->members[0].key, "a") && r->members[0].val.inum == 5 &&
	    !strcmp(r->members[1].key, "b") && !strcmp(r->members[2].key, "c"),
	    "the key keeps its first place and takes its last value");
	ok(json_get(r, "a")->inum == 5, "json_get sees the last value");
	v = json_get(json_get(r, "c"), "x");
	ok(v && v->type == JSON_ARRAY && json_get(r, "c")->n == 1, "nested objects too");
	json_free(d);
	{
		/* a big object (the hashed path): 3000 keys, each given twice */
		struct strbuf b = { 0 };
		sb_puts(&b, "{");
		for (int i = 0; i < 6000; i++)
			sb_printf(&b, "%s\"k%d\": %d", i ? ", " : "", i % 3000, i);
		sb_puts(&b, "}");
		d = json_parse(b.s, b.len, "big.json");
		r = d ? json_root(d) : NULL;
		ok(r && r->n == 3000 && !strcmp(r->members[7].key, "k7") && r->members[7].val.inum == 3007 &&
		    json_get(r, "k2999")->inum == 5999, "3000 repeated keys: first places, last values");
		json_free(d);
		sb_free(&b);
	}
	d = parse("{\"ab\": 1, \"a\\u0000b\": 2, \"a\": 3}");
	r = json_root(d);
	ok(r && r->n == 3 && json_get(r, "ab")->inum == 1 && json_get(r, "a")->inum == 3,
	    "keys with a NUL are keys of their own");
	ok(json_key_is(&r->members[1], "a") == 0 && json_key_is(&r->members[2], "a") == 1,
	    "json_key_is compares lengths");
	json_free(d);

	/* strings carry their length */
	d = parse("[\"llama\", \"llama\\u0000x\", \"llam\", 1, \"\"]");
	r = json_root(d);
	ok(json_str_is(&r->items[0], "llama"), "json_str_is: the same bytes");
	ok(!json_str_is(&r->items[1], "llama"), "json_str_is: an embedded NUL is not the prefix");
	ok(!json_str_is(&r->items[2], "llama") && !json_str_is(&r->items[3], "1") &&
	    !json_str_is(NULL, "x"), "json_str_is: a shorter string, a number, NULL");
	ok(json_str_is(&r->items[4], ""), "json_str_is: the empty string");
	json_free(d);
	{
		struct json_doc *x = parse("{\"a\": [1, 2.5, \"s\", null, true], \"b\": {\"c\": 1}}");
		struct json_doc *y = parse("{\"b\": {\"c\": 1.0}, \"a\": [1, 2.5, \"s\", null, true]}");
		struct json_doc *z = parse("{\"b\": {\"c\": 1}, \"a\": [1, 2.5, \"s\\u0000\", null, true]}");
		struct json_doc *w = parse("{\"b\": {\"c\": 1}, \"a\": [1, 2.5, \"s\", null, true], \"d\": 0}");
		ok(json_equal(json_root(x), json_root(y)), "json_equal: keys in another order, 1 and 1.0");
		struct json_doc *nan = parse("[NaN, 1e400]");
		ok(json_equal(json_root(nan), json_root(nan)), "json_equal: NaN is NaN (a value equals itself)");
		json_free(nan);
		ok(!json_equal(json_root(x), json_root(z)), "json_equal: a string with a NUL differs");
		ok(!json_equal(json_root(x), json_root(w)) && !json_equal(json_root(w), json_root(x)),
		    "json_equal: a key more differs");
		json_free(x);
		json_free(y);
		json_free(z);
		json_free(w);
	}
	is_str(json_type_an(JSON_ARRAY), "an array", "an array");
	is_str(json_type_an(JSON_OBJECT), "an object", "an object");
	is_str(json_type_an(JSON_NUMBER), "a number", "a number");

	d = json_load("/nonexistent/config.json");
	ok(d == NULL && strstr(err_reason(), "cannot open '/nonexistent/config.json'"),
	    "missing file names the file");

	crashers(argc > 1 ? argv[1] : "t/data/json-crash");
	return done();
}
