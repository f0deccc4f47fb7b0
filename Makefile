# One Makefile for the library, the tools, the tests and the goldens.
# Settings live in config.mk.  `make SAN=1 ...` builds everything under
# ASan+UBSan in build-san/ so both builds can sit side by side.

include config.mk

O = build
ifeq ($(SAN),1)
O = build-san
CFLAGS += -O1 -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
LDFLAGS += -fsanitize=address,undefined
endif

# The library's wings (lib/*/, lib/exec/cpu/...): README's layout says
# what each holds; t/0011-layout.t holds the arrows between them.
LIBSRC = $(sort $(wildcard lib/*/*.c lib/*/*/*.c))
LIBOBJ = $(LIBSRC:%.c=$(O)/%.o)
LIB = $(O)/lib/libhlo.a
TOOLS = $(patsubst cmd/%.c,%,$(wildcard cmd/*.c))
BINS = $(TOOLS:%=$(O)/bin/%)
UNITS = $(patsubst t/unit/%.c,$(O)/t/unit/%,$(filter-out t/unit/tap.c,$(wildcard t/unit/*.c)))
MANS = $(wildcard man/*.1)
SCRIPTS = $(wildcard scripts/*)

all: $(LIB) $(BINS) $(UNITS)

# Installs missing Debian packages (as root) or names them.
deps:
	@sh tools/deps.sh

# Compute shaders: each shaders/NAME.comp becomes $(O)/spv/NAME.h, the
# SPIR-V words as a C initializer that lib/exec/vk includes (with
# <spv/NAME.h>: generated, not a wing of lib/); *.glsl are shared parts.
SHADERS = $(sort $(wildcard shaders/*.comp))
SPV = $(SHADERS:shaders/%.comp=$(O)/spv/%.h)
$(O)/spv/%.h: shaders/%.comp $(wildcard shaders/*.glsl)
	@mkdir -p $(@D)
	$(GLSLC) $(GLSLFLAGS) -mfmt=c -Ishaders -o $@ $<

VKOBJ = $(filter $(O)/lib/exec/vk/%.o,$(LIBOBJ))
$(VKOBJ): $(O)/lib/exec/vk/%.o: lib/exec/vk/%.c $(SPV)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) -I$(O) -Ishaders -DVK_NO_PROTOTYPES $(CFLAGS) -MMD -MP -c -o $@ $<

$(O)/lib/%.o: lib/%.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

$(LIB): $(LIBOBJ)
	@mkdir -p $(@D)
	rm -f $@
	ar rcs $@ $(LIBOBJ)

$(O)/cmd/%.o: cmd/%.c
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

$(O)/bin/%: $(O)/cmd/%.o $(LIB)
	@mkdir -p $(@D)
	$(CC) $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

$(O)/t/unit/%: t/unit/%.c t/unit/tap.h $(LIB)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) -It/unit $(CFLAGS) -MMD -MP $(LDFLAGS) -o $@ $< $(LIB) $(LDLIBS)

-include $(shell find $(O) -name '*.d' 2>/dev/null)

# The TAP suite.  Tests find the build through $BUILD and the shared
# data through $SHARED (../shared by default).
SHARED = $(abspath ../shared)
test: deps
	$(MAKE) all
	BUILD=$(abspath $(O)) SHARED=$(SHARED) prove -e /bin/sh $(PROVEFLAGS) t/*.t

# The main jobs: the structural one on the bundled default, then text
# generation on a shared model when ../shared is there.
demo: deps
	$(MAKE) all
	$(O)/bin/emit llama | $(O)/bin/diffmlir goldens/
	@if [ -d $(SHARED)/models/story-lmrs ]; then \
		echo "printf 'Once upon a time' | $(O)/bin/run --raw -n 60 -m $(SHARED)/models/story-lmrs"; \
		printf 'Once upon a time' | $(O)/bin/run --raw -n 60 -m $(SHARED)/models/story-lmrs; \
	fi

# Rewrites the committed goldens on purpose; never run by a test.
goldens: all
	sh goldens/freeze.sh $(O)/bin

# Every public oracle case of the Llama models, shown case by case
# (the same cases `make test` runs).
# every oracle case of $(SHARED) on backend B (cpu, interp, vulkan)
B = cpu
oracles: all
	sh tools/oracles.sh -b $(B) $(O) $(SHARED)

bench: all
	sh bench/run.sh $(O)

# Coverage-guided fuzzing with libFuzzer: `make fuzz FUZZ=json SECS=60`
# (FUZZ is json, st, stindex, mlir, tok, tokvocab, jinja, npz or oracle;
# SEEDS adds seed directories, read only: for jinja,
# SEEDS=../shared/chat/templates).
FUZZ = json
SECS = 60
fuzz: $(SPV)
	@mkdir -p build-fuzz/corpus-$(FUZZ)
	$(FUZZCC) $(CPPFLAGS) -I$(O) -Ishaders -DVK_NO_PROTOTYPES -std=c11 -g -O1 -fsanitize=fuzzer,address,undefined \
		-o build-fuzz/fuzz-$(FUZZ) fuzz/$(FUZZ).c $(LIBSRC) $(LDLIBS)
	build-fuzz/fuzz-$(FUZZ) -max_total_time=$(SECS) -artifact_prefix=build-fuzz/ \
		build-fuzz/corpus-$(FUZZ) fuzz/seeds/$(FUZZ) $(SEEDS)

install: all
	mkdir -p $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(MANPREFIX)/man1
	cp -f $(BINS) $(SCRIPTS) $(DESTDIR)$(PREFIX)/bin/
	cp -f $(MANS) $(DESTDIR)$(MANPREFIX)/man1/

uninstall:
	rm -f $(TOOLS:%=$(DESTDIR)$(PREFIX)/bin/%) $(SCRIPTS:scripts/%=$(DESTDIR)$(PREFIX)/bin/%) \
		$(MANS:man/%=$(DESTDIR)$(MANPREFIX)/man1/%)

clean:
	rm -rf build build-san build-fuzz

.PHONY: all deps test demo goldens oracles bench fuzz install uninstall clean
.SECONDARY:
