# common.sh - sourced by the fault scripts (run.sh, outputs.sh) with
# BINARY INJECTOR.so as $1 $2 and fault_label set: absolute paths bin, so
# and repo, a scratch folder tmp (removed on exit) as the working folder,
# and bad MESSAGE, which counts a failure in fail.
bin=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
so=$(cd "$(dirname "$2")" && pwd)/$(basename "$2")
repo=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 3
fail=0
bad() { echo "FAIL $fault_label: $*"; fail=$((fail + 1)); }
