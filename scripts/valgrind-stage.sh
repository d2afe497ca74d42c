#!/bin/sh
# valgrind-stage.sh BINARY - the valgrind stage of `make check`: the CLI cases
# with BINARY under valgrind.  A missing valgrind is installed first
# (scripts/install-deps.sh, or $GOEDWERK_INSTALL_DEPS); when that fails the
# stage fails, since a check that skips valgrind without a word passes on a
# fresh machine (issue 11).  NO_VALGRIND=1 skips the stage, and says so.
set -u
here=$(cd "$(dirname "$0")" && pwd)
if [ "${NO_VALGRIND:-0}" = 1 ]; then
	echo "valgrind: skipped (NO_VALGRIND=1)"
	exit 0
fi
if ! command -v valgrind >/dev/null 2>&1; then
	if ! "${GOEDWERK_INSTALL_DEPS:-$here/install-deps.sh}" valgrind ||
	   ! command -v valgrind >/dev/null 2>&1; then
		echo "valgrind: not installed and could not be installed (see above); the valgrind" \
		     "stage fails (NO_VALGRIND=1 skips it)" >&2
		exit 1
	fi
fi
VALGRIND=1 exec "$here/../tests/cli/run.sh" "$1"
