#!/bin/sh
# arch.sh BUILD_DIR SRC_DIR - the architecture check of `make check`.
#
# The layers, bottom to top, and what each may use (README "Developers"):
#
#   util     libc only
#   model    util
#   stats    util's allocator, GSL and libm: no stdio, no SQLite, no PLplot
#   store    model util + SQLite (the only writer of the store)
#   ingest   model util + libcsv, files, threads; no SQLite, no store
#   load     store model util + SQLite (the store's reading side)
#   analyse  stats model util; diagnostics to the stream it is given
#            (fprintf/fputs/vfprintf), no files, no SQLite, no PLplot
#   output   model util + files: the writers of tables
#   report   output analyse model util + PLplot and files; no statistic
#            (stats), no store, no cli
#   cli      everything
#
# Two checks per layer:
#   symbols  `nm -u` of the layer's objects: a symbol defined in another
#            layer's objects must come from an allowed layer; a symbol from
#            a library must match the layer's allowed or not its forbidden
#            list.  This sees calls made through any header, unlike a grep.
#   includes every #include of the layer's sources: project headers of an
#            allowed layer only, and no forbidden system header.
# Prints each violation as LAYER/FILE: what (why); exits 1 on any.
# `arch.sh --self-test BUILD_DIR SRC_DIR` plants a stats file that calls
# fopen and sqlite3_close and includes store.h, and fails unless the check
# finds all three.
set -u

layers="util model stats store ingest load analyse output report cli"

allowed_layers() {
	case $1 in
	util) echo "" ;;
	model) echo "util" ;;
	stats) echo "util" ;;
	store) echo "model util" ;;
	ingest) echo "model util" ;;
	load) echo "store model util" ;;
	analyse) echo "stats model util" ;;
	output) echo "model util" ;;
	report) echo "output analyse model util" ;;
	cli) echo "$layers" ;;
	esac
}

# Library symbols: stats lists what it may use, the others what they may not.
stats_allowed='^(gsl_[A-Za-z0-9_]+|sqrt|exp|expm1|log|log1p|log2|log10|pow|fabs|fmin|fmax|floor|ceil|round|lround|llround|trunc|ldexp|frexp|erf|erfc|lgamma|tgamma|hypot|sincos|sin|cos|atan2|isnan|memcpy|memmove|memset|memcmp|qsort|bsearch|abort|malloc|calloc|realloc|free)$'
forbidden() {
	case $1 in
	util|model|output|ingest) echo '^(sqlite3_|c_pl|pl[a-z]+$)' ;;
	store|load) echo '^(c_pl|pl[a-z]+$)' ;;
	analyse) echo '^(sqlite3_|c_pl|pl[a-z]+$|fopen|fdopen|freopen|fclose|fwrite|fputc|putc|putchar|puts|printf|fgets|fread|getline|remove|rename|mkdir|unlink|isatty|fileno|opendir)' ;;
	report) echo '^(sqlite3_)' ;;
	*) echo '^$' ;;
	esac
}

# System headers a layer may not include.
forbidden_headers() {
	case $1 in
	stats) echo 'stdio\.h|sqlite3\.h|plplot\.h|csv\.h' ;;
	analyse) echo 'sqlite3\.h|plplot\.h|csv\.h' ;;
	util|model|output|ingest) echo 'sqlite3\.h|plplot\.h' ;;
	report) echo 'sqlite3\.h|csv\.h' ;;
	*) echo '^$' ;;
	esac
}

