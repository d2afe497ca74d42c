#!/bin/sh
# fuzz.sh TARGET [SECONDS] [RUNS] - run one fuzz target of tests/fuzz/fuzz_targets.c
# (sorts participants trajecten cards scale group_tops codebook dilemmas bundle)
# under libFuzzer with clang, ASan and UBSan, one job at nice 19 (the machine
# is shared).  Seeds: tests/fuzz/corpus/TARGET and the bundles of the CLI
# cases (each file by its kind; each whole bundle, and pairs of them, for the
# bundle target), plus inputs with a field just under and over the 64 KiB
# limit (FUZZ_MAX_LEN: the longest input, default 140000).  New inputs go to build/fuzz/TARGET/corpus (not committed), crashes
# to build/fuzz/TARGET/crash-*; copy a finding into tests/fuzz/corpus/TARGET
# so that `make fuzz-replay` keeps it.  The last line of the libFuzzer log
# gives executions, exec/s and the cov (edges) counter.
set -eu
target=$1 secs=${2:-600} runs=${3:--1}
san=${FUZZ_SAN:-address,undefined} # FUZZ_SAN=undefined: faster, for long runs
max_len=${FUZZ_MAX_LEN:-140000}
cd "$(dirname "$0")/.."
make --no-print-directory build/gen/default_cards.c >/dev/null
out=build/fuzz/$target
seeds=build/fuzz/seeds/$target
mkdir -p "$out/corpus" "$seeds" "tests/fuzz/corpus/$target"
bin=build/fuzz/fuzz_${target}_$(echo "$san" | tr , _)
if [ ! -x "$bin" ] || [ -n "$(find src tests/fuzz -name '*.[ch]' -newer "$bin" | head -1)" ]; then
	nice -n 19 clang -std=c11 -g -O1 -fsanitize=fuzzer,$san -fno-sanitize-recover=all \
		-Iinclude -Ibuild/gen -Itests/fuzz -D_POSIX_C_SOURCE=200809L "-DFUZZ_TARGET=\"$target\"" \
		-o "$bin" tests/fuzz/fuzz_main.c tests/fuzz/fuzz_targets.c src/ingest/*.c src/util/*.c \
		src/model/*.c src/store/*.c build/gen/default_cards.c $(pkg-config --cflags --libs libzip expat libcrypto) -lsqlite3 -lcsv -lm -lpthread
fi
# seeds from the CLI cases
for b in tests/cli/cases/*/bundle; do
	case_name=$(basename "$(dirname "$b")")
	if [ "$target" = bundle ]; then
		f="$seeds/$case_name"
		: >"$f"
		[ -f "$b/sorts.csv" ] && cat "$b/sorts.csv" >>"$f"
		for k in "$b"/*.csv; do
			[ -f "$k" ] && [ "$(basename "$k")" != sorts.csv ] || continue
			printf '\n@@ %s\n' "$(basename "$k")" >>"$f"; cat "$k" >>"$f"
		done
		if [ -n "${prev:-}" ]; then
			{ cat "$f"; printf '\n@@@@\n'; cat "$prev"; } >"$seeds/pair_$case_name"
		fi
		prev=$f
	else
		for k in "$b/$target.csv" "$b"/"$target"_*.csv; do
			[ -f "$k" ] && cp "$k" "$seeds/${case_name}_$(basename "$k")"
		done
	fi
done
# a field of 65535 and one of 65537 bytes
python3 - "$seeds" "$target" <<'PY'
import sys
d, t = sys.argv[1], sys.argv[2]
head = {"sorts": "traject,participant,card,category\n"}.get(t, "traject,participant,description\n")
for n in (65535, 65537):
    open("%s/field_%d" % (d, n), "w").write(head + "t1,p1," + "x" * n + "\n")
PY
exec nice -n 19 "$bin" -max_total_time="$secs" -runs="$runs" -max_len="$max_len" \
	-timeout=10 -rss_limit_mb=1024 -dict=tests/fuzz/goedwerk.dict -print_final_stats=1 \
	-artifact_prefix="$out/" "$out/corpus" "tests/fuzz/corpus/$target" "$seeds"
