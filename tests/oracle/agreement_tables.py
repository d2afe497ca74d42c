#!/usr/bin/python3
"""Independent values for tests/unit/test_agreement_tables.c (agreement,
value_consensus, exchange_change on hand-built datasets).  Written from the
textbook formulas with numpy/scipy, not from the C code: Kendall's W via
scipy.stats.friedmanchisquare (W = chi2 / (m (n-1))), Krippendorff's alpha by
the pairable-value definition (every ordered pair of values within a unit,
weighted 1/(m_u - 1)), Spearman via scipy.stats.spearmanr, IQR via
numpy.percentile (linear = R type 7), K^(1/2) and footrule by pair
enumeration and scipy rankdata."""
import itertools
import numpy as np
from scipy import stats

NA = None
S = [[5, 5, 4, 4, 3, 3, 2, 2, 1, 1],
     [5, 4, 5, 3, 4, 2, 3, 1, 2, 1],
     [4, 5, 3, 5, 2, 4, 1, 3, 1, 2],
     [1, 2, 3, 5, 4, 5, 2, 3, 4, 1],
     [5, 4, 4, 5, 3, 2, 3, 1, 2, NA],
     [4, 4, 5, 5, 3, 3, 2, 1, 2, 1]]
SCALE = [1, 2, 3, 4, 5]

def kendall_w(rows):
    m, n = len(rows), len(rows[0])
    chi2, p = stats.friedmanchisquare(*np.array(rows, float).T)
    return chi2 / (m * (n - 1)), chi2, p

def alpha(rows, metric):
    units = [[r[j] for r in rows if r[j] is not None] for j in range(len(rows[0]))]
    units = [u for u in units if len(u) >= 2]
    pairs = []  # (c, k, weight)
    for u in units:
        for a, b in itertools.permutations(range(len(u)), 2):
            pairs.append((u[a], u[b], 1.0 / (len(u) - 1)))
    nc = {v: 0.0 for v in SCALE}
    for c, k, w in pairs:
        nc[c] += w
    n = sum(nc.values())
    def d2(c, k):
        if metric == "nominal":
            return float(c != k)
        if metric == "interval":
            return float((c - k) ** 2)
        lo, hi = min(c, k), max(c, k)
        return (sum(nc[g] for g in SCALE if lo <= g <= hi) - (nc[c] + nc[k]) / 2) ** 2
    do = sum(w * d2(c, k) for c, k, w in pairs)
    de = sum(nc[c] * nc[k] * d2(c, k) for c in SCALE for k in SCALE)
    return 1 - (n - 1) * do / de

def mean_spearman(rows):
    rs = [stats.spearmanr(a, b)[0] for a, b in itertools.combinations(rows, 2)]
    return np.mean(rs)

def perm_p(rows, B=200000, seed=1):
    r = np.array([stats.rankdata(x) for x in rows])
    m, n = r.shape
    s = lambda r: ((r.sum(0) - m * (n + 1) / 2) ** 2).sum()
    s0, rng, hits = s(r), np.random.default_rng(seed), 0
    for _ in range(B):
        hits += s(np.array([rng.permutation(x) for x in r])) >= s0 - 1e-9
    return (1 + hits) / (1 + B)

def agreement(name, rows):
    comp = [r for r in rows if None not in r]
    w, chi2, p = kendall_w(comp)
    print(f"agreement {name}: n_sorts {len(rows)} complete {len(comp)} W {w!r} chi2 {chi2!r} "
          f"p_chi2 {p!r} perm_p {perm_p(comp, 20000)!r}")
    print(f"  alpha ord {alpha(rows, 'ordinal')!r} int {alpha(rows, 'interval')!r} "
          f"nom {alpha(rows, 'nominal')!r} mean_spearman {mean_spearman(comp)!r}")

agreement("all", S)
agreement("T1 (S0-S2)", S[:3])

def tw(f):
    p = np.array(f, float) / sum(f)
    x = np.arange(1, 6)
    mu = (p * x).sum()
    return 1 + sum(pi * np.log2(1 - abs(xi - mu) / 4) for pi, xi in zip(p, x) if pi > 0)

def leik(f):
    F = np.cumsum(f)[:-1] / sum(f)
    return 2 * np.minimum(F, 1 - F).sum() / 4

for name, rows in [("all", S), ("T2 (S3-S5)", S[3:])]:
    for j in (0, 9):
        v = [r[j] for r in rows if r[j] is not None]
        f = [v.count(k) for k in SCALE]
        q1, q3 = np.percentile(v, [25, 75])
        print(f"consensus {name} c{j+1}: n {len(v)} cns {tw(f)!r} leik {leik(f)!r} iqr {q3 - q1!r}")

def dist(a, b):
    keep = [j for j in range(len(a)) if a[j] is not None and b[j] is not None]
    a = [a[j] for j in keep]; b = [b[j] for j in keep]
    D = T = 0
    for i, j in itertools.combinations(range(len(a)), 2):
        da, db = np.sign(a[i] - a[j]), np.sign(b[i] - b[j])
        if da * db < 0: D += 1
        elif (da == 0) != (db == 0): T += 1
    K = D + T / 2
    F = abs(stats.rankdata(a) - stats.rankdata(b)).sum()
    ta = {k for k in range(len(a)) if a[k] == 5}; tb = {k for k in range(len(a)) if b[k] == 5}
    n0 = len(a) * (len(a) - 1) / 2
    return K, F, K / n0, int(ta != tb), len(ta & tb)

# exchange: person p individual S[p], exchange as below
ex = {0: S[1], 1: S[0], 2: S[2], 3: S[4]}
res = [dist(S[p], ex[p]) for p in range(4)]
for p, r in enumerate(res):
    print(f"exchange person {p}: K {r[0]} F {r[1]} Knorm {r[2]!r} changed {r[3]} kept {r[4]}")
def means(idx):
    r = np.array([res[i] for i in idx], float)
    return list(map(repr, r.mean(0)))
print("exchange all:", means([0, 1, 2, 3]))
print("exchange age a (p0,p1):", means([0, 1]))
print("exchange age b (p2,p3):", means([2, 3]))
