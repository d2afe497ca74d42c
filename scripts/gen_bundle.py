#!/usr/bin/env python3
"""gen_bundle.py - write a SYNTHETIC goedwerk input bundle (see SPEC.md).

Default: the demo bundle, modelled on the trajecten of the Goed Werk reports
(Stichting Beroepseer 2012-2016): the 2012 hub meeting in Den Haag, the
2013-2014 ministry pilot, Belastingdienst, Douane Groningen, Openbaar
Ministerie, NRGD and four later hub meetings.  Every person, sort, table top
and dilemma case is invented; the effects the reports describe are planted in
a latent model (datasets/README.md lists them with their sizes).

With --sorts N it writes a benchmark bundle of exactly N sorts instead,
streamed row by row (memory stays flat up to 1,000,000 sorts and beyond);
--national makes that bundle of the national shape: many small trajecten
(about 70 sorts each), table numbers repeating per group (T1 of g01 and T1
of g02), and an exchange at the second session in a third of the trajecten.

The model: per participant a mean latent score per card
    base + organisation tilt + role + age + trend(year) + viewpoint + own noise,
a sort adds sort noise and is turned into the forced distribution 4/6/10/6/4
by ranking (the 4 highest cards get category 5, the next 6 category 4, ...).
An exchange sort pulls the individual latent scores towards the mean of the
table (harder for participants under 35); a personal-perspective sort adds a
"as a person" shift scaled per participant.

Python 3 standard library only; deterministic for a given --seed.
"""

import argparse
import csv
import os
import random
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
CARDS_CSV = os.path.join(ROOT, "datasets", "cards", "goedwerk-30.csv")
SCALE_CSV = os.path.join(ROOT, "datasets", "cards", "goedwerk-30-scale.csv")
CODEBOOK_CSV = os.path.join(ROOT, "datasets", "codebook", "goedwerk-dilemmas.csv")

FORCED = (4, 6, 10, 6, 4)          # categories 1..5
SORT_COLS = ["traject", "participant", "session", "phase", "perspective", "date", "table"]

# --- the latent model (sizes in units of the sort noise; see README) ----------

BASE = {
    "sociale_betrokkenheid": 1.6, "visie": 1.3, "professioneel_gedrag": 1.4,
    "creativiteit": 1.3, "kwaliteit": 0.9, "openheid": 0.6, "integriteit": 0.6,
    "eerlijkheid": 0.5, "deskundigheid": 0.6, "verantwoordelijkheid": 0.6,
    "samenwerking": 0.5, "betrouwbaarheid": 0.5, "kennis": 0.3,
    "rechtvaardigheid": 0.3, "respect": 0.3, "onafhankelijkheid": 0.2,
    "zorgvuldigheid": 0.2, "persoonlijke_ontwikkeling": 0.1, "plezier": 0.1,
    "moed": 0.0, "dienstbaarheid": 0.0, "autonomie": -0.1, "loyaliteit": 0.1,
    "invloed": -0.3, "balans": -0.4, "erkenning": -0.5, "zekerheid": -0.7,
    "rijkdom": -2.6, "geloof": -2.8, "spiritualiteit": -2.5,
}

# Engagement style per organisation (added to every sort of its people).
ORG_TILT = {
    "ministerie": {"visie": 0.6, "onafhankelijkheid": 0.6, "invloed": 0.3},
    "belastingdienst": {"zorgvuldigheid": 0.8, "betrouwbaarheid": 0.7, "dienstbaarheid": 0.5,
                        "kwaliteit": 0.3, "creativiteit": -0.5},
    "douane": {"zorgvuldigheid": 0.7, "betrouwbaarheid": 0.8, "integriteit": 0.5,
               "samenwerking": 0.4, "visie": -0.5},
    "om": {"rechtvaardigheid": 0.9, "integriteit": 0.5, "zorgvuldigheid": 0.3},
    "nrgd": {"deskundigheid": 1.0, "onafhankelijkheid": 0.8, "zorgvuldigheid": 0.4,
             "samenwerking": -0.4},
    "hub": {},
}

