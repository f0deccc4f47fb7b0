# Build settings: edit here, not in the Makefile.
PREFIX = /usr/local
MANPREFIX = $(PREFIX)/share/man

CC = cc
CPPFLAGS = -D_POSIX_C_SOURCE=200809L -Ilib
CFLAGS = -std=c11 -O2 -g -ffp-contract=off -Wall -Wextra -Werror -Wno-unused-parameter
LDFLAGS =
LDLIBS = -Wl,-Bstatic -lpcre2-8 -lunistring -lopenblas -lz -Wl,-Bdynamic -lpthread -lm -ldl

# Vulkan compute shaders (shaders/*.comp) to SPIR-V word arrays, embedded
# in the binaries; the Vulkan loader itself is opened at run time
GLSLC = glslc
GLSLFLAGS = --target-env=vulkan1.1 -O

# clang with libFuzzer, for `make fuzz`
FUZZCC = clang
