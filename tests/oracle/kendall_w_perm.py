#!/usr/bin/python3
"""Independent Monte-Carlo estimate of the permutation p-value of Kendall's W
for the irr `anxiety` data (kendall_w.json): shuffle each rater's scores
independently, p = (1 + #{S_perm >= S_obs}) / (1 + B).  numpy RNG, so only
the value (not the draws) is comparable with the C code.  Printed output is
typed into tests/unit/test_stats_agreement.c."""
import numpy as np
from scipy.stats import rankdata

x = np.array([
    [3, 3, 3, 4, 5, 5, 2, 3, 5, 2, 2, 6, 1, 5, 2, 2, 1, 2, 4, 3],
    [3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4],
    [2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2]], float)
r = np.apply_along_axis(rankdata, 1, x)
m, n = r.shape
def S(r):
    return ((r.sum(0) - m * (n + 1) / 2) ** 2).sum()
s0 = S(r)
rng = np.random.default_rng(20261122)
B = 200000
hits = 0
for _ in range(B):
    rp = np.array([rng.permutation(row) for row in r])
    hits += S(rp) >= s0 - 1e-9
p = (1 + hits) / (1 + B)
print(f"S_obs {s0} perm p {p:.5f} (SE {np.sqrt(p*(1-p)/B):.5f})")