ROLE_EFF = {
    "leiding": {"verantwoordelijkheid": 0.5, "invloed": 0.5, "samenwerking": 0.3},
    "uitvoering": {"dienstbaarheid": 0.4},
    "beleid": {},
}

AGE_EFF = {
    "<35": {"persoonlijke_ontwikkeling": 0.6, "plezier": 0.3},
    "35-49": {},
    "50+": {"loyaliteit": 0.3},
}

# Slow trend per year since 2012.
TREND = {"kennis": 0.2, "loyaliteit": -0.15}
TREND_YEAR0 = 2012

# Three latent viewpoints (report 004, par. 2.3 and 3.2), scaled per person.
VIEWPOINTS = [
    ("beleidsdomein", {"sociale_betrokkenheid": 1.0, "rechtvaardigheid": 1.2, "moed": 1.2,
                       "invloed": 1.0, "visie": 0.6, "loyaliteit": -1.0,
                       "zorgvuldigheid": -0.8, "zekerheid": -0.8}),
    ("open_vizier", {"eerlijkheid": 1.2, "openheid": 1.2, "integriteit": 1.0,
                     "betrouwbaarheid": 1.0, "zorgvuldigheid": 0.8, "invloed": -1.0,
                     "creativiteit": -0.8, "autonomie": -0.8}),
    ("onafhankelijk", {"onafhankelijkheid": 1.3, "deskundigheid": 1.2, "kennis": 1.0,
                       "autonomie": 1.0, "creativiteit": 0.6, "samenwerking": -1.0,
                       "loyaliteit": -0.8, "dienstbaarheid": -0.8}),
]

# "As a person" shift of a personal-perspective sort (times a per-person 0..2).
PERSONAL = {"spiritualiteit": 1.6, "geloof": 1.2, "balans": 1.0, "plezier": 0.6,
            "rijkdom": 0.6, "persoonlijke_ontwikkeling": 0.4, "professioneel_gedrag": -1.0,
            "loyaliteit": -0.6, "dienstbaarheid": -0.5, "deskundigheid": -0.4, "visie": -0.4}

SD_OWN = 0.45          # a participant's own stable deviation
SD_SORT = 0.7          # noise of one sort
EXCHANGE = {           # pull towards the table mean, extra noise
    "<35": (0.55, 0.6), "35-49": (0.25, 0.3), "50+": (0.15, 0.2)}
EXCHANGE_BOOST = {"sociale_betrokkenheid": 0.3}   # talked about at every table
PERSONAL_SD = 0.5

# Dilemma tags: weight multipliers per organisation kind (base weight 1).
TAG_BOOST = {
    "ministerie": {"minister_vs_samenleving": 6, "inhoud_vs_draagvlak": 5, "specifiek_vs_algemeen": 4,
                   "inspectie_vs_beleid": 4, "opschalen_terugkoppelen": 4, "prive_vs_ambtelijk": 3,
                   "pleidooi_buiten_opdracht": 3, "open_vizier": 3, "betrokkenheid_te_sterk": 3,
                   "professional_vs_functionaris": 3, "kennis_als_mening": 3, "kennis_inkopen": 3,
                   "verantwoording_zonder_verantwoordelijkheid": 3},
    "belastingdienst": {"kwaliteit_vs_kwantiteit": 8, "regels_vs_maatwerk": 7, "afrekencultuur": 4,
                        "professional_vs_functionaris": 4, "betrokkenheid_te_weinig": 4},
    "douane": {"regels_vs_maatwerk": 6, "opschalen_terugkoppelen": 5, "afrekencultuur": 5,
               "betrokkenheid_te_weinig": 4, "kwaliteit_vs_kwantiteit": 3},
    "om": {"minister_vs_samenleving": 6, "open_vizier": 5, "prive_vs_ambtelijk": 4,
           "verantwoording_zonder_verantwoordelijkheid": 4, "onafhankelijk_denken": 3},
    "nrgd": {"onafhankelijk_denken": 8, "kennis_inkopen": 6, "specifiek_vs_algemeen": 4,
             "kennis_als_mening": 4},
    "hub": {},
}
TAG_PAIRS = {"specifiek_vs_algemeen": "inhoud_vs_draagvlak",     # co-occur with p 0.6
             "inspectie_vs_beleid": "opschalen_terugkoppelen"}
