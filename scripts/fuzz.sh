#!/bin/sh
# fuzz.sh TARGET [SECONDS] [RUNS] [LIBFUZZER OPTIONS...] - run one fuzz target of
# tests/fuzz/fuzz_targets.c (sorts participants trajecten cards scale group_tops
# codebook dilemmas bundle xlsx) under libFuzzer with clang, one job at nice 19
# (the machine is shared).
#
#   FUZZ_SAN      address,undefined (default) | undefined (about twice as fast,
#                 no leak check: replay the corpus under ASan afterwards) | none
#   FUZZ_MAX_LEN  the longest input (default 140000: fields under and over the
#                 64 KiB limit); small values (2000) run many times faster
#   FUZZ_CORPUS   where new inputs go (default build/fuzz/corpus/TARGET)
#   FUZZ_SRC, FUZZ_BIN  build from another tree, into another binary
#                 (scripts/fuzz_build.sh)
#
# Seeds: tests/fuzz/corpus/TARGET, the bundles of the CLI cases (each file by
# its kind; each whole bundle, and pairs of them, for the bundle target; the
# workbooks of the CLI cases and of `goedwerk template` for xlsx), and inputs
# with a field just under and over the 64 KiB limit.  Crashes go to
# build/fuzz/TARGET-crash-*; copy a finding (minimised with -minimize_crash=1)
# into tests/fuzz/corpus/TARGET so that `make fuzz-replay` keeps it.  The
# final stats lines give executions and exec/s, the last status line cov
# (edges) and ft (features).
set -eu
target=$1 secs=${2:-600} runs=${3:--1}
[ $# -ge 3 ] && shift 3 || shift $#
san=${FUZZ_SAN:-address,undefined}
max_len=${FUZZ_MAX_LEN:-140000}
cd "$(dirname "$0")/.."
corpus=${FUZZ_CORPUS:-build/fuzz/corpus/$target}
seeds=build/fuzz/seeds/$target
mkdir -p "$corpus" "$seeds" "tests/fuzz/corpus/$target"

bin=$(scripts/fuzz_build.sh "$san")
[ -x "$bin" ] || exit 2
export GOEDWERK_FUZZ_TARGET="$target"

# seeds, made again when a CLI case is newer than them
if [ ! -f "$seeds/.made" ] || [ -n "$(find tests/cli/cases -newer "$seeds/.made" | head -1)" ]; then
	rm -f "$seeds"/*
	scripts/fuzz_seeds.sh "$target" "$seeds"
	: >"$seeds/.made"
fi

exec nice -n 19 "$bin" -max_total_time="$secs" -runs="$runs" -max_len="$max_len" \
	-timeout=10 -rss_limit_mb=1024 -dict=tests/fuzz/goedwerk.dict -print_final_stats=1 \
	-artifact_prefix="build/fuzz/$target-" "$@" "$corpus" "tests/fuzz/corpus/$target" "$seeds"
