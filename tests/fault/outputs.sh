#!/bin/sh
# outputs.sh BINARY INJECTOR.so - a failed analyse or report leaves its
# output folder as it was.
#
# OUT holds a report of the demo at --min-cell 5.  A re-run at --min-cell 3
# (other numbers, so old and new files differ) under failwrite.so
# (LD_PRELOAD) with the disk full after 4 byte budgets and 2 write-call
# budgets spread over its clean run must exit 3 and leave OUT byte for byte
# as before, with no staging folder left and every hash of provenance.json
# matching its file; the full budget replaces OUT.  The same for analyse
# --format xlsx (tables/ and tables.xlsx).
set -u
fault_label="fault outputs"
. "$(dirname "$0")/common.sh"
"$bin" ingest --db d.db "$repo/datasets/demo" >/dev/null || { echo "FAIL fault outputs: setup"; exit 1; }
# Every file of a folder with its hash, and any staging folder left.
manifest() { (cd "$1" && find . -type f -exec sha256sum {} + | sort -k2); }
# "ok", or what in provenance.json does not match the files beside it.
provenance() {
	[ -f "$1/provenance.json" ] || { echo ok; return; }
	python3 - "$1" <<'PY'
import hashlib, json, os, sys
d = sys.argv[1]
p = json.load(open(os.path.join(d, "provenance.json")))
def h(f):
    f = os.path.join(d, f)
    return hashlib.sha256(open(f, "rb").read()).hexdigest() if os.path.exists(f) else ""
bad = [o["file"] for o in p["outputs"] if h(o["file"]) != o["sha256"]]
bad += [t["name"] for t in p["tables"] if h("tables/%s.csv" % t["name"]) != t["sha256"]]
print("ok" if not bad else "differ: " + " ".join(bad[:5]))
PY
}
# check_runs WHAT ARGS...: the checks for one command.
check_runs() {
	what=$1; shift
	rm -rf old; "$bin" "$@" --db "$tmp/d.db" --out old --min-cell 5 >/dev/null || { bad "$what: first run"; return; }
	m0=$(manifest old)
	[ "$(provenance old)" = ok ] || bad "$what: the first run's provenance does not match"
	rm -rf clean; mkdir clean; cp -r old clean/out # the same --out: provenance names it
	(cd clean && GWFAULT_REPORT=../count LD_PRELOAD=$so "$bin" "$@" --db "$tmp/d.db" --out out --min-cell 3 >/dev/null) ||
		{ bad "$what: the clean re-run under the injector failed"; return; }
	read -r bytes calls < count
	m1=$(manifest clean/out | grep -v tables.xlsx) # a workbook holds the time it was made
	[ "$m1" != "$(echo "$m0" | grep -v tables.xlsx)" ] || bad "$what: the re-run changes nothing"
	n=0
	for budget in $(awk -v b="$bytes" -v c="$calls" 'BEGIN { for (k = 1; k <= 4; k++) print "GWFAULT_BYTES=" int(b * k / 5);
		for (k = 1; k <= 2; k++) print "GWFAULT_CALL=" int(c * k / 3) + 1 }'); do
		rm -rf out; cp -r old out
		env "$budget" LD_PRELOAD="$so" "$bin" "$@" --db "$tmp/d.db" --out out --min-cell 3 >o 2>e; rc=$?
		n=$((n + 1))
		if [ $rc != 3 ]; then bad "$what $budget: exit $rc, expected 3"; continue; fi
		grep -q 'are as they were' e || bad "$what $budget: stderr lacks 'are as they were': $(head -c 300 e)"
		[ "$(manifest out)" = "$m0" ] || bad "$what $budget: the outputs are not as before"
		ls -a out | grep -q '^\.goedwerk-' && bad "$what $budget: a staging folder is left"
		[ "$(provenance out)" = ok ] || bad "$what $budget: provenance $(provenance out)"
	done
	rm -rf out; cp -r old out
	GWFAULT_BYTES=$bytes LD_PRELOAD=$so "$bin" "$@" --db "$tmp/d.db" --out out --min-cell 3 >/dev/null 2>e ||
		bad "$what: the full budget of $bytes bytes failed: $(head -c 300 e)"
	[ "$(manifest out | grep -v tables.xlsx)" = "$m1" ] || bad "$what: the full budget did not give the clean outputs"
	echo "fault: $what disk full at $n points of a $bytes-byte, $calls-call run: exit 3, outputs as before"
}
check_runs report report
check_runs "analyse --format xlsx" analyse --format xlsx
[ $fail = 0 ]
