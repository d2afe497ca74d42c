#!/usr/bin/python3
"""bench_pandas_stats.py - the statistical peer of `goedwerk analyse` in the
benchmark (scripts/bench.sh, step pandas_stats).

What a skilled pandas/scipy analyst would write to get, in ONE run, the same
tables `goedwerk analyse` writes, from a bundle of gen_bundle.py (wide
sorts.csv, participants.csv, trajecten.csv, group_tops.csv, dilemmas.csv,
codebook.csv): read_csv with dtypes, groupby / bincount crosstabs, numpy
ranking, the tests vectorised over the cards, and no Python loop over sorts,
people, rows or cards (loops run over strata, factors and pairs of groups
only).  Where scipy 1.10's axis= would loop in Python (rankdata(axis=1),
kruskal(axis=0) via apply_along_axis, mannwhitneyu's tie term via np.unique
per card) the statistic is computed from pile counts instead, which is what
a careful analyst does with piled answers; scipy supplies the distributions.
Its numbers agree with goedwerk's: scripts/bench_peer_check.py joins the two
outputs on their keys (CLI case bench_peer_agrees: 0 differing cells on the
demo and a --sorts bundle).  Debian python3-pandas/-scipy (/usr/bin/python3).

Covered (file in OUT_DIR, what is computed):
  value_frequencies  phase x perspective x stratum (all, traject, organisation,
                     org_type, role, age_band, gender, year) x card x category:
                     count, share (one bincount per stratifier)
  value_summary      per card: n, mean, median, share_top with a Wilson 95%
                     interval, share_bottom, rank by mean (min rank of ties)
  value_consensus    per card: Tastle-Wierman consensus, Leik's D, IQR (type 7)
  agreement          scope all/traject/group/table x phase x perspective:
                     Kendall's W with the tie correction (numpy mid-ranks,
                     groupby rank sums), chi-square p, Krippendorff's alpha
                     nominal/ordinal/interval via the coincidence matrix
                     (einsum over scope x card x pile counts), exact mean
                     pairwise Spearman (sum of the standardised rank vectors)
  group_differences  phase x perspective x factor (age_band, role,
                     organisation, org_type, gender) x card: Kruskal-Wallis
                     (tie-corrected, epsilon2) and the Pearson chi-square of
                     group x pile (Cramer's V, Cochran's rule), groups under
                     min-cell people left out, BH q per factor and test
  group_pairs        per pair of the groups of min-cell people, for a factor
                     with at most PAIRS_MAX_GROUPS of them (as goedwerk):
                     Mann-Whitney U (two-sided, tie and continuity
                     corrections) and Cliff's delta; BH q per factor
  exchange_change    first individual / first exchange sort per person x
                     perspective x session: Spearman footrule on mid-ranks,
                     Kendall distance K^(1/2), changed top pile; per
                     perspective x stratum (all, organisation, org_type, role,
                     age_band, gender): means, median and quartiles, Wilson
                     interval, scipy.stats.kruskal of the footrule
  perspective_gap    per card: scipy.stats.wilcoxon of professional - personal
                     (first individual sorts), rank-biserial, BH q
  trends             phase x perspective x card x metric (share_top, mean)
                     over the years with min-cell people: Mann-Kendall z
                     (tie-corrected), Sen slope, Cochran-Armitage, BH q
  group_tops, group_tops_tables  tables' common tops against the members'
                     individual top piles, Jaccard
  dilemma_frequencies  per stratum of cases x tag/pillar/axis: count, share,
                     Wilson interval;  dilemma_cooccurrence (all cases): X'X
                     of the one-hot tag matrix: count, expected, Jaccard,
                     c-coefficient, lift
A table is traject x group x table, as SPEC.md says ("table 1 of group A and
table 1 of group B are two tables"); where a bundle repeats table numbers per
group (gen_bundle.py --national) goedwerk at 070b5d4 merges them, and the
table scopes of agreement and group_tops differ for that reason alone.
Left out (so the comparison favours pandas, not goedwerk):
  the factor analysis tables (factor_*, factor_composition: PCA, varimax and
  flagging on a sample), the dilemma association tables (chi-square with a
  Monte Carlo p, residuals), dilemma_values, dilemma_tag_order (UPGMA) and
  dilemma_unused_tags; the suppression engine (pandas leaves only rows of
  fewer than min-cell people empty: no secondary suppression, no run-wide
  memo); the tenure_band factor (the generator writes none); the
  permutation p of Kendall's W under 5 sorts and exact small-sample p;
  goedwerk's extra columns (n_complete, p_method, p_chi2, alpha_ratio, z,
  exact, p_exact, scores, labels, notes).

Usage: bench_pandas_stats.py BUNDLE_DIR OUT_DIR [MIN_CELL]
Prints the seconds of ingest, each table and the total on stderr.
"""

import os
import sys
import time

import numpy as np
import pandas as pd
from scipy import stats

META = ["traject", "participant", "session", "phase", "perspective", "card_set", "date", "table"]
STRATA = ["all", "traject", "organisation", "org_type", "role", "age_band", "gender", "year"]
FACTORS = ["age_band", "role", "organisation", "org_type", "gender"]
SCOPES = ["all", "traject", "group", "table"]
EXCH_STRATA = ["all", "organisation", "org_type", "role", "age_band", "gender"]
BAND_ORDER = {"<35": 0, "35-49": 1, "50+": 2}   # goedwerk lists age bands in band order
FORCED = [4, 6, 10, 6, 4]
PAIRS_MAX_GROUPS = 12   # as src/analyse/tbl_group_pairs.c
Z95 = stats.norm.ppf(0.975)

