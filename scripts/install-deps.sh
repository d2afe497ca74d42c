#!/bin/sh
# install-deps.sh - install the Debian packages goedwerk needs, when missing.
# As root it runs apt-get; otherwise sudo when it can; else it prints the exact
# command and fails.  Extra package names on the command line are added
# (the benchmarks ask for python3-pandas and friends this way).
set -eu
PKGS="libgsl-dev libsqlite3-dev sqlite3 libcsv-dev libplplot-dev plplot-driver-cairo libcmocka-dev libxlsxwriter-dev libzip-dev libexpat1-dev valgrind pkg-config make gcc python3-pandas python3-scipy $*"
missing=""
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
cmd="apt-get install -y --no-install-recommends$missing"
if [ "$(id -u)" = 0 ]; then
	SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
	SUDO="sudo"
else
	echo "goedwerk needs these Debian packages:$missing" >&2
	echo "install them with:  sudo apt-get update && sudo $cmd" >&2
	exit 1
fi
echo "installing:$missing" >&2
# A fresh machine has no package lists yet; update once, quietly.
if ! $SUDO env DEBIAN_FRONTEND=noninteractive $cmd >/dev/null 2>&1; then
	$SUDO apt-get update -qq
	$SUDO env DEBIAN_FRONTEND=noninteractive $cmd
fi
