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
# With VALGRIND=1 the binary runs under valgrind (memcheck errors fail the case).
set -u
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
here=$(cd "$(dirname "$0")" && pwd)
if [ "${VALGRIND:-0}" = 1 ]; then
	GOEDWERK="valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite $bin"
	label="cli (valgrind)"
else
	GOEDWERK=$bin
	label="cli"
fi
export GOEDWERK
pass=0; fail=0
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
hash() { if [ -f "$1" ]; then sha256sum "$1" | cut -d' ' -f1; else echo none; fi; }
for case in "$here"/cases/*/; do
	name=$(basename "$case")
	[ "${VALGRIND:-0}" = 1 ] && [ -f "$case/no_valgrind" ] && continue
	work="$tmp/$name"; rm -rf "$work"; cp -r "$case" "$work"
	ok=1; why=""
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
	if [ $ok = 1 ]; then pass=$((pass + 1)); else
		fail=$((fail + 1)); echo "FAIL $name: $why"; echo "  stderr: $(head -c 600 "$work/actual_stderr")"; fi
done
echo "$label: $pass passed, $fail failed"
[ $fail = 0 ]
