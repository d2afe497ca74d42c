#!/usr/bin/env python3
"""demo_effects.py - measure the planted effects in a bundle written by gen_bundle.py.

An independent, plain-Python look at the demo (wide sorts.csv), so that the
figures in datasets/README.md can be re-measured and goedwerk's tables checked
against them.  Usage: scripts/demo_effects.py [BUNDLE_DIR]   (default datasets/demo)
The viewpoint check uses numpy when it is importable (Debian python3-numpy).
"""

import csv
import os
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
META = {"traject", "participant", "session", "phase", "perspective", "date", "table", "card_set"}


def band(row, year):
    if row["age_band"]:
        return row["age_band"]
    age = int(row["age"]) if row["age"] else year - int(row["birth_year"])
    return "<35" if age <= 34 else ("35-49" if age <= 49 else "50+")


def mean(xs):
    return sum(xs) / len(xs) if xs else float("nan")


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(HERE), "datasets", "demo")
    with open(os.path.join(d, "trajecten.csv"), newline="") as f:
        traj = {r["traject"]: r for r in csv.DictReader(f)}
    with open(os.path.join(d, "participants.csv"), newline="") as f:
        parts = {(r["traject"], r["participant"]): r for r in csv.DictReader(f)}
    with open(os.path.join(d, "sorts.csv"), newline="") as f:
        rd = csv.DictReader(f)
        cards = [c for c in rd.fieldnames if c not in META]
        sorts = list(rd)
    for s in sorts:
        s["cats"] = [int(s[c]) for c in cards]
        s["year"] = int(s["date"][:4])
        counts = [s["cats"].count(k) for k in range(1, 6)]
        assert counts == [4, 6, 10, 6, 4], (s["traject"], s["participant"], counts)
    ind = [s for s in sorts if s["phase"] == "individual" and s["perspective"] == "professional"]
    print("sorts %d, individual professional %d, participants %d; all forced 4/6/10/6/4"
          % (len(sorts), len(ind), len(parts)))

    print("\n# individual professional sorts: mean, share in top (5), share in bottom (1)")
    rows = []
    for i, c in enumerate(cards):
        xs = [s["cats"][i] for s in ind]
        rows.append((mean(xs), c, mean([x == 5 for x in xs]), mean([x == 1 for x in xs])))
    for m, c, top, bot in sorted(rows, reverse=True):
        print("%-26s %.2f  top %.2f  bottom %.2f" % (c, m, top, bot))

    ci = {c: i for i, c in enumerate(cards)}
    print("\n# organisation tilt: mean category of tilted cards per org_type/organisation")
    tilt_cards = ["visie", "onafhankelijkheid", "zorgvuldigheid", "betrouwbaarheid",
                  "rechtvaardigheid", "deskundigheid", "creativiteit"]
    byorg = defaultdict(list)
    for s in ind:
        byorg[traj[s["traject"]]["organisation"]].append(s)
    print("%-45s n   " % "organisation" + " ".join("%6s" % c[:6] for c in tilt_cards))
    for o, ss in sorted(byorg.items()):
        print("%-45s %3d " % (o, len(ss)) +
              " ".join("%6.2f" % mean([s["cats"][ci[c]] for s in ss]) for c in tilt_cards))

    print("\n# trend: mean category by year")
    for c in ("kennis", "loyaliteit"):
        by = defaultdict(list)
        for s in ind:
            by[s["year"]].append(s["cats"][ci[c]])
        print(c, " ".join("%d:%.2f(n=%d)" % (y, mean(v), len(v)) for y, v in sorted(by.items())))

    print("\n# exchange change by age band (footrule = sum |individual - exchange|, top4 changed)")
    key = {}
    for s in sorts:
        if s["perspective"] == "professional":
            key[(s["traject"], s["participant"], s["session"], s["phase"])] = s
    ch = defaultdict(list)
    for (t, p, sess, ph), s in key.items():
        if ph != "individual" or (t, p, sess, "exchange") not in key:
            continue
        e = key[(t, p, sess, "exchange")]
        fr = sum(abs(a - b) for a, b in zip(s["cats"], e["cats"]))
        tops = {i for i, x in enumerate(s["cats"]) if x == 5}
        tope = {i for i, x in enumerate(e["cats"]) if x == 5}
        ch[band(parts[(t, p)], s["year"])].append((fr, tops != tope))
    for b in ("<35", "35-49", "50+"):
        v = ch[b]
        print("%-6s n %3d  mean footrule %.2f  share changed top %.2f"
              % (b, len(v), mean([x[0] for x in v]), mean([x[1] for x in v])))

    print("\n# perspective gap (personal - professional, paired, individual phase)")
    prof = {(s["traject"], s["participant"]): s for s in ind}
    pers = [s for s in sorts if s["perspective"] == "personal"]
    for c in ("spiritualiteit", "geloof", "balans", "professioneel_gedrag", "loyaliteit"):
        diffs = [s["cats"][ci[c]] - prof[(s["traject"], s["participant"])]["cats"][ci[c]] for s in pers]
        print("%-22s n %3d  mean diff %+.2f" % (c, len(diffs), mean(diffs)))

    print("\n# group tops")
    with open(os.path.join(d, "group_tops.csv"), newline="") as f:
        tops = defaultdict(list)
        for r in csv.DictReader(f):
            tops[(r["traject"], r["table"])].append(r["card"])
    agreed = [v for v in tops.values() if v != [""]]
    print("tables %d, no consensus %d, top three %d, with sociale_betrokkenheid %d of %d agreed"
          % (len(tops), len(tops) - len(agreed), sum(len(v) == 3 for v in agreed),
             sum("sociale_betrokkenheid" in v for v in agreed), len(agreed)))

    print("\n# dilemma axis mix per org_type (share of tags)")
    with open(os.path.join(d, "codebook.csv"), newline="") as f:
        axis = {r["tag"]: r["axis"] for r in csv.DictReader(f)}
    mix = defaultdict(lambda: defaultdict(int))
    with open(os.path.join(d, "dilemmas.csv"), newline="") as f:
        for r in csv.DictReader(f):
            for tag in r["tags"].split("|"):
                mix[traj[r["traject"]]["org_type"]][axis[tag]] += 1
    axes = ["profession-politics", "profession-society", "politics-society"]
    for o, m in sorted(mix.items()):
        n = sum(m.values())
        print("%-24s tags %3d  " % (o, n) + "  ".join("%s %.2f" % (a, m[a] / n) for a in axes))

    try:
        import numpy as np
    except ImportError:
        print("\n(numpy missing: viewpoint check skipped)")
        return 0
    print("\n# viewpoints: PCA of the by-person correlation (individual professional, ministry pilot)")
    mi = [s for s in ind if s["traject"] == "ministerie-2013"]
    x = np.array([s["cats"] for s in mi], dtype=float)
    r = np.corrcoef(x)
    w, v = np.linalg.eigh(r)
    order = np.argsort(w)[::-1]
    print("eigenvalues", " ".join("%.2f" % w[i] for i in order[:6]))
    load = v[:, order[:3]] * np.sqrt(w[order[:3]])
    # varimax
    def varimax(phi, it=100):
        p, k = phi.shape
        rot = np.eye(k)
        d0 = 0
        for _ in range(it):
            lam = phi @ rot
            u, s, vh = np.linalg.svd(phi.T @ (lam ** 3 - lam @ np.diag((lam ** 2).sum(0)) / p))
            rot = u @ vh
            if s.sum() < d0 * (1 + 1e-6):
                break
            d0 = s.sum()
        return phi @ rot
    rl = varimax(load)
    grp = [parts[(s["traject"], s["participant"])]["group"] for s in mi]
    for g in ("dir-a", "dir-b", "dir-c", "hoofden"):
        idx = [i for i, x in enumerate(grp) if x == g]
        print("%-8s mean |rotated loading| on F1..F3: %s" % (
            g, " ".join("%.2f" % np.mean(np.abs(rl[idx, k])) for k in range(3))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
