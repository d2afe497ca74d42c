#!/bin/sh
# bench.sh - the goedwerk benchmark (not part of `make check`; takes minutes).
#
# Generates a synthetic bundle of 1,000,000 sorts (wide form) with
# scripts/gen_bundle.py, then times, with GNU time (wall seconds, peak RSS):
#   raw      sqlite3 -csv x.db '.import sorts.csv raw'   (the floor: no checks at all)
#   ingest   ./goedwerk ingest                           (validate + store)
#   analyse  ./goedwerk analyse                          (every table of SPEC.md)
#   pandas   scripts/bench_pandas.py: the same ingest + the value frequency tables
#            (counts per card x category per stratum, mean, share top) in one run
#   pandas_stats  scripts/bench_pandas_stats.py: the same ingest + the tables of
#            analyse (frequencies, agreement, tests, trends, tops, dilemmas; its
#            header lists what it leaves out) with pandas + scipy, in one run
# and prints a table of the times and the ratios ingest/raw, goedwerk/pandas and
# analyse/pandas_stats.
# Steps that cannot run (no binary yet, ingest failed) are reported, not fatal.
#
# Environment: BENCH_SORTS (default 1000000), BENCH_DIR (default /tmp/goedwerk-bench),
# GOEDWERK (binary, default ./goedwerk of this tree), BENCH_REUSE=1 keeps an
# existing generated bundle of the same size, BENCH_SEED (default 2012),
# BENCH_SHAPE (national, the default: gen_bundle.py --national, many small
# trajecten; bulk: trajecten of 500 people), BENCH_JOBS (analyse --jobs;
# default one per core).  Every step reports wall and cpu (user+sys) seconds
# and peak RSS; compare the ratios, not single times, on a shared machine.
# The instruction count of analyse on a fixed bundle: scripts/bench_callgrind.sh.
set -u
ROOT=$(cd "$(dirname "$0")/.." && pwd)
N=${BENCH_SORTS:-1000000}
WORK=${BENCH_DIR:-/tmp/goedwerk-bench}
GW=${GOEDWERK:-$ROOT/goedwerk}
SEED=${BENCH_SEED:-2012}
SHAPE=${BENCH_SHAPE:-national}
JOBS=${BENCH_JOBS:+--jobs $BENCH_JOBS}
[ "$SHAPE" = national ] && SHAPE_ARG=--national || SHAPE_ARG=
PY=/usr/bin/python3            # Debian python3 has python3-pandas
TIME=/usr/bin/time

# GNU time, sqlite3 and pandas, when missing (Debian packages).
"$ROOT/scripts/install-deps.sh" time sqlite3 python3-pandas || {
	echo "bench: cannot install time/sqlite3/python3-pandas" >&2; exit 3; }

mkdir -p "$WORK"
LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)
RES="$WORK/results.txt"
: > "$RES"

# step NAME COMMAND...: runs COMMAND under GNU time, logs to WORK/NAME.log,
# appends "NAME wall rss_kb status" to RES.
step() {
	name=$1; shift
	echo "bench: $name ..." >&2
	if $TIME -f '%e %M %U %S' -o "$WORK/$name.time" "$@" >"$WORK/$name.log" 2>&1; then
		st=ok
	else
		st="failed(rc=$?)"
		echo "bench: $name failed, see $WORK/$name.log:" >&2
		tail -n 5 "$WORK/$name.log" >&2
	fi
	# GNU time writes "Command exited with non-zero status N" first on failure.
	set -- $(tail -n 1 "$WORK/$name.time")
	cpu=$(echo "${3:-0} ${4:-0}" | awk '{ printf "%.2f", $1 + $2 }')
	echo "$name ${1:-} ${2:-} $st $cpu" >> "$RES"
}
skip() { echo "$1 - - $2 -" >> "$RES"; }

# 1. the bundle
B="$WORK/bundle"
if [ "${BENCH_REUSE:-0}" = 1 ] && [ -f "$B/sorts.csv" ] &&
	[ "$(($(wc -l < "$B/sorts.csv") - 1))" = "$N" ]; then
	skip generate "reused"
else
	rm -rf "$B"
	step generate python3 "$ROOT/scripts/gen_bundle.py" --sorts "$N" --seed "$SEED" $SHAPE_ARG --out "$B"
fi
[ -f "$B/sorts.csv" ] || { echo "bench: no bundle generated" >&2; exit 3; }

# 2. the floor: a bare sqlite3 import of sorts.csv
rm -f "$WORK/raw.db"
step raw sh -c "cd '$B' && sqlite3 -csv '$WORK/raw.db' '.import sorts.csv raw'"

# 3. goedwerk ingest + analyse
if [ ! -x "$GW" ] && [ "$GW" = "$ROOT/goedwerk" ]; then
	echo "bench: building goedwerk" >&2
	make -C "$ROOT" goedwerk >"$WORK/build.log" 2>&1 || echo "bench: build failed, see $WORK/build.log" >&2
fi
if [ -x "$GW" ]; then
	rm -f "$WORK/gw.db" "$WORK/gw.db-journal" "$WORK/gw.db-wal" "$WORK/gw.db-shm"
	rm -rf "$WORK/gw-out"
	step ingest "$GW" ingest --db "$WORK/gw.db" "$B"
	if grep -q '^ingest [^ ]* [^ ]* ok ' "$RES"; then
		step analyse "$GW" analyse --db "$WORK/gw.db" --out "$WORK/gw-out" $JOBS
		rm -rf "$WORK/gw-report"
		step report "$GW" report --db "$WORK/gw.db" --out "$WORK/gw-report" $JOBS
	else
		skip analyse "skipped(ingest-failed)"
	fi
