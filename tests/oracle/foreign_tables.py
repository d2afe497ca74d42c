#!/usr/bin/python3
"""foreign_tables.py BUNDLE TABLES [MIN_CELL] - goedwerk's main tables on a
bundle shaped like other people's data (scripts/gen_foreign.py: exchange at
a later session, table numbers repeating per group, a card nobody placed,
an adapted deck, 7 piles, unforced sorts), recomputed independently with
pandas and scipy from the bundle's CSV files, never from goedwerk's store:

  value_summary      n_people, n, mean, median, share_top (+ Wilson 95%),
                     share_bottom, rank (competition ranks of the mean)
  value_frequencies  n_people, n, count, share per pile
  exchange_change    the pairing rule of the README (same session, else the
                     latest individual sort before), footrule on mid-ranks
                     (scipy rankdata), Kendall distance K^(1/2), top pile
                     changed, quartiles (numpy, linear), Kruskal-Wallis of
                     the footrule between strata (scipy.stats.kruskal)
  agreement          Kendall's W with the tie correction, chi-square and
                     its p (scipy chi2), mean pairwise Spearman (scipy)
                     per scope all / traject / group / table
                     (traject/group/s<session>/table when a group has tables
                     at several sessions), the unplaced card left out
  group_differences  Kruskal-Wallis (scipy.stats.kruskal) and epsilon2, and
                     Pearson chi-square with Cramer's V where Cochran's rule
                     holds (scipy.stats.chi2_contingency)

Every number of goedwerk's CSV in these columns must be ours within 1e-9
(relative to max(1, |x|)), every row ours must be goedwerk's and back, and a
cell goedwerk leaves empty must be one we cannot compute (undefined); rows
the privacy engine suppressed (--min-cell MIN_CELL, default 1) are counted,
not compared.  Prints one line per
table checked; exits 1 listing the first differences."""

import itertools
import math
import os
import sys

import numpy as np
import pandas as pd
from scipy import stats

TOL = 1e-9
problems = []


def say(msg):
    if len(problems) < 40:
        problems.append(msg)


def close(a, b):
    return abs(a - b) <= TOL * max(1.0, abs(a), abs(b))


def wilson(k, n, z=stats.norm.ppf(0.975)):
    p = k / n
    c = (p + z * z / (2 * n)) / (1 + z * z / n)
    h = z / (1 + z * z / n) * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return c - h, c + h


# --- the bundle ---------------------------------------------------------------

def load(bundle):
    cards = pd.read_csv(os.path.join(bundle, "cards.csv"), dtype=str)
    scale = pd.read_csv(os.path.join(bundle, "scale.csv"), dtype=str)
    sorts = pd.read_csv(os.path.join(bundle, "sorts.csv"), dtype=str, keep_default_na=False)
    people = pd.read_csv(os.path.join(bundle, "participants.csv"), dtype=str)
    trajecten = pd.read_csv(os.path.join(bundle, "trajecten.csv"), dtype=str)
    card_ids = list(cards["card"])
    cats = sorted(int(c) for c in scale["category"])
    s = sorts.merge(people, on=["traject", "participant"], how="left")
    s = s.merge(trajecten, on="traject", how="left")
    s["person"] = s["traject"] + "\t" + s["participant"]
    s["group"] = s["traject"] + "/" + s["group"]
    s["year"] = s["start"].str[:4]
    s["session"] = s["session"].astype(int)
    s["all"] = "all"
    piles = pd.DataFrame(index=s.index)
    for c in card_ids:  # a card nobody placed has no column: all missing
        col = s[c] if c in s else pd.Series([""] * len(s), index=s.index)
        piles[c] = pd.to_numeric(col.replace("", np.nan))
    return s, piles, card_ids, cats


# --- comparing ------------------------------------------------------------------

def read_table(tables, name):
    return pd.read_csv(os.path.join(tables, name + ".csv"), dtype=str, keep_default_na=False)


