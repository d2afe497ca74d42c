#!/usr/bin/env python3
"""differencing.py - an attacker's check of goedwerk's published tables.

Written apart from the suppression engine (src/analyse/privacy.c): it reads
who is in which group straight from the store (SQL over the raw tables, not
goedwerk's loader), reads which groups the CSV tables publish (a row with
suppressed = 0), and then tries to work out a group of fewer than K people
or cases by subtraction, the way Hundepool et al., Handbook on Statistical
Disclosure Control (2024), ch. 4, describe disclosure by differencing in
linked and hierarchical tables:

  * a published group of 1..K-1 units (primary);
  * a count printed for a stratum of fewer than K units (factor_composition
    shows no 0 for an organisation of one person);
  * P minus published groups inside it: for every published or already
    derived group P, subtract (a) every single published group inside P and
    (b) all published groups of one stratifier inside P at once (parent minus
    its published children: org_type minus organisation, all minus the
    roles, ...), and repeat on what comes out, so that chains across the
    nesting (org_type - organisation - traject) are tried too.  Groups of
    different tables with the same people (value_frequencies, value_summary,
    value_consensus and agreement per phase x perspective) are combined.
A derived group of 1..K-1 units is a leak: additive statistics (counts,
sums = mean x n) of the groups subtract the same way.

usage: differencing.py --db STORE --tables DIR --min-cell K [--expect-leaks] [--first]
Exit 0 when no leak is found (with --expect-leaks: when at least one is),
1 otherwise; every leak is printed.
"""
import argparse
import csv
import os
import sqlite3
import sys
from collections import defaultdict

PEOPLE_TABLES = {  # table -> (stratum_type column, stratum column)
    "value_frequencies": ("stratum_type", "stratum"),
    "value_summary": ("stratum_type", "stratum"),
    "value_consensus": ("stratum_type", "stratum"),
    "agreement": ("scope_type", "scope"),
    "distinctive": ("unit_type", "unit"),
}
CASE_TABLES = {
    "dilemma_frequencies": ("stratum_type", "stratum"),
    "dilemma_cooccurrence": ("stratum_type", "stratum"),
    "dilemma_association_residuals": ("factor", "group"),
}
MAX_DERIVED = 200000


def read_table(d, name):
    path = os.path.join(d, name + ".csv")
    if not os.path.exists(path):
        return []
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def main_card_set(db):
    row = db.execute("SELECT card_set FROM sorts GROUP BY card_set ORDER BY count(*) DESC, card_set LIMIT 1").fetchone()
    return row[0] if row else None


def sort_rows(db):
    q = """SELECT s.id, s.traject, s.participant, s.phase, s.perspective, s.session, s.year, s.tbl,
                  t.organisation, t.org_type, p.grp, p.role, p.age_band, p.gender
           FROM sorts s JOIN trajecten t ON t.traject = s.traject
           LEFT JOIN participants p ON p.traject = s.traject AND p.participant = s.participant
           WHERE s.card_set = ?"""
    return db.execute(q, (main_card_set(db),)).fetchall()


def levels_of_sort(r):
    (_, traject, _, _, _, _, year, tbl, org, org_type, grp, role, age, gender) = r
    lv = {"all": "all", "traject": traject, "organisation": org, "org_type": org_type,
          "role": role, "age_band": age, "gender": gender,
          "year": str(year) if year else None,
          "group": f"{traject}/{grp}" if grp else None,
          "table": f"{traject}/{tbl}" if tbl else None}
    return {k: v for k, v in lv.items() if v not in (None, "")}


class Universe:
    """Units (ints) and the set (bitmask) of every group of one universe."""

    def __init__(self, name):
        self.name = name
        self.ids = {}
        self.groups = defaultdict(int)   # (type, level) -> bitmask
        self.published = set()           # (type, level)
        self.labels = {}                 # bitmask -> how it was derived

    def add(self, unit, levels):
        bit = 1 << self.ids.setdefault(unit, len(self.ids))
        for t, l in levels.items():
            self.groups[(t, l)] |= bit


