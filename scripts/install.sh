#!/bin/sh
# install.sh install DESTDIR PREFIX BINARY MANPAGE - install goedwerk;
# install.sh uninstall DESTDIR PREFIX - remove exactly what install put.
#
# Installed under PREFIX: bin/goedwerk, share/man/man1/goedwerk.1, the
# default card set, codebook and the demo bundle in share/goedwerk/, the
# README and docs/ in share/doc/goedwerk/.  Every file, and every folder
# install had to make, is written to share/goedwerk/MANIFEST (paths without
# DESTDIR); uninstall removes those files, then those folders when empty,
# then the manifest: nothing else is touched, also when the source tree has
# changed since.  Run from the repository root (make install does).
set -eu
what=$1 destdir=$2 prefix=$3
root=$destdir$prefix
manifest=share/goedwerk/MANIFEST

# The folders of a path under root that do not exist yet, outermost first.
new_dirs() {
	d=$1 list=""
	while [ ! -d "$root/$d" ] && [ "$d" != . ]; do
		list="$d $list"; d=$(dirname "$d")
	done
	for x in $list; do echo "dir $x"; done
}

put() { # SOURCE DEST MODE
	new_dirs "$(dirname "$2")" >> "$tmp"
	if ! mkdir -p "$root/$(dirname "$2")"; then
		echo "install.sh: could not make the folder $root/$(dirname "$2"); nothing is left installed" >&2
		exit 1
	fi
	if ! { cp "$1" "$root/$2.tmp" && chmod "$3" "$root/$2.tmp" && mv "$root/$2.tmp" "$root/$2"; }; then
		rm -f "$root/$2.tmp"
		echo "install.sh: could not install $root/$2; nothing is left installed" >&2
		exit 1
	fi
	echo "file $2" >> "$tmp"
}

# Remove the files of a list ("file PATH" lines), then its folders ("dir
# PATH"), innermost first; a folder that holds something else stays.
remove_listed() {
	while read -r kind path; do
		if [ "$kind" = file ]; then rm -f "$root/$path"; fi
	done < "$1"
	for d in $(sed -n 's/^dir //p' "$1" | awk '{ l[NR] = $0 } END { for (i = NR; i > 0; i--) print l[i] }'); do
		rmdir "$root/$d" 2>/dev/null || true
	done
}

case $what in
install)
	bin=$4 man=$5
	[ -x "$bin" ] || { echo "install.sh: no binary $bin (run make first)" >&2; exit 1; }
	[ -s "$man" ] || { echo "install.sh: no manual page $man (run make first)" >&2; exit 1; }
	if [ -f "$root/$manifest" ]; then "$0" uninstall "$destdir" "$prefix"; fi
	tmp=$(mktemp); done=0
	# a failed install (no permission, a full disk) takes back what it put
	trap '[ $done = 1 ] || remove_listed "$tmp"; rm -f "$tmp"' EXIT
	put "$bin" bin/goedwerk 755
	put "$man" share/man/man1/goedwerk.1 644
	for f in datasets/README.md datasets/cards/*.csv datasets/codebook/*.csv datasets/demo/*; do
		put "$f" "share/goedwerk/${f#datasets/}" 644
	done
	for f in README.md docs/*.md docs/*.png; do
		[ -f "$f" ] && put "$f" "share/doc/goedwerk/$f" 644
	done
	# folders first, in the order they were made; then the files
	{ grep '^dir ' "$tmp" | awk '!seen[$0]++'; grep '^file ' "$tmp"; } > "$root/$manifest.tmp"
	mv "$root/$manifest.tmp" "$root/$manifest"
	done=1
	echo "installed goedwerk in $root ($(grep -c '^file ' "$root/$manifest") files; make uninstall removes them)"
	;;
uninstall)
	if [ ! -f "$root/$manifest" ]; then
		echo "uninstall: goedwerk is not installed in $root (no $manifest)" >&2; exit 1
	fi
	n=$(grep -c '^file ' "$root/$manifest" || true)
	list=$(mktemp); trap 'rm -f "$list"' EXIT
	mv "$root/$manifest" "$list" # first, so that its folder can go too
	remove_listed "$list"
	echo "removed goedwerk from $root ($n files)"
	;;
*)
	echo "usage: install.sh install DESTDIR PREFIX BINARY MANPAGE | uninstall DESTDIR PREFIX" >&2
	exit 2
	;;
esac
