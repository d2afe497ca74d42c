"""Crib sheets of Q factors (Watts & Stenner 2012, Doing Q Methodological
Research, ch. 7), computed here from factor arrays alone, with pandas:
per factor the cards at its array's highest and lowest pile, and the cards
whose pile is higher (lower) than in every other factor's array; a card at
an extreme is listed there only.  Order: top, higher, lower, bottom (by
z-score: down for the upper lists, up for the lower), then the rest.

  factor_crib.py --lipset REFDATA
      prints the crib of qmethod 1.8.4's arrays of qmethod(lipset, 3)
      (REFDATA/qmethod/lipset_pca_varimax_3f_zscores_factorscores.csv,
      columns fsc_f1.. and zsc_f1..) as lines `factor card extreme vs_others
      others_max others_min`, every card, in crib order (test_factors.c).
  factor_crib.py --tables DIR
      checks DIR/factor_crib.csv of goedwerk against the crib computed from
      DIR/factor_arrays.csv (unsuppressed factors); exit 1 on a difference.
Run with /usr/bin/python3 (pandas)."""
import sys
import pandas as pd


def crib(arrays):
    """arrays: DataFrame card, factor, category, z (defined factors only).
    Returns rows (factor, card, extreme, vs_others, others_max, others_min)
    in crib order; vs/others None without another factor."""
    out = []
    wide = arrays.pivot(index="card", columns="factor", values="category")
    order = list(dict.fromkeys(arrays["card"]))  # card-set order
    for f in sorted(wide.columns):
        mine = arrays[arrays.factor == f].set_index("card")
        top, bottom = mine.category.max(), mine.category.min()
        other = wide.drop(columns=[f])
        rows = []
        for pos, card in enumerate(order):
            a = mine.category[card]
            ext = 1 if a == top else -1 if a == bottom else 0
            if other.shape[1]:
                hi, lo = other.loc[card].max(), other.loc[card].min()
                vs = 1 if a > hi else -1 if a < lo else 0
            else:
                hi = lo = vs = None
            group = {1: 0, -1: 3}[ext] if ext else {1: 1, -1: 2, 0: 4}[vs or 0]
            z = mine.z[card]
            key = (group, -z if group < 2 else z if group < 4 else 0, pos)
            rows.append((key, (int(f), card, ext, vs, hi, lo)))
        out += [r for _, r in sorted(rows, key=lambda x: x[0])]
    return out


def fmt(v):
    return "" if v is None else str(int(v))


def lipset(refdata):
    d = pd.read_csv(f"{refdata}/qmethod/lipset_pca_varimax_3f_zscores_factorscores.csv")
    parts = []
    for f in (1, 2, 3):
        parts.append(pd.DataFrame({"card": d.statement, "factor": f,
                                   "category": d[f"fsc_f{f}"], "z": d[f"zsc_f{f}"]}))
    for r in crib(pd.concat(parts, ignore_index=True)):
        print(" ".join([str(r[0]), r[1]] + [fmt(v) for v in r[2:]]))


def check_tables(tables):
    arr = pd.read_csv(f"{tables}/factor_arrays.csv", dtype={"card": str})
    got = pd.read_csv(f"{tables}/factor_crib.csv", dtype={"card": str})
    arr = arr[(arr.suppressed == 0) & arr.category.notna()]
    arr = arr.rename(columns={"z_score": "z"})[["card", "factor", "category", "z"]]
    want = crib(arr)
    got = got[(got.suppressed == 0) & got.extreme.notna()]
    bad = 0
    if len(want) != len(got):
        print(f"factor_crib.csv has {len(got)} rows of unsuppressed factors, expected {len(want)}")
        return 1
    for w, (_, g) in zip(want, got.iterrows()):
        have = (int(g.factor), g.card, int(g.extreme),
                None if pd.isna(g.vs_others) else int(g.vs_others),
                None if pd.isna(g.others_max) else int(g.others_max),
                None if pd.isna(g.others_min) else int(g.others_min))
        if have != w:
            print(f"factor {w[0]}: expected {w}, factor_crib.csv has {have}")
            bad += 1
    factors = len(set(arr.factor))
    print(f"factor_crib agrees for {factors} factors x {len(want) // max(factors, 1)} cards"
          if not bad else f"{bad} rows differ")
    return 1 if bad else 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--lipset":
        lipset(sys.argv[2])
    elif len(sys.argv) == 3 and sys.argv[1] == "--tables":
        sys.exit(check_tables(sys.argv[2]))
    else:
        sys.exit(__doc__)