def people_universes(db):
    us = {}
    for r in sort_rows(db):
        u = us.setdefault((r[3], r[4]), Universe(f"{r[3]} x {r[4]}"))
        u.add((r[1], r[2]), levels_of_sort(r))
    return us


def exchange_universes(db):
    """exchange_change: people with an individual and an exchange sort in the
    same perspective and session; the stratum is that of the individual sort."""
    rows = sort_rows(db)
    ex = {(r[1], r[2], r[4], r[5]) for r in rows if r[3] == "exchange"}
    us = {}
    for r in rows:
        if r[3] == "individual" and (r[1], r[2], r[4], r[5]) in ex:
            u = us.setdefault(r[4], Universe(f"exchange_change {r[4]}"))
            u.add((r[1], r[2]), levels_of_sort(r))
    return us


def case_universe(db):
    u = Universe("dilemma cases")
    q = """WITH best AS (SELECT traject, grp, role FROM (SELECT traject, grp, role, row_number()
             OVER (PARTITION BY traject, grp ORDER BY count(*) DESC, role) AS rn FROM participants
             WHERE role IS NOT NULL AND grp IS NOT NULL GROUP BY traject, grp, role) WHERE rn = 1)
           SELECT d.traject, d.case_id, d.session, d.year, t.organisation, t.org_type, b.role, d.grp
           FROM dilemmas d JOIN trajecten t ON t.traject = d.traject
           LEFT JOIN best b ON b.traject = d.traject AND b.grp = d.grp"""
    for traject, case, session, year, org, org_type, role, grp in db.execute(q):
        lv = {"all": "all", "traject": traject, "organisation": org, "org_type": org_type,
              "role": role, "session": session, "year": str(year) if year else None,
              "group": f"{traject}/{grp}" if grp else None}
        u.add((traject, case), {k: v for k, v in lv.items() if v not in (None, "")})
    return u


def mark_published(u, rows, tcol, lcol, where=lambda r: True):
    for r in rows:
        if r.get("suppressed") == "0" and where(r):
            u.published.add((r[tcol], r[lcol]))


def factor_universes(db, tables, leaks, k):
    """factor_composition: per factor, the people of its flagged sorts."""
    loads = read_table(tables, "factor_loadings")
    if not loads:
        return []
    person = {r[0]: r for r in sort_rows(db)}
    flagged = defaultdict(set)
    analysed = set()
    for r in loads:
        sid = int(r["sort"][1:]) if r["sort"].startswith("s") else None
        if sid not in person:
            continue
        analysed.add(sid)
        if r["flagged"] == "1":
            flagged[r["factor"]].add(sid)
    strata = ("organisation", "role", "age_band", "year")
    pop = defaultdict(set)  # (type, level) -> people among the analysed sorts
    for sid in analysed:
        lv = levels_of_sort(person[sid])
        for t in strata:
            pop[(t, lv.get(t, "unknown"))].add(person[sid][1:3])
    us = []
    chars = {r["factor"]: r for r in read_table(tables, "factor_characteristics")}
    for f, sids in sorted(flagged.items()):
        u = Universe(f"factor_composition factor {f}")
        for sid in sids:
            lv = levels_of_sort(person[sid])
            u.add(person[sid][1:3], {"all": "all", **{t: lv.get(t, "unknown") for t in strata}})
        if chars.get(f, {}).get("n_defining_people", "") != "":
            u.published.add(("all", "all"))
        us.append(u)
    for r in read_table(tables, "factor_composition"):
        key = (r["stratum_type"], r["stratum"])
        u = next((x for x in us if x.name.endswith(f" {r['factor']}")), None)
        if r["suppressed"] != "0":
            continue
        if u:
            u.published.add(key)
        if 0 < len(pop[key]) < k and r["n_people"] != "":
            leaks.append(f"factor_composition factor {r['factor']}: {key} has {len(pop[key])} people "
                         f"in the analysis and shows n_people {r['n_people']}")
    return us