TIMES = []


def timed(name):
    def wrap(fn):
        def run(*a, **k):
            t0 = time.time()
            r = fn(*a, **k)
            TIMES.append((name, time.time() - t0))
            print("bench_pandas_stats: %-18s %8.2f s" % TIMES[-1], file=sys.stderr, flush=True)
            return r
        return run
    return wrap


def bh(p):
    """Benjamini-Hochberg over the non-NaN entries of p (scipy 1.10 has no
    false_discovery_control)."""
    p = np.asarray(p, dtype=float)
    q = np.full(p.shape, np.nan)
    ok = ~np.isnan(p)
    m = int(ok.sum())
    if m == 0:
        return q
    v = p[ok]
    o = np.argsort(v)
    r = v[o] * m / np.arange(1, m + 1)
    r = np.minimum.accumulate(r[::-1])[::-1]
    out = np.empty(m)
    out[o] = np.minimum(r, 1.0)
    q[ok] = out
    return q


def wilson(x, n):
    n = np.asarray(n, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        p = x / n
        den = 1 + Z95 ** 2 / n
        c = (p + Z95 ** 2 / (2 * n)) / den
        h = Z95 * np.sqrt(p * (1 - p) / n + Z95 ** 2 / (4 * n * n)) / den
    return c - h, c + h


def pile_onehot(cats):
    """counts[sort, pile]: how many cards each sort put in each pile."""
    n = cats.shape[0]
    idx = np.arange(n)[:, None] * 5 + (cats - 1)
    return np.bincount(idx.ravel(), minlength=n * 5).reshape(n, 5)


def row_midranks(cats):
    """Mid-ranks of the cards within each sort, from its pile counts (a pile
    of t cards above b cards has ranks b+1..b+t, mid-rank b+(t+1)/2): numpy
    ranking without scipy.stats.rankdata(axis=1), which loops over the rows
    in scipy 1.10.  Also the tie term sum(t^3 - t) per sort."""
    cnt = pile_onehot(cats).astype(float)
    below = np.cumsum(cnt, axis=1) - cnt
    c = cats.astype(np.int64) - 1
    r = np.take_along_axis(below, c, axis=1) + (np.take_along_axis(cnt, c, axis=1) + 1) / 2
    return r, (cnt ** 3 - cnt).sum(axis=1)


def kw_from_counts(c):
    """Kruskal-Wallis with the tie correction, vectorised over cards, from
    counts c[group, card, pile] (the ranks of piled answers follow from the
    pile totals): H, df, p, epsilon-squared per card, as scipy.stats.kruskal
    (whose axis= loops over the cards in scipy 1.10)."""
    tot = c.sum(axis=0)                                    # card x pile
    N = tot.sum(axis=1)                                    # per card
    mid = np.cumsum(tot, axis=1) - tot + (tot + 1) / 2     # mid-rank of each pile
    R = (c * mid[None]).sum(axis=2)                        # group x card rank sums
    ng = c.sum(axis=2)
    G = (ng > 0).sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        H = 12 / (N * (N + 1)) * np.where(ng > 0, R ** 2 / np.maximum(ng, 1), 0).sum(axis=0) \
            - 3 * (N + 1)
        H /= 1 - (tot ** 3 - tot).sum(axis=1) / (N ** 3 - N)
        eps = H * (N + 1) / (N * N - 1)
    return H, G - 1, stats.chi2.sf(H, G - 1), eps


def mw_from_counts(ca, cb):
    """Two-sided Mann-Whitney U of group a (counts card x pile) against b,
    vectorised over cards, normal approximation with the tie and continuity
    corrections: scipy.stats.mannwhitneyu(method="asymptotic"), whose tie
    term sorts every card again (np.unique along the axis)."""
    tot = ca + cb
    na, nb = ca.sum(axis=1), cb.sum(axis=1)
    N = na + nb
    mid = np.cumsum(tot, axis=1) - tot + (tot + 1) / 2
    u = (ca * mid).sum(axis=1) - na * (na + 1) / 2
    mu = na * nb / 2
    with np.errstate(invalid="ignore", divide="ignore"):
        sd = np.sqrt(na * nb / 12 * ((N + 1) - (tot ** 3 - tot).sum(axis=1) / (N * (N - 1))))
        z = (np.maximum(u, na * nb - u) - mu - 0.5) / sd
    # every answer in one pile: no variation, no p (as goedwerk and scipy)
    return u, np.where(sd > 0, np.minimum(1.0, 2 * stats.norm.sf(z)), np.nan)


def write(df, out, name):
    df.to_csv(os.path.join(out, name + ".csv"), index=False)  # full precision, as goedwerk


# ---------------------------------------------------------------- ingest

@timed("ingest")
def ingest(bundle):
    rd = lambda f: pd.read_csv(os.path.join(bundle, f), dtype=str, keep_default_na=False)
    traj = rd("trajecten.csv")
    parts = rd("participants.csv")
    head = pd.read_csv(os.path.join(bundle, "sorts.csv"), nrows=0).columns
    cards = [c for c in head if c not in META]
    dtypes = {c: "int8" for c in cards}
    dtypes.update({c: "category" for c in head if c in META})
    sorts = pd.read_csv(os.path.join(bundle, "sorts.csv"), dtype=dtypes, keep_default_na=False)
    cats = np.ascontiguousarray(sorts[cards].to_numpy())
    counts = np.stack([(cats == k).sum(axis=1) for k in range(1, 6)], axis=1)
    bad = int((counts != np.array(FORCED)).any(axis=1).sum())
    if bad:
        print("bench_pandas_stats: %d sorts break the forced distribution" % bad, file=sys.stderr)
    s = sorts[[c for c in META if c in head]].copy()
    del sorts
    s["year"] = s["date"].astype(str).str[:4].astype("int16")
    p = parts[["traject", "participant", "group", "role", "gender", "age_band"]].copy()
    p["age"] = pd.to_numeric(parts["age"], errors="coerce")
    p["birth_year"] = pd.to_numeric(parts["birth_year"], errors="coerce")
    for c in ("traject", "participant"):
        s[c] = s[c].astype(str)
    s = s.merge(p, on=["traject", "participant"], how="left", sort=False)
    s = s.merge(traj[["traject", "organisation", "org_type"]], on="traject", how="left", sort=False)
    a = s["age"].where(s["age"].notna(), s["year"] - s["birth_year"])
    band = np.where(a <= 34, "<35", np.where(a <= 49, "35-49", "50+"))
    s["age_band"] = np.where(s["age_band"] != "", s["age_band"], np.where(a.isna(), "", band))
    s = s.drop(columns=["age", "birth_year"])
    s["all"] = "all"
    s["person"] = pd.factorize(s["traject"] + "\x1f" + s["participant"])[0]
    # SPEC: table 1 of group A and table 1 of group B are two tables
    s["table"] = np.where(s["table"].astype(str) != "",
                          s["traject"] + "/" + s["group"].astype(str) + "/" + s["table"].astype(str), "")
    s["group"] = s["traject"] + "/" + s["group"].astype(str)
    s["year"] = s["year"].astype(str)
    for c in ("traject", "organisation", "org_type", "role", "age_band", "gender", "group",
              "table", "year", "phase", "perspective", "session", "all"):
        s[c] = s[c].astype("category")
    tops = rd("group_tops.csv")
    dil = rd("dilemmas.csv")
    book = rd("codebook.csv")
    return s, cards, cats, traj, parts, tops, dil, book


# ---------------------------------------------------------------- value tables

def pile_counts(key_codes, ncode, cats):
    """counts[key, card, pile]: one bincount, the numpy idiom for a crosstab."""
    n, k = cats.shape
    idx = (key_codes.astype(np.int64)[:, None] * k + np.arange(k)) * 5 + (cats - 1)
    ok = (key_codes >= 0)[:, None] & (cats >= 1)
    return np.bincount(idx[ok], minlength=ncode * k * 5).reshape(ncode, k, 5)


def cell_keys(s, st):
    key = s["phase"].astype(str) + "|" + s["perspective"].astype(str) + "|" + s[st].astype(str)
    key = key.where(s[st].astype(str) != "", None)
    codes, uniq = pd.factorize(key)
    people = pd.Series(s["person"].to_numpy()).groupby(codes).nunique()
    people = people[people.index >= 0].reindex(range(len(uniq)), fill_value=0).to_numpy()
    return codes, uniq, people


@timed("value_tables")
def value_tables(s, cards, cats, out, min_cell):
    freq, summ, cons = [], [], []
    K = len(cards)
    vals = np.arange(1, 6)
    for st in STRATA:
        codes, uniq, people = cell_keys(s, st)
        c = pile_counts(codes, len(uniq), cats).astype(float)          # cells x cards x 5
        c[people < min_cell] = np.nan                                   # suppressed cells
        n = c.sum(axis=2)
        key = pd.Series(uniq).str.split("|", n=2, expand=True)
        base = pd.DataFrame({"phase": np.repeat(key[0].to_numpy(), K),
                             "perspective": np.repeat(key[1].to_numpy(), K),
                             "stratum_type": st,
                             "stratum": np.repeat(key[2].to_numpy(), K),
                             "card": np.tile(cards, len(uniq)),
                             "n_people": np.repeat(people, K)})
        f = base.loc[base.index.repeat(5)].reset_index(drop=True)
        f["category"] = np.tile(vals, len(base))
        f["n"] = np.repeat(n.reshape(-1), 5)
        f["count"] = c.reshape(-1)
        f["share"] = f["count"] / f["n"]
        freq.append(f)
        with np.errstate(invalid="ignore", divide="ignore"):
            p = c / n[..., None]
            mean = (c * vals).sum(axis=2) / n
            cum = np.cumsum(c, axis=2)
            # median and quartiles (type 7) from the cumulative pile counts
            def q7(q):
                h = (n - 1) * q
                lo, fr = np.floor(h), h - np.floor(h)
                a = (cum <= lo[..., None]).sum(axis=2) + 1
                b = (cum <= (lo + 1)[..., None]).sum(axis=2) + 1
                b = np.minimum(b, 5)
                return a + fr * (b - a)
            sm = base.copy()
            sm["n"] = n.reshape(-1)
            sm["mean"] = mean.reshape(-1)
            sm["median"] = q7(0.5).reshape(-1)
            sm["share_top"] = p[..., 4].reshape(-1)
            lo, hi = wilson(c[..., 4], n)
            sm["share_top_lo"] = lo.reshape(-1)
            sm["share_top_hi"] = hi.reshape(-1)
            sm["share_bottom"] = p[..., 0].reshape(-1)
            sm["rank"] = pd.DataFrame(mean).rank(axis=1, ascending=False, method="min").to_numpy().reshape(-1)
            summ.append(sm)
            # Tastle-Wierman (d = width of the scale), Leik's D, IQR
            d = 4.0
            tw = 1 + np.nansum(p * np.log2(1 - np.abs(vals - mean[..., None]) / d), axis=2)
            F = np.cumsum(p, axis=2)[..., :4]
            leik = 2 * np.where(F <= 0.5, F, 1 - F).sum(axis=2) / 4
            cs = base.copy()
            cs["n"] = n.reshape(-1)
            cs["consensus"] = np.where(np.isnan(mean), np.nan, tw).reshape(-1)
            cs["leik_d"] = leik.reshape(-1)
            cs["iqr"] = (q7(0.75) - q7(0.25)).reshape(-1)
            cons.append(cs)
    write(pd.concat(freq, ignore_index=True), out, "value_frequencies")
    write(pd.concat(summ, ignore_index=True), out, "value_summary")
    write(pd.concat(cons, ignore_index=True), out, "value_consensus")


# ---------------------------------------------------------------- agreement

@timed("agreement")
def agreement(s, cards, cats, out, min_cell):
    n_s, K = cats.shape
    ranks, ties = row_midranks(cats)                          # mid-ranks per sort
    z = ranks - ranks.mean(axis=1, keepdims=True)
    z /= np.sqrt((z ** 2).sum(axis=1, keepdims=True))        # unit vectors: rho = z_a . z_b
    delta = {"nominal": 1.0 - np.eye(5),
             "interval": (np.arange(5)[:, None] - np.arange(5)[None, :]) ** 2.0}
    rows = []
    for sc in SCOPES:
        codes, uniq, people = cell_keys(s, sc)
        ok = codes >= 0
        g = codes[ok]
        m = np.bincount(g, minlength=len(uniq)).astype(float)
        R = pd.DataFrame(ranks[ok]).groupby(g).sum().reindex(range(len(uniq))).to_numpy()
        T = np.bincount(g, weights=ties[ok], minlength=len(uniq))
        Z = pd.DataFrame(z[ok]).groupby(g).sum().reindex(range(len(uniq))).to_numpy()
        with np.errstate(invalid="ignore", divide="ignore"):
            S = ((R - R.mean(axis=1, keepdims=True)) ** 2).sum(axis=1)
            W = 12 * S / (m ** 2 * (K ** 3 - K) - m * T)
            chi2 = m * (K - 1) * W
            p = stats.chi2.sf(chi2, K - 1)
            rho = ((Z ** 2).sum(axis=1) - m) / (m * (m - 1))
            # Krippendorff: coincidences within each card (unit) of a scope
            c = pile_counts(codes, len(uniq), cats).astype(float)      # scope x card x pile
            mu = c.sum(axis=2, keepdims=True)
            o = np.einsum("suc,suk->sck", c / np.maximum(mu - 1, 1), c) \
                - np.einsum("suc,ck->sck", c / np.maximum(mu - 1, 1), np.eye(5))
            o[:, :, :] *= 1
            nc = o.sum(axis=2)
            nn = nc.sum(axis=1)
            # ordinal metric from the marginals
            cumn = np.cumsum(nc, axis=1)
            ordm = np.empty((len(uniq), 5, 5))
            for a_ in range(5):
                for b_ in range(5):
                    lo_, hi_ = min(a_, b_), max(a_, b_)
                    v = cumn[:, hi_] - (cumn[:, lo_ - 1] if lo_ > 0 else 0) - (nc[:, lo_] + nc[:, hi_]) / 2
                    ordm[:, a_, b_] = v ** 2
            alpha = {}
            for name, dm in (("nominal", delta["nominal"][None]), ("interval", delta["interval"][None]),
                             ("ordinal", ordm)):
                do = (o * dm).sum(axis=(1, 2))
                de = (np.einsum("sc,sk->sck", nc, nc) * dm).sum(axis=(1, 2))
                alpha[name] = 1 - (nn - 1) * do / de
        key = pd.Series(uniq).str.split("|", n=2, expand=True)
        r = pd.DataFrame({"scope_type": sc, "scope": key[2], "phase": key[0], "perspective": key[1],
                          "n_people": people, "n_sorts": m, "n_cards": K, "kendall_w": W,
                          "chi2": chi2, "df": K - 1, "p_value": p,
                          "alpha_ordinal": alpha["ordinal"], "alpha_interval": alpha["interval"],
                          "alpha_nominal": alpha["nominal"], "mean_spearman": rho})
        r.loc[r["n_people"] < min_cell, r.columns[5:]] = np.nan
        rows.append(r)
    write(pd.concat(rows, ignore_index=True), out, "agreement")


# ---------------------------------------------------------------- group tests

def factor_groups(sub, f, min_cell):
    """Codes of the levels of factor f with min_cell people or more (-1 for
    the rest and for unknowns), their names, people, and the dropped count."""
    lv = sub[f].astype(str).to_numpy()
    people = pd.Series(sub["person"].to_numpy()).groupby(lv).nunique()
    people = people[people.index != ""]
    keep = people[people >= min_cell]
    if f == "age_band":
        keep = keep.iloc[np.argsort([BAND_ORDER.get(l, 9) for l in keep.index], kind="stable")]
    codes = pd.Categorical(lv, categories=keep.index).codes.astype(np.int64)
    return codes, list(keep.index), keep.to_numpy(), len(people) - len(keep)


@timed("group_differences")
def group_differences(s, cards, cats, out, min_cell):
    """Kruskal-Wallis (kw_from_counts) and the Pearson chi-square of the
    group x pile table, both vectorised over the cards; Cochran's rule per
    card on its non-empty piles."""
    K = len(cards)
    parts = []
    for (ph, pe), sub in s.groupby(["phase", "perspective"], observed=True):
        sc = cats[sub.index.to_numpy()]
        for f in FACTORS:
            g, levels, people, dropped = factor_groups(sub, f, min_cell)
            G = len(levels)
            c = pile_counts(g, G, sc).astype(float)              # group x card x pile
            base = dict(phase=ph, perspective=pe, factor=f, card=cards, n_groups=G,
                        min_group_n=people.min() if G else np.nan, n=c.sum(axis=(0, 2)),
                        groups_dropped=dropped)
            kw = pd.DataFrame(dict(base, test="kruskal-wallis"))
            ch = pd.DataFrame(dict(base, test="chi_square"))
            if G >= 2:
                H, df, p, eps = kw_from_counts(c)
                kw["statistic"], kw["df"], kw["p_value"], kw["effect_size"] = H, df, p, eps
                kw["effect_measure"] = "epsilon2"
                tot = c.sum(axis=0)                              # card x pile
                N = tot.sum(axis=1)
                used = tot > 0
                with np.errstate(invalid="ignore", divide="ignore"):
                    e = c.sum(axis=2)[:, :, None] * tot[None] / N[None, :, None]
                    x2 = np.where(used[None], (c - e) ** 2 / np.where(e > 0, e, 1), 0).sum(axis=(0, 2))
                    cu = used.sum(axis=1)
                    dfc = (G - 1) * (cu - 1)
                    eu = np.where(used[None], e, np.nan)
                    ok = (np.nanmin(eu, axis=(0, 2)) >= 1) & \
                         ((eu < 5).sum(axis=(0, 2)) <= 0.2 * G * cu) & (dfc > 0)
                    v = np.sqrt(x2 / (N * (np.minimum(G, cu) - 1)))
                ch["statistic"] = np.where(ok, x2, np.nan)
                ch["df"] = np.where(ok, dfc, np.nan)
                ch["p_value"] = np.where(ok, stats.chi2.sf(x2, dfc), np.nan)
                ch["effect_size"] = np.where(ok, v, np.nan)
                ch["effect_measure"] = "cramers_v"
            parts += [kw, ch]
    df = pd.concat(parts, ignore_index=True)
    df["q_value"] = df.groupby(["phase", "perspective", "factor", "test"])["p_value"].transform(bh)
    write(df, out, "group_differences")


@timed("group_pairs")
def group_pairs(s, cards, cats, out, min_cell):
    """As goedwerk: pairs of the groups of min_cell people or more, for a
    factor with at most PAIRS_MAX_GROUPS of them; else one row that says so.
    Mann-Whitney from the pile counts (mw_from_counts): all cards at once."""
    parts = []
    for (ph, pe), sub in s.groupby(["phase", "perspective"], observed=True):
        sc = cats[sub.index.to_numpy()]
        for f in FACTORS:
            g, levels, people, dropped = factor_groups(sub, f, min_cell)
            if len(levels) + dropped < 2:
                continue
            if len(levels) > PAIRS_MAX_GROUPS:
                df = pd.DataFrame([dict(note="%d groups" % len(levels))])
            else:
                rows = []
                c = pile_counts(g, len(levels), sc).astype(float)  # group x card x pile
                for a_, b_ in zip(*np.triu_indices(len(levels), 1)):
                    na, nb = c[a_].sum(axis=1), c[b_].sum(axis=1)
                    r = pd.DataFrame(dict(card=cards, group_a=levels[a_], group_b=levels[b_],
                                          n_a=na, n_b=nb))
                    u, p = mw_from_counts(c[a_], c[b_])
                    r["U"], r["p_value"] = u, p
                    r["cliffs_delta"] = (2 * u - na * nb) / (na * nb)
                    rows.append(r)
                df = pd.concat(rows, ignore_index=True) if rows else pd.DataFrame()
                if len(df):
                    df["q_value"] = bh(df["p_value"])
            df.insert(0, "phase", ph)
            df.insert(1, "perspective", pe)
            df.insert(2, "factor", f)
            parts.append(df)
    write(pd.concat(parts, ignore_index=True), out, "group_pairs")


# ---------------------------------------------------------------- exchange, perspective

def kendall_distance(x, y):
    """Fagin's K^(1/2) between the rows of x and y (piles, ties allowed)."""
    K = x.shape[1]
    d = np.zeros(x.shape[0])
    for i in range(K):
        dx = np.sign(x[:, i + 1:] - x[:, [i]])
        dy = np.sign(y[:, i + 1:] - y[:, [i]])
        d += (dx * dy < 0).sum(axis=1) + 0.5 * ((dx == 0) != (dy == 0)).sum(axis=1)
    return d


@timed("exchange_change")
def exchange_change(s, cards, cats, out, min_cell):
    K = len(cards)
    key = ["person", "perspective", "session"]
    ind = s[s["phase"] == "individual"].drop_duplicates(key)
    exc = s[s["phase"] == "exchange"].drop_duplicates(key)
    pr = ind[key + EXCH_STRATA].reset_index().merge(
        exc[key].reset_index(), on=key, suffixes=("_i", "_e"))
    x, y = cats[pr["index_i"].to_numpy()], cats[pr["index_e"].to_numpy()]
    rx, ry = row_midranks(x)[0], row_midranks(y)[0]
    pr["footrule"] = np.abs(rx - ry).sum(axis=1)
    pr["kendall"] = kendall_distance(x, y)
    pr["kendall_norm"] = pr["kendall"] / (K * (K - 1) / 2)
    tx, ty = x == 5, y == 5
    pr["top_kept"] = (tx & ty).sum(axis=1)
    pr["changed"] = (tx != ty).any(axis=1).astype(float)
    rows = []
    for pe, sub in pr.groupby("perspective", observed=True):
        for st in EXCH_STRATA:
            lv = sub[st].astype(str)
            g = sub.groupby(lv, observed=True)
            r = g.agg(n=("footrule", "size"), n_people=("person", "nunique"),
                      mean_footrule=("footrule", "mean"), mean_kendall_distance=("kendall", "mean"),
                      mean_kendall_distance_norm=("kendall_norm", "mean"),
                      share_changed_top=("changed", "mean"), changed=("changed", "sum"),
                      mean_top_kept=("top_kept", "mean"))
            q = g["footrule"].quantile([0.5, 0.25, 0.75]).unstack()
            r["median_footrule"], r["q25_footrule"], r["q75_footrule"] = q[0.5], q[0.25], q[0.75]
            r["share_changed_top_lo"], r["share_changed_top_hi"] = wilson(r["changed"], r["n"])
            r = r.drop(columns=["changed"])
            r = r[r.index != ""]
            if st != "all":
                keep = [l for l in r.index if r.loc[l, "n_people"] >= min_cell]
                if len(keep) >= 2:
                    fr = sub["footrule"].groupby(lv.to_numpy())
                    h, p = stats.kruskal(*[fr.get_group(l).to_numpy() for l in keep])
                    n = int(r.loc[keep, "n"].sum())
                    r["kw_statistic"], r["kw_df"], r["kw_p_value"] = h, len(keep) - 1, p
                    r["kw_epsilon2"] = h * (n + 1) / (n * n - 1)
                r["kw_groups"] = len(keep)
            r.loc[r["n_people"] < min_cell, r.columns[2:]] = np.nan
            r.insert(0, "perspective", pe)
            r.insert(1, "stratum_type", st)
            rows.append(r.reset_index(names="stratum"))
    write(pd.concat(rows, ignore_index=True), out, "exchange_change")


@timed("perspective_gap")
def perspective_gap(s, cards, cats, out, min_cell):
    """Wilcoxon signed-rank of professional - personal per card, all cards at
    once from the counts of the differences (-4..4): ranks of |d| by pile,
    W+, the normal approximation with the tie and continuity corrections
    (scipy.stats.wilcoxon's, which piled answers always take: they tie),
    rank-biserial (W+ - W-) / (W+ + W-)."""
    ind = s[s["phase"] == "individual"]
    pro = ind[ind["perspective"] == "professional"].drop_duplicates("person")
    per = ind[ind["perspective"] == "personal"].drop_duplicates("person")
    pr = pro[["person"]].reset_index().merge(per[["person"]].reset_index(), on="person")
    x, y = cats[pr["index_x"].to_numpy()].astype(float), cats[pr["index_y"].to_numpy()].astype(float)
    d = (x - y).astype(np.int64)                                   # person x card
    K = len(cards)
    cnt = np.bincount((np.arange(K) * 9 + d + 4).ravel(), minlength=K * 9).reshape(K, 9)
    pos, neg = cnt[:, 5:], cnt[:, 3::-1]                           # |d| = 1..4
    t = pos + neg
    mid = np.cumsum(t, axis=1) - t + (t + 1) / 2
    wp, wm = (pos * mid).sum(axis=1), (neg * mid).sum(axis=1)
    n = t.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        mn = n * (n + 1) / 4
        se = np.sqrt(n * (n + 1) * (2 * n + 1) / 24 - (t ** 3 - t).sum(axis=1) / 48)
        T = np.minimum(wp, wm)
        z = (T - mn - 0.5 * np.sign(T - mn)) / se
        ok = (len(d) >= min_cell) & (n > 0)
        df = pd.DataFrame(dict(card=cards, n=len(d), mean_professional=x.mean(axis=0),
                               mean_personal=y.mean(axis=0), mean_difference=d.mean(axis=0),
                               effect_measure="rank-biserial",
                               statistic=np.where(ok, wp, np.nan),
                               p_value=np.where(ok, np.minimum(1, 2 * stats.norm.sf(np.abs(z))), np.nan),
                               effect_size=np.where(ok, (wp - wm) / (wp + wm), np.nan)))
    df["q_value"] = bh(df["p_value"])
    write(df, out, "perspective_gap")


# ---------------------------------------------------------------- trends

@timed("trends")
def trends(s, cards, cats, out, min_cell):
    """Over the years with min_cell people, all cards at once: Sen's slope
    (median of the pairwise slopes, as scipy.stats.theilslopes), the
    Mann-Kendall z of the mean (normal approximation with continuity and
    the tie correction), Cochran-Armitage of share_top
    with the years as scores."""
    parts = []
    for (ph, pe), sub in s.groupby(["phase", "perspective"], observed=True):
        people = sub.groupby("year", observed=True)["person"].nunique()
        years = sorted(int(y) for y in people.index if people[y] >= min_cell)
        yv = sub["year"].astype(int).to_numpy()
        sel = np.isin(yv, years)
        codes = np.searchsorted(years, yv[sel])
        c = pile_counts(codes, len(years), cats[sub.index.to_numpy()[sel]]).astype(float)  # y x card x 5
        n = c.sum(axis=2)
        t = np.array(years, dtype=float)
        ny = len(years)
        ia, ib = np.triu_indices(ny, 1)
        for metric, v in (("share_top", c[..., 4] / n), ("mean", (c * np.arange(1, 6)).sum(axis=2) / n)):
            r = pd.DataFrame(dict(phase=ph, perspective=pe, card=cards, metric=metric, n_years=ny))
            if ny >= 3:
                r["first_year"], r["last_year"] = years[0], years[-1]
                r["slope"] = np.median((v[ib] - v[ia]) / (t[ib] - t[ia])[:, None], axis=0)
                if metric == "mean":
                    S = np.sign(v[ib] - v[ia]).sum(axis=0)
                    tk = (v[:, None, :] == v[None, :, :]).sum(axis=1)   # tie size of each year
                    var = (ny * (ny - 1) * (2 * ny + 5) - ((tk - 1) * (2 * tk + 5)).sum(axis=0)) / 18
                    with np.errstate(invalid="ignore", divide="ignore"):
                        z = np.where(var > 0, (S - np.sign(S)) / np.sqrt(var), np.nan)
                    r["test"] = "mann_kendall"
                else:
                    e, N = c[:, :, 4], n.sum(axis=0)
                    pbar = e.sum(axis=0) / N
                    T = (t[:, None] * (e - n * pbar)).sum(axis=0)
                    var = pbar * (1 - pbar) * ((n * t[:, None] ** 2).sum(axis=0)
                                               - (n * t[:, None]).sum(axis=0) ** 2 / N)
                    with np.errstate(invalid="ignore", divide="ignore"):
                        z = np.where(var > 0, T / np.sqrt(var), np.nan)
                    r["test"] = "cochran_armitage"
                r["statistic"], r["p_value"] = z, 2 * stats.norm.sf(np.abs(z))
            parts.append(r)
    df = pd.concat(parts, ignore_index=True).reindex(columns=[
        "phase", "perspective", "card", "metric", "n_years", "first_year", "last_year", "slope",
        "test", "statistic", "p_value"])           # fewer than 3 years: the columns stay empty
    df["q_value"] = df.groupby(["phase", "perspective", "metric"])["p_value"].transform(bh)
    write(df, out, "trends")


# ---------------------------------------------------------------- group tops

@timed("group_tops")
def group_tops(s, cards, cats, tops, out, min_cell):
    tops = tops.copy()
    tops["tbl"] = tops["traject"] + "/" + tops["group"] + "/" + tops["table"]
    cons = (tops["card"] != "").groupby(tops["tbl"]).any()
    ct = tops[tops["card"] != ""]
    ct = ct[ct["tbl"].isin(cons[cons].index)]
    K = len(cards)
    cidx = {c: j for j, c in enumerate(cards)}
    onehot = pd.crosstab(ct["tbl"], ct["card"]).reindex(columns=cards, fill_value=0)
    mem = s[(s["phase"] == "individual") & (s["perspective"] == "professional")]
    mem = mem[mem["table"].astype(str).isin(set(tops["tbl"]))]
    mt = cats[mem.index.to_numpy()] == 5
    gt = pd.DataFrame({"card": cards, "tables": onehot.sum(axis=0).reindex(cards).to_numpy(),
                       "n_members": len(mem)})
    gt["share_of_tables"] = gt["tables"] / int(cons.sum())
    gt["share_in_individual_tops"] = mt.mean(axis=0)
    gt["consensus_reached"] = int(cons.sum())
    gt["tables_total"] = len(cons)
    write(gt, out, "group_tops")
    # per traject: Jaccard of each member's top pile with the common top
    ctop = onehot.reindex(mem["table"].astype(str)).to_numpy()
    has = ~np.isnan(ctop[:, 0])
    ctop = np.nan_to_num(ctop).astype(bool)
    inter = (ctop & mt).sum(axis=1)
    union = (ctop | mt).sum(axis=1)
    j = np.where(has & (union > 0), inter / np.maximum(union, 1), np.nan)
    jt = pd.DataFrame({"traject": mem["traject"].astype(str).to_numpy(), "j": j})
    per = jt.groupby("traject").agg(n_members=("j", "size"), mean_jaccard=("j", "mean"))
    tt = tops.drop_duplicates("tbl").groupby("traject").size().rename("tables").to_frame()
    tt["consensus_reached"] = cons.groupby(cons.index.str.split("/").str[0]).sum()
    tt = tt.join(per)
    tt.loc[tt["n_members"].fillna(0) < min_cell, :] = np.nan
    del cidx
    write(tt.reset_index(), out, "group_tops_tables")


# ---------------------------------------------------------------- dilemmas

@timed("dilemmas")
def dilemmas(dil, traj, parts, book, out, min_cell):
    d = dil.merge(traj[["traject", "organisation", "org_type"]], on="traject", how="left")
    # a case's role: the most common role in its group (ties: the first by name)
    grp = parts[(parts["role"] != "") & (parts["group"] != "")].groupby(["traject", "group", "role"]).size().rename("k")
    grp = grp.reset_index().sort_values(["k", "role"], ascending=[False, True])
    grp = grp.drop_duplicates(["traject", "group"])[["traject", "group", "role"]]
    d = d.merge(grp, on=["traject", "group"], how="left")
    d["year"] = d["date"].str[:4]
    d["all"] = "all"
    X = d["tags"].str.get_dummies(sep="|").reindex(columns=book["tag"], fill_value=0)
    pil = X.T.groupby(book.set_index("tag")["pillar"]).max().T
    axs = X.T.groupby(book.set_index("tag")["axis"]).max().T
    units = pd.concat([X, pil.add_prefix("pillar:"), axs.add_prefix("axis:")], axis=1)
    rows = []
    for st in ["all", "traject", "organisation", "org_type", "role", "session", "year"]:
        g = units.groupby(d[st].fillna(""))
        cnt = g.sum()
        n = g.size()
        cnt = cnt[cnt.index != ""]
        long = cnt.stack().rename("count").reset_index()
        long.columns = ["stratum", "unit", "count"]
        # goedwerk's layout: level tag (with the tag's pillar and axis), pillar or axis
        u = long["unit"].str.split(":", n=1, expand=True)
        is_tag = u[1].isna()
        long["level"] = np.where(is_tag, "tag", u[0])
        long["tag"] = np.where(is_tag, long["unit"], "")
        long["pillar"] = np.where(is_tag, long["unit"].map(book.set_index("tag")["pillar"]),
                                  np.where(u[0] == "pillar", u[1], ""))
        long["axis"] = np.where(is_tag, long["unit"].map(book.set_index("tag")["axis"]),
                                np.where(u[0] == "axis", u[1], ""))
        long = long.drop(columns="unit")
        long["n_cases"] = n.reindex(long["stratum"]).to_numpy()
        long["share"] = long["count"] / long["n_cases"]
        long["share_lo"], long["share_hi"] = wilson(long["count"], long["n_cases"])
        long.loc[long["n_cases"] < min_cell, ["count", "share", "share_lo", "share_hi"]] = np.nan
        long.insert(0, "stratum_type", st)
        rows.append(long)
    write(pd.concat(rows, ignore_index=True), out, "dilemma_frequencies")
    X = X[sorted(X.columns)]                 # pairs in alphabetical order, as goedwerk
    M = X.to_numpy(dtype=float)
    both = M.T @ M
    single = M.sum(axis=0)
    n = len(M)
    ia, ib = np.triu_indices(len(single), 1)
    tags = X.columns.to_numpy()
    co = pd.DataFrame({"stratum_type": "all", "stratum": "all", "tag_a": tags[ia], "tag_b": tags[ib],
                       "n_cases": n, "count_a": single[ia], "count_b": single[ib],
                       "count": both[ia, ib]})
    with np.errstate(invalid="ignore", divide="ignore"):
        co["expected"] = co["count_a"] * co["count_b"] / n
        co["jaccard"] = co["count"] / (co["count_a"] + co["count_b"] - co["count"])
        co["c_coefficient"] = co["jaccard"]
        co["lift"] = co["count"] / co["expected"]
    write(co, out, "dilemma_cooccurrence")


def main():
    if len(sys.argv) not in (3, 4):
        print("usage: bench_pandas_stats.py BUNDLE_DIR OUT_DIR [MIN_CELL]", file=sys.stderr)
        return 2
    t0 = time.time()
    out = sys.argv[2]
    min_cell = int(sys.argv[3]) if len(sys.argv) == 4 else 5
    os.makedirs(out, exist_ok=True)
    s, cards, cats, traj, parts, tops, dil, book = ingest(sys.argv[1])
    t1 = time.time()
    value_tables(s, cards, cats, out, min_cell)
    agreement(s, cards, cats, out, min_cell)
    exchange_change(s, cards, cats, out, min_cell)
    group_differences(s, cards, cats, out, min_cell)
    group_pairs(s, cards, cats, out, min_cell)
    perspective_gap(s, cards, cats, out, min_cell)
    trends(s, cards, cats, out, min_cell)
    group_tops(s, cards, cats, tops, out, min_cell)
    dilemmas(dil, traj, parts, book, out, min_cell)
    t2 = time.time()
    print("bench_pandas_stats: %d sorts; ingest %.2f s, tables %.2f s" % (len(s), t1 - t0, t2 - t1),
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
