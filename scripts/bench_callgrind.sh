#!/bin/sh
# bench_callgrind.sh - the instruction count of `goedwerk analyse` on a fixed
# bundle, a regression guard free of timing noise (not part of make check;
# minutes under valgrind).
#
#   scripts/bench_callgrind.sh            count and compare with the record
#   scripts/bench_callgrind.sh --record   count and write the record
#
# The bundle: gen_bundle.py --sorts $BENCH_SORTS (default 100000) --national
# --seed 2012, made in $BENCH_DIR (default /tmp/goedwerk-callgrind), never in
# the repository.  analyse runs with --jobs 1 (one thread: the count is then
# the same from run to run).  The record is scripts/bench_callgrind.txt:
# the bundle, the commit and the count (Ir of the whole process).  Exit 1
# when the count is more than 5% above the record.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
N=${BENCH_SORTS:-100000}
WORK=${BENCH_DIR:-/tmp/goedwerk-callgrind}
GW=${GOEDWERK:-$ROOT/goedwerk}
REC=$ROOT/scripts/bench_callgrind.txt
mkdir -p "$WORK"
B=$WORK/bundle-$N
if [ ! -f "$B/sorts.csv" ]; then
	rm -rf "$B"
	python3 "$ROOT/scripts/gen_bundle.py" --sorts "$N" --national --seed 2012 --out "$B" 2>/dev/null || exit 3
fi
if [ ! -f "$WORK/gw-$N.db" ]; then
	"$GW" ingest --db "$WORK/gw-$N.db" "$B" >/dev/null || exit 3
fi
rm -rf "$WORK/out" "$WORK/callgrind.out"
valgrind --tool=callgrind --callgrind-out-file="$WORK/callgrind.out" \
	"$GW" analyse --db "$WORK/gw-$N.db" --out "$WORK/out" --jobs 1 >/dev/null 2>"$WORK/valgrind.log" || {
	echo "bench_callgrind: analyse failed, see $WORK/valgrind.log" >&2; exit 3; }
IR=$(sed -n 's/^summary: *\([0-9]*\).*/\1/p' "$WORK/callgrind.out")
echo "analyse on $N national sorts: $IR instructions (callgrind_annotate $WORK/callgrind.out for the profile)"
if [ "${1:-}" = --record ]; then
	printf 'bundle: gen_bundle.py --sorts %s --national --seed 2012\ncommit: %s\ninstructions: %s\n' \
		"$N" "$(git -C "$ROOT" rev-parse --short HEAD)" "$IR" > "$REC"
	echo "recorded in $REC"
	exit 0
fi
OLD=$(sed -n 's/^instructions: *//p' "$REC" 2>/dev/null)
[ -n "$OLD" ] || { echo "no record yet: run with --record"; exit 0; }
awk -v a="$IR" -v b="$OLD" 'BEGIN { r = a / b; printf "against the record %s: %.3f\n", b, r; exit r > 1.05 }'
