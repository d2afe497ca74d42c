# goedwerk - batch analysis of Goed Werk value sorts and dilemmas.
#
#   make          build ./goedwerk
#   make demo     install missing packages, build, ingest datasets/demo, write the report
#   make check    install missing packages, build, run every test
#   make install  the binary, its manual page, card set, codebook and docs
#                 under PREFIX (default /usr/local; DESTDIR for packaging)
#   make uninstall  removes exactly those files again
#
# Sources are found by wildcard: a new file under src/MODULE/ or a new
# tests/unit/test_*.c needs no edit here.

.DEFAULT_GOAL := all
SHELL := /bin/sh

PKGS      := gsl sqlite3 plplot cmocka xlsxwriter libzip expat
CC        ?= cc
OPT       ?= -O2 -g
WARN      := -std=c11 -Wall -Wextra -Werror -Wshadow -Wstrict-prototypes -Wvla
CPPFLAGS  += -Iinclude -Ibuild/gen -D_POSIX_C_SOURCE=200809L
PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS))
PKG_LIBS   = $(shell pkg-config --libs gsl sqlite3 plplot xlsxwriter libzip expat) -lcsv -lm
TEST_LIBS  = $(shell pkg-config --libs cmocka)
SAN       := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all

MAIN      := src/cli/main.c
SRC       := $(sort $(wildcard src/*/*.c))
LIBSRC    := $(filter-out $(MAIN),$(SRC))
GENSRC    := build/gen/default_cards.c
TESTSRC   := $(sort $(wildcard tests/unit/test_*.c))
TESTSUPPORT := $(filter-out $(TESTSRC),$(wildcard tests/unit/*.c))

# Two builds side by side: rel (optimised) and san (ASan + UBSan).
REL_OBJ   := $(patsubst src/%.c,build/rel/%.o,$(LIBSRC)) build/rel/gen/default_cards.o
SAN_OBJ   := $(patsubst src/%.c,build/san/%.o,$(LIBSRC)) build/san/gen/default_cards.o
REL_TESTS := $(patsubst tests/unit/%.c,build/rel/tests/%,$(TESTSRC))
SAN_TESTS := $(patsubst tests/unit/%.c,build/san/tests/%,$(TESTSRC))

REFDATA   ?= $(abspath ../shared/refdata)
export GOEDWERK_REFDATA := $(REFDATA)

PREFIX    ?= /usr/local
DESTDIR   ?=

.PHONY: all deps demo check check-run unit unit-san cli valgrind fuzz-replay fault arch bench clean \
	install uninstall

all: goedwerk build/goedwerk.1

deps:
	@scripts/install-deps.sh

goedwerk: build/rel/cli/main.o build/rel/libgoedwerk.a
	$(CC) $(OPT) -o $@ $^ $(PKG_LIBS)

build/san/goedwerk: build/san/cli/main.o build/san/libgoedwerk.a
	$(CC) $(OPT) $(SAN) -o $@ $^ $(PKG_LIBS)

# The manual page is written by the binary from its option table.
build/goedwerk.1: goedwerk
	@mkdir -p $(@D)
	./goedwerk help --man > $@.tmp && mv $@.tmp $@

install: goedwerk build/goedwerk.1
	@scripts/install.sh install "$(DESTDIR)" "$(PREFIX)" goedwerk build/goedwerk.1

uninstall:
	@scripts/install.sh uninstall "$(DESTDIR)" "$(PREFIX)"

build/rel/libgoedwerk.a: $(REL_OBJ)
	@rm -f $@
	ar rcs $@ $^

build/san/libgoedwerk.a: $(SAN_OBJ)
	@rm -f $@
	ar rcs $@ $^

# The built-in defaults: the card set, its scale and the dilemma codebook.
DEFAULTS  := datasets/cards/goedwerk-30.csv datasets/cards/goedwerk-30-scale.csv \
	     datasets/codebook/goedwerk-dilemmas.csv
build/gen/default_cards.c: $(DEFAULTS) scripts/embed.sh
	@mkdir -p $(@D)
	{ scripts/embed.sh default_cards_csv datasets/cards/goedwerk-30.csv; \
	  scripts/embed.sh default_scale_csv datasets/cards/goedwerk-30-scale.csv; \
	  scripts/embed.sh default_codebook_csv datasets/codebook/goedwerk-dilemmas.csv; } > $@

build/rel/gen/%.o: build/gen/%.c
	@mkdir -p $(@D)
	$(CC) $(WARN) $(OPT) $(CPPFLAGS) -c -o $@ $<

build/san/gen/%.o: build/gen/%.c
	@mkdir -p $(@D)
	$(CC) $(WARN) $(OPT) $(SAN) $(CPPFLAGS) -c -o $@ $<

build/rel/%.o: src/%.c
	@mkdir -p $(@D)
	$(CC) $(WARN) $(OPT) $(CPPFLAGS) $(PKG_CFLAGS) -MMD -MP -c -o $@ $<

build/san/%.o: src/%.c
	@mkdir -p $(@D)
	$(CC) $(WARN) $(OPT) $(SAN) $(CPPFLAGS) $(PKG_CFLAGS) -MMD -MP -c -o $@ $<

build/rel/tests/%: tests/unit/%.c $(TESTSUPPORT) build/rel/libgoedwerk.a
	@mkdir -p $(@D)
	$(CC) $(WARN) $(OPT) $(CPPFLAGS) -Itests/unit $(PKG_CFLAGS) -o $@ $< $(TESTSUPPORT) build/rel/libgoedwerk.a $(TEST_LIBS) $(PKG_LIBS)

build/san/tests/%: tests/unit/%.c $(TESTSUPPORT) build/san/libgoedwerk.a
	@mkdir -p $(@D)
	$(CC) $(WARN) $(OPT) $(SAN) $(CPPFLAGS) -Itests/unit $(PKG_CFLAGS) -o $@ $< $(TESTSUPPORT) build/san/libgoedwerk.a $(TEST_LIBS) $(PKG_LIBS)

-include $(wildcard build/*/*/*.d)

# --- the two commands of the README --------------------------------------

DEMO_OUT ?= out/demo
demo: deps
	@$(MAKE) --no-print-directory goedwerk
	@mkdir -p $(DEMO_OUT)
	@rm -f $(DEMO_OUT)/goedwerk.db
	./goedwerk ingest --db $(DEMO_OUT)/goedwerk.db datasets/demo
	./goedwerk report --db $(DEMO_OUT)/goedwerk.db --out $(DEMO_OUT)
	@echo "report: $(abspath $(DEMO_OUT))/report.html"

check: deps
	@$(MAKE) --no-print-directory check-run

check-run: arch unit unit-san cli valgrind fuzz-replay fault
	@echo "make check: all test suites passed"

# --- test suites ------------------------------------------------------------

# The layers call and include only downward (scripts/arch.sh: nm -u of each
# layer's objects against its allow-list, and its #includes), and the check
# finds a violation planted in src/stats (its self-test).
arch: goedwerk
	@scripts/arch.sh build/rel src
	@scripts/arch.sh --self-test build/rel src

unit: $(REL_TESTS)
	@scripts/run-unit.sh $(REL_TESTS)

# Leaks inside font libraries that cairo keeps for the process are suppressed
# (tests/lsan.supp); leaks of ours are not.
SAN_ENV := ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/lsan.supp:print_suppressions=0

unit-san: $(SAN_TESTS)
	@$(SAN_ENV) scripts/run-unit.sh $(SAN_TESTS)

cli: goedwerk build/goedwerk.1 build/san/goedwerk
	@tests/cli/run.sh ./goedwerk
	@$(SAN_ENV) tests/cli/run.sh build/san/goedwerk

# A missing valgrind is installed, else the stage fails (NO_VALGRIND=1 skips it).
valgrind: goedwerk build/goedwerk.1
	@scripts/valgrind-stage.sh ./goedwerk

# The store on a full disk (an LD_PRELOAD write-failure injector) and under
# kill -9: exit 3, the store as before or after, integrity ok; a failed
# analyse or report leaves its output folder as it was (tests/fault).
fault: goedwerk build/fault/failwrite.so
	@tests/fault/run.sh ./goedwerk build/fault/failwrite.so
	@tests/fault/outputs.sh ./goedwerk build/fault/failwrite.so

build/fault/failwrite.so: tests/fault/failwrite.c
	@mkdir -p $(@D)
	$(CC) -std=c11 -Wall -Wextra -Werror -O2 -shared -fPIC -o $@ $< -ldl

FUZZ_REPLAY := build/san/tests/fuzz_replay
fuzz-replay: $(FUZZ_REPLAY)
	$(SAN_ENV) $(FUZZ_REPLAY) tests/fuzz/corpus/*/

# The libFuzzer targets, replayed over their corpus under ASan/UBSan (no clang needed).
FUZZ_SRC := tests/fuzz/fuzz_targets.c tests/fuzz/fuzz_zip.c tests/fuzz/replay.c
build/san/tests/fuzz_replay: $(FUZZ_SRC) $(wildcard tests/fuzz/*.h) build/san/libgoedwerk.a
	@mkdir -p $(@D)
	$(CC) $(WARN) $(OPT) $(SAN) $(CPPFLAGS) $(PKG_CFLAGS) -Itests/fuzz -o $@ $(FUZZ_SRC) build/san/libgoedwerk.a $(PKG_LIBS)

# The benchmark of the README (minutes; not part of check).
bench: goedwerk
	scripts/bench.sh

clean:
	rm -rf build goedwerk out
