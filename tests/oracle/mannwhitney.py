"""Reference values for tests/unit/test_stats_mannwhitney.c (scipy).
Run: /usr/bin/python3 tests/oracle/mannwhitney.py"""
import numpy as np
import scipy
from scipy.stats import mannwhitneyu

print("scipy", scipy.__version__)
# 1. exact, no ties, mid-size samples (n1 = 12, n2 = 17), a permutation of 1..29
x = [3, 7, 8, 12, 13, 15, 19, 21, 22, 26, 27, 29]
y = [1, 2, 4, 5, 6, 9, 10, 11, 14, 16, 17, 18, 20, 23, 24, 25, 28]
for m in ("exact", "asymptotic"):
    r = mannwhitneyu(x, y, method=m, use_continuity=True, alternative="two-sided")
    print("perm", m, repr(float(r.statistic)), repr(float(r.pvalue)))
# 2. exact at the largest size used (50 x 50), no ties: interleaved ranks
x = list(range(1, 101, 2))[:45] + list(range(92, 101, 2))
x = sorted(set(x))[:50]
y = sorted(set(range(1, 101)) - set(x))
r = mannwhitneyu(x, y, method="exact", alternative="two-sided")
print("big", len(x), len(y), repr(float(r.statistic)), repr(float(r.pvalue)))
# 3. five piles as counts (ties), asymptotic with continuity
a = [2, 5, 9, 4, 1]
b = [6, 8, 5, 2, 0]
xa = np.repeat(np.arange(5), a)
xb = np.repeat(np.arange(5), b)
r = mannwhitneyu(xa, xb, method="asymptotic", use_continuity=True)
print("piles", repr(float(r.statistic)), repr(float(r.pvalue)))
# 4. U equal to its mean, exact: p = 1 (scipy test_exact_U_equals_mean)
r = mannwhitneyu([1, 2, 3], [1.5, 2.5], method="exact")
print("umean", repr(float(r.statistic)), repr(float(r.pvalue)))
# Cliff's delta of the piles, by pair counting (independent of U)
d = np.sign(xa[:, None] - xb[None, :])
print("piles delta", repr(float(d.mean())))
