#!/usr/bin/python3
"""check_template.py TEMPLATE.xlsx CARDS.csv - the workbook of `goedwerk
template` has the sheets in order, the sorteringen headers (the sort
columns, then each card's Dutch label from CARDS.csv in its order), and the
drop-downs: phase, perspective and piles on sorteringen, the card on
groepstoppen, the tag on casussen, each over a list that exists (lijsten
columns with the cards, tags and piles).  Prints the problems; exit 1 on any."""
import csv
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import xlsxread  # noqa: E402

path, cards_csv = sys.argv[1], sys.argv[2]
book = xlsxread.sheets(path)
labels = [r["label_nl"] for r in csv.DictReader(open(cards_csv, encoding="utf-8"))]
bad = []
want_sheets = ["instructies", "trajecten", "deelnemers", "sorteringen", "groepstoppen", "casussen", "lijsten"]
if list(book) != want_sheets:
    bad.append(f"sheets {list(book)}, expected {want_sheets}")
sorts = book["sorteringen"]["rows"][1]
head = [sorts[j][0] for j in sorted(sorts)]
want = ["traject", "deelnemer", "sessie", "fase", "perspectief", "datum", "tafel"] + labels
if head != want:
    bad.append(f"sorteringen headers {head}, expected {want}")
lists = book["lijsten"]["rows"]
ns = "{%s}" % xlsxread.NS["m"]


def validations(sheet):
    return {v.get("sqref"): (v.findtext(f"{ns}formula1") or "") for v in book[sheet]["xml"].iter(f"{ns}dataValidation")}


def list_len(col):
    return sum(1 for r in lists if r > 1 and col in lists[r])


last = xlsxread.col_letters(7 + len(labels))
checks = [("sorteringen", "D2:D2001", '"individueel,na uitwisseling"'),
          ("sorteringen", "E2:E2001", '"ambtenaar,mens"'),
          ("sorteringen", f"H2:{last}2001", f"lijsten!$C$2:$C${list_len(3) + 1}"),
          ("groepstoppen", "D2:D2001", f"lijsten!$A$2:$A${list_len(1) + 1}"),
          ("casussen", "C2:C2001", f"lijsten!$B$2:$B${list_len(2) + 1}")]
for sheet, ref, formula in checks:
    got = validations(sheet).get(ref)
    if got != formula:
        bad.append(f"{sheet}!{ref}: drop-down {got!r}, expected {formula!r}")
if [lists[r][1][0] for r in sorted(lists) if r > 1 and 1 in lists[r]] != labels:
    bad.append("lijsten!A: not the cards' Dutch labels")
if list_len(2) == 0 or list_len(3) == 0:
    bad.append("lijsten: no tags or no piles")
if not any(re.search(r"goedwerk check", v[0]) for r in book["instructies"]["rows"].values() for v in r.values()):
    bad.append("instructies: no word on checking the workbook")
for b in bad:
    print(b)
print(f"template: {len(book)} sheets, {len(labels)} card columns, {list_len(2)} tags, {list_len(3)} piles, {len(bad)} problems")
sys.exit(1 if bad else 0)
