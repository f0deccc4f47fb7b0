/* A replayer for a libFuzzer target: included after the target's
 * source (t/unit/replay_<target>.c), it feeds each file named on the
 * command line to LLVMFuzzerTestOneInput exactly as the fuzzer does (an
 * exact-size heap copy, so ASan sees any read past its end) and prints
 * TAP.  A crash, a leak or a sanitizer report fails the test that runs
 * it (t/0803-fuzz-crashers.t). */
#ifndef REPLAY_H
#define REPLAY_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/file.h"
#include "tap.h"

int
main(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		size_t n;
		char *text = file_read(argv[i], &n);
		if (!ok(text != NULL, "read %s", argv[i]))
			continue;
		unsigned char *exact = malloc(n ? n : 1);
		memcpy(exact, text, n);
		free(text);
		LLVMFuzzerTestOneInput(exact, n);
		free(exact);
		ok(1, "replayed %s (%zu bytes)", argv[i], n);
	}
	return done();
}

#endif
