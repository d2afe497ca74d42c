#!/usr/bin/python3
"""bench_peer_check.py - do goedwerk and the pandas peer compute the same numbers?

Usage: bench_peer_check.py GOEDWERK_TABLES_DIR PEER_OUT_DIR [--strict]

For every table both wrote, rows are joined on the table's key columns and
every value column both have is compared: numbers within a relative 1e-6
(absolute near 0), text exactly.  Rows goedwerk suppressed are left out (the
peer has no secondary suppression, so it shows what goedwerk hides); a row
or cell only one of the two has is counted, not compared.  Prints one line
per table and column with the counts and the largest difference; with
--strict exits 1 when any compared cell differs or a table is missing or
has no matched row.
Debian /usr/bin/python3 (pandas).
"""

import os
import sys

import numpy as np
import pandas as pd

KEYS = {
    "value_frequencies": ["phase", "perspective", "stratum_type", "stratum", "card", "category"],
    "value_summary": ["phase", "perspective", "stratum_type", "stratum", "card"],
    "value_consensus": ["phase", "perspective", "stratum_type", "stratum", "card"],
    "agreement": ["scope_type", "scope", "phase", "perspective"],
    "exchange_change": ["perspective", "stratum_type", "stratum"],
    "group_differences": ["phase", "perspective", "factor", "card", "test"],
    "group_pairs": ["phase", "perspective", "factor", "card", "group_a", "group_b"],
    "perspective_gap": ["card"],
    "trends": ["phase", "perspective", "card", "metric"],
    "group_tops": ["card"],
    "group_tops_tables": ["traject"],
    "dilemma_frequencies": ["stratum_type", "stratum", "level", "tag", "pillar", "axis"],
    "dilemma_cooccurrence": ["stratum_type", "stratum", "tag_a", "tag_b"],
}
SKIP = {"suppressed", "note", "label_nl", "category_label"}
RTOL = 1e-6


def read(path):
    return pd.read_csv(path, dtype=str, keep_default_na=False)


def compare_column(g, p):
    """(compared, differing, only_one, largest difference or None)."""
    ge, pe = g == "", p == ""
    only = int((ge != pe).sum())
    both = ~ge & ~pe
    gn = pd.to_numeric(g[both], errors="coerce")
    pn = pd.to_numeric(p[both], errors="coerce")
    num = gn.notna() & pn.notna()
    a, b = gn[num].to_numpy(float), pn[num].to_numpy(float)
    d = np.abs(a - b)
    bad = d > RTOL * np.maximum(1.0, np.abs(a))
    text = ~num
    tbad = (g[both][text] != p[both][text])
    diff = int(bad.sum() + tbad.sum())
    return int(both.sum()), diff, only, (float(d.max()) if len(d) else None)


def check_table(name, gdir, pdir):
    g, p = read(os.path.join(gdir, name + ".csv")), read(os.path.join(pdir, name + ".csv"))
    keys = [k for k in KEYS[name] if k in g.columns and k in p.columns]
    if "suppressed" in g.columns:
        g = g[g["suppressed"] != "1"]
    g = g.drop_duplicates(keys)
    p = p.drop_duplicates(keys)
    m = g.merge(p, on=keys, suffixes=("_g", "_p"))
    cols = [c for c in g.columns if c in p.columns and c not in keys and c not in SKIP]
    lines, bad = [], 0
    lines.append("%-22s goedwerk %7d rows (unsuppressed), peer %7d, matched %7d on %s"
                 % (name, len(g), len(p), len(m), ",".join(keys)))
    for c in cols:
        n, diff, only, big = compare_column(m[c + "_g"], m[c + "_p"])
        bad += diff
        lines.append("  %-28s compared %7d  differ %6d  empty in one %6d  max |d| %s"
                     % (c, n, diff, only, "-" if big is None else "%.3g" % big))
    return lines, bad, len(m)


def main():
    args = [a for a in sys.argv[1:] if a != "--strict"]
    if len(args) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    gdir, pdir = args
    total_bad, empty = 0, []
    for name in KEYS:
        if not (os.path.exists(os.path.join(gdir, name + ".csv"))
                and os.path.exists(os.path.join(pdir, name + ".csv"))):
            print("%-22s not written by both" % name)
            empty.append(name)
            continue
        lines, bad, matched = check_table(name, gdir, pdir)
        print("\n".join(lines))
        total_bad += bad
        if matched == 0:
            empty.append(name)
    print("peer check: %d differing cells; tables missing or without a matched row: %s"
          % (total_bad, ", ".join(empty) or "none"))
    return 1 if "--strict" in sys.argv and (total_bad or empty) else 0


if __name__ == "__main__":
    sys.exit(main())
