#!/usr/bin/env python3
"""demo_readme.py TABLES README - the numbers datasets/README.md quotes from
goedwerk's demo tables are the tables' (issue 10: it once quoted 13.7 / 7.2 /
5.1 for a mean_footrule of 95.6 / 49.8 / 34.8).

Each quote is rebuilt from the CSVs of `goedwerk analyse` on datasets/demo
(--min-cell 5, seed 1), in the README's wording and rounding, and must
appear in the README (line breaks read as spaces).  Exits 1 naming every
quote that is missing; standard library only."""

import csv
import os
import re
import sys


def rows(tables, name):
    with open(os.path.join(tables, name + ".csv"), encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def one(rs, **keys):
    hit = [r for r in rs if all(r[k] == v for k, v in keys.items())]
    if len(hit) != 1:
        sys.exit("demo_readme: %d rows for %s" % (len(hit), keys))
    return hit[0]


def num(r, col):
    return float(r[col])


def exchange(tables):
    ex = rows(tables, "exchange_change")
    bands = [one(ex, perspective="professional", stratum_type="age_band", stratum=b)
             for b in ("<35", "35-49", "50+")]
    foot = "`mean_footrule` %.1f (<35, n %s), %.1f (35-49, n %s), %.1f (50+, n %s)" % tuple(
        x for r in bands for x in (num(r, "mean_footrule"), r["n"]))
    kend = "`mean_kendall_distance` (K^(1/2)) " + " / ".join(
        "%.1f" % num(r, "mean_kendall_distance") for r in bands)
    top = "`share_changed_top` (the top pile's four cards changed) " + ", ".join(
        "%.2f" % num(r, "share_changed_top") for r in bands)
    return [foot, kend, top]


def tops(tables):
    r = one(rows(tables, "group_tops"), card="sociale_betrokkenheid")
    return ["in %s of %s agreeing tables" % (r["tables"], r["consensus_reached"])]


def dilemmas(tables):
    fr = rows(tables, "dilemma_frequencies")
    ax = {a: one(fr, stratum_type="all", level="axis", axis=a)
          for a in ("profession-politics", "politics-society", "profession-society")}
    pct = {a: round(100 * num(r, "share")) for a, r in ax.items()}
    n = ax["profession-politics"]["n_cases"]
    out = ["profession-politics is on %d%% of the %s cases, politics-society %d%%, "
           "profession-society %d%%" % (pct["profession-politics"], n, pct["politics-society"],
                                         pct["profession-society"])]
    om = one(rows(tables, "dilemma_values"), organisation="Openbaar Ministerie", dominant="1")
    out.append("dominant axis is %s (%d%% of its %s cases)" % (
        om["axis"], round(100 * num(om, "share")), om["n_cases"]))
    co = rows(tables, "dilemma_cooccurrence")
    a = one(co, stratum_type="all", tag_a="inspectie_vs_beleid", tag_b="opschalen_terugkoppelen")
    b = one(co, stratum_type="all", tag_a="inhoud_vs_draagvlak", tag_b="specifiek_vs_algemeen")
    out.append("inspectie_vs_beleid + opschalen_terugkoppelen: %s cases, Jaccard %.2f, lift %.1f"
               % (a["count"], num(a, "jaccard"), num(a, "lift")))
    out.append("specifiek_vs_algemeen + inhoud_vs_draagvlak: %s cases, lift %.1f"
               % (b["count"], num(b, "lift")))
    t = one(rows(tables, "dilemma_association"), factor="organisation", level="tag",
            unit="regels_vs_maatwerk")
    res = rows(tables, "dilemma_association_residuals")

    def resid(tag, group):
        return num(one(res, factor="organisation", level="tag", unit=tag, group=group),
                   "adjusted_residual")
    out.append("regels_vs_maatwerk differs by organisation (chi-square %.1f, df %s, Cramér's V "
               "%.2f, Monte Carlo p %.2g, BH q %.2g; adjusted residuals Douane %+.1f, "
               "Belastingdienst %+.1f, ministerie %+.1f)" % (
                   num(t, "chi2"), t["df"], num(t, "cramers_v"), num(t, "p_value"),
                   num(t, "q_value"), resid("regels_vs_maatwerk", "Douane Groningen"),
                   resid("regels_vs_maatwerk", "Belastingdienst"),
                   resid("regels_vs_maatwerk", "Ministerie (pilot)")))
    out.append("afrekencultuur (Douane %+.1f)" % resid("afrekencultuur", "Douane Groningen"))
    return out


def main():
    tables, readme = sys.argv[1], sys.argv[2]
    with open(readme, encoding="utf-8") as f:
        text = re.sub(r"\s+", " ", f.read())
    quotes = exchange(tables) + tops(tables) + dilemmas(tables)
    missing = [q for q in quotes if q not in text]
    for q in missing:
        print("not in %s: %s" % (os.path.basename(readme), q))
    if missing:
        sys.exit(1)
    print("%d quotes in datasets/README.md are the demo's tables" % len(quotes))


if __name__ == "__main__":
    main()
