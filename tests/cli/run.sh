#!/bin/sh
# run.sh BINARY - run the command-line cases in tests/cli/cases/*/.
#
# A case is a folder:
#   cmd              one shell line; $GOEDWERK is the binary (run in a scratch
#                    copy of the case folder, so `bundle/` etc. are at hand)
#   setup            optional shell lines run first (must exit 0)
#   exit             the expected exit code
#   stdout, stderr   optional: the expected output, word for word
#   stdout_has       optional: lines that must each appear in stdout (grep -F)
#   store_unchanged  optional (empty file): goedwerk.db must be byte-identical
#                    before and after cmd
#   no_valgrind      optional (empty file): skipped under valgrind
# With VALGRIND=1 the binary runs under valgrind (memcheck errors fail the case).
#
# Every check_* case that fails on data (exit 1) is run a second time as an
# ingest into a store that already holds a good bundle: the same errors must
# be reported, nothing stored, and the store file left byte-identical.
# $REPO is the repository root, for cases that use datasets/.
#
# Cases are independent and run CLI_JOBS at a time (default: the number of
# cores); the report lists failures in case order.
set -u
if [ "${1:-}" = --one ]; then
	kind=$2 case=$3
	name=$(basename "$case")
	[ "$kind" = ingest_of ] && name=ingest_of_$name
	work="$CLI_TMP/$name"
	hash() { if [ -f "$1" ]; then sha256sum "$1" | cut -d' ' -f1; else echo none; fi; }
	ok=1; why=""
	if [ "$kind" = case ]; then
		rm -rf "$work"; cp -r "$case" "$work"
		if [ -f "$work/setup" ]; then
			if ! (cd "$work" && sh ./setup >setup.out 2>&1); then ok=0; why="setup failed: $(cat "$work/setup.out")"; fi
		fi
		before=$(hash "$work/goedwerk.db")
		(cd "$work" && sh -c "$(cat cmd)" >actual_stdout 2>actual_stderr); rc=$?
		after=$(hash "$work/goedwerk.db")
		if [ $ok = 1 ] && [ "$rc" != "$(cat "$work/exit")" ]; then ok=0; why="exit $rc, expected $(cat "$work/exit")"; fi
		if [ $ok = 1 ] && [ -f "$work/stdout" ] && ! cmp -s "$work/stdout" "$work/actual_stdout"; then
			ok=0; why="stdout differs:
$(diff "$work/stdout" "$work/actual_stdout" | head -20)"; fi
		if [ $ok = 1 ] && [ -f "$work/stderr" ] && ! cmp -s "$work/stderr" "$work/actual_stderr"; then
			ok=0; why="stderr differs:
$(diff "$work/stderr" "$work/actual_stderr" | head -20)"; fi
		if [ $ok = 1 ] && [ -f "$work/stdout_has" ]; then
			while IFS= read -r line; do
				grep -qF -- "$line" "$work/actual_stdout" || { ok=0; why="stdout lacks: $line"; break; }
			done < "$work/stdout_has"
		fi
		if [ $ok = 1 ] && [ -f "$work/store_unchanged" ] && [ "$before" != "$after" ]; then
			ok=0; why="the store changed"; fi
		[ $ok = 1 ] || why="$why
  stderr: $(head -c 600 "$work/actual_stderr")"
	else
		rm -rf "$work"; mkdir -p "$work"; cp -r "$case/bundle" "$work/bundle"
		if ! (cd "$work" && $GOEDWERK ingest --db goedwerk.db "$CLI_HERE/cases/check_ok_wide/bundle" >/dev/null 2>setup.err); then
			ok=0; why="setup ingest failed: $(cat "$work/setup.err")"; fi
		before=$(hash "$work/goedwerk.db")
		(cd "$work" && $GOEDWERK ingest --db goedwerk.db bundle >actual_stdout 2>actual_stderr); rc=$?
		after=$(hash "$work/goedwerk.db")
		{ sed '$d' "$case/stderr"; echo "goedwerk ingest: nothing was stored"; } > "$work/expected_stderr"
		[ $ok = 1 ] && [ $rc != 1 ] && { ok=0; why="exit $rc, expected 1"; }
		[ $ok = 1 ] && ! cmp -s "$work/expected_stderr" "$work/actual_stderr" && { ok=0; why="stderr differs:
$(diff "$work/expected_stderr" "$work/actual_stderr" | head -10)"; }
		[ $ok = 1 ] && [ "$before" != "$after" ] && { ok=0; why="the store changed"; }
	fi
	rm -rf "$work"
	if [ $ok = 1 ]; then echo "PASS $name"; else echo "FAIL $name: $why"; fi
	exit 0
fi

# Messages are English unless a case asks for Dutch (--lang nl, LANG=nl_NL).
unset LC_ALL LC_MESSAGES
export LANG=C
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
REPO=$(cd "$here/../.." && pwd)
CLI_TMP=$(mktemp -d); trap 'rm -rf "$CLI_TMP"' EXIT
# Under valgrind GOEDWERK is a one-word wrapper, so that a case may quote
# "$GOEDWERK" or hand it to a script as the binary.
if [ "${VALGRIND:-0}" = 1 ]; then
	GOEDWERK=$CLI_TMP/goedwerk
	printf '#!/bin/sh\nexec valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite --suppressions=%s "%s" "$@"\n' \
		"$here/../valgrind.supp" "$bin" > "$GOEDWERK"
	chmod +x "$GOEDWERK"
	label="cli (valgrind)"
else
	GOEDWERK=$bin
	label="cli"
fi
CLI_HERE=$here
export GOEDWERK REPO CLI_TMP CLI_HERE
jobs=${CLI_JOBS:-$(nproc 2>/dev/null || echo 2)}
# The list: every case, then the derived ingest cases.
for case in "$here"/cases/*/; do
	case=${case%/}
	[ "${VALGRIND:-0}" = 1 ] && [ -f "$case/no_valgrind" ] && continue
	# CLI_ONLY=REGEX: only the cases whose name matches (a developer's re-run).
	[ -n "${CLI_ONLY:-}" ] && ! basename "$case" | grep -Eq "$CLI_ONLY" && continue
	echo "case $case"
done > "$CLI_TMP/list"
for case in "$here"/cases/check_*/; do
	case=${case%/}
	[ -n "${CLI_ONLY:-}" ] && continue
	[ "$(cat "$case/exit")" = 1 ] && [ -f "$case/stderr" ] && grep -q '^\$GOEDWERK check bundle$' "$case/cmd" && [ -d "$case/bundle" ] || continue
	echo "ingest_of $case"
done >> "$CLI_TMP/list"
n=$(wc -l < "$CLI_TMP/list")
awk '{ print NR, $0 }' "$CLI_TMP/list" |
	xargs -P "$jobs" -L 1 sh -c 'sh "$0" --one "$2" "$3" > "$CLI_TMP/result.$1"' "$0"
pass=0; fail=0
for k in $(seq 1 "$n"); do
	if [ ! -s "$CLI_TMP/result.$k" ]; then
		fail=$((fail + 1)); echo "FAIL $(sed -n "${k}p" "$CLI_TMP/list"): the runner gave no result"
	elif grep -q '^PASS ' "$CLI_TMP/result.$k"; then
		pass=$((pass + 1))
	else
		fail=$((fail + 1)); cat "$CLI_TMP/result.$k"
	fi
done
echo "$label: $pass passed, $fail failed"
[ $fail = 0 ]
