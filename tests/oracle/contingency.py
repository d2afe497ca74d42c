"""Independent values for tests/unit/test_stats_contingency.c (scipy 1.10,
Debian python3-scipy): chi-square of independence without continuity
correction, Cramer's V, Haberman adjusted residuals."""
import numpy as np
from scipy import stats

for t in ([[762, 327, 468], [484, 239, 477]],      # Agresti 2007, Table 2.5
          [[10, 0, 5], [2, 8, 4]]):                # the test's table, empty row dropped
    t = np.array(t)
    chi2, p, df, e = stats.chi2_contingency(t, correction=False)
    n = t.sum()
    r = t.sum(1, keepdims=True) / n
    c = t.sum(0, keepdims=True) / n
    adj = (t - e) / np.sqrt(e * (1 - r) * (1 - c))
    print(repr(chi2), repr(p), df, repr(stats.contingency.association(t, method="cramer")))
    print(adj.tolist())
