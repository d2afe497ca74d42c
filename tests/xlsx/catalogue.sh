#!/bin/sh
# catalogue.sh BINARY CASES_DIR - the CLI cases that check a bundle folder,
# run again with the bundle as one workbook (csv2xlsx.py): the same exit
# code, stdout and messages, each FILE:LINE:COLUMN: of bundle/KIND.csv now
# bundle.xlsx:KIND!CELL (sheet row = CSV line, column letters for numbers,
# a line alone its first cell A).
# Cases about CSV bytes have no workbook form and are left out (listed below
# with why).  Prints one line per differing case and a count; exit 1 on any.
set -u
bin=$1 cases=$2
here=$(cd "$(dirname "$0")" && pwd)
# CSV-only: bytes, encodings, quoting, row shapes (a sheet has no short row),
# and folder-level names that a workbook names differently.
skip=" check_bom_only check_bom_tab check_cp1252_undefined check_empty_file check_mixed_encoding
 check_multiline_field_lines check_nul_byte check_semicolon_cp1252_crlf check_stray_quote
 check_unterminated_quote check_utf16 check_short_row check_huge_field check_unknown_file_name
 check_no_sorts_file check_header_only_sorts check_optional_header_only "
skip=" $(echo $skip) "
tmp=$(mktemp -d) || exit 3
trap 'rm -rf "$tmp"' EXIT
n=0 bad=0
for c in "$cases"/check_*/; do
	name=$(basename "$c")
	case $skip in *" $name "*) continue ;; esac
	cmd=$(cat "$c/cmd")
	case $cmd in
	'$GOEDWERK check bundle' | '$GOEDWERK check --strict bundle') ;;
	*) continue ;;
	esac
	[ -d "$c/bundle" ] || continue
	w="$tmp/$name"
	mkdir -p "$w"
	/usr/bin/python3 "$here/csv2xlsx.py" "$c/bundle" "$w/bundle.xlsx" || { echo "$name: conversion failed"; bad=$((bad + 1)); continue; }
	(cd "$w" && GOEDWERK=$bin sh -c "$(echo "$cmd" | sed 's/bundle$/bundle.xlsx/')" >out 2>err)
	rc=$?
	n=$((n + 1))
	/usr/bin/python3 - "$c/stderr" > "$w/want_err" <<'PY'
import re, sys
def cell(m):
    kind, line, col = m.group(1), m.group(2), m.group(3)
    letters = ""
    n = int(col) if col else 1  # a row alone: its first cell
    while n:
        n, r = divmod(n - 1, 26)
        letters = chr(65 + r) + letters
    return f"bundle.xlsx:{kind}!{letters}{line}:"
for l in open(sys.argv[1], encoding="utf-8"):
    l = re.sub(r"^bundle/([^/:]+)\.csv:([0-9]+):(?:([0-9]+):)?", cell, l)
    l = re.sub(r"^bundle/([^/:]+)\.csv:", r"bundle.xlsx:\1:", l)
    l = re.sub(r"at bundle/([^/:]+)\.csv:([0-9]+)\)", r"at bundle.xlsx:\1!A\2)", l)
    sys.stdout.write(l)
PY
	why=""
	[ "$rc" = "$(cat "$c/exit")" ] || why="exit $rc, expected $(cat "$c/exit")"
	[ -z "$why" ] && [ -f "$c/stdout" ] && ! cmp -s "$c/stdout" "$w/out" && why="stdout: $(diff "$c/stdout" "$w/out" | head -4)"
	[ -z "$why" ] && [ -f "$c/stderr" ] && ! cmp -s "$w/want_err" "$w/err" && why="stderr: $(diff "$w/want_err" "$w/err" | head -6)"
	if [ -n "$why" ]; then
		echo "$name: $why"
		bad=$((bad + 1))
	fi
done
echo "xlsx catalogue: $n cases as workbooks, $bad differ"
[ "$bad" = 0 ]