SESSION_PILLAR = {2: "excellence", 3: "ethics", 4: "engagement"}

# --- the demo trajecten ---------------------------------------------------------


def _g(gid, role, n, vp, tables=True):
    return {"id": gid, "role": role, "n": n, "vp": vp, "tables": tables}


HUB_ROLES = (("beleid", 0.6), ("uitvoering", 0.25), ("leiding", 0.15))

DEMO = [
    {"traject": "hub-2012-denhaag", "organisation": "Goed Werk Hub Den Haag", "org_type": "hub",
     "sector": "openbaar bestuur", "start": "2012-07-09", "end": "2012-07-09", "kind": "hub",
     "description": "Hub-bijeenkomst Ambtelijk vakmanschap, Korzo Theater (rijk, provincie, gemeente)",
     "groups": [_g("", None, 20, None)], "sessions": ["2012-07-09"], "personal": 1.0,
     "tops": ["4", "4", "4", "3", "none"], "cases_per_group": 5, "age": (0.35, 0.40)},
    {"traject": "hub-2013-rotterdam", "organisation": "Goed Werk Hub Rotterdam", "org_type": "hub",
     "sector": "openbaar bestuur", "start": "2013-03-11", "end": "2013-03-11", "kind": "hub",
     "description": "Hub-bijeenkomst", "groups": [_g("", None, 16, None)],
     "sessions": ["2013-03-11"], "personal": 0.5, "cases_per_group": 4, "age": (0.3, 0.4)},
    {"traject": "ministerie-2013", "organisation": "Ministerie (pilot)", "org_type": "ministerie",
     "sector": "rijksoverheid", "start": "2013-09", "end": "2014-01", "kind": "ministerie",
     "description": "Pilot Vakmanschap en Goed Werk: drie beleidsdirectoraten en de hoofden, vier sessies",
     "groups": [_g("dir-a", "beleid", 10, 0), _g("dir-b", "beleid", 10, 1),
                _g("dir-c", "beleid", 10, 2), _g("hoofden", "leiding", 10, None)],
     "sessions": ["2013-09-17", "2013-10-15", "2013-11-19", "2014-01-14"], "personal": 0.5,
     "cases_per_group": 9, "age": (0.3, 0.4)},
    {"traject": "hub-2014-groningen", "organisation": "Goed Werk Hub Groningen", "org_type": "hub",
     "sector": "openbaar bestuur", "start": "2014-05-20", "end": "2014-05-20", "kind": "hub",
     "description": "Hub-bijeenkomst", "groups": [_g("", None, 12, None)],
     "sessions": ["2014-05-20"], "personal": 0.5, "cases_per_group": 3, "age": (0.3, 0.4)},
    {"traject": "belastingdienst-2014", "organisation": "Belastingdienst", "org_type": "uitvoeringsorganisatie",
     "sector": "rijksoverheid", "start": "2014-09", "end": "2015-02", "kind": "belastingdienst",
     "description": "Pilot bij een onderdeel: uitvoerende medewerkers en teamleiders",
     "groups": [_g("uitvoering", "uitvoering", 12, 1), _g("teamleiders", "leiding", 10, 1)],
     "sessions": ["2014-09-23", "2014-10-28", "2014-12-02", "2015-02-03"], "personal": 0.5,
     "cases_per_group": 6, "age": (0.25, 0.4)},
    {"traject": "douane-2015", "organisation": "Douane Groningen", "org_type": "inspectie/toezicht",
     "sector": "rijksoverheid", "start": "2015-03", "end": "2015-06", "kind": "douane",
     "description": "Uitvoerende medewerkers van verschillende afdelingen",
     "groups": [_g("uitvoering", "uitvoering", 14, 1)],
     "sessions": ["2015-03-10", "2015-04-14", "2015-05-19", "2015-06-16"], "personal": 0.5,
     "cases_per_group": 9, "age": (0.2, 0.4)},
    {"traject": "om-2015", "organisation": "Openbaar Ministerie", "org_type": "justitie",
     "sector": "rijksoverheid", "start": "2015-09", "end": "2015-12", "kind": "om",
     "description": "Afdeling beleid en strategie", "groups": [_g("beleid-strategie", "beleid", 12, 1)],
     "sessions": ["2015-09-08", "2015-10-06", "2015-11-03", "2015-12-01"], "personal": 0.5,
     "cases_per_group": 9, "age": (0.3, 0.4)},
    {"traject": "hub-2015-eindhoven", "organisation": "Goed Werk Hub Eindhoven", "org_type": "hub",
     "sector": "openbaar bestuur", "start": "2015-10-06", "end": "2015-10-06", "kind": "hub",
     "description": "Hub-bijeenkomst", "groups": [_g("", None, 16, None)],
     "sessions": ["2015-10-06"], "personal": 0.5, "cases_per_group": 4, "age": (0.3, 0.4)},
    {"traject": "nrgd-2016", "organisation": "Nederlands Register Gerechtelijk Deskundigen",
     "org_type": "justitie", "sector": "rechtspraak", "start": "2016-02", "end": "2016-05", "kind": "nrgd",
     "description": "Bureau en college van het register", "groups": [_g("register", "beleid", 10, 2)],
     "sessions": ["2016-02-09", "2016-03-08", "2016-04-12", "2016-05-10"], "personal": 0.5,
     "cases_per_group": 9, "age": (0.25, 0.4)},
    {"traject": "hub-2016-utrecht", "organisation": "Goed Werk Hub Utrecht", "org_type": "hub",
     "sector": "openbaar bestuur", "start": "2016-09-13", "end": "2016-09-13", "kind": "hub",
     "description": "Hub-bijeenkomst", "groups": [_g("", None, 12, None)],
     "sessions": ["2016-09-13"], "personal": 0.5, "cases_per_group": 3, "age": (0.3, 0.4)},
]

