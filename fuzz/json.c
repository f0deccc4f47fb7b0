/* libFuzzer target for the JSON parser: `make fuzz FUZZ=json`.  What
 * parses is also written back (json_fput) and compared with itself. */
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "base/json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE *null;
	struct json_doc *d = json_parse((const char *)data, size, "fuzz");

	if (!null)
		null = fopen("/dev/null", "w");
	if (d) {
		const struct json *r = json_root(d);
		if (!json_equal(r, r))
			__builtin_trap();	/* a value equals itself */
		if (null)
			json_fput(null, r, size & 1 ? 2 : 0);
		json_get(r, "a");
		json_str_is(r, "a");
	}
	json_free(d);
	return 0;
}
