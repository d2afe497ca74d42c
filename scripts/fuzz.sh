#!/bin/sh
# fuzz.sh [SECONDS] - run the ingest libFuzzer target (tests/fuzz/fuzz_ingest.c)
# with clang, ASan and UBSan, starting from tests/fuzz/corpus.  New inputs go
# to build/fuzz/corpus (not committed); crashes to build/fuzz/crash-*.
# Copy an interesting input into tests/fuzz/corpus so `make fuzz-replay`
# keeps it as a regression test.  One job: the machine is shared.
set -eu
secs=${1:-180}
cd "$(dirname "$0")/.."
make --no-print-directory build/gen/default_cards.c >/dev/null
out=build/fuzz
mkdir -p "$out/corpus"
clang -std=c11 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
	-Iinclude -Ibuild/gen -D_POSIX_C_SOURCE=200809L \
	-o "$out/fuzz_ingest" tests/fuzz/fuzz_ingest.c src/ingest/*.c src/util/*.c \
	build/gen/default_cards.c -lcsv -lm
"$out/fuzz_ingest" -max_total_time="$secs" -max_len=8192 -timeout=10 -rss_limit_mb=1024 \
	-artifact_prefix="$out/" "$out/corpus" tests/fuzz/corpus