# Benchmark templates (cycled): kind, org_type, roles of the groups.
BULK_KINDS = [("ministerie", "ministerie", ("beleid", "beleid", "beleid", "leiding")),
              ("belastingdienst", "uitvoeringsorganisatie", ("uitvoering", "uitvoering", "leiding")),
              ("douane", "inspectie/toezicht", ("uitvoering", "uitvoering", "leiding")),
              ("om", "justitie", ("beleid", "beleid", "leiding")),
              ("nrgd", "justitie", ("beleid", "leiding")),
              ("hub", "hub", (None,))]
BULK_GROUPS = 50        # groups of 10 per benchmark traject


# --- helpers ------------------------------------------------------------------


def read_cards():
    with open(CARDS_CSV, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    cards = [r["card"] for r in rows]
    missing = [c for c in BASE if c not in cards] + [c for c in cards if c not in BASE]
    if missing or len(cards) != sum(FORCED):
        sys.exit("gen_bundle: card set and model disagree: %s" % missing)
    return cards


def vec(cards, d):
    return [d.get(c, 0.0) for c in cards]


def age_band(age):
    return "<35" if age <= 34 else ("35-49" if age <= 49 else "50+")


def draw_age(rng, young, middle):
    u = rng.random()
    if u < young:
        return rng.randint(23, 34)
    if u < young + middle:
        return rng.randint(35, 49)
    return rng.randint(50, 63)


def choose(rng, weighted):
    u = rng.random() * sum(w for _, w in weighted)
    for v, w in weighted:
        u -= w
        if u <= 0:
            return v
    return weighted[-1][0]


def split_tables(n):
    """Tables of 4; a remainder makes the last tables 3 (10 = 4+3+3)."""
    k = max(1, (n + 3) // 4)
    sizes = [n // k] * k
    for i in range(n % k):
        sizes[i] += 1
    return sorted(sizes, reverse=True)


class Noise:
    """Standard normal vectors: exact draws (demo) or slices of a pool (bulk, fast)."""

    def __init__(self, rng, pooled):
        self.rng = rng
        self.pool = None
        if pooled:
            g = rng.gauss
            self.pool = [g(0.0, 1.0) for _ in range((1 << 16) + 64)]

    def vec(self, n):
        if self.pool is None:
            g = self.rng.gauss
            return [g(0.0, 1.0) for _ in range(n)]
        j = self.rng.randrange(1 << 16)
        return self.pool[j:j + n]


def to_cats(latent):
    """Forced distribution by ranking: lowest 4 -> 1, next 6 -> 2, ... highest 4 -> 5."""
    order = sorted(range(len(latent)), key=latent.__getitem__)
    cats = [0] * len(latent)
    pos = 0
    for cat, count in enumerate(FORCED, start=1):
        for i in order[pos:pos + count]:
            cats[i] = cat
        pos += count
    return cats


# --- the model per traject ------------------------------------------------------


class Model:
    def __init__(self, cards, rng, noise):
        self.cards = cards
        self.n = len(cards)
        self.rng = rng
        self.noise = noise
        self.base = vec(cards, BASE)
        self.tilt = {k: vec(cards, d) for k, d in ORG_TILT.items()}
        self.role = {k: vec(cards, d) for k, d in ROLE_EFF.items()}
        self.age = {k: vec(cards, d) for k, d in AGE_EFF.items()}
        self.trend = vec(cards, TREND)
        self.vps = [vec(cards, d) for _, d in VIEWPOINTS]
        self.personal = vec(cards, PERSONAL)
        self.boost = vec(cards, EXCHANGE_BOOST)
        self.ci = {c: i for i, c in enumerate(cards)}

    def person_mean(self, kind, role, band, year, vp, strength):
        t = self.tilt[kind]
        r = self.role.get(role or "", [0.0] * self.n)
        a = self.age[band]
        dy = year - TREND_YEAR0
        v = self.vps[vp]
        own = self.noise.vec(self.n)
        tr = self.trend
        return [self.base[i] + t[i] + r[i] + a[i] + dy * tr[i] + strength * v[i] + SD_OWN * own[i]
                for i in range(self.n)]

    def individual(self, mean):
        e = self.noise.vec(self.n)
        return [m + SD_SORT * x for m, x in zip(mean, e)]

    def personal_sort(self, ind, k):
        e = self.noise.vec(self.n)
        p = self.personal
        return [ind[i] + k * p[i] + PERSONAL_SD * e[i] for i in range(self.n)]

    def exchange(self, ind, centre, band):
        pull, sd = EXCHANGE[band]
        e = self.noise.vec(self.n)
        b = self.boost
        return [ind[i] + pull * (centre[i] - ind[i]) + b[i] + sd * e[i] for i in range(self.n)]

    def table_top(self, ex_latents, size):
        """The cards a table agrees on: its mean exchange ranking, with
        sociale_betrokkenheid always among them (report 003)."""
        n = len(ex_latents)
        mean = [sum(l[i] for l in ex_latents) / n for i in range(self.n)]
        order = sorted(range(self.n), key=lambda i: -mean[i])[:size]
        sb = self.ci["sociale_betrokkenheid"]
        if sb not in order:
            order[-1] = sb
            order.sort(key=lambda i: -mean[i])
        return [self.cards[i] for i in order]


# --- writers ----------------------------------------------------------------------


class Bundle:
    def __init__(self, out, cards, long_form):
        os.makedirs(out, exist_ok=True)
        self.out = out
        self.cards = cards
        self.long = long_form
        self.n_sorts = 0
        self.files = []
        self.traj = self._csv("trajecten.csv", ["traject", "organisation", "org_type", "sector",
                                                "start", "end", "description"])
        self.part = self._csv("participants.csv", ["traject", "participant", "group", "role",
                                                   "age_band", "age", "birth_year", "gender"])
        self.tops = self._csv("group_tops.csv", ["traject", "group", "session", "table", "rank", "card"])
        self.dil = self._csv("dilemmas.csv", ["traject", "case", "group", "session", "pillar",
                                              "date", "tags"])
        f = open(os.path.join(out, "sorts.csv"), "w", newline="", encoding="utf-8")
        f = _Buffered(f)
        self.files.append(f)
        self.sorts = f
        if long_form:
            f.write(",".join(SORT_COLS + ["card", "category"]) + "\n")
        else:
            f.write(",".join(SORT_COLS + cards) + "\n")
        for src, name in ((CARDS_CSV, "cards.csv"), (SCALE_CSV, "scale.csv"),
                          (CODEBOOK_CSV, "codebook.csv")):
            shutil.copyfile(src, os.path.join(out, name))

    def _csv(self, name, header):
        f = open(os.path.join(self.out, name), "w", newline="", encoding="utf-8")
        self.files.append(f)
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        return w

    def sort(self, traject, participant, session, phase, perspective, date, table, cats):
        head = "%s,%s,%s,%s,%s,%s,%s" % (traject, participant, session, phase, perspective,
                                          date, table)
        if self.long:
            self.sorts.write("".join("%s,%s,%d\n" % (head, c, k) for c, k in zip(self.cards, cats)))
        else:
            self.sorts.write(head + "," + ",".join(map(str, cats)) + "\n")
        self.n_sorts += 1

    def close(self):
        for f in self.files:
            f.close()


class _Buffered:
    """Collects lines and writes them in large chunks (fast streaming)."""

    def __init__(self, f):
        self.f = f
        self.buf = []
        self.size = 0

    def write(self, s):
        self.buf.append(s)
        self.size += 1
        if self.size >= 4096:
            self.flush()

    def flush(self):
        self.f.write("".join(self.buf))
        self.buf = []
        self.size = 0

    def close(self):
        self.flush()
        self.f.close()


# --- one traject ----------------------------------------------------------------------


def gen_traject(t, model, bundle, rng, budget=None, pid_width=3):
    """Writes one traject; returns the number of sorts written.  budget caps the
    number of sorts (benchmark mode)."""
    tid, kind = t["traject"], t["kind"]
    bundle.traj.writerow([tid, t["organisation"], t["org_type"], t["sector"], t["start"],
                          t["end"], "SYNTHETISCH: " + t["description"]])
    sessions = t["sessions"]
    sort_date = sessions[0]
    year = int(sort_date[:4])
    young, middle = t["age"]
    written = 0
    pnum = 0
    tnum = 0
    # An exchange at a later session (national shape): the exchange sorts,
    # their tables and tops carry session 2 and its date.
    ex_session = 2 if t.get("exchange_later") else 1
    ex_date = sessions[ex_session - 1]
    for g in t["groups"]:
        members = []
        for _ in range(g["n"]):
            pnum += 1
            pid = "P%0*d" % (pid_width, pnum)
            role = g["role"] or choose(rng, HUB_ROLES)
            age = draw_age(rng, young, middle)
            band = age_band(age)
            u = rng.random()
            if u < 0.48:
                gender = "vrouw"
            elif u < 0.96:
                gender = "man"
            elif u < 0.98:
                gender = "anders"
            else:
                gender = ""
            u = rng.random()
            ab, ag, by = ("", "", "")
            if u < 1 / 3:
                ab = band
            elif u < 2 / 3:
                ag = str(age)
            else:
                by = str(year - age)
            bundle.part.writerow([tid, pid, g["id"], role, ab, ag, by, gender])
            if g["vp"] is not None and rng.random() < 0.75:
                vp = g["vp"]
            else:
                vp = rng.randrange(len(VIEWPOINTS))
            strength = rng.uniform(0.8, 1.4)
            mean = model.person_mean(kind, role, band, year, vp, strength)
            members.append((pid, band, mean))
        # tables of ~4 inside the group
        pos = 0
        for ti, size in enumerate(split_tables(len(members))):
            tnum += 1
            if not g["id"]:
                table = "T%d" % tnum
            elif t.get("repeat_tables"):
                table = "T%d" % (ti + 1)     # T1 of g01 and T1 of g02 are two tables
            else:
                table = "%s-T%d" % (g["id"], ti + 1)
            sub = members[pos:pos + size]
            pos += size
            inds = [model.individual(m) for _, _, m in sub]
            centre = [sum(l[i] for l in inds) / len(inds) for i in range(model.n)]
            exs = []
            for (pid, band, mean), ind in zip(sub, inds):
                if budget is not None and written >= budget:
                    return written
                bundle.sort(tid, pid, 1, "individual", "professional", sort_date, table, to_cats(ind))
                written += 1
                ex = model.exchange(ind, centre, band)
                exs.append(ex)
                if budget is None or written < budget:
                    bundle.sort(tid, pid, ex_session, "exchange", "professional", ex_date, table,
                                to_cats(ex))
                    written += 1
                if rng.random() < t["personal"] and (budget is None or written < budget):
                    k = rng.uniform(0.0, 2.0)
                    bundle.sort(tid, pid, 1, "individual", "personal", sort_date, "",
                                to_cats(model.personal_sort(ind, k)))
                    written += 1
            write_top(t, g, table, exs, model, bundle, rng, tnum, ex_session)
        write_cases(t, g, bundle, rng)
    return written


def write_top(t, g, table, exs, model, bundle, rng, tnum, session=1):
    plan = t.get("tops")
    if plan is not None:
        outcome = plan[(tnum - 1) % len(plan)]
    else:
        u = rng.random()
        outcome = "4" if u < 0.80 else ("3" if u < 0.92 else "none")
    tid = t["traject"]
    if outcome == "none":
        bundle.tops.writerow([tid, g["id"], session, table, "", ""])
        return
    for rank, card in enumerate(model.table_top(exs, int(outcome)), start=1):
        bundle.tops.writerow([tid, g["id"], session, table, rank, card])


CODEBOOK = None


def write_cases(t, g, bundle, rng):
    global CODEBOOK
    if CODEBOOK is None:
        with open(CODEBOOK_CSV, newline="", encoding="utf-8") as f:
            CODEBOOK = [(r["tag"], r["pillar"]) for r in csv.DictReader(f)]
    boost = TAG_BOOST[t["kind"]]
    sessions = t["sessions"]
    count = t.get("_case", 0)
    for j in range(t["cases_per_group"]):
        if len(sessions) >= 4:
            session = 2 + j % 3
            pillar = SESSION_PILLAR[session]
        else:
            session, pillar = 1, ""
        date = sessions[session - 1]
        other = 0.4 if boost else 1.0     # organisations focus on their own tensions
        weights = [(tag, boost.get(tag, other) * (3 if p == pillar else 1)) for tag, p in CODEBOOK]
        u = rng.random()
        k = 1 if u < 0.4 else (2 if u < 0.8 else 3)
        tags = []
        while len(tags) < k:
            tag = choose(rng, weights)
            if tag not in tags:
                tags.append(tag)
            pair = TAG_PAIRS.get(tag)
            if pair and pair not in tags and rng.random() < 0.6:
                tags.append(pair)
        count += 1
        bundle.dil.writerow([t["traject"], "C%02d" % count if count < 100 else "C%d" % count,
                             g["id"], session, pillar, date, "|".join(tags)])
    t["_case"] = count


# --- main ---------------------------------------------------------------------------


def bulk_traject(i, rng):
    kind, org_type, roles = BULK_KINDS[i % len(BULK_KINDS)]
    year = 2012 + i % 5
    month = 1 + (i * 7) % 9
    sessions = ["%d-%02d-%02d" % (year, month + s, 1 + (i % 27)) for s in range(4)]
    groups = []
    for j in range(BULK_GROUPS):
        role = roles[j % len(roles)]
        groups.append(_g("g%02d" % (j + 1) if role else "", role, 10,
                         rng.randrange(len(VIEWPOINTS)) if kind == "ministerie" else None))
    return {"traject": "bulk-%05d" % (i + 1), "organisation": "Synthetische %s %d" % (kind, i + 1),
            "org_type": org_type, "sector": "synthetisch", "start": sessions[0][:7],
            "end": sessions[-1][:7], "kind": kind, "description": "benchmark traject",
            "groups": groups, "sessions": sessions if kind != "hub" else sessions[:1],
            "personal": 0.4, "cases_per_group": 2, "age": (0.3, 0.4)}


def national_traject(i, rng):
    """The national shape: a small traject (1 to 6 groups of 4 to 12 people,
    about 70 sorts), its table numbers repeating per group, and in one
    traject of three the exchange at the second session."""
    t = bulk_traject(i, rng)
    kind, _, roles = BULK_KINDS[i % len(BULK_KINDS)]
    groups = []
    for j in range(rng.randint(1, 6)):
        role = roles[j % len(roles)]
        groups.append(_g("g%02d" % (j + 1), role, rng.randint(4, 12),
                         rng.randrange(len(VIEWPOINTS)) if kind == "ministerie" else None))
    sessions = t["sessions"]
    if len(sessions) < 2:
        sessions = sessions + [sessions[0][:8] + "%02d" % min(28, int(sessions[0][8:]) + 7)]
    t.update(traject="nat-%06d" % (i + 1), groups=groups, sessions=sessions,
             repeat_tables=True, exchange_later=rng.random() < 1 / 3, cases_per_group=1,
             description="benchmark traject (national shape)")
    return t


def main(argv=None):
    ap = argparse.ArgumentParser(description="Write a SYNTHETIC goedwerk bundle (SPEC.md).")
    ap.add_argument("--out", default=os.path.join(ROOT, "datasets", "demo"),
                    help="bundle folder (default datasets/demo)")
    ap.add_argument("--seed", type=int, default=2012, help="random seed (default 2012)")
    ap.add_argument("--sorts", type=int, default=0,
                    help="benchmark bundle of exactly N sorts instead of the demo")
    ap.add_argument("--long", action="store_true", help="sorts.csv in long form (one row per card)")
    ap.add_argument("--national", action="store_true",
                    help="with --sorts: the national shape (many small trajecten, table numbers "
                         "repeating per group, an exchange at a later session in a third of them)")
    a = ap.parse_args(argv)
    if a.sorts < 0:
        ap.error("--sorts must be >= 0")
    rng = random.Random(a.seed)
    cards = read_cards()
    bundle = Bundle(a.out, cards, a.long)
    model = Model(cards, rng, Noise(rng, pooled=a.sorts > 0))
    if a.sorts == 0:
        for t in DEMO:
            gen_traject(dict(t), model, bundle, rng)
    else:
        i = 0
        while bundle.n_sorts < a.sorts:
            make = national_traject if a.national else bulk_traject
            gen_traject(make(i, rng), model, bundle, rng,
                        budget=a.sorts - bundle.n_sorts, pid_width=4)
            i += 1
    bundle.close()
    print("gen_bundle: %d sorts in %s" % (bundle.n_sorts, a.out), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