def compare(name, got, want, keys, cols):
    """got: goedwerk's rows; want: {key tuple: {col: value or None}}."""
    seen = set()
    checked = hidden = 0
    for _, r in got.iterrows():
        k = tuple(r[c] for c in keys)
        if k not in want:
            say("%s: goedwerk has row %s, the oracle none" % (name, k))
            continue
        seen.add(k)
        if r["suppressed"] == "1":
            hidden += 1  # the privacy engine's, not a statistic
            continue
        for c in cols:
            w = want[k].get(c)
            g = r[c]
            if g == "":
                if w is not None and not (isinstance(w, float) and math.isnan(w)):
                    say("%s %s %s: goedwerk empty (%s), oracle %r" % (name, k, c, r["note"], w))
                continue
            if w is None or (isinstance(w, float) and math.isnan(w)):
                say("%s %s %s: goedwerk %s, oracle undefined" % (name, k, c, g))
                continue
            checked += 1
            if not close(float(g), float(w)):
                say("%s %s %s: goedwerk %s, oracle %r" % (name, k, c, g, w))
    for k in want:
        if k not in seen:
            say("%s: oracle has row %s, goedwerk none" % (name, k))
    print("%s: %d rows (%d suppressed), %d numbers agree within %g" % (name, len(got), hidden,
                                                                       checked, TOL))


# --- the tables ---------------------------------------------------------------

STRATA_VALUES = ["all", "traject", "organisation", "org_type", "group", "role", "age_band", "year"]


def cells(s):
    for (ph, pe), sub in s.groupby(["phase", "perspective"]):
        yield ph, pe, sub


def value_tables(s, piles, cards, cats, tables):
    top, bottom = max(cats), min(cats)
    summary, freq = {}, {}
    for ph, pe, sub in cells(s):
        for st in STRATA_VALUES:
            for lv, g in sub.groupby(st):
                p = piles.loc[g.index]
                means = p.mean()
                ranks = means.rank(ascending=False, method="min")
                n_people = g["person"].nunique()
                for c in cards:
                    x = p[c].dropna()
                    n = len(x)
                    row = {"n_people": n_people, "n": n}
                    if n:
                        k = int((x == top).sum())
                        lo, hi = wilson(k, n)
                        row.update(mean=x.mean(), median=x.median(), share_top=k / n,
                                   share_top_lo=lo, share_top_hi=hi,
                                   share_bottom=float((x == bottom).sum()) / n, rank=ranks[c])
                    summary[(ph, pe, st, lv, c)] = row
                    if st == "group":
                        continue  # value_frequencies has no group rows
                    for cat in cats:
                        cnt = int((x == cat).sum())
                        freq[(ph, pe, st, lv, c, str(cat))] = {
                            "n_people": n_people, "n": n, "count": cnt,
                            "share": cnt / n if n else None}
    compare("value_summary", read_table(tables, "value_summary"), summary,
            ["phase", "perspective", "stratum_type", "stratum", "card"],
            ["n_people", "n", "mean", "median", "share_top", "share_top_lo", "share_top_hi",
             "share_bottom", "rank"])
    compare("value_frequencies", read_table(tables, "value_frequencies"), freq,
            ["phase", "perspective", "stratum_type", "stratum", "card", "category"],
            ["n_people", "n", "count", "share"])


def pairs_of(s):
    """The README's rule: each exchange sort with the person's individual sort
    of the same perspective at the same session, else the latest before."""
    ind = {}
    for i, r in s[s["phase"] == "individual"].iterrows():
        ind.setdefault((r["person"], r["perspective"]), []).append((r["session"], i))
    out = []
    for e, r in s[s["phase"] == "exchange"].iterrows():
        cand = [c for c in ind.get((r["person"], r["perspective"]), []) if c[0] <= r["session"]]
        if cand:
            best = max(c[0] for c in cand)
            out.append((min(i for ss, i in cand if ss == best), e))
    return out


