#!/usr/bin/python3
"""Independent values for tests/unit/test_group_tops_summary.c: six tables of
an exchange (within-table Kendall's W of the members' complete sorts, by
scipy.stats.friedmanchisquare: W = chi2 / (m (n-1)), the tie-corrected
Friedman statistic; quartiles over the tables by numpy.percentile, linear =
R type 7) and the counts of what the tables reached.  Prints the sorts as a
C array (0 = card not placed) and the expected values."""
import numpy as np
from scipy import stats

rng = np.random.default_rng(12)
members = {"t1": 4, "t2": 3, "t3": 4, "t4": 1, "t5": 3, "t6": 4}
traject = {"t1": "T1", "t2": "T1", "t3": "T1", "t4": "T1", "t5": "T2", "t6": "T2"}
kind = {"t1": "four", "t2": "three", "t3": "fewer", "t4": "none", "t5": "four", "t6": "four"}
rows, table = [], []
for t, m in members.items():
    for _ in range(m):
        rows.append(list(rng.integers(1, 6, size=6)))
        table.append(t)
rows[5][2] = 0          # t2's second member left card 3 out: incomplete
rows.append([3] * 6)    # a sort in no table
table.append(None)
print("static const int cats[] = {")
for r, t in zip(rows, table):
    print("\t" + ", ".join(map(str, r)) + f", /* {t} */")
print("};")

def w_of(t):
    s = [r for r, u in zip(rows, table) if u == t]
    cards = [j for j in range(6) if any(r[j] for r in s)]
    comp = [[r[j] for j in cards] for r in s if all(r[j] for j in cards)]
    if len(comp) < 2:
        return None
    chi2, _ = stats.friedmanchisquare(*np.array(comp, float).T)
    return chi2 / (len(comp) * (len(cards) - 1))

ws = {t: w_of(t) for t in members}
for t in members:
    print(t, "W", repr(ws[t]))
for name, ts in (("all", list(members)), ("T1", [t for t in members if traject[t] == "T1"]),
                 ("T2", [t for t in members if traject[t] == "T2"])):
    v = [ws[t] for t in ts if ws[t] is not None]
    q = np.percentile(v, [25, 50, 75])
    counts = {k: sum(1 for t in ts if kind[t] == k) for k in ("four", "three", "fewer", "none")}
    print(name, "tables", len(ts), counts, "members", sum(members[t] for t in ts),
          "with_w", len(v), "q1 %r median %r q3 %r" % tuple(q))