# The layer a project header belongs to.
header_layer() {
	case $1 in
	goedwerk/stats/*) echo stats ;;
	goedwerk/alloc.h|goedwerk/messages.h|goedwerk/strpool.h|goedwerk/number.h|goedwerk/file.h|goedwerk/textdist.h|goedwerk/sha256.h|goedwerk/status.h|goedwerk/diag.h|goedwerk/membuf.h) echo util ;;
	goedwerk/bundle.h|goedwerk/table.h|goedwerk/dataset.h|goedwerk/attribute.h|goedwerk/version.h) echo model ;;
	goedwerk/store.h) echo store ;;
	goedwerk/ingest.h) echo ingest ;;
	goedwerk/load.h) echo load ;;
	goedwerk/analyse.h|goedwerk/factors.h|goedwerk/privacy.h) echo analyse ;;
	goedwerk/output.h) echo output ;;
	goedwerk/report.h) echo report ;;
	goedwerk/cli.h) echo cli ;;
	goedwerk/*) echo unknown ;;
	*) echo local ;;
	esac
}

in_list() { case " $2 " in *" $1 "*) return 0 ;; esac; return 1; }

# The objects of a layer's current sources (a stale object of a moved file
# is not the layer's).
objects() {
	for c in "$2/$3"/*.c; do
		[ -f "$c" ] || continue
		o="$1/$3/$(basename "$c" .c).o"
		[ -f "$o" ] && echo "$o"
	done
}

check() {
	build=$1 src=$2 bad=0
	tmp=$(mktemp -d) || exit 3
	# symbol -> defining layer
	for l in $layers; do
		objs=$(objects "$build" "$src" "$l")
		[ -n "$objs" ] || continue
		# shellcheck disable=SC2086
		nm --defined-only -g $objs 2>/dev/null | awk -v l="$l" 'NF == 3 { print $3, l }'
	done | sort -u > "$tmp/defs"
	for l in $layers; do
		ok="$(allowed_layers "$l") $l"
		objs=$(objects "$build" "$src" "$l")
		[ -n "$objs" ] || continue
		# one nm per layer: "file sym" for every undefined symbol
		# shellcheck disable=SC2086
		nm -A -u $objs | awk '{ f = $1; sub(/:$/, "", f); n = split(f, p, "/"); sub(/\.o$/, "", p[n]); print p[n], $NF }' > "$tmp/undef"
		out=$(awk -v layer="$l" -v ok=" $ok " -v deny="$(forbidden "$l")" -v allow="$stats_allowed" \
			-v may="$(allowed_layers "$l")" '
			FNR == NR { owner[$1] = $2; next }
			{
				file = $1; sym = $2
				if (sym in owner) {
					if (index(ok, " " owner[sym] " ") == 0)
						printf "arch: %s/%s: calls %s of %s (a %s file may use: %s)\n", layer, file, sym, owner[sym], layer, may
				} else if (layer == "stats") {
					if (sym !~ allow)
						printf "arch: stats/%s: calls %s (stats may use libm, GSL and the allocator only)\n", file, sym
				} else if (sym ~ deny)
					printf "arch: %s/%s: calls %s (not in the %s layer)\n", layer, file, sym, layer
			}' "$tmp/defs" "$tmp/undef")
		if [ -n "$out" ]; then
			echo "$out"
			bad=1
		fi
		# includes
		hdeny=$(forbidden_headers "$l")
		for f in "$src/$l"/*.c "$src/$l"/*.h; do
			[ -f "$f" ] || continue
			sed -n 's/^[ 	]*#[ 	]*include[ 	]*[<"]\([^>"]*\)[>"].*/\1/p' "$f" > "$tmp/inc"
			while read -r h; do
				hl=$(header_layer "$h")
				case $hl in
				local)
					if echo "$h" | grep -qE "^($hdeny)\$"; then
						echo "arch: $l/$(basename "$f"): includes <$h> (not in the $l layer)"
						bad=1
					fi ;;
				*)
					if ! in_list "$hl" "$ok"; then
						echo "arch: $l/$(basename "$f"): includes $h of $hl (a $l file may use: $(allowed_layers "$l"))"
						bad=1
					fi ;;
				esac
			done < "$tmp/inc"
		done
	done
	rm -rf "$tmp"
	return $bad
}

if [ "${1:-}" = --self-test ]; then
	build=$2 src=$3
	t=$(mktemp -d) || exit 3
	trap 'rm -rf "$t"' EXIT
	cp -r "$build" "$t/build"
	cp -r "$src" "$t/src"
	cat > "$t/src/stats/planted.c" <<'EOF'
/* planted.c - a stats file that breaks the rules through another header:
 * store.h brings <stdio.h> (via diag.h), so no forbidden system header is
 * named here, yet fopen and store_close are called. */
#include "goedwerk/store.h"
void planted(struct store *s);
void planted(struct store *s)
{
	FILE *f = fopen("/dev/null", "w");
	if (f)
		fclose(f);
	store_close(s);
}
EOF
	${CC:-cc} -std=c11 -I"$(dirname "$src")/include" -c -o "$t/build/stats/planted.o" "$t/src/stats/planted.c" || exit 3
	out=$(check "$t/build" "$t/src")
	for want in "stats/planted: calls fopen" "stats/planted: calls store_close of store" "stats/planted.c: includes goedwerk/store.h of store"; do
		echo "$out" | grep -qF "$want" || { echo "arch self-test: the check missed: $want" >&2; exit 1; }
	done
	echo "arch self-test: a planted violation is found (fopen, store_close, store.h in src/stats)"
	exit 0
fi

check "$1" "$2" || exit 1
echo "arch: $(echo $layers | wc -w) layers, every call and include goes down the pipeline"
