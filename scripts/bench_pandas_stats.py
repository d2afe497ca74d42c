#!/usr/bin/python3
"""bench_pandas_stats.py - the statistical peer of `goedwerk analyse` in the
benchmark (scripts/bench.sh, step pandas_stats).

What a competent pandas/scipy user would write to get, in ONE run, the same
tables `goedwerk analyse` writes, from a bundle of gen_bundle.py (wide
sorts.csv, participants.csv, trajecten.csv, group_tops.csv, dilemmas.csv,
codebook.csv).  Vectorised with pandas/numpy where the library allows it,
scipy.stats for the tests.  Debian python3-pandas/-scipy (/usr/bin/python3).

Covered (file in OUT_DIR, what is computed):
  value_frequencies  phase x perspective x stratum (all, traject, organisation,
                     org_type, role, age_band, gender, year) x card x category:
                     count, share (groupby sums of one-hot piles)
  value_summary      per card: n, mean, median, share_top with a Wilson 95%
                     interval, share_bottom, rank by mean (groupby rank)
  value_consensus    per card: Tastle-Wierman consensus, Leik's D, IQR (type 7)
  agreement          scope all/traject/group/table x phase x perspective:
                     Kendall's W with the tie correction (rankdata mid-ranks,
                     groupby rank sums), chi-square p (scipy.stats.chi2),
                     Krippendorff's alpha nominal/ordinal/interval via the
                     coincidence matrix (einsum over scope x card x pile
                     counts), exact mean pairwise Spearman (sum of the
                     standardised rank vectors)
  group_differences  phase x perspective x factor (age_band, role,
                     organisation, org_type, gender) x card:
                     scipy.stats.kruskal and scipy.stats.chi2_contingency
                     (Cramer's V, Cochran's rule), groups under min-cell
                     people left out, BH q per factor and test
  group_pairs        per pair of the groups of min-cell people, for a factor
                     with at most PAIRS_MAX_GROUPS of them (as goedwerk;
                     organisation, with hundreds, gets one row):
                     scipy.stats.mannwhitneyu (two-sided, continuity) and
                     Cliff's delta from U; BH q per phase x perspective x
                     factor
  exchange_change    pairs first individual / first exchange sort per person x
                     perspective x session: Spearman footrule on mid-ranks,
                     Kendall distance K^(1/2) (numpy over the card pairs),
                     changed top pile; per perspective x stratum (all,
                     age_band, role, organisation): means, median and
                     quartiles, Wilson interval, scipy.stats.kruskal of the
                     footrule between the levels with min-cell people
  perspective_gap    per card: scipy.stats.wilcoxon of professional - personal
                     (first individual sorts), rank-biserial, BH q
  trends             phase x perspective x card x metric (share_top, mean)
                     over the years with min-cell people: Mann-Kendall via
                     scipy.stats.kendalltau, Sen slope via
                     scipy.stats.theilslopes, Cochran-Armitage (numpy) for
                     share_top, BH q
  group_tops, group_tops_tables  tables' common tops against the members'
                     individual top piles, Jaccard
  dilemma_frequencies  per stratum of cases x tag/pillar/axis: count, share,
                     Wilson interval;  dilemma_cooccurrence: X'X of the
                     one-hot tag matrix: count, expected, Jaccard,
                     c-coefficient, lift
Left out (so the comparison favours pandas, not goedwerk):
  the factor analysis tables (factor_*: analyse runs them on a sample), the
  dilemma association tables (chi-square with Monte Carlo p, residuals),
  dilemma_values, dilemma_unused_tags; min-cell suppression beyond leaving
  rows of small cells empty (no secondary suppression); the permutation p of
  Kendall's W for scopes under 5 sorts; exact small-sample p of Wilcoxon and
  Mann-Whitney (scipy picks its own); Dutch labels; number formatting
  identical to goedwerk's (float_format %.6g).

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
EXCH_STRATA = ["all", "age_band", "role", "organisation"]
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


def write(df, out, name):
    df.to_csv(os.path.join(out, name + ".csv"), index=False, float_format="%.6g")


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
    s["group"] = s["traject"] + "/" + s["group"].astype(str)
    s["table"] = np.where(s["table"].astype(str) != "", s["traject"] + "/" + s["table"].astype(str), "")
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
            mean = (p * vals).sum(axis=2)
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
    ranks = stats.rankdata(cats, axis=1)                      # mid-ranks per sort
    ties = np.zeros(n_s)
    for k in range(1, 6):
        t = (cats == k).sum(axis=1).astype(float)
        ties += t ** 3 - t
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

@timed("group_differences")
def group_differences(s, cards, cats, out, min_cell):
    rows = []
    for (ph, pe), sub in s.groupby(["phase", "perspective"], observed=True):
        idx = sub.index.to_numpy()
        for f in FACTORS:
            lv = sub[f].astype(str)
            people = sub.groupby(lv)["person"].nunique()
            keep = [l for l in people.index if l != "" and people[l] >= min_cell]
            members = [idx[(lv == l).to_numpy()] for l in keep]
            for j, card in enumerate(cards):
                groups = [cats[m, j] for m in members]
                kw = dict(phase=ph, perspective=pe, factor=f, card=card, n_groups=len(groups),
                          min_group_n=min((people[l] for l in keep), default=np.nan))
                if len(groups) >= 2:
                    try:
                        h, p = stats.kruskal(*groups)
                        n = sum(len(x) for x in groups)
                        rows.append(dict(kw, test="kruskal-wallis", statistic=h, df=len(groups) - 1,
                                         p_value=p, effect_size=h * (n + 1) / (n * n - 1),
                                         effect_measure="epsilon2"))
                    except ValueError:
                        rows.append(dict(kw, test="kruskal-wallis"))
                    tab = np.stack([np.bincount(x, minlength=6)[1:] for x in groups])
                    tab = tab[:, tab.sum(axis=0) > 0]
                    chi2, p, dof, exp = stats.chi2_contingency(tab, correction=False)
                    if exp.min() >= 1 and (exp < 5).mean() <= 0.2:
                        v = np.sqrt(chi2 / (tab.sum() * (min(tab.shape) - 1)))
                        rows.append(dict(kw, test="chi_square", statistic=chi2, df=dof, p_value=p,
                                         effect_size=v, effect_measure="cramers_v"))
                    else:
                        rows.append(dict(kw, test="chi_square"))
                else:
                    rows.append(dict(kw, test="kruskal-wallis"))
                    rows.append(dict(kw, test="chi_square"))
    df = pd.DataFrame(rows)
    df["q_value"] = df.groupby(["phase", "perspective", "factor", "test"])["p_value"].transform(bh)
    write(df, out, "group_differences")


@timed("group_pairs")
def group_pairs(s, cards, cats, out, min_cell):
    """As goedwerk: pairs of the groups of min_cell people or more, for a
    factor with at most PAIRS_MAX_GROUPS of them; else one row that says so."""
    parts = []
    for (ph, pe), sub in s.groupby(["phase", "perspective"], observed=True):
        idx = sub.index.to_numpy()
        for f in FACTORS:
            lv = sub[f].astype(str)
            people = sub.groupby(lv)["person"].nunique()
            levels = [l for l in people.index if l != "" and people[l] >= min_cell]
            if len(people.index) < 2:
                continue
            if len(levels) > PAIRS_MAX_GROUPS:
                df = pd.DataFrame([dict(note="%d groups" % len(levels))])
            else:
                ia, ib = np.triu_indices(len(levels), 1)
                members = {l: idx[(lv == l).to_numpy()] for l in levels}
                rows = []
                for j, card in enumerate(cards):
                    for a_, b_ in zip(ia, ib):
                        x, y = cats[members[levels[a_]], j], cats[members[levels[b_]], j]
                        x, y = x[x > 0], y[y > 0]
                        r = dict(card=card, group_a=levels[a_], group_b=levels[b_], n_a=len(x), n_b=len(y))
                        if min(len(x), len(y)) >= min_cell:
                            try:
                                u, p = stats.mannwhitneyu(x, y, alternative="two-sided")
                                r.update(U=u, p_value=p, cliffs_delta=(2 * u - len(x) * len(y)) / (len(x) * len(y)))
                            except ValueError:
                                pass
                        rows.append(r)
                df = pd.DataFrame(rows, columns=["card", "group_a", "group_b", "n_a", "n_b", "U",
                                                 "p_value", "cliffs_delta"])
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
    pr = ind[key + ["age_band", "role", "organisation", "all"]].reset_index().merge(
        exc[key].reset_index(), on=key, suffixes=("_i", "_e"))
    x, y = cats[pr["index_i"].to_numpy()], cats[pr["index_e"].to_numpy()]
    rx, ry = stats.rankdata(x, axis=1), stats.rankdata(y, axis=1)
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
                    h, p = stats.kruskal(*[sub.loc[lv == l, "footrule"].to_numpy() for l in keep])
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
    ind = s[s["phase"] == "individual"]
    pro = ind[ind["perspective"] == "professional"].drop_duplicates("person")
    per = ind[ind["perspective"] == "personal"].drop_duplicates("person")
    pr = pro[["person"]].reset_index().merge(per[["person"]].reset_index(), on="person")
    x, y = cats[pr["index_x"].to_numpy()].astype(float), cats[pr["index_y"].to_numpy()].astype(float)
    rows = []
    for j, card in enumerate(cards):
        d = x[:, j] - y[:, j]
        r = dict(card=card, n=len(d), mean_professional=x[:, j].mean(), mean_personal=y[:, j].mean(),
                 mean_difference=d.mean(), effect_measure="rank-biserial")
        if len(d) >= min_cell and np.any(d != 0):
            w = stats.wilcoxon(d, zero_method="wilcox", correction=True)
            nz = d[d != 0]
            rk = stats.rankdata(np.abs(nz))
            tot = rk.sum()
            r.update(statistic=rk[nz > 0].sum(), p_value=w.pvalue,
                     effect_size=(rk[nz > 0].sum() - rk[nz < 0].sum()) / tot)
        rows.append(r)
    df = pd.DataFrame(rows)
    df["q_value"] = bh(df["p_value"])
    write(df, out, "perspective_gap")


# ---------------------------------------------------------------- trends

@timed("trends")
def trends(s, cards, cats, out, min_cell):
    rows = []
    for (ph, pe), sub in s.groupby(["phase", "perspective"], observed=True):
        people = sub.groupby("year", observed=True)["person"].nunique()
        years = sorted(int(y) for y in people.index if people[y] >= min_cell)
        yv = sub["year"].astype(int).to_numpy()
        sel = np.isin(yv, years)
        codes = np.searchsorted(years, yv[sel])
        c = pile_counts(codes, len(years), cats[sub.index.to_numpy()[sel]]).astype(float)  # y x card x 5
        n = c.sum(axis=2)
        share = c[..., 4] / n
        mean = (c * np.arange(1, 6)).sum(axis=2) / n
        t = np.array(years, dtype=float)
        for j, card in enumerate(cards):
            for metric, v in (("share_top", share[:, j]), ("mean", mean[:, j])):
                r = dict(phase=ph, perspective=pe, card=card, metric=metric, n_years=len(years))
                if len(years) >= 3:
                    r.update(first_year=years[0], last_year=years[-1],
                             slope=stats.theilslopes(v, t)[0])
                    if metric == "mean":
                        tau = stats.kendalltau(t, v)
                        r.update(test="mann_kendall", statistic=tau.statistic, p_value=tau.pvalue)
                    else:
                        # Cochran-Armitage with the years as scores
                        e, nn = c[:, j, 4], n[:, j]
                        N, pbar = nn.sum(), e.sum() / nn.sum()
                        T = (t * (e - nn * pbar)).sum()
                        var = pbar * (1 - pbar) * ((nn * t * t).sum() - (nn * t).sum() ** 2 / N)
                        z = T / np.sqrt(var) if var > 0 else np.nan
                        r.update(test="cochran_armitage", statistic=z, p_value=2 * stats.norm.sf(abs(z)))
                rows.append(r)
    df = pd.DataFrame(rows)
    df["q_value"] = df.groupby(["phase", "perspective", "metric"])["p_value"].transform(bh)
    write(df, out, "trends")


# ---------------------------------------------------------------- group tops

@timed("group_tops")
def group_tops(s, cards, cats, tops, out, min_cell):
    tops = tops.copy()
    tops["tbl"] = tops["traject"] + "/" + tops["table"]
    cons = tops.groupby("tbl")["card"].apply(lambda c: (c != "").any())
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
    grp = parts[["traject", "group", "role"]].drop_duplicates(["traject", "group"])
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
        long["n_cases"] = n.reindex(long["stratum"]).to_numpy()
        long["share"] = long["count"] / long["n_cases"]
        long["share_lo"], long["share_hi"] = wilson(long["count"], long["n_cases"])
        long.loc[long["n_cases"] < min_cell, ["count", "share", "share_lo", "share_hi"]] = np.nan
        long.insert(0, "stratum_type", st)
        rows.append(long)
    write(pd.concat(rows, ignore_index=True), out, "dilemma_frequencies")
    M = X.to_numpy(dtype=float)
    both = M.T @ M
    single = M.sum(axis=0)
    n = len(M)
    ia, ib = np.triu_indices(len(single), 1)
    co = pd.DataFrame({"tag_a": book["tag"].to_numpy()[ia], "tag_b": book["tag"].to_numpy()[ib],
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
