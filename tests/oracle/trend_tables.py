#!/usr/bin/python3
"""Oracle for tests/unit/test_trend_tables.c (run with /usr/bin/python3).
Fixture: cards c1, c2 on scale 1..3, years per sort below; min_cell 2 drops
2015 (one person).  mean: Mann-Kendall Z (S from scipy.stats.kendalltau's
concordance, tie-corrected variance, continuity) and Sen slope from
scipy.stats.theilslopes; share_top: Cochran-Armitage Z with the years as
scores (written out independently); group tops: shares and Jaccard by hand."""
import numpy as np
from scipy import stats

years = [2010]*3 + [2011]*3 + [2013]*3 + [2014]*3 + [2015]
c1 = [1,2,1, 2,1,2, 2,3,2, 3,3,2, 3]
c2 = [3,3,2, 3,2,3, 2,2,1, 1,2,1, 1]
kept = [2010, 2011, 2013, 2014]

def mk(t, x):
    n = len(x)
    s = sum(np.sign(x[j]-x[i])*np.sign(t[j]-t[i]) for i in range(n) for j in range(i+1, n))
    _, cnt = np.unique(x, return_counts=True)
    var = (n*(n-1)*(2*n+5) - sum(c*(c-1)*(2*c+5) for c in cnt))/18
    z = 0 if s == 0 else (s-np.sign(s))/np.sqrt(var)
    # cross-check the sign of S with kendalltau
    tau = stats.kendalltau(t, x)[0]
    assert np.sign(tau) == np.sign(s)
    return z, 2*stats.norm.sf(abs(z))

def ca(r, n, s):
    r, n, s = map(np.asarray, (r, n, s))
    N = n.sum(); pb = r.sum()/N
    T = (s*(r-n*pb)).sum()
    V = pb*(1-pb)*((n*s*s).sum() - (n*s).sum()**2/N)
    z = T/np.sqrt(V)
    return z, 2*stats.norm.sf(abs(z))

ps = {"mean": [], "share_top": []}
for name, c in (("c1", c1), ("c2", c2)):
    m = [np.mean([v for v, y in zip(c, years) if y == k]) for k in kept]
    top = [sum(1 for v, y in zip(c, years) if y == k and v == 3) for k in kept]
    share = [t/3 for t in top]
    z, p = mk(kept, m)
    sl = stats.theilslopes(m, kept)[0]
    print(name, "mean", repr(sl), repr(z), repr(p))
    if len(set(m)) == len(m):
        print(name, "mean exact p", repr(stats.kendalltau(kept, m, method="exact")[1]))
    ps["mean"].append(p)
    if len(set(share)) > 1:
        z, p = ca(top, [3]*4, kept)
        sl = stats.theilslopes(share, kept)[0]
        print(name, "share_top", repr(sl), repr(z), repr(p))
        ps["share_top"].append(p)
from statsmodels.stats.multitest import multipletests
for k, v in ps.items():
    if v:
        print(k, "q", [repr(q) for q in multipletests(v, method="fdr_bh")[1]])

# group tops: sorts 0-5 table t/A (top {c2}), 6-11 table t/B (top {c1}),
# t/C no consensus; sort 12 in no table.
A = range(0, 6); B = range(6, 12)
for name, c, j in (("c1", c1, 0), ("c2", c2, 1)):
    print(name, "share_in_individual_tops", repr(sum(1 for i in range(12) if c[i] == 3)/12))
def jac(top, i):
    pile = {k for k, c in (("c1", c1), ("c2", c2)) if c[i] == 3}
    u = len(pile | top)
    return len(pile & top)/u
js = [jac({"c2"}, i) for i in A] + [jac({"c1"}, i) for i in B]
print("mean_jaccard", repr(float(np.mean(js))))
