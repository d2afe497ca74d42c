#!/usr/bin/python3
"""Independent values for tests/unit/test_group_differences.c: scipy.stats.kruskal
(tie-corrected) per card on the fixture of test_value_tables.c, age bands
a<35 = sorts 1-4, b50+ = sorts 5-6; statsmodels BH across the four cards."""
from scipy.stats import kruskal
from statsmodels.stats.multitest import multipletests

sorts = [[3, 1, 2, 2], [3, 2, 1, 2], [2, 3, 1, 1], [3, 1, 2, None], [1, 3, 2, 2], [3, 2, None, 1]]
ps = []
for j in range(4):
    a = [s[j] for s in sorts[:4] if s[j] is not None]
    b = [s[j] for s in sorts[4:] if s[j] is not None]
    h, p = kruskal(a, b)
    n = len(a) + len(b)
    ps.append(p)
    print(f"c{j+1}", repr(h), repr(p), repr(h / (n - 1)), n)
print("q", [repr(q) for q in multipletests(ps, method="fdr_bh")[1]])
