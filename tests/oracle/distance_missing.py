#!/usr/bin/python3
"""Pair classes and mid-rank footrule for P1 vs P2 (valuecard_synthetic.json)
compared on the 8 cards both placed (c9 left out of P1, c10 out of P2),
for test_stats_distance.c.  Prints: mid-ranks, footrule, C D tied_a tied_b tied_both."""
import numpy as np
from scipy.stats import rankdata
a = np.array([5, 5, 4, 4, 3, 3, 2, 2]); b = np.array([5, 4, 5, 3, 4, 2, 3, 1])
print(rankdata(a), rankdata(b), abs(rankdata(a) - rankdata(b)).sum())
C = D = ta = tb = tt = 0
for i in range(8):
    for j in range(i + 1, 8):
        da, db = a[i] - a[j], b[i] - b[j]
        if da == 0 and db == 0: tt += 1
        elif da == 0: ta += 1
        elif db == 0: tb += 1
        elif da * db > 0: C += 1
        else: D += 1
print(C, D, ta, tb, tt)
