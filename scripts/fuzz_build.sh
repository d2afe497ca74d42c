#!/bin/sh
# fuzz_build.sh SAN - build the libFuzzer binary of all targets (clang, -O2,
# sanitizers SAN: address,undefined | undefined | none; the target is chosen by
# $GOEDWERK_FUZZ_TARGET) when a source is newer than it, at nice 19; prints its
# path.  A failed build keeps the binary there was.  FUZZ_SRC: a folder
# holding src/, include/ and tests/fuzz/ to build from (default: this tree;
# scripts/fuzz_campaign.sh builds from the last commit) and FUZZ_BIN the
# binary (default build/fuzz/fuzz_SAN).
set -eu
san=$1
cd "$(dirname "$0")/.."
make --no-print-directory build/gen/default_cards.c >/dev/null
mkdir -p build/fuzz
s=${FUZZ_SRC:-.}
bin=${FUZZ_BIN:-build/fuzz/fuzz_$(echo "$san" | tr , _)}
case $san in
none) sanflag=fuzzer ;;
*) sanflag=fuzzer,$san ;;
esac
if [ ! -x "$bin" ] || [ -n "$(find "$s/src" "$s/include" "$s/tests/fuzz" -name '*.[ch]' -newer "$bin" | head -1)" ]; then
	nice -n 19 clang -std=c11 -g -O2 -fsanitize=$sanflag -fno-sanitize-recover=all \
		-I"$s/include" -Ibuild/gen -I"$s/tests/fuzz" -D_POSIX_C_SOURCE=200809L \
		-o "$bin.tmp" "$s"/tests/fuzz/fuzz_*.c "$s"/src/ingest/*.c "$s"/src/util/*.c \
		"$s"/src/model/*.c "$s"/src/store/*.c build/gen/default_cards.c \
		$(pkg-config --cflags --libs libzip expat sqlite3) -lcsv -lm -lpthread >&2 &&
		mv "$bin.tmp" "$bin" || [ -x "$bin" ]
fi
echo "$bin"
