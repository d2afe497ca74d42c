"""Reference values for test_chi_square in tests/unit/test_group_differences.c:
Pearson chi-square (no Yates correction) of group x pile counts, Cramer's V,
Cochran's rule from the expected counts (scipy chi2_contingency).
Run: /usr/bin/python3 tests/oracle/group_differences_chisq.py"""
import numpy as np
from scipy.stats import chi2_contingency

for card, tab in (("c1", [[10, 6, 4], [3, 7, 10]]), ("c2", [[18, 1, 1], [17, 2, 1]])):
    tab = np.array(tab)
    chi2, p, df, exp = chi2_contingency(tab, correction=False)
    v = np.sqrt(chi2 / (tab.sum() * (min(tab.shape) - 1)))
    ok = exp.min() >= 1 and (exp < 5).mean() <= 0.2
    print(card, "chi2 %r df %d p %r V %r cochran_ok %s" % (chi2, df, p, v, ok))