def distance(a, b, top):
    both = ~(np.isnan(a) | np.isnan(b))
    x, y = a[both], b[both]
    rx, ry = stats.rankdata(x), stats.rankdata(y)
    foot = float(np.abs(rx - ry).sum())
    disc = tied = 0
    n = len(x)
    for i in range(n):
        for j in range(i + 1, n):
            da, db = x[i] - x[j], y[i] - y[j]
            if (da == 0) != (db == 0):
                tied += 1
            elif da != 0 and (da > 0) != (db > 0):
                disc += 1
    kend = disc + 0.5 * tied
    ta, tb = set(np.where(x == top)[0]), set(np.where(y == top)[0])
    return foot, kend, kend / (n * (n - 1) / 2), int(ta != tb), len(ta & tb)


def exchange_change(s, piles, cards, cats, tables, min_cell):
    top = max(cats)
    rows = []
    for i, e in pairs_of(s):
        f, k, kn, ch, kept = distance(piles.loc[i].to_numpy(float), piles.loc[e].to_numpy(float), top)
        r = s.loc[i]
        rows.append(dict(persp=r["perspective"], person=r["person"], foot=f, kend=k, kn=kn,
                         changed=ch, kept=kept, **{st: r[st] for st in STRATA_VALUES}))
    d = pd.DataFrame(rows)
    want = {}
    for pe, sub in d.groupby("persp"):
        for st in ["all", "organisation", "org_type", "group", "role", "age_band"]:
            levels = list(sub.groupby(st))
            big = [g["foot"].to_numpy() for _, g in levels if g["person"].nunique() >= min_cell]
            kw = {"kw_groups": len(big)} if st != "all" else {}
            if st != "all" and len(big) >= 2:
                h, p = stats.kruskal(*big)
                n = sum(len(b) for b in big)
                kw = {"kw_statistic": h, "kw_df": len(big) - 1, "kw_p_value": p,
                      "kw_epsilon2": h / (n - 1), "kw_groups": len(big)}
            for lv, g in levels:
                n = len(g)
                lo, hi = wilson(int(g["changed"].sum()), n)
                q25, med, q75 = np.percentile(g["foot"], [25, 50, 75])
                row = {"n": n, "n_people": g["person"].nunique(), "mean_footrule": g["foot"].mean(),
                       "mean_kendall_distance": g["kend"].mean(),
                       "mean_kendall_distance_norm": g["kn"].mean(),
                       "share_changed_top": g["changed"].mean(), "share_changed_top_lo": lo,
                       "share_changed_top_hi": hi, "mean_top_kept": g["kept"].mean(),
                       "median_footrule": med, "q25_footrule": q25, "q75_footrule": q75}
                row.update(kw)
                want[(pe, st, lv)] = row
    compare("exchange_change", read_table(tables, "exchange_change"), want,
            ["perspective", "stratum_type", "stratum"],
            ["n", "n_people", "mean_footrule", "mean_kendall_distance", "mean_kendall_distance_norm",
             "share_changed_top", "share_changed_top_lo", "share_changed_top_hi", "mean_top_kept",
             "median_footrule", "q25_footrule", "q75_footrule", "kw_statistic", "kw_df",
             "kw_p_value", "kw_epsilon2", "kw_groups"])


def kendall_w(p):
    """p: sorts x cards piles, complete.  W with the tie correction."""
    m, n = p.shape
    ranks = np.vstack([stats.rankdata(row) for row in p])
    t = sum(sum(c ** 3 - c for c in np.unique(row, return_counts=True)[1]) for row in p)
    rs = ranks.sum(axis=0)
    S = float(((rs - rs.mean()) ** 2).sum())
    return 12 * S / (m * m * (n ** 3 - n) - m * t)


def table_scopes(s):
    """traject/group/table, with s<session> before the table when the group
    has tables at several sessions."""
    multi = s[s["table"] != ""].groupby("group")["session"].nunique()
    name = pd.Series(index=s.index, dtype=object)
    for i, r in s[s["table"] != ""].iterrows():
        sess = "s%d/" % r["session"] if multi[r["group"]] > 1 else ""
        name[i] = "%s/%s%s" % (r["group"], sess, r["table"])
    return name


