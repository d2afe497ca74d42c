"""Reference values for tests/unit/test_stats_compare.c: Welch's interval of
a difference in means (scipy.stats.t quantile, Welch-Satterthwaite df, from
the raw values with numpy's ddof=1 variance) and Newcombe's hybrid score
interval of a difference in proportions (his method 10) from scipy's Wilson
intervals (binomtest(...).proportion_ci(method='wilson')).
Run: /usr/bin/python3 tests/oracle/compare.py"""
import numpy as np
from scipy import stats

def welch(a, b):
    a, b = np.asarray(a, float), np.asarray(b, float)
    va, vb = a.var(ddof=1) / len(a), b.var(ddof=1) / len(b)
    df = (va + vb) ** 2 / (va ** 2 / (len(a) - 1) + vb ** 2 / (len(b) - 1))
    h = stats.t.ppf(0.975, df) * np.sqrt(va + vb)
    d = a.mean() - b.mean()
    return d, d - h, d + h

def newcombe(xa, na, xb, nb):
    la, ua = stats.binomtest(xa, na).proportion_ci(0.95, method="wilson")
    lb, ub = stats.binomtest(xb, nb).proportion_ci(0.95, method="wilson")
    pa, pb = xa / na, xb / nb
    d = pa - pb
    return d, d - np.hypot(pa - la, ub - pb), d + np.hypot(ua - pa, pb - lb)

if __name__ == "__main__":
    # piles 1..5: sample a counts (1, 0, 3, 4, 2), b counts (2, 5, 6, 1, 0)
    a = [1] * 1 + [3] * 3 + [4] * 4 + [5] * 2
    b = [1] * 2 + [2] * 5 + [3] * 6 + [4] * 1
    print("welch", *map(repr, welch(a, b)))
    print("newcombe 4/10 1/4", *map(repr, newcombe(4, 10, 1, 4)))
    print("newcombe 0/7 3/9", *map(repr, newcombe(0, 7, 3, 9)))
    print("newcombe 56/70 48/80", *map(repr, newcombe(56, 70, 48, 80)))
