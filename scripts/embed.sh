#!/bin/sh
# embed.sh NAME FILE - print FILE as a C string constant `const char NAME[]`,
# so the default card set and codebook ship inside the binary (datasets/ is
# their source).
set -eu
printf '/* generated from %s by scripts/embed.sh; do not edit */\n' "$2"
printf 'const char %s[] =\n' "$1"
sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/"/' -e 's/$/\\n"/' "$2"
printf ';\n'
