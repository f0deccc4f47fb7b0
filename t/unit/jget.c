/* jget FILE KEY: prints a top-level string (raw) or integer of a JSON
 * file, for shell tests (prompt_text and n_new of an oracle). */
#include <stdio.h>

#include "base/err.h"
#include "base/json.h"

int
main(int argc, char **argv)
{
	struct json_doc *d;
	const struct json *v;

	if (argc != 3 || !(d = json_load(argv[1]))) {
		fprintf(stderr, "jget: %s\n", argc == 3 ? err_reason() : "usage: jget file key");
		return 2;
	}
	v = json_get(json_root(d), argv[2]);
	if (!v)
		return 1;
	if (v->type == JSON_STRING)
		fwrite(v->str, 1, v->n, stdout);
	else if (v->type == JSON_NUMBER && v->is_int)
		printf("%lld\n", (long long)v->inum);
	else
		return 1;
	json_free(d);
	return 0;
}
