# Build settings: edit here, not in the Makefile.
PREFIX = /usr/local
MANPREFIX = $(PREFIX)/share/man

CC = cc
CPPFLAGS = -D_POSIX_C_SOURCE=200809L -Ilib
CFLAGS = -std=c11 -O2 -g -ffp-contract=off -Wall -Wextra -Werror -Wno-unused-parameter
LDFLAGS =
LDLIBS = -Wl,-Bstatic -lpcre2-8 -lunistring -lopenblas -lz -Wl,-Bdynamic -lpthread -lm

# clang with libFuzzer, for `make fuzz`
FUZZCC = clang
