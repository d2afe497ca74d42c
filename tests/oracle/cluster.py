"""Independent values for tests/unit/test_stats_cluster.c: average-linkage
(UPGMA) clustering by scipy.cluster.hierarchy.linkage(method='average')
(Debian python3-scipy) of 7 random points (seed 7) in 3 dimensions."""
import numpy as np
from scipy.cluster.hierarchy import linkage
from scipy.spatial.distance import squareform

rng = np.random.default_rng(7)
x = rng.random((7, 3))
d = np.sqrt(((x[:, None, :] - x[None, :, :]) ** 2).sum(-1))
print([repr(v) for v in d.ravel()])
for a, b, h, _ in linkage(squareform(d, checks=False), "average"):
    print(int(a), int(b), repr(h))
