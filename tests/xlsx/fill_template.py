#!/usr/bin/python3
"""fill_template.py TEMPLATE.xlsx BUNDLE_DIR OUT.xlsx - fill a workbook of
`goedwerk template` with the rows of a CSV bundle, as someone typing the
paper cards would: each CSV row a row of the sheet of its kind (trajecten,
deelnemers, sorteringen, groepstoppen, casussen), each value in the column
whose header means that CSV column (the template's Dutch headers), using
the drop-downs' words (a pile by its label from lijsten, a group top's card
by its Dutch label, individueel / na uitwisseling, ambtenaar / mens), ISO
dates as date serials in the template's date style, whole numbers as
numbers.  Everything else of the template is kept as it is.  Standard
library only; the template is read with xlsxread.py."""
import csv
import datetime
import os
import re
import sys
import zipfile
from xml.sax.saxutils import escape

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import xlsxread  # noqa: E402

template, bundle, out = sys.argv[1:4]
# the template's Dutch headers -> the CSV columns they stand for
MEANS = {"deelnemer": "participant", "sessie": "session", "fase": "phase", "perspectief": "perspective",
         "datum": "date", "tafel": "table", "organisatie": "organisation", "omschrijving": "description",
         "rol": "role", "groep": "group", "geslacht": "gender", "leeftijd": "age",
         "geboortejaar": "birth_year", "leeftijdsgroep": "age_band", "rang": "rank", "kaart": "card",
         "casus": "case", "pijler": "pillar"}
SHEET_OF = {"trajecten": "trajecten", "participants": "deelnemers", "sorts": "sorteringen",
            "group_tops": "groepstoppen", "dilemmas": "casussen"}
WORDS = {"phase": {"individual": "individueel", "exchange": "na uitwisseling"},
         "perspective": {"professional": "ambtenaar", "personal": "mens"}}

book = xlsxread.sheets(template)
styles = xlsxread.styles(template)
date_style = next(i for i, (code, _) in enumerate(styles) if code == "d-m-yyyy")
lists = book["lijsten"]["rows"]
cards = {r["card"]: r["label_nl"] for r in csv.DictReader(open(os.path.join(bundle, "cards.csv"), encoding="utf-8"))}
label_card = {v: k for k, v in cards.items()}
piles = [lists[i][3][0] for i in sorted(lists) if i > 1 and 3 in lists[i]]


def cell(ref, v, col_name):
    if col_name == "date" and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", v):
        serial = (datetime.date.fromisoformat(v) - datetime.date(1899, 12, 30)).days
        return f'<c r="{ref}" s="{date_style}"><v>{serial}</v></c>'
    if re.fullmatch(r"-?(0|[1-9][0-9]{0,14})", v):
        return f'<c r="{ref}"><v>{v}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{escape(v)}</t></is></c>'


def rows_for(kind, header):
    """The sheet rows (2, 3, ...) for the CSV of kind, in the template's columns."""
    want = [MEANS.get(h, h) for h in header]
    out_rows = []
    for r in csv.DictReader(open(os.path.join(bundle, kind + ".csv"), encoding="utf-8")):
        cells = []
        for j, (h, col) in enumerate(zip(header, want), start=1):
            if h in label_card:  # a card column of the wide sorts
                v = r.get(label_card[h], "")
                v = piles[int(v) - 1] if v else ""
            else:
                v = r.get(col, "")
                v = WORDS.get(col, {}).get(v, v)
                if kind == "group_tops" and col == "card" and v:
                    v = cards[v]
            if v != "":
                cells.append(cell(f"{xlsxread.col_letters(j)}{len(out_rows) + 2}", v, col))
        out_rows.append(f'<row r="{len(out_rows) + 2}">{"".join(cells)}</row>')
    return "".join(out_rows)


with zipfile.ZipFile(template) as z:
    parts = {n: z.read(n) for n in z.namelist()}
for kind, sheet in SHEET_OF.items():
    if not os.path.exists(os.path.join(bundle, kind + ".csv")):
        continue
    rows = book[sheet]["rows"]
    header = [rows[1][j][0] for j in sorted(rows[1])]
    part = next(n for n in parts if n.startswith("xl/worksheets/sheet") and
                xlsxread.sheets_part_name(template, sheet) == n)
    xml = parts[part].decode("utf-8")
    filled = rows_for(kind, header)
    # the header row stays; the typed rows follow it inside sheetData
    xml = re.sub(r"(<row r=\"1\"[^>]*>.*?</row>)", lambda m: m.group(1) + filled, xml, count=1, flags=re.S)
    parts[part] = xml.encode("utf-8")
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for n, b in parts.items():
        z.writestr(n, b)
