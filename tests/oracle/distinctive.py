"""Reference values for tests/unit/test_distinctive.c: each organisation of
12 sorts x 3 cards (piles 1..3, 0 = card left out; X 5 people, Y 4, Z 2, one
sort of no organisation) against all the other sorts: Welch's interval of
the mean difference (scipy t quantile, Welch-Satterthwaite df, raw values),
Newcombe's hybrid score interval of the top-pile share difference (scipy
Wilson intervals), scipy mannwhitneyu (asymptotic with continuity: every
comparison has ties), Cliff's delta by pair counting, BH over every tested
row of the unit type (the step-up written out).
Run: /usr/bin/python3 tests/oracle/distinctive.py [min_cell]
     /usr/bin/python3 tests/oracle/distinctive.py groups
the second: groups within their traject (traject T1 = sorts 1-8 with groups
g1 = sorts 1-5 and g2 = sorts 6-8, T2 = sorts 9-12, one group g3): each
group against the other sorts of its traject; g3 has no rest; BH over the
six rows of g1 and g2."""
import os
import sys
import numpy as np
from scipy import stats

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from compare import newcombe, welch  # noqa: E402

cats = [[3, 1, 2], [3, 2, 1], [2, 1, 3], [3, 3, 1], [2, 1, 3],
        [1, 3, 2], [1, 2, 3], [2, 3, 1], [1, 3, 0],
        [3, 1, 2], [3, 2, 1],
        [2, 2, 2]]
org = ["X"] * 5 + ["Y"] * 4 + ["Z"] * 2 + [None]
GROUPS = len(sys.argv) > 1 and sys.argv[1] == "groups"
K = 2 if GROUPS or len(sys.argv) < 2 else int(sys.argv[1])
if GROUPS:  # the units are groups, each's rest the rest of its traject
    traject = ["T1"] * 8 + ["T2"] * 4
    org = ["g1"] * 5 + ["g2"] * 3 + ["g3"] * 4

rows = []
for u in (["g1", "g2", "g3"] if GROUPS else ["X", "Y", "Z"]):
    mine = [True] * len(org)
    if GROUPS:  # only the sorts of the group's traject
        t = traject[org.index(u)]
        mine = [x == t for x in traject]
    nu = org.count(u)
    if nu < K or sum(mine) - nu < K:
        continue
    for j in range(3):
        a = [c[j] for c, o in zip(cats, org) if o == u and c[j]]
        b = [c[j] for c, o, m in zip(cats, org, mine) if o != u and m and c[j]]
        d, lo, hi = welch(a, b)
        td, tlo, thi = newcombe(a.count(3), len(a), b.count(3), len(b))
        mw = stats.mannwhitneyu(a, b, method="asymptotic", use_continuity=True)
        delta = np.sign(np.subtract.outer(a, b)).mean()
        rows.append([u, j, len(a), len(b), d, lo, hi, td, tlo, thi, float(mw.statistic),
                     float(mw.pvalue), float(delta)])
p = np.array([r[11] for r in rows])
m = len(p)
o = np.argsort(p)
q = np.empty(m)
q[o] = np.minimum.accumulate((p[o] * m / np.arange(1, m + 1))[::-1])[::-1].clip(max=1)
for r, qq in zip(rows, q):
    print("{\"%s\", %d, %d, %d, %r, %r, %r, %r, %r, %r, %r, %r, %r, %r}," % tuple(r + [float(qq)]))
