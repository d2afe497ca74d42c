#!/bin/sh
# fuzz_campaign.sh UNTIL [SLOT_SECONDS] - run the fuzz targets in turn, one job
# at a time at nice 19 (one core of a shared machine), until UNTIL (a time of
# day for `date -d`, e.g. 16:50), each for SLOT_SECONDS (default 300) per turn.
# Slots vary the sanitizers and the input size: most run UBSan alone with
# inputs up to 4 KiB (fast), one in four ASan+UBSan (leaks, memory errors),
# one in three inputs up to 140000 bytes (fields at and over the 64 KiB limit).
# After each slot one line goes to build/fuzz/campaign.log:
#   UTC-time target san max_len seconds executions exec/s cov ft [crash FILE]
# (cov/ft of the last status line).  Totals: scripts/fuzz_campaign.sh --sum.
# The binaries are built from the branch's last commit (build/fuzz/snap, made
# again when HEAD moves), so work in progress in the tree is never fuzzed.
set -u
cd "$(dirname "$0")/.."
log=build/fuzz/campaign.log
mkdir -p build/fuzz
if [ "${1:-}" = --sum ]; then
	awk '$2 != "#" { e[$2] += $6; t[$2] += $5; n += $6; if ($8 > cov[$2]) cov[$2] = $8; if ($9 > ft[$2]) ft[$2] = $9 }
	     END { for (k in e) printf "%-13s %10d execs %7.0f s %6.0f exec/s  cov %5d  ft %6d\n", k, e[k], t[k], e[k] / (t[k] ? t[k] : 1), cov[k], ft[k];
		   printf "total         %10d execs\n", n }' "$log" | sort
	exit 0
fi
until=$(date -d "$1" +%s)
slot=${2:-300}
targets=${FUZZ_TARGETS:-"sorts bundle participants trajecten cards scale group_tops codebook dilemmas xlsx"}
snapshot() {
	head=$(git rev-parse HEAD)
	[ "$(cat build/fuzz/snap.head 2>/dev/null)" = "$head" ] && return
	rm -rf build/fuzz/snap build/fuzz/snap_*
	mkdir -p build/fuzz/snap
	git archive "$head" src include tests/fuzz | tar -x -C build/fuzz/snap
	echo "$head" >build/fuzz/snap.head
	echo "$(date -u +%H:%M:%S) # built from $head" >>"$log"
}
i=0
while :; do
	for t in $targets; do
		snapshot
		grep -q "\"$t\"" build/fuzz/snap/tests/fuzz/fuzz_targets.c || continue # not there yet
		now=$(date +%s)
		left=$((until - now))
		[ "$left" -gt 30 ] || exit 0
		secs=$slot
		[ "$secs" -le "$left" ] || secs=$left
		san=undefined
		[ $((i % 4)) -eq 3 ] && san=address,undefined
		max_len=4096
		[ $((i % 3)) -eq 2 ] && max_len=140000
		out=build/fuzz/slot.out
		start=$(date +%s)
		FUZZ_SRC=build/fuzz/snap FUZZ_BIN=build/fuzz/snap_$(echo $san | tr , _) \
			FUZZ_SAN=$san FUZZ_MAX_LEN=$max_len scripts/fuzz.sh "$t" "$secs" -1 \
			-reload=0 >"$out" 2>&1
		took=$(( $(date +%s) - start ))
		execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out" | tail -1)
		[ -n "$execs" ] || execs=$(grep -E '^#[0-9]+' "$out" | tail -1 | sed 's/^#\([0-9]*\).*/\1/')
		rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$out" | tail -1)
		covft=$(grep -E '^#[0-9]+' "$out" | tail -1 | sed -n 's/.*cov: \([0-9]*\) ft: \([0-9]*\).*/\1 \2/p')
		crash=$(sed -n 's/.*Test unit written to \(.*\)/\1/p' "$out" | tail -1)
		echo "$(date -u +%H:%M:%S) $t $san $max_len $took ${execs:-0} ${rate:-0} ${covft:-0 0}${crash:+ crash $crash}" >>"$log"
		[ -z "$crash" ] || cp "$out" "$crash.log"
		i=$((i + 1))
	done
done
