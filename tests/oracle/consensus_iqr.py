#!/usr/bin/python3
"""IQR (R type 7 = numpy 'linear') of category counts, for
tests/unit/test_stats_consensus.c.  Counts from valuecard_synthetic.json
(per_card) and ordinal_consensus_tastle_wierman_leik.json."""
import numpy as np
cases = [[1, 0, 0, 1, 2], [0, 1, 0, 1, 2], [0, 0, 2, 1, 1], [3, 1, 0, 0, 0],
         [30, 40, 210, 130, 530, 50, 10], [10, 20, 30, 15, 4], [1, 1, 1, 1, 1, 1]]
for c in cases:
    x = np.repeat(np.arange(1, len(c) + 1), c)
    q1, q3 = np.percentile(x, [25, 75], method="linear")
    print(c, repr(q3 - q1))
