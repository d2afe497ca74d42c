#!/usr/bin/python3
"""bench_pandas.py - the pandas baseline of the goedwerk benchmark (scripts/bench.sh).

Does in one run what a researcher would do by hand with pandas: ingest a bundle
written by gen_bundle.py (wide sorts.csv; read, check the forced distribution,
band ages, attach organisation / org_type / role / gender / year) and compute
the value frequency tables: counts per phase x perspective x stratum x card x
category, and per card the n, mean and share in the top category.

Usage: bench_pandas.py BUNDLE_DIR OUT_DIR
Writes OUT_DIR/value_frequencies.csv and OUT_DIR/value_summary.csv and prints
the seconds of the ingest and table steps on stderr.  Needs Debian
python3-pandas (run with /usr/bin/python3).
"""

import os
import sys
import time

import numpy as np
import pandas as pd

META = ["traject", "participant", "session", "phase", "perspective", "card_set", "date", "table"]
STRATA = ["all", "traject", "organisation", "org_type", "role", "age_band", "gender", "year"]
FORCED = [4, 6, 10, 6, 4]


def ingest(bundle):
    traj = pd.read_csv(os.path.join(bundle, "trajecten.csv"), dtype=str, keep_default_na=False)
    parts = pd.read_csv(os.path.join(bundle, "participants.csv"), dtype=str, keep_default_na=False)
    head = pd.read_csv(os.path.join(bundle, "sorts.csv"), nrows=0).columns
    cards = [c for c in head if c not in META]
    dtypes = {c: "int8" for c in cards}
    dtypes.update({c: "category" for c in head if c in META})
    sorts = pd.read_csv(os.path.join(bundle, "sorts.csv"), dtype=dtypes, keep_default_na=False)
    cats = sorts[cards].to_numpy()
    # forced distribution 4/6/10/6/4 per sort
    counts = np.stack([(cats == k).sum(axis=1) for k in range(1, 6)], axis=1)
    bad = int((counts != np.array(FORCED)).any(axis=1).sum())
    if bad:
        print("bench_pandas: %d sorts break the forced distribution" % bad, file=sys.stderr)
    sorts["year"] = sorts["date"].astype(str).str[:4].astype("int16")
    # age bands: age_band, or exact age, or birth year (in the year of the sort)
    p = parts[["traject", "participant", "group", "role", "gender"]].copy()
    age = pd.to_numeric(parts["age"], errors="coerce")
    p["age_band"] = parts["age_band"]
    p["birth_year"] = pd.to_numeric(parts["birth_year"], errors="coerce")
    p["age"] = age
    s = sorts[["traject", "participant", "phase", "perspective", "year"]].copy()
    for c in ("traject", "participant"):
        s[c] = s[c].astype(str)
    s = s.merge(p, on=["traject", "participant"], how="left", sort=False)
    s = s.merge(traj[["traject", "organisation", "org_type"]], on="traject", how="left", sort=False)
    a = s["age"].where(s["age"].notna(), s["year"] - s["birth_year"])
    band = np.where(a <= 34, "<35", np.where(a <= 49, "35-49", "50+"))
    s["age_band"] = np.where(s["age_band"] != "", s["age_band"], np.where(a.isna(), "", band))
    s["all"] = "all"
    s["year"] = s["year"].astype(str)
    return s, cards, cats


def tables(s, cards, cats, out):
    n, k = cats.shape
    pp = (s["phase"].astype(str) + "/" + s["perspective"].astype(str)).astype("category")
    long = pd.DataFrame({
        "sort": np.repeat(np.arange(n, dtype=np.int32), k),
        "card": np.tile(np.arange(k, dtype=np.int8), n),
        "category": cats.reshape(-1),
    })
    freq = []
    summ = []
    for st in STRATA:
        key = (pp.astype(str) + "|" + s[st].astype(str)).astype("category")
        long["key"] = pd.Categorical.from_codes(key.cat.codes.to_numpy()[long["sort"].to_numpy()],
                                                key.cat.categories)
        c = long.groupby(["key", "card", "category"], observed=True).size().rename("count").reset_index()
        tot = c.groupby(["key", "card"], observed=True)["count"].transform("sum")
        c["share"] = c["count"] / tot
        c["stratum_type"] = st
        freq.append(c.copy())
        c["wsum"] = c["count"] * c["category"]
        c["top"] = np.where(c["category"] == 5, c["count"], 0)
        g = c.groupby(["key", "card"], observed=True).agg(n=("count", "sum"), wsum=("wsum", "sum"),
                                                          top=("top", "sum")).reset_index()
        g["mean"] = g["wsum"] / g["n"]
        g["share_top"] = g["top"] / g["n"]
        g["stratum_type"] = st
        summ.append(g.drop(columns=["wsum", "top"]))
    os.makedirs(out, exist_ok=True)
    card_names = np.array(cards)
    for name, parts in (("value_frequencies.csv", freq), ("value_summary.csv", summ)):
        df = pd.concat(parts, ignore_index=True)
        split = df["key"].astype(str).str.split("|", n=1, expand=True)
        ph = split[0].str.split("/", n=1, expand=True)
        df.insert(0, "phase", ph[0])
        df.insert(1, "perspective", ph[1])
        df.insert(3, "stratum", split[1])
        df["card"] = card_names[df["card"].to_numpy()]
        df = df.drop(columns=["key"])
        cols = ["phase", "perspective", "stratum_type", "stratum", "card"] + \
            [c for c in df.columns if c not in ("phase", "perspective", "stratum_type", "stratum", "card")]
        df[cols].to_csv(os.path.join(out, name), index=False, float_format="%.6g")


def main():
    if len(sys.argv) != 3:
        print("usage: bench_pandas.py BUNDLE_DIR OUT_DIR", file=sys.stderr)
        return 2
    t0 = time.time()
    s, cards, cats = ingest(sys.argv[1])
    t1 = time.time()
    tables(s, cards, cats, sys.argv[2])
    t2 = time.time()
    print("bench_pandas: %d sorts; ingest %.2f s, tables %.2f s" % (len(s), t1 - t0, t2 - t1),
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
