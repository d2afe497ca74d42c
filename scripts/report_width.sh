#!/bin/sh
# report_width.sh REPORT.html - is the page no wider than the window?
# Renders the report with headless Chromium at 1280 and 800 px and compares
# document.documentElement.scrollWidth with the window width (a wide table
# or chart once made the page 2,522 px wide at 1,280).  Prints
# "report width: ok 1280 800", or "report width: skipped (no chromium)" and
# exits 0 when Chromium is not installed; exits 1 on a page too wide.
set -u
html=$1
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
	echo "report width: skipped (no chromium)"
	exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# A copy that writes its own scroll width into the DOM once laid out.
sed 's|</body>|<script>document.body.setAttribute("data-scroll-width", document.documentElement.scrollWidth)</script></body>|' \
	"$html" >"$tmp/page.html"
status=0 widths=""
for w in 1280 800; do
	got=$("$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$tmp/profile" \
		--window-size=$w,900 --dump-dom "file://$tmp/page.html" 2>/dev/null |
		sed -n 's/.*data-scroll-width="\([0-9]*\)".*/\1/p' | head -1)
	if [ -z "$got" ]; then
		echo "report width: chromium gave no width at $w px"
		exit 1
	fi
	if [ "$got" -gt "$w" ]; then
		echo "report width: $got px at a $w px window"
		status=1
	fi
	widths="$widths $w"
done
[ $status = 0 ] && echo "report width: ok$widths"
exit $status
