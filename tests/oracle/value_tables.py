#!/usr/bin/python3
"""Independent values for tests/unit/test_value_tables.c (pandas + statsmodels,
Debian python3-pandas, python3-statsmodels). The data is the fixture of that
test: 6 sorts x 4 cards on a 1..3 scale, None = card left out."""
import numpy as np
import pandas as pd
from statsmodels.stats.proportion import proportion_confint

sorts = [[3, 1, 2, 2], [3, 2, 1, 2], [2, 3, 1, 1], [3, 1, 2, None], [1, 3, 2, 2], [3, 2, None, 1]]
df = pd.DataFrame(sorts, columns=["c1", "c2", "c3", "c4"])
for card in df:
    x = df[card].dropna()
    top = int((x == 3).sum())
    lo, hi = proportion_confint(top, len(x), alpha=0.05, method="wilson")
    print(card, len(x), repr(x.mean()), repr(x.median()), repr(top / len(x)),
          repr(lo), repr(hi), repr(float((x == 1).sum()) / len(x)))
print("ranks", df.mean().rank(ascending=False, method="min").tolist())
