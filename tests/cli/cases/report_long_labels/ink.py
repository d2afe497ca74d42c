#!/usr/bin/python3
"""ink.py PDF... - is any text or mark cut off at the edge of a chart?  A
label that runs off the page leaves dark pixels in the outermost columns or
rows; a chart that fits leaves a 2-pixel border white.  Each chart's PDF is
rasterised in grey by pdftoppm (poppler-utils; "ink: skipped" when it is
not installed).  Prints one line per chart with ink at an edge and exits 1;
prints "ink: ok N" otherwise."""
import shutil, subprocess, sys

if not shutil.which("pdftoppm"):
    print("ink: ok (skipped: no pdftoppm)")
    sys.exit(0)

def pgm(path):
    data = subprocess.run(["pdftoppm", "-gray", "-r", "96", path], check=True,
                          capture_output=True).stdout
    fields, pos = [], 0
    while len(fields) < 4:          # P5 width height maxval, then one whitespace byte
        while data[pos:pos + 1].isspace():
            pos += 1
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[pos:end])
        pos = end
    w, h = int(fields[1]), int(fields[2])
    return w, h, data[pos + 1:]

bad = 0
for path in sys.argv[1:]:
    w, h, px = pgm(path)
    edge = [(x, y) for y in range(h) for x in (0, 1, w - 2, w - 1)] + \
           [(x, y) for x in range(w) for y in (0, 1, h - 2, h - 1)]
    hits = [(x, y) for x, y in edge if px[y * w + x] < 160]
    if hits:
        bad += 1
        print(f"ink at the edge of {path.split('/')[-1]}: {len(hits)} pixels, first at x={hits[0][0]} y={hits[0][1]}")
print(f"ink: ok {len(sys.argv) - 1}" if not bad else f"ink: {bad} charts cut off")
sys.exit(1 if bad else 0)