else
	skip ingest "missing($GW)"
	skip analyse "missing($GW)"
fi

# 4. the pandas baseline (ingest + value frequency tables in one run)
rm -rf "$WORK/pandas-out"
step pandas $PY "$ROOT/scripts/bench_pandas.py" "$B" "$WORK/pandas-out"
PSPLIT=$(sed -n 's/.*ingest \([0-9.]*\) s, tables \([0-9.]*\) s.*/\1 \2/p' "$WORK/pandas.log")

# 5. the pandas + scipy peer of analyse (ingest + the statistical tables in one run)
rm -rf "$WORK/pandas-stats-out"
step pandas_stats $PY "$ROOT/scripts/bench_pandas_stats.py" "$B" "$WORK/pandas-stats-out"
SSPLIT=$(sed -n 's/.*sorts; ingest \([0-9.]*\) s, tables \([0-9.]*\) s.*/\1 \2/p' "$WORK/pandas_stats.log")

# 6. the table
echo
echo "goedwerk benchmark: $N sorts ($(du -h "$B/sorts.csv" | cut -f1) sorts.csv), $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
# a shared machine: the load says how far to trust wall times (cpu is fairer)
echo "load average at the start: $LOAD0; at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v psplit="$PSPLIT" -v ssplit="$SSPLIT" '
	{ name[NR]=$1; wall[$1]=$2; rss[$1]=$3; st[$1]=$4; cpu[$1]=$5; order[NR]=$1 }
	END {
		printf "%-13s %10s %10s %12s  %s\n", "step", "wall s", "cpu s", "peak RSS MB", "status"
		for (i = 1; i <= NR; i++) {
			n = order[i]
			r = (rss[n] ~ /^[0-9]+$/) ? sprintf("%.1f", rss[n] / 1024) : "-"
			printf "%-13s %10s %10s %12s  %s\n", n, wall[n], cpu[n], r, st[n]
		}
		split(psplit, p, " ")
		if (p[1] != "") printf "(pandas inside: ingest %s s, tables %s s)\n", p[1], p[2]
		split(ssplit, q, " ")
		if (q[1] != "") printf "(pandas_stats inside: ingest %s s, tables %s s)\n", q[1], q[2]
		print ""
		print "ratios"
		ok = (st["ingest"] == "ok" && st["raw"] == "ok" && wall["raw"] > 0)
		if (ok) printf "  ingest / raw sqlite3 import        %6.2f\n", wall["ingest"] / wall["raw"]
		else print "  ingest / raw sqlite3 import            n/a (a step did not run)"
		if (st["ingest"] == "ok" && p[1] > 0)
			printf "  goedwerk ingest / pandas ingest    %6.2f\n", wall["ingest"] / p[1]
		if (st["analyse"] == "ok" && p[2] > 0)
			printf "  goedwerk analyse / pandas tables   %6.2f   (analyse computes every table, pandas only the frequencies)\n", wall["analyse"] / p[2]
		if (st["ingest"] == "ok" && st["analyse"] == "ok" && st["pandas"] == "ok")
			printf "  goedwerk (ingest+analyse) / pandas %6.2f\n", (wall["ingest"] + wall["analyse"]) / wall["pandas"]
		else print "  goedwerk / pandas                      n/a (a step did not run)"
		if (st["ingest"] == "ok" && st["pandas"] == "ok" && rss["pandas"] > 0)
			printf "  peak RSS ingest / pandas           %6.2f\n", rss["ingest"] / rss["pandas"]
		if (st["analyse"] == "ok" && st["pandas_stats"] == "ok" && wall["pandas_stats"] > 0) {
			printf "  analyse / pandas_stats (wall)      %6.3f   (target <= 0.1)\n", wall["analyse"] / wall["pandas_stats"]
			if (cpu["pandas_stats"] > 0)
				printf "  analyse / pandas_stats (cpu)       %6.3f   (user+sys: fair on a shared machine)\n", cpu["analyse"] / cpu["pandas_stats"]
			if (q[2] > 0)
				printf "  analyse / pandas_stats tables      %6.3f   (pandas_stats without its ingest)\n", wall["analyse"] / q[2]
			printf "  peak RSS analyse / pandas_stats    %6.2f   (analyse %.0f MB; target < 1024)\n", rss["analyse"] / rss["pandas_stats"], rss["analyse"] / 1024
			t = wall["ingest"] + wall["analyse"]; c = cpu["ingest"] + cpu["analyse"]
			printf "  goedwerk (ingest+analyse) / pandas_stats  wall %6.3f  cpu %6.3f   (target <= 0.1; same tables)\n", t / wall["pandas_stats"], c / cpu["pandas_stats"]
		} else print "  analyse / pandas_stats                 n/a (a step did not run)"
		if (st["report"] == "ok" && st["analyse"] == "ok" && wall["analyse"] > 0)
			printf "  report / analyse (wall)            %6.2f   (target <= 1.5; peak RSS report %.0f MB)\n", wall["report"] / wall["analyse"], rss["report"] / 1024
	}' "$RES"
echo
echo "logs and outputs: $WORK"
grep -q 'failed\|missing' "$RES" && exit 1
exit 0
