#!/bin/sh
# fuzz_seeds.sh TARGET DIR - seed inputs of a fuzz target from the CLI cases
# (see scripts/fuzz.sh): a file kind gets each case's file of that kind, the
# bundle target each case's bundle (files after "@@ NAME" lines) and pairs of
# them ("@@@@"), xlsx the workbooks made from the case bundles and by
# `goedwerk template`, whole and as their parts ("@@ PART" lines, see
# tests/fuzz/fuzz_targets.c).  Plus a field of 65535 and one of 65537 bytes.
set -eu
target=$1 seeds=$2
cd "$(dirname "$0")/.."
mkdir -p "$seeds"
prev=
for b in tests/cli/cases/*/bundle; do
	case_name=$(basename "$(dirname "$b")")
	case $target in
	bundle)
		f="$seeds/$case_name"
		: >"$f"
		[ -f "$b/sorts.csv" ] && cat "$b/sorts.csv" >>"$f"
		for k in "$b"/*.csv; do
			[ -f "$k" ] && [ "$(basename "$k")" != sorts.csv ] || continue
			printf '\n@@ %s\n' "$(basename "$k")" >>"$f"
			cat "$k" >>"$f"
		done
		if [ -n "$prev" ]; then
			{ cat "$f"; printf '\n@@@@\n'; cat "$prev"; } >"$seeds/pair_$case_name"
		fi
		prev=$f
		;;
	xlsx)
		/usr/bin/python3 tests/xlsx/csv2xlsx.py "$b" "$seeds/$case_name.xlsx" 2>/dev/null ||
			rm -f "$seeds/$case_name.xlsx"
		;;
	*)
		for k in "$b/$target.csv" "$b"/"$target"_*.csv; do
			[ -f "$k" ] && cp "$k" "$seeds/${case_name}_$(basename "$k")"
		done
		;;
	esac
done
if [ "$target" = xlsx ]; then
	[ -x ./goedwerk ] || make --no-print-directory goedwerk >/dev/null
	./goedwerk template "$seeds/template.xlsx" >/dev/null
	find tests/cli/cases -name '*.xlsx' -exec cp {} "$seeds/" \;
	# each workbook also as its parts, which the target zips (stored) itself
	/usr/bin/python3 - "$seeds" <<'PY'
import glob, sys, zipfile
for p in glob.glob(sys.argv[1] + "/*.xlsx"):
    try:
        z = zipfile.ZipFile(p)
    except zipfile.BadZipFile:
        continue
    out = b"".join(b"@@ " + n.encode() + b"\n" + z.read(n) + b"\n" for n in z.namelist()
                   if not n.startswith("docProps/"))
    open(p[:-5] + ".parts", "wb").write(out)
PY
	exit 0
fi
# a field of 65535 and one of 65537 bytes
python3 - "$seeds" "$target" <<'PY'
import sys
d, t = sys.argv[1], sys.argv[2]
head = {"sorts": "traject,participant,card,category\n"}.get(t, "traject,participant,description\n")
for n in (65535, 65537):
    open("%s/field_%d" % (d, n), "w").write(head + "t1,p1," + "x" * n + "\n")
PY
