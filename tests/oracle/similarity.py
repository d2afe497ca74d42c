"""Reference values for tests/unit/test_similarity.c: four organisations of
three sorts x 5 cards (piles 1..3): per pair 1 - Spearman rho of the mean
piles (scipy.stats.spearmanr), the Euclidean distance of the top-pile
shares (scipy.spatial.distance.euclidean), and the cophenetic distances of
average linkage on 1 - rho (scipy.cluster.hierarchy.linkage('average'),
cophenet), which the neighbour heights of similarity_order must equal.
Run: /usr/bin/python3 tests/oracle/similarity.py"""
import numpy as np
from scipy.cluster.hierarchy import cophenet, linkage
from scipy.spatial.distance import euclidean, squareform
from scipy.stats import spearmanr

cats = np.array([[3, 3, 2, 1, 1], [3, 2, 3, 1, 2], [2, 3, 3, 2, 1],
                 [3, 3, 1, 2, 1], [3, 2, 2, 1, 1], [2, 3, 2, 1, 3],
                 [1, 1, 2, 3, 3], [1, 2, 1, 3, 3], [2, 1, 1, 3, 2],
                 [1, 2, 3, 3, 1], [2, 1, 3, 2, 1], [1, 1, 3, 3, 2]])
org = "AAABBBCCCDDD"
units = sorted(set(org))
mean = {u: cats[[o == u for o in org]].mean(0) for u in units}
top = {u: (cats[[o == u for o in org]] == 3).mean(0) for u in units}
n = len(units)
d = np.zeros((n, n))
for i in range(n):
    for j in range(i + 1, n):
        rho = spearmanr(mean[units[i]], mean[units[j]]).correlation
        d[i, j] = d[j, i] = 1 - rho
        print('{"%s", "%s", %r, %r},' % (units[i], units[j], 1 - rho,
                                       euclidean(top[units[i]], top[units[j]])))
coph = squareform(cophenet(linkage(squareform(d), "average")))
print("cophenetic", [repr(v) for v in coph.ravel()])
# similarity_order when the privacy engine hides C: clustered without it
keep = [i for i, u in enumerate(units) if u != "C"]
dk = d[np.ix_(keep, keep)]
print("cophenetic without C", [units[i] for i in keep],
      [repr(float(v)) for v in squareform(cophenet(linkage(squareform(dk), "average"))).ravel()])
