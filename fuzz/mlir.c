/* libFuzzer target for the StableHLO parser and verifier:
 * `make fuzz FUZZ=mlir SEEDS=../shared/conformance/stablehlo/interpret`. */
#include <stddef.h>
#include <stdint.h>

#include "exec/interp.h"
#include "ir/mlir.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct mlir_module *m = mlir_parse((const char *)data, size, "fuzz", 1);

	if (m) {
		mlir_verify(m);
		interp_supports(m);
		mlir_free(m);
	}
	return 0;
}
