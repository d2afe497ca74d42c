#!/usr/bin/python3
"""longnames.py DEMO OUT - the demo bundle with the longest names a user may
give: organisations, groups and card labels of 90-110 characters (a card set
of its own, so the labels are its own)."""
import csv, os, shutil, sys

src, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)
ORG = "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties, Directoraat-Generaal "
GROUP = "-directie-uitvoering-en-handhaving-rijksdienst-noord"
CARD_NL = " en de verantwoordelijkheid daarvoor in de dagelijkse praktijk"
CARD_EN = " and the responsibility for it in daily practice at work"

def rewrite(name, fn):
    with open(os.path.join(src, name), newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    for r in rows:
        fn(r)
    fields = list(rows[0].keys())
    with open(os.path.join(out, name), "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fields)
        w.writeheader()
        w.writerows(rows)

def org(r): r["organisation"] = ORG + r["organisation"]
def group(r):
    if r.get("group"):
        r["group"] += GROUP
def card_set(r): r["card_set"] = "lang-30"
def card(r):
    card_set(r)
    r["label_nl"] += CARD_NL
    r["label_en"] += CARD_EN

rewrite("trajecten.csv", org)
rewrite("participants.csv", group)
rewrite("cards.csv", card)
rewrite("scale.csv", card_set)
rewrite("sorts.csv", card_set)
for name in ("codebook.csv", "dilemmas.csv", "group_tops.csv"):
    if name in ("dilemmas.csv", "group_tops.csv"):
        rewrite(name, group)
    else:
        shutil.copy(os.path.join(src, name), out)