def mark_rests(pu, rows):
    """distinctive publishes each unit's rest (every other sort): all minus
    the unit, a group of its own for the attacker."""
    for r in rows:
        u = pu.get((r.get("phase"), r.get("perspective")))
        key = (r["unit_type"], r["unit"])
        if u and r["suppressed"] == "0" and key in u.groups:
            rest = ("rest of " + r["unit_type"], r["unit"])
            u.groups[rest] = u.groups[("all", "all")] & ~u.groups[key]
            u.published.add(rest)


def popcount(x):
    return bin(x).count("1")


STOP_AT_FIRST = False


def attack(u, k, leaks):
    """Every subtraction of published groups inside a published or derived one."""
    pub = [(key, u.groups[key]) for key in sorted(u.published) if key in u.groups]
    by_type = defaultdict(list)
    for key, m in pub:
        by_type[key[0]].append((key, m))
    for key, m in pub:
        if 0 < popcount(m) < k:
            leaks.append(f"{u.name}: {key} is published with {popcount(m)} units")
    derived = {}
    work = []
    for key, m in pub:
        derived.setdefault(m, f"{key[0]} {key[1]}")
        work.append(m)
    while work and len(derived) < MAX_DERIVED and not (STOP_AT_FIRST and leaks):
        p = work.pop()
        name = derived[p]
        for t, cells in by_type.items():
            inside = [(key, m) for key, m in cells if m & ~p == 0 and m != p]
            if not inside:
                continue
            cand = [(f"{name} - {key[1]}", p & ~m) for key, m in inside]
            union = 0
            disjoint = True
            for _, m in inside:
                disjoint &= (union & m) == 0
                union |= m
            if disjoint and len(inside) > 1:
                cand.append((f"{name} - every published {t} in it", p & ~union))
            for label, d in cand:
                if d and d not in derived:
                    derived[d] = label
                    work.append(d)
                    if popcount(d) < k:
                        leaks.append(f"{u.name}: {label} = {popcount(d)} units")
    if len(derived) >= MAX_DERIVED:
        print(f"differencing: {u.name}: stopped after {MAX_DERIVED} derived groups", file=sys.stderr)
    return len(derived)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--db", required=True)
    ap.add_argument("--tables", required=True)
    ap.add_argument("--min-cell", type=int, required=True)
    ap.add_argument("--expect-leaks", action="store_true")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--first", action="store_true", help="stop at the first leak")
    a = ap.parse_args()
    global STOP_AT_FIRST
    STOP_AT_FIRST = a.first
    db = sqlite3.connect(f"file:{a.db}?mode=ro", uri=True)
    k = a.min_cell
    leaks = []
    universes = []
    pu = people_universes(db)
    for name, (tc, lc) in PEOPLE_TABLES.items():
        for r in read_table(a.tables, name):
            u = pu.get((r.get("phase"), r.get("perspective")))
            if u:
                mark_published(u, [r], tc, lc)
    mark_rests(pu, read_table(a.tables, "distinctive"))
    universes += pu.values()
    xu = exchange_universes(db)
    for r in read_table(a.tables, "exchange_change"):
        if r["perspective"] in xu:
            mark_published(xu[r["perspective"]], [r], "stratum_type", "stratum")
    universes += xu.values()
    cu = case_universe(db)
    for name, (tc, lc) in CASE_TABLES.items():
        mark_published(cu, read_table(a.tables, name), tc, lc)
    for r in read_table(a.tables, "dilemma_values"):
        if r["suppressed"] == "0":
            cu.published.add(("organisation", r["organisation"]))
    universes.append(cu)
    universes += factor_universes(db, a.tables, leaks, k)
    tried = 0
    for u in universes:
        if STOP_AT_FIRST and leaks:
            break
        tried += attack(u, k, leaks)
    for line in sorted(set(leaks)):
        print("leak:", line)
    if not a.quiet:
        print(f"differencing: {len(universes)} universes, {tried} groups published or derived, "
              f"{len(set(leaks))} leaks at K={k}")
    found = bool(leaks)
    return 0 if found == a.expect_leaks else 1


if __name__ == "__main__":
    sys.exit(main())
