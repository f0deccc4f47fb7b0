/* libFuzzer target for the Jinja interpreter: `make fuzz FUZZ=jinja`.
 * Each input is a template, parsed and rendered with a small chat. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "text/jinja.h"
#include "base/json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char msgs[] = "[{\"role\": \"system\", \"content\": \" s \"}, {\"role\": \"user\", "
    "\"content\": \"hi\\n\"}, {\"role\": \"assistant\", \"content\": null, \"tool_calls\": "
    "[{\"function\": {\"name\": \"f\", \"arguments\": {\"a\": [1, 2.5, true]}}}]}]";

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct json_doc *d;
	size_t len;

	if (!d)
		d = json_parse(msgs, sizeof(msgs) - 1, "msgs");
	struct jinja_var v[] = { { "messages", json_root(d), 0 }, { "add_generation_prompt", NULL, 1 } };
	struct jinja *t = jinja_parse((const char *)data, size, "fuzz");
	if (t) {
		free(jinja_render(t, v, 2, &len, NULL));
		jinja_free(t);
	}
	return 0;
}
