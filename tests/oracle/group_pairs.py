"""Reference values for tests/unit/test_group_pairs.c: Mann-Whitney U per
card and pair of age bands (scipy mannwhitneyu, exact when untied else
asymptotic with continuity), Cliff's delta by pair counting, BH q over all
rows of the factor (statsmodels-free: the step-up written out).
Run: /usr/bin/python3 tests/oracle/group_pairs.py"""
import numpy as np
from scipy.stats import mannwhitneyu

cats = np.array([[3, 1, 2], [2, 1, 3], [3, 2, 1], [3, 3, 2],
                 [1, 2, 3], [2, 3, 3], [1, 3, 0],
                 [1, 2, 1], [2, 1, 2]])
age = ["a<35"] * 4 + ["b35-49"] * 3 + ["c50+"] * 2
levels = sorted(set(age))
rows = []
for j in range(3):
    for ia in range(len(levels)):
        for ib in range(ia + 1, len(levels)):
            xa = [c[j] for c, g in zip(cats, age) if g == levels[ia] and c[j] != 0]
            xb = [c[j] for c, g in zip(cats, age) if g == levels[ib] and c[j] != 0]
            tied = len(set(xa + xb)) < len(xa + xb)
            m = "asymptotic" if tied else "exact"
            r = mannwhitneyu(xa, xb, method=m, use_continuity=True)
            d = np.sign(np.subtract.outer(xa, xb)).mean()
            rows.append((j, levels[ia], levels[ib], len(xa), len(xb), float(r.statistic),
                         float(r.pvalue), int(not tied), float(d)))
p = np.array([r[6] for r in rows])
m = len(p)
o = np.argsort(p)
q = np.empty(m)
q[o] = np.minimum.accumulate((p[o] * m / np.arange(1, m + 1))[::-1])[::-1].clip(max=1)
for r, qq in zip(rows, q):
    print("{%d, \"%s\", \"%s\", %d, %d, %r, %r, %d, %r, %r}," % (r + (float(qq),)))
