"""Reference values for tests/unit/test_exchange_change.c: per-pair Spearman
footrule on mid-ranks (scipy rankdata), its quartiles per stratum (numpy
percentile, linear = R type 7), Kruskal-Wallis between strata (scipy
kruskal) and epsilon2 = H/(N-1).  12 people, 6 cards, piles 1..3; the
individual sort of person p is IND[p], the exchange sort EXC[p].
Run: /usr/bin/python3 tests/oracle/exchange_change_kw.py"""
import numpy as np
from scipy.stats import rankdata, kruskal

rng = np.random.default_rng(7)
IND = rng.integers(1, 4, size=(12, 6))
EXC = IND.copy()
# move a number of cards that grows with the age band: a changes least
age = ["a"] * 5 + ["b"] * 4 + ["c"] * 3
role = ["r1", "r2"] * 6
for p in range(12):
    k = {"a": 1, "b": 2, "c": 4}[age[p]] + p % 2
    idx = rng.choice(6, size=k, replace=False)
    EXC[p, idx] = rng.integers(1, 4, size=k)
print("IND", IND.ravel().tolist())
print("EXC", EXC.ravel().tolist())
F = np.array([abs(rankdata(IND[p]) - rankdata(EXC[p])).sum() for p in range(12)])
print("footrule", F.tolist())
for name, lab in (("age_band", age), ("role", role)):
    levels = sorted(set(lab))
    groups = [F[[i for i in range(12) if lab[i] == l]] for l in levels]
    for l, g in zip(levels, groups):
        q = np.percentile(g, [25, 50, 75])
        print(name, l, "median %r q25 %r q75 %r" % (q[1], q[0], q[2]))
    h, p = kruskal(*groups)
    print(name, "kw H %r df %d p %r eps2 %r" % (h, len(groups) - 1, p, h / (len(F) - 1)))
q = np.percentile(F, [25, 50, 75])
print("all median %r q25 %r q75 %r" % (q[1], q[0], q[2]))
# --min-cell 4: band c (3 people) is left out of the test
h, p = kruskal(F[:5], F[5:9])
print("age_band a-b only: kw H %r p %r eps2 %r" % (h, p, h / 8))