def agreement(s, piles, cards, tables):
    s = s.copy()
    s["table_scope"] = table_scopes(s)
    want = {}
    for ph, pe, sub in cells(s):
        for st, col in [("all", "all"), ("traject", "traject"), ("group", "group"),
                        ("table", "table_scope")]:
            for lv, g in sub.dropna(subset=[col]).groupby(col):
                p = piles.loc[g.index]
                p = p.loc[:, p.notna().any()]  # cards placed by nobody in the scope: out
                comp = p.dropna().to_numpy(float)
                row = {"n_people": g["person"].nunique(), "n_sorts": len(g), "n_complete": len(comp),
                       "n_cards": p.shape[1]}
                if len(comp) >= 2:
                    w = kendall_w(comp)
                    n = comp.shape[1]
                    rho = [stats.spearmanr(a, b)[0] for a, b in itertools.combinations(comp, 2)]
                    row.update(kendall_w=w, chi2=len(comp) * (n - 1) * w, df=n - 1,
                               p_chi2=stats.chi2.sf(len(comp) * (n - 1) * w, n - 1),
                               mean_spearman=float(np.mean(rho)))
                want[(st, lv, ph, pe)] = row
    compare("agreement", read_table(tables, "agreement"), want,
            ["scope_type", "scope", "phase", "perspective"],
            ["n_people", "n_sorts", "n_complete", "n_cards", "kendall_w", "chi2", "df", "p_chi2",
             "mean_spearman"])


def group_differences(s, piles, cards, cats, tables, min_cell):
    want = {}
    for ph, pe, sub in cells(s):
        for f in ["organisation", "org_type", "group", "role", "age_band"]:
            levels = [(lv, g) for lv, g in sub.groupby(f)]
            big = [g for _, g in levels if g["person"].nunique() >= min_cell]
            for c in cards:
                xs = [piles.loc[g.index, c].dropna().to_numpy() for g in big]
                xs = [x for x in xs if len(x)]
                n = sum(len(x) for x in xs)
                kw = {"n_groups": len(xs), "n": n}
                chi = dict(kw)
                if len(xs) >= 2:
                    pooled = np.concatenate(xs)
                    if len(np.unique(pooled)) > 1:
                        h, p = stats.kruskal(*xs)
                        kw.update(statistic=h, df=len(xs) - 1, p_value=p, effect_size=h / (n - 1))
                    tab = np.array([[int((x == k).sum()) for k in cats] for x in xs])
                    tab = tab[:, tab.sum(axis=0) > 0]
                    if tab.shape[1] > 1:
                        c2, p, dof, exp = stats.chi2_contingency(tab, correction=False)
                        if exp.min() >= 1 and (exp < 5).mean() <= 0.2:
                            chi.update(statistic=c2, df=dof, p_value=p,
                                       effect_size=math.sqrt(c2 / (n * (min(tab.shape) - 1))))
                want[(ph, pe, f, c, "kruskal-wallis")] = kw
                want[(ph, pe, f, c, "chi_square")] = chi
    compare("group_differences", read_table(tables, "group_differences"), want,
            ["phase", "perspective", "factor", "card", "test"],
            ["statistic", "df", "p_value", "effect_size", "n_groups", "n"])


def main():
    bundle, tables = sys.argv[1], sys.argv[2]
    min_cell = int(sys.argv[3]) if len(sys.argv) > 3 else 1
    s, piles, cards, cats = load(bundle)
    value_tables(s, piles, cards, cats, tables)
    exchange_change(s, piles, cards, cats, tables, min_cell)
    agreement(s, piles, cards, tables)
    group_differences(s, piles, cards, cats, tables, min_cell)
    for p in problems:
        print("DIFF " + p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
