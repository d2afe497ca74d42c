#!/usr/bin/python3
"""check_tables.py OUT LANG CARDS.csv - the workbook `analyse --format xlsx`
wrote (OUT/tables.xlsx) holds what the CSVs in OUT/tables hold.

Read back with tests/xlsx/xlsxread.py (zipfile + ElementTree, not goedwerk):
a sheet per CSV, named like it; one header per column (Dutch headers differ
from the CSV's names somewhere; English ones are the names); the card label
column shows each card's label in LANG, taken from CARDS.csv; every other
cell equals the CSV's: text as text, numbers as numbers with a display format (a
real with decimals never the integer one), each equal to 16 significant digits (libxlsxwriter writes %.16G,
Excel itself keeps 15), empty as no cell, and an emptied value of a
suppressed row shaded; the header row frozen, an autofilter over the table.
Prints one line per problem and exits 1 on any."""
import csv
import glob
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import xlsxread  # noqa: E402

out, lang, cards_csv = sys.argv[1], sys.argv[2], sys.argv[3]
labels = {r["card"]: r["label_" + lang] for r in csv.DictReader(open(cards_csv, encoding="utf-8"))}
book = xlsxread.sheets(os.path.join(out, "tables.xlsx"))
styles = xlsxread.styles(os.path.join(out, "tables.xlsx"))
bad = []
n_cells = n_hidden = 0
# column names that are Dutch as they stand
SAME = {"U", "component", "consensus", "dominant", "exact", "factor", "lift", "n", "r", "scores",
        "traject", "z"}
dutch_differs = False

def same(csv_value, cell, col_name, where):
    global n_cells
    val, style = cell if cell else (None, 0)
    n_cells += 1
    if csv_value == "":
        if val is not None:
            bad.append(f"{where}: CSV empty, sheet has {val!r}")
        return
    try:
        num = float(csv_value)
        is_num = csv_value.strip() == csv_value and csv_value.lower() not in ("nan", "inf", "-inf", "infinity")
    except ValueError:
        is_num = False
    if isinstance(val, str):  # a text cell (a session "1" is text): the CSV's bytes
        is_num = False
    if is_num and not isinstance(val, float):
        bad.append(f"{where}: CSV number {csv_value}, sheet has {val!r}")
    elif is_num and "%.16g" % num != "%.16g" % val:
        bad.append(f"{where}: CSV {csv_value}, sheet {val!r}")
    elif is_num and styles[style][0] == "General":
        bad.append(f"{where}: number without a display format")
    elif is_num and not csv_value.lstrip("-").isdigit() and styles[style][0] in ("General", "0"):
        bad.append(f"{where}: real shown with format {styles[style][0]!r}")
    elif not is_num and val != csv_value:
        bad.append(f"{where}: CSV {csv_value!r}, sheet {val!r}")

for path in sorted(glob.glob(os.path.join(out, "tables", "*.csv"))):
    name = os.path.basename(path)[:-4]
    rows = list(csv.reader(open(path, encoding="utf-8", newline="")))
    if name not in book:
        bad.append(f"{name}: no sheet")
        continue
    sheet, head = book[name]["rows"], rows[0]
    view = []  # CSV column per sheet column; "label" for the card label
    for j, h in enumerate(head):
        if h == "label_nl" and "card" in head:
            view.append("label")
        else:
            view.append(j)
            if h == "card" and "label_nl" not in head:
                view.append("label")
    got_head = [sheet.get(1, {}).get(k + 1, (None, 0))[0] for k in range(len(view))]
    if sheet.get(1) and len(sheet[1]) != len(view):
        bad.append(f"{name}: {len(sheet[1])} headers, expected {len(view)}")
    want_head = [("label" if v == "label" else head[v]) for v in view]
    if lang == "en" and got_head != want_head:
        bad.append(f"{name}: headers {got_head}, expected {want_head}")
    dutch_differs |= lang == "nl" and got_head != want_head
    if lang == "nl":
        for g, w in zip(got_head, want_head):
            if g == w and w not in SAME:
                bad.append(f"{name}: column {w} has no Dutch header (src/output/headers.c)")
    if None in got_head:
        bad.append(f"{name}: a header is missing: {got_head}")
    card = head.index("card") if "card" in head else None
    sup = head.index("suppressed")
    for i, r in enumerate(rows[1:], start=2):
        cells = sheet.get(i, {})
        for k, v in enumerate(view):
            where = f"{name}!{xlsxread.col_letters(k + 1)}{i}"
            cell = cells.get(k + 1)
            if v == "label":
                want = labels.get(r[card], r[head.index("label_nl")] if "label_nl" in head else None)
                if (cell[0] if cell else None) != want:
                    bad.append(f"{where}: label {cell and cell[0]!r}, expected {want!r}")
                continue
            same(r[v], cell, head[v], where)
            if r[sup] == "1" and r[v] == "" and head[v] not in ("note",):
                if cell is None or not styles[cell[1]][1]:
                    bad.append(f"{where}: suppressed value not shaded")
                else:
                    n_hidden += 1
    xml = book[name]["xml"]
    ns = xlsxread.NS["m"]
    pane = xml.find(f".//{{{ns}}}pane")
    if pane is None or pane.get("ySplit") != "1" or pane.get("state") != "frozen":
        bad.append(f"{name}: header row not frozen")
    af = xml.find(f"{{{ns}}}autoFilter")
    want_ref = f"A1:{xlsxread.col_letters(len(view))}{len(rows)}"
    if af is None or af.get("ref") != want_ref:
        bad.append(f"{name}: autofilter {af is not None and af.get('ref')}, expected {want_ref}")

if lang == "nl" and not dutch_differs:
    bad.append("no Dutch header differs from the CSV names")
if n_hidden == 0:
    bad.append("no suppressed cell seen (the check of shading cannot fail)")
for b in bad[:30]:
    print(b)
print(f"{len(book)} sheets, {n_cells} cells, {n_hidden} suppressed cells shaded", file=sys.stderr)
print(f"tables.xlsx holds what the CSVs hold ({lang}): {len(bad)} problems")
sys.exit(1 if bad else 0)
