#!/bin/sh
# run-unit.sh TEST... - run cmocka test programs, stop at the first failure,
# and close with one "N passed, N failed" line over all of them.
set -u
pass=0; fail=0
for t in "$@"; do
	out=$("$t" 2>&1); rc=$?
	p=$(printf '%s\n' "$out" | sed -n 's/^\[  PASSED  \] \([0-9][0-9]*\) test.*/\1/p' | awk '{s+=$1} END {print s+0}')
	f=$(printf '%s\n' "$out" | sed -n 's/^\[  FAILED  \] \([0-9][0-9]*\) test.*/\1/p' | awk '{s+=$1} END {print s+0}')
	pass=$((pass + p)); fail=$((fail + f))
	if [ $rc -ne 0 ]; then
		printf '%s\n' "$out"
		[ "$f" -eq 0 ] && fail=$((fail + 1))
		echo "unit: $t failed (exit $rc)" >&2
		echo "$pass passed, $fail failed"
		exit 1
	fi
done
echo "unit: $pass passed, $fail failed"
