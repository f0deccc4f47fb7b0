/* libFuzzer target for the JSON parser: `make fuzz FUZZ=json`. */
#include <stddef.h>
#include <stdint.h>

#include "base/json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	json_free(json_parse((const char *)data, size, "fuzz"));
	return 0;
}
