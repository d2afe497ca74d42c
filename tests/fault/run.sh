#!/bin/sh
# run.sh BINARY INJECTOR.so - the store survives a full disk and kill -9.
#
# A base store (the demo plus a generated bundle A of 10,000 sorts) takes
# bundle B (the same trajecten, other sorts) with --replace: the largest
# write goedwerk does.  "before" and "after" are the content dumps of the
# base store and of the store after a clean ingest of B.
#   disk full: the ingest under failwrite.so (LD_PRELOAD) with the disk
#     full after 20 byte budgets and 10 write-call budgets spread over the
#     clean run: exit 3, no "stored in", integrity_check ok, the store
#     equal to before; the full budget still ingests (the injector is
#     not failing everything); an ingest into a new file on a full disk
#     leaves no file behind.
#   kill -9: the ingest killed at 20 moments spread over its run time
#     (deterministic, seeded): integrity_check ok and the store equal to
#     before or after.
set -u
fault_label="fault"
. "$(dirname "$0")/common.sh"
python3 "$repo/scripts/gen_bundle.py" --out A --sorts 10000 --seed 5 >/dev/null 2>&1 &&
python3 "$repo/scripts/gen_bundle.py" --out B --sorts 10000 --seed 6 >/dev/null 2>&1 &&
"$bin" ingest --db base.db "$repo/datasets/demo" >/dev/null &&
"$bin" ingest --db base.db A >/dev/null || { echo "FAIL fault: setup"; exit 1; }
# The content of a store after SQLite has rolled back any hot journal;
# "corrupt" when integrity_check says other than ok.
dump() {
	ok=$(sqlite3 "$1" 'PRAGMA integrity_check' 2>&1)
	if [ "$ok" != ok ]; then echo corrupt; return; fi
	sqlite3 "$1" .sha3sum
}
before=$(dump base.db)
cp base.db after.db
GWFAULT_REPORT=clean.count LD_PRELOAD=$so "$bin" ingest --replace --db after.db B >/dev/null ||
	{ echo "FAIL fault: the clean ingest under the injector failed"; exit 1; }
after=$(dump after.db)
read -r bytes calls < clean.count
[ "$before" != "$after" ] || bad "B changes nothing"

# --- disk full ------------------------------------------------------------
full() { # full VAR=N: ingest B into a copy of base with that budget
	cp base.db db.db; rm -f db.db-journal
	env "$1" LD_PRELOAD="$so" "$bin" ingest --replace --db db.db B >out 2>err; rc=$?
	if [ $rc != 3 ]; then bad "$1: exit $rc, expected 3"; return; fi
	grep -q 'disk is full' err || bad "$1: stderr lacks 'disk is full': $(head -c 300 err)"
	grep -q 'stored in' out && bad "$1: claims it stored"
	[ "$(dump db.db)" = "$before" ] || bad "$1: the store is not as before"
}
runs=0
for k in $(seq 0 19); do full GWFAULT_BYTES=$((bytes * k / 20)); runs=$((runs + 1)); done
for k in $(seq 1 10); do full GWFAULT_CALL=$((calls * k / 11 + 1)); runs=$((runs + 1)); done
cp base.db db.db
GWFAULT_BYTES=$bytes LD_PRELOAD=$so "$bin" ingest --replace --db db.db B >/dev/null 2>err ||
	bad "the full budget of $bytes bytes did not ingest: $(head -c 300 err)"
[ "$(dump db.db)" = "$after" ] || bad "the full budget did not give the after store"
for budget in 0 4096 $((bytes / 2)); do
	GWFAULT_BYTES=$budget LD_PRELOAD=$so "$bin" ingest --db new.db B >/dev/null 2>&1; rc=$?
	[ $rc = 3 ] || bad "new store, $budget bytes: exit $rc, expected 3"
	if ls new.db* >/dev/null 2>&1; then bad "new store, $budget bytes: left $(ls new.db*)"; rm -f new.db*; fi
done
echo "fault: disk full at $runs points of a $bytes-byte, $calls-call ingest: exit 3, store as before"

# --- kill -9 --------------------------------------------------------------
ms() { date +%s%N | cut -c1-13; }
cp base.db db.db
t0=$(ms); "$bin" ingest --replace --db db.db B >/dev/null; t1=$(ms)
span=$((t1 - t0))
n_before=0 n_after=0 hot=0
for i in $(seq 1 20); do
	cp base.db db.db; rm -f db.db-journal
	at=$(awk -v s="$i" -v span="$span" 'BEGIN { srand(s * 7919); printf "%.3f", rand() * span / 1000 }')
	"$bin" ingest --replace --db db.db B >/dev/null 2>&1 &
	pid=$!
	sleep "$at"; kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
	[ -e db.db-journal ] && hot=$((hot + 1))
	d=$(dump db.db)
	if [ "$d" = "$before" ]; then n_before=$((n_before + 1))
	elif [ "$d" = "$after" ]; then n_after=$((n_after + 1))
	else bad "kill -9 at ${at}s: the store is neither before nor after ($d)"; fi
done
echo "fault: kill -9 at 20 moments of a ${span} ms ingest: $n_before as before, $n_after as after, $hot left a hot journal; integrity ok"
[ $fail = 0 ]
