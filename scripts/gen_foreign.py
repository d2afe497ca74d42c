#!/usr/bin/env python3
"""gen_foreign.py - write a SYNTHETIC bundle shaped like other people's data.

goedwerk's own demo (scripts/gen_bundle.py) has every sort at session 1,
table ids unique per traject, the 30-card deck and five forced piles.  Data
from other facilitators differs; each option below plants one such shape:

  --exchange-later     the exchange sort is recorded at the next session
  --repeat-tables      tables are numbered 1, 2, 3 in every group
  --unplaced CARD      one card of the deck that nobody placed
  --deck N             an adapted deck of N cards (28, 35, ...) in its own card set
  --piles K            K piles (7: -3..3 style, written as 1..K)
  --unforced           piles not forced: a card goes where the person puts it
  --sessions S         individual sorts at sessions 1..S (tables at every session)
  --orphans N          N exchange sorts of people without an individual sort

Tables of four try to agree: the common top has four, three or fewer cards
(or none) by how close the members' exchange sorts are.  Deterministic for a
given --seed; Python 3 standard library only.
"""

import argparse
import csv
import os
import random

FORCED_5 = (4, 6, 10, 6, 4)


def forced_counts(n_cards, piles):
    """Counts per pile, symmetric, summing to n_cards (the 30/5 deck: 4/6/10/6/4)."""
    if n_cards == 30 and piles == 5:
        return list(FORCED_5)
    mid = (piles - 1) / 2.0
    w = [1.0 + mid - abs(k - mid) for k in range(piles)]
    raw = [n_cards * x / sum(w) for x in w]
    c = [int(x) for x in raw]
    k = piles // 2
    while sum(c) < n_cards:  # fill from the middle outwards, symmetric where possible
        c[k] += 1
        k = (k + 1) % piles
    return c


def piles_of(scores, counts, forced, rng):
    """Pile 1..K per card from latent scores."""
    n, k = len(scores), len(counts)
    if not forced:
        lo, hi = min(scores), max(scores)
        return [1 + min(k - 1, int((s - lo) / (hi - lo + 1e-9) * k)) for s in scores]
    order = sorted(range(n), key=lambda j: (scores[j], rng.random()))
    pile, pos = [0] * n, 0
    for p, cnt in enumerate(counts):
        for j in order[pos:pos + cnt]:
            pile[j] = p + 1
        pos += cnt
    return pile


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--trajecten", type=int, default=2)
    ap.add_argument("--groups", type=int, default=3)
    ap.add_argument("--per-group", type=int, default=8)
    ap.add_argument("--deck", type=int, default=30)
    ap.add_argument("--piles", type=int, default=5)
    ap.add_argument("--unforced", action="store_true")
    ap.add_argument("--exchange-later", action="store_true")
    ap.add_argument("--repeat-tables", action="store_true")
    ap.add_argument("--unplaced", default=None, help="card id nobody places (e.g. c07)")
    ap.add_argument("--sessions", type=int, default=1)
    ap.add_argument("--orphans", type=int, default=0)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    os.makedirs(a.out, exist_ok=True)
    card_set = "foreign-%d-%d" % (a.deck, a.piles)
    cards = ["c%02d" % (j + 1) for j in range(a.deck)]
    scale_counts = forced_counts(a.deck, a.piles)
    counts = list(scale_counts)
    if a.unplaced:  # the card left out leaves a gap in the middle pile
        counts[a.piles // 2] -= 1

    def write(name, header, rows):
        with open(os.path.join(a.out, name), "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(header)
            w.writerows(rows)

    write("cards.csv", ["card_set", "card", "label_nl", "label_en"],
          [[card_set, c, "Kaart %s" % c, "Card %s" % c] for c in cards])
    write("scale.csv", ["card_set", "category", "label_nl", "label_en", "count"],
          [[card_set, p + 1, "Stapel %d" % (p + 1), "Pile %d" % (p + 1), "" if a.unforced else scale_counts[p]]
           for p in range(a.piles)])
    placed = [c for c in cards if c != a.unplaced]
    base = {c: rng.gauss(0, 1) for c in cards}
    trajecten, people, sorts, tops = [], [], [], []
    for t in range(a.trajecten):
        tr = "tr-%s" % chr(ord("a") + t)
        trajecten.append([tr, "Organisatie %s" % tr, "rijk", "2015-01-01"])
        for g in range(a.groups):
            grp = "g%d" % (g + 1)
            tilt = {c: rng.gauss(0, 0.7) for c in cards}
            members = []
            for i in range(a.per_group):
                pid = "%s-%s-p%02d" % (tr, grp, i + 1)
                people.append([tr, pid, grp, ["beleid", "uitvoering"][i % 2],
                               ["<35", "35-49", "50+"][i % 3]])
                members.append((pid, {c: base[c] + tilt[c] + rng.gauss(0, 0.8) for c in cards}))
            n_tables = (a.per_group + 3) // 4
            for s in range(1, a.sessions + 1):
                for k in range(n_tables):
                    table = str(k + 1) if a.repeat_tables else "%s-t%d" % (grp, k + 1)
                    tm = members[4 * k:4 * k + 4]
                    mean = {c: sum(m[1][c] for m in tm) / len(tm) for c in cards}
                    ex_session = s + 1 if a.exchange_later else s
                    ex_piles = []
                    for pid, lat in tm:
                        ind = piles_of([lat[c] + rng.gauss(0, 0.3) for c in placed], counts, not a.unforced, rng)
                        sorts.append([tr, pid, s, "individual", "professional", table] + ind)
                        pull = [0.5 * lat[c] + 0.5 * mean[c] + rng.gauss(0, 0.3) for c in placed]
                        ex = piles_of(pull, counts, not a.unforced, rng)
                        ex_piles.append(ex)
                        sorts.append([tr, pid, ex_session, "exchange", "professional", table] + ex)
                    # the common top: cards every member put in the top pile, best first
                    top = max(max(e) for e in ex_piles)
                    common = [placed[j] for j in range(len(placed)) if all(e[j] == top for e in ex_piles)]
                    common.sort(key=lambda c: -mean[c])
                    want = rng.choice([4, 4, 3, 2, 0])
                    common = common[:min(4, want, len(common))] if want else []
                    if not common and want:
                        common = sorted(placed, key=lambda c: -mean[c])[:want]
                    if common:
                        tops += [[tr, grp, s, table, r + 1, c] for r, c in enumerate(common)]
                    else:
                        tops.append([tr, grp, s, table, "", ""])
        for o in range(a.orphans):
            pid = "%s-orphan%d" % (tr, o + 1)
            people.append([tr, pid, "g1", "beleid", "50+"])
            ex = piles_of([base[c] + rng.gauss(0, 1) for c in placed], counts, not a.unforced, rng)
            sorts.append([tr, pid, 1, "exchange", "professional", ""] + ex)
    write("trajecten.csv", ["traject", "organisation", "org_type", "start"], trajecten)
    write("participants.csv", ["traject", "participant", "group", "role", "age_band"], people)
    write("sorts.csv", ["traject", "participant", "session", "phase", "perspective", "table"] + placed
          + ["card_set"], [r + [card_set] for r in sorts])
    write("group_tops.csv", ["traject", "group", "session", "table", "rank", "card"], tops)


if __name__ == "__main__":
    main()
