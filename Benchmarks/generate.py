#!/usr/bin/env python3
"""Write a synthetic, valid rectrack tracker for benchmarks.

Deterministic: the same seed, file count and recommendation count give the
same files, byte for byte. Python 3 standard library only.

    Benchmarks/generate.py --files 10000 --recommendations 12 --seed 1 OUT

writes OUT/Recommendations/{report,owners,metrics}.yaml, OUT/Recommendations/R01.yaml ...
and OUT/Evidence/YYYY/<id>.yaml in the format of docs/file-formats.md.

    Benchmarks/generate.py --reports 121 --recommendations 2645 --files 30000 [--links] OUT

writes a tracker of several reports (issue #22's layout): owners.yaml and metrics.yaml shared in
OUT/Recommendations/, the first report (id r001) there too, and each further report in its own folder
OUT/Recommendations/r002/ ... holding its report.yaml and its records; evidence names recommendations by
qualified id (r001:R1) and bears on recommendations of several reports. --links adds to one record in
ten of the later reports `links: [{kind: repeats, recommendation: <an earlier report's>, note}]`
(docs/file-formats.md; a link to another recommendation takes its report's date).
In every tracker:

- every evidence id equals its file's stem and starts with its date;
- dates lie in 2017-04-01 .. 2026-06-30, `recorded` in date .. 2026-11-01;
- every file is 0.6-2 KB; one in ten is `kind: statistics` with observations;
- every `bears-on` names an existing recommendation (and, where it names one,
  an existing milestone of it); every observation an existing metric.

OUT defaults to .build/bench/tracker-<files>x<recommendations> in the
repository. A stamp file
(OUT/.bench-stamp) records the seed, sizes and the generator's own hash: when
it matches, nothing is regenerated. The tracker is built in a temporary
sibling folder and renamed into place, so an interrupted run leaves no
half-written tracker behind.
"""

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import shutil
import sys
import time

FIRST_DATE = dt.date(2017, 4, 1)
LAST_DATE = dt.date(2026, 6, 30)
LAST_RECORDED = dt.date(2026, 11, 1)
MIN_BYTES = 620      # files are 0.6-2 KB; keep a small margin on both sides
MAX_BYTES = 1980
STAMP = ".bench-stamp"

# ---------------------------------------------------------------- word pools

WORDS = (
    "children young people families local authorities social workers care "
    "placements leaving care homes fostering adoption residential support "
    "services early help funding councils pressure demand thresholds "
    "outcomes workforce turnover agency staff caseloads inspection "
    "safeguarding partnerships commissioners providers sufficiency market "
    "review evidence data analysis guidance statutory duty legislation "
    "consultation response programme pilot evaluation investment spending "
    "settlement grant allocation national regional strategy reform plan "
    "practice framework stability relationships permanence reunification "
    "kinship carers disabled mental health schools attendance exclusion "
    "youth justice homelessness housing poverty benefits universal credit "
    "parenting intervention prevention family hubs multi-agency teams "
    "recruitment retention training qualifications leadership oversight"
).split()

VERBS = (
    "sets out", "confirms", "announces", "reports", "finds", "describes",
    "estimates", "proposes", "commits to", "reviews", "publishes", "notes",
    "recommends", "extends", "introduces", "measures", "records", "funds",
)

ADJECTIVES = (
    "national", "new", "local", "statutory", "additional", "independent",
    "updated", "revised", "annual", "interim", "final", "multi-year",
    "targeted", "sustained", "early", "further", "significant", "modest",
)

PUBLISHERS = (
    "Department for Education",
    "Ministry of Housing, Communities and Local Government",
    "Ofsted",
    "National Audit Office",
    "House of Commons Education Committee",
    "House of Commons Public Accounts Committee",
    "Local Government Association",
    "Association of Directors of Children's Services",
    "Children's Commissioner for England",
    "Office for National Statistics",
    "HM Treasury",
    "Independent Review of Children's Social Care",
    "What Works for Children's Social Care",
    "Education Policy Institute",
    "Institute for Fiscal Studies",
    "Nuffield Family Justice Observatory",
)

# Kinds other than statistics, with weights (statistics is exactly 1 in 10).
KINDS = (
    ("announcement", 12), ("consultation", 6), ("consultation-response", 4),
    ("debate", 8), ("funding", 8), ("guidance", 10), ("inspection", 8),
    ("legislation", 4), ("programme", 8), ("report", 14), ("response", 2),
    ("review", 6), ("statement", 10),
)

# Effects of kinds other than `response`. progresses, achieves and sets-back
# always name a milestone (without one they move nothing, and validate warns).
EFFECTS = (("progresses", 50), ("achieves", 15), ("context", 27), ("sets-back", 8))

# A formal response's verdict, and the effect written with it.
VERDICTS = (("accepted", "context"), ("accepted-in-part", "context"),
            ("noted", "context"), ("rejected", "rejects"))

MILESTONES = (
    ("strategy-published", "publishes a strategy that addresses the recommendation"),
    ("guidance-issued", "issues statutory guidance to local authorities"),
    ("funding-committed", "commits multi-year funding for the change"),
    ("legislation-passed", "passes primary legislation that creates the duty"),
    ("duty-commenced", "commences the new statutory duty"),
    ("review-completed", "completes an independent review of the system"),
    ("pilot-launched", "launches a pilot in several local areas"),
    ("pilot-evaluated", "publishes an independent evaluation of the pilot"),
    ("data-published", "publishes national data that tracks the outcome"),
    ("framework-adopted", "adopts a national practice framework"),
    ("inquiry-reported", "receives the report of a national inquiry"),
    ("workforce-plan", "publishes a workforce plan with measurable aims"),
)

CLAIM_ONLY = ("announcement", "statement", "response")

ACHIEVED_BY = (["guidance", "legislation"], ["legislation"], ["funding", "programme"],
               ["report", "review"], ["statistics"], ["guidance"])

THEMES = (
    "Supporting stable relationships",
    "Early help and prevention",
    "Funding children's services",
    "Understanding need and demand",
    "Leadership and accountability",
    "The children's social care workforce",
)

METRIC_SEEDS = (
    ("turnover-rate", "Children's social worker turnover rate (FTE)", "percent", 15.1),
    ("vacancy-rate", "Children's social worker vacancy rate (FTE)", "percent", 17.0),
    ("agency-worker-rate", "Agency children's social workers as a share of FTE", "percent", 15.8),
    ("children-looked-after", "Children looked after at 31 March", "count", 72670.0),
    ("cla-rate", "Children looked after per 10,000 children", "rate-per-10000", 62.0),
    ("cin-referrals", "Referrals to children's social care in the year", "count", 646120.0),
    ("early-help-spend", "Local authority spending on early help", "gbp-million", 1789.0),
    ("childrens-services-spend", "Local authority spending on children's services", "gbp-billion", 8.9),
)

UNITS = ("percent", "count", "rate-per-10000", "gbp-million", "gbp-billion", "ratio")

OWNERS_YAML = """\
# yaml-language-server: $schema=../schemas/owners.schema.json
owners:
  - id: DfE
    name: Department for Education
  - id: DCLG
    name: Department for Communities and Local Government
    aliases: [Communities and Local Government]
    renames:
      - to: MHCLG
        name: Ministry of Housing, Communities and Local Government
        from: 2018-01-08
      - to: DLUHC
        name: Department for Levelling Up, Housing and Communities
        from: 2021-09
        note: Partial on purpose; both names are accepted for all of September 2021.
      - to: MHCLG
        name: Ministry of Housing, Communities and Local Government
        from: 2024-07-08
  - id: LGA
    name: Local Government Association
  - id: ADCS
    name: Association of Directors of Children's Services
"""

OWNER_IDS = ("DfE", "DCLG", "LGA", "ADCS")
# DCLG's name on a date: (first day, name). Evidence within two days of a
# rename uses the alias, which is accepted on any date (the id only before
# the first rename).
DCLG_NAMES = ((dt.date(2018, 1, 8), "MHCLG"), (dt.date(2021, 9, 19), "DLUHC"),
              (dt.date(2024, 7, 8), "MHCLG"))

REPORT_YAML = """\
# yaml-language-server: $schema={schemas}/report.schema.json
id: {id}
title: {title}
subtitle: {n} recommendations, {files} evidence files, seed {seed}
publisher: rectrack benchmarks
date: 2017-03-21
secretariat: rectrack benchmarks
url: https://example.org/synthetic-benchmark-report
summary: Generated by Benchmarks/generate.py; not a real report.
"""

# ------------------------------------------------------------------ helpers


def weighted(pairs):
    names = [p[0] for p in pairs]
    cum, total = [], 0
    for p in pairs:
        total += p[1]
        cum.append(total)
    return names, cum


def plain_safe(text):
    """Whether `text` can be written as a plain YAML scalar in block context."""
    if not text or text[0] in "-?:,[]{}#&*!|>'\"%@`" or text != text.strip():
        return False
    return ": " not in text and " #" not in text and not text.endswith(":")


def scalar(text):
    if plain_safe(text):
        return text
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def wrap(words, indent="  ", width=78):
    """Greedy word wrap, for the body of a folded block scalar."""
    lines, line, length = [], [], len(indent)
    for w in words:
        if line and length + 1 + len(w) > width:
            lines.append(indent + " ".join(line))
            line, length = [w], len(indent) + len(w)
        else:
            length += len(w) + (1 if line else 0)
            line.append(w)
    if line:
        lines.append(indent + " ".join(line))
    return "\n".join(lines)


class Text:
    """Pre-made sentences, bucketed by length, so 100,000 summaries are cheap."""

    def __init__(self, rng):
        self.rng = rng
        self.buckets = {}  # length // 20 -> list of word lists
        for _ in range(6000):
            n = rng.randint(8, 45)
            words = [rng.choice(WORDS) for _ in range(n)]
            words.insert(rng.randint(1, 3), rng.choice(VERBS))
            words.insert(0, rng.choice(ADJECTIVES).capitalize())
            words[-1] += "."
            length = sum(len(w) for w in words) + len(words)
            self.buckets.setdefault(length // 20, []).append(words)
        self.keys = sorted(self.buckets)

    def sentence(self, length):
        key = min(max(length // 20, self.keys[0]), self.keys[-1])
        while key not in self.buckets:
            key -= 1
        return self.rng.choice(self.buckets[key])

    def one_sentence(self, max_len=140):
        words = self.sentence(self.rng.randint(50, max_len))
        return " ".join(words)

    def paragraph(self, budget, lo=2, hi=6):
        """Two to six sentences adding up to about `budget` characters."""
        k = min(max(round(budget / 170), lo), hi)
        words = []
        for _ in range(k):
            words.extend(self.sentence(max(budget // k, 40)))
        return words

    def title(self, lo=3, hi=9):
        rng = self.rng
        words = [rng.choice(WORDS) for _ in range(rng.randint(lo, hi))]
        words[0] = words[0].capitalize()
        return " ".join(words)


def period_before(rng, d):
    """A quarter end on or before `d` (the date a figure refers to)."""
    ends = []
    for year in (d.year - 1, d.year):
        for m, day in ((3, 31), (6, 30), (9, 30), (12, 31)):
            q = dt.date(year, m, day)
            if q <= d:
                ends.append(q)
    back = rng.choice((0, 0, 1, 2, 4))
    return ends[max(len(ends) - 1 - back, 0)]


def owner_name_on(owner, d):
    """The owner as named on `d`: owner_name without its random alias, so no draw on the random stream."""
    if owner != "DCLG":
        return owner
    name = "DCLG"
    for start, to in DCLG_NAMES:
        if abs((d - start).days) <= 2:
            return "Communities and Local Government"  # an alias is accepted on any date
        if d >= start:
            name = to
    return name


def owner_name(rng, owner, d):
    """The owner as named on `d`: DCLG by its name then, or now and then by its alias."""
    name = owner_name_on(owner, d)
    if owner != "DCLG" or name == "Communities and Local Government":
        return name
    return "Communities and Local Government" if rng.random() < 0.1 else name


# --------------------------------------------------------------- generation


def make_metrics(rng, count):
    metrics = []
    for i in range(count):
        if i < len(METRIC_SEEDS):
            mid, title, unit, base = METRIC_SEEDS[i]
        else:
            unit = UNITS[i % len(UNITS)]
            mid = "indicator-%04d" % i
            title = "Synthetic indicator %d (%s)" % (i, unit)
            base = {"percent": 20.0, "count": 50000.0, "rate-per-10000": 60.0,
                    "gbp-million": 900.0, "gbp-billion": 4.0, "ratio": 1.2}[unit]
        metrics.append({"id": mid, "title": title, "unit": unit, "base": base})
    return metrics


def metrics_yaml(metrics):
    out = ["# yaml-language-server: $schema=../schemas/metrics.schema.json", "metrics:"]
    for m in metrics:
        out.append("  - id: " + m["id"])
        out.append("    title: " + scalar(m["title"]))
        out.append("    unit: " + m["unit"])
        out.append("    source: Synthetic benchmark data")
    return "\n".join(out) + "\n"


def fmt_value(unit, v):
    if unit == "count":
        return str(int(round(v)))
    return "%.1f" % v if unit != "ratio" else "%.2f" % v


def make_recommendations(rng, text, n, metrics):
    recs = []
    for num in range(1, n + 1):
        k = rng.randint(2, 5)
        chosen = rng.sample(MILESTONES, k)
        owners = [rng.choice(OWNER_IDS)]
        if rng.random() < 0.4:
            other = rng.choice(OWNER_IDS)
            if other != owners[0]:
                owners.append(other)
        milestones = []
        for mid, phrase in chosen:
            ms = {"id": mid, "title": "%s %s" % (owners[0], phrase)}
            if rng.random() < 0.25:
                ms["achieved-by"] = rng.choice(ACHIEVED_BY)
            if rng.random() < 0.3:
                ms["weight"] = rng.choice((1, 2, 3))
            milestones.append(ms)
        metric = rng.choice(metrics)
        direction = rng.choice(("up", "down"))
        base = metric["base"] * rng.uniform(0.8, 1.2)
        target = base * (1.3 if direction == "up" else 0.7)
        recs.append({
            "num": num, "id": "R%d" % num, "owners": owners,
            "milestones": milestones, "metric": metric,
            "baseline": fmt_value(metric["unit"], base),
            "target": fmt_value(metric["unit"], target), "direction": direction,
            "title": text.title(3, 8)[:80].rstrip(),
            "text": text.paragraph(rng.randint(120, 420), 1, 3),
            "theme": rng.choice(THEMES),
            "stale-after": rng.choice((None, None, "12 months", "18 months", "2 years")),
        })
    return recs


def recommendation_yaml(rng, r, schemas="../schemas"):
    out = [
        "# yaml-language-server: $schema=%s/recommendation.schema.json" % schemas,
        "id: " + r["id"],
        "number: %d" % r["num"],
        "title: " + scalar(r["title"]),
        "text: >",
        wrap(r["text"]),
        "theme: " + scalar(r["theme"]),
        "owners: [%s]" % ", ".join(r["owners"]),
    ]
    if r["stale-after"]:
        out.append("stale-after: " + r["stale-after"])
    if r.get("links"):
        out.append("links:")
        for to, note in r["links"]:
            out.append("  - {kind: repeats, recommendation: %s, note: %s}" % (to, scalar(note)))
    out += [
        "protocol:",
        "  kind: all-of",
        "  parts:",
        "    - kind: milestones",
        "      weight: %d" % rng.choice((1, 1, 2)),
        "      partial-credit: 0.5",
        "      milestones:",
    ]
    for ms in r["milestones"]:
        out.append("        - id: " + ms["id"])
        out.append("          title: " + scalar(ms["title"]))
        if "weight" in ms:
            out.append("          weight: %d" % ms["weight"])
        if "achieved-by" in ms:
            out.append("          achieved-by: [%s]" % ", ".join(ms["achieved-by"]))
    m = r["metric"]
    out += [
        "    - kind: metric",
        "      weight: 1",
        "      metric: " + m["id"],
        "      baseline: {period: 2016-09-30, value: %s}" % r["baseline"],
        "      target: {value: %s, direction: %s, set-by: report}" % (r["target"], r["direction"]),
        "    - kind: response",
    ]
    return "\n".join(out) + "\n"


class EvidenceWriter:
    def __init__(self, rng, text, recs, metrics):
        self.rng, self.text, self.recs, self.metrics = rng, text, recs, metrics
        self.kind_names, self.kind_cum = weighted(KINDS)
        self.effect_names, self.effect_cum = weighted(EFFECTS)
        self.used = set()
        self.ids = []  # in date order, for `supersedes`
        self.sizes = []

    def bears_on(self, kind):
        rng = self.rng
        if kind == "statistics":
            count = rng.choice((0, 0, 1, 1, 2))
        else:
            count = rng.choice((1, 1, 1, 2, 2, 3))
        count = min(count, len(self.recs))
        out = []
        for r in rng.sample(self.recs, count):
            lines = ["  - recommendation: " + r.get("ref", r["id"])]
            if kind == "response":
                verdict, effect = rng.choice(VERDICTS)
                if effect == "rejects":
                    self.rejected_by.append(r["owners"][0])  # only an owner declines it
                lines.append("    effect: " + effect)
                lines.append("    response: " + verdict)
            else:
                effect = rng.choices(self.effect_names, cum_weights=self.effect_cum)[0]
                if kind == "statistics" and effect == "achieves":
                    effect = "context"
                ms = None
                if effect != "context" or rng.random() < 0.2:
                    ms = rng.choice(r["milestones"])
                if effect == "achieves" and (kind in CLAIM_ONLY or
                                             kind not in ms.get("achieved-by", (kind,))):
                    effect = "progresses"
                if ms is not None:
                    lines.append("    milestone: " + ms["id"])
                lines.append("    effect: " + effect)
            if rng.random() < 0.4:
                lines.append("    note: " + scalar(self.text.one_sentence(120)))
            out.append("\n".join(lines))
        return out

    def observations(self, d):
        rng = self.rng
        out, seen = [], set()
        for _ in range(rng.randint(1, 6)):
            m = rng.choice(self.metrics)
            period = period_before(rng, d)
            if (m["id"], period) in seen:
                continue  # one figure per metric and period in a file
            seen.add((m["id"], period))
            value = fmt_value(m["unit"], m["base"] * rng.uniform(0.6, 1.4))
            unit = (", unit: " + m["unit"]) if rng.random() < 0.5 else ""
            out.append("  - {metric: %s, period: %s, value: %s%s}" % (m["id"], period, value, unit))
        return out

    def write(self, index, d, root):
        rng = self.rng
        kind = "statistics" if index % 10 == 7 else \
            rng.choices(self.kind_names, cum_weights=self.kind_cum)[0]
        ds = d.isoformat()
        slug_words = [rng.choice(WORDS) for _ in range(rng.randint(2, 5))]
        if kind == "statistics":
            slug_words = ["statistics"] + slug_words[:2]
        eid = "%s-%s" % (ds, "-".join(slug_words))
        n = 2
        while eid in self.used:
            eid = "%s-%s-%d" % (ds, "-".join(slug_words), n)
            n += 1
        self.used.add(eid)

        title = self.text.title()
        if rng.random() < 0.2:
            title = title + ": " + self.text.title(2, 5).lower()
        publisher = rng.choice(PUBLISHERS)
        head = [
            "# yaml-language-server: $schema=../../schemas/evidence.schema.json",
            "id: " + eid,
            "date: " + ds,
            "title: " + scalar(title),
            "publisher: " + scalar(publisher),
        ]
        if rng.random() < 0.85:
            head.append("url: https://www.gov.uk/government/publications/" + "-".join(slug_words))
        head.append("kind: " + kind)
        if rng.random() < 0.7:
            owners = rng.sample(OWNER_IDS, rng.choice((1, 1, 2)))
            head.append("owners: [%s]" % ", ".join(owner_name(rng, o, d) for o in owners))

        tail = []
        self.rejected_by = []
        bears = self.bears_on(kind)
        # A rejection names the owner who declines (rectrack counts it only then): named without drawing on the random
        # stream, so every other file stays as it was.
        if self.rejected_by:
            named = [o for o in (owners if head[-1].startswith("owners: ") else [])]
            for owner in self.rejected_by:
                if owner not in named:
                    named.append(owner)
            line = "owners: [%s]" % ", ".join(owner_name_on(o, d) for o in named)
            if head[-1].startswith("owners: "):
                head[-1] = line
            else:
                head.append(line)
        if bears:
            tail.append("bears-on:")
            tail.extend(bears)
        if kind == "statistics":
            tail.append("observations:")
            tail.extend(self.observations(d))
        if self.ids and rng.random() < 0.02:
            tail.append("supersedes: [%s]" % self.ids[-rng.randint(1, min(len(self.ids), 50))])
        if rng.random() < 0.03:
            tail.append("due: " + (d + dt.timedelta(days=rng.randint(30, 400))).isoformat())
        lag = rng.choice((0, 1, 3, 7, 14, 30, 60, 120, 400))
        recorded = min(d + dt.timedelta(days=rng.randint(0, lag)), LAST_RECORDED)
        tail.append("recorded: " + recorded.isoformat())

        fixed = len("\n".join(head)) + len("\n".join(tail)) + len("\nsummary: >\n") + 2
        target = rng.randint(MIN_BYTES + 40, MAX_BYTES - 60)
        budget = max(target - fixed, 120)
        words = self.text.paragraph(budget)
        body = wrap(words)
        content = "\n".join(head) + "\nsummary: >\n" + body + "\n" + "\n".join(tail) + "\n"
        # Nudge into 0.6-2 KB: add or drop sentences (two to six in all).
        sentences = max(min(round(budget / 170), 6), 2)
        while len(content) < MIN_BYTES or len(content) > MAX_BYTES:
            if len(content) < MIN_BYTES:
                if sentences < 6:
                    words = words + self.text.sentence(MIN_BYTES - len(content) + 20)
                    sentences += 1
                else:
                    words = words + ["further"] * 5  # pad the last sentence
            else:
                words = self.text.paragraph(max(budget - (len(content) - MAX_BYTES) - 80, 60))
                budget -= 80
            body = wrap(words)
            content = "\n".join(head) + "\nsummary: >\n" + body + "\n" + "\n".join(tail) + "\n"

        self.ids.append(eid)
        self.sizes.append(len(content))
        path = os.path.join(root, "Evidence", ds[:4], eid + ".yaml")
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(content)


def report_sizes(n_recs, reports):
    """How many recommendations each report has: as even as can be, the larger ones first."""
    base, extra = divmod(n_recs, reports)
    return [base + (1 if i < extra else 0) for i in range(reports)]


def add_links(rng, text, by_report):
    """One record in ten of each later report repeats a recommendation of an earlier report (and the second
    report's first record always does, so that even a small tracker has a link)."""
    for i, recs in enumerate(by_report[1:], start=1):
        for n, r in enumerate(recs):
            if rng.random() < 0.1 or (i, n) == (1, 0):
                earlier = rng.choice(by_report[rng.randrange(i)])
                r["links"] = [(earlier["ref"], text.one_sentence(100))]


def generate(out, files, n_recs, seed, reports=1, links=False):
    mix = 0 if reports == 1 else reports * 1_000_033 + (7 if links else 0)  # one report: the same bytes as ever
    rng = random.Random(seed * 1_000_003 + files * 7 + n_recs + mix)
    text = Text(rng)
    rec_dir = os.path.join(out, "Recommendations")
    os.makedirs(rec_dir)
    for year in range(FIRST_DATE.year, LAST_DATE.year + 1):
        os.makedirs(os.path.join(out, "Evidence", str(year)))

    metrics = make_metrics(rng, max(len(METRIC_SEEDS), n_recs // 10))
    if reports == 1:
        by_report = [make_recommendations(rng, text, n_recs, metrics)]
    else:
        by_report = [make_recommendations(rng, text, count, metrics) for count in report_sizes(n_recs, reports)]
        for i, recs in enumerate(by_report):
            for r in recs:
                r["ref"] = "r%03d:%s" % (i + 1, r["id"])
        if links:
            add_links(rng, text, by_report)

    def put(folder, name, content):
        with open(os.path.join(folder, name), "w", encoding="utf-8", newline="\n") as f:
            f.write(content)

    put(rec_dir, "owners.yaml", OWNERS_YAML)
    put(rec_dir, "metrics.yaml", metrics_yaml(metrics))
    for i, recs in enumerate(by_report):
        if reports == 1:
            folder, schemas = rec_dir, "../schemas"
            head = {"id": "synthetic-benchmark-report", "title": "A synthetic report for benchmarking rectrack"}
        else:
            # The first report keeps the one-report layout; each further one has a folder named by its id.
            folder = rec_dir if i == 0 else os.path.join(rec_dir, "r%03d" % (i + 1))
            schemas = "../schemas" if i == 0 else "../../schemas"
            head = {"id": "r%03d" % (i + 1), "title": "Synthetic benchmark report %d of %d" % (i + 1, reports)}
            os.makedirs(folder, exist_ok=True)
        put(folder, "report.yaml", REPORT_YAML.format(n=len(recs), files=files, seed=seed, schemas=schemas, **head))
        width = max(2, len(str(len(recs))))
        for r in recs:
            put(folder, "R%0*d.yaml" % (width, r["num"]), recommendation_yaml(rng, r, schemas))
    recs = [r for group in by_report for r in group]

    span = (LAST_DATE - FIRST_DATE).days
    days = sorted(rng.randint(0, span) for _ in range(files))
    writer = EvidenceWriter(rng, text, recs, metrics)
    for i, day in enumerate(days):
        writer.write(i, FIRST_DATE + dt.timedelta(days=day), out)
    return writer.sizes


def self_hash():
    with open(os.path.abspath(__file__), "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()[:16]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", nargs="?", help="output folder (default .build/bench/tracker-<files>x<recommendations>)")
    ap.add_argument("--files", type=int, default=10000, help="evidence files (default 10000)")
    ap.add_argument("--recommendations", type=int, default=12, help="recommendations (default 12)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--reports", type=int, default=1,
                    help="reports the recommendations are spread over (default 1: the one-report layout)")
    ap.add_argument("--links", action="store_true",
                    help="with --reports: some records repeat a recommendation of an earlier report (links:)")
    ap.add_argument("--force", action="store_true", help="regenerate even when the stamp matches")
    args = ap.parse_args()
    if args.files < 1 or args.recommendations < 1:
        ap.error("--files and --recommendations must be at least 1")
    if args.reports < 1 or args.reports > args.recommendations:
        ap.error("--reports must be between 1 and --recommendations")
    if args.links and args.reports < 2:
        ap.error("--links needs --reports of at least 2")

    repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    name = "tracker-%dx%d" % (args.files, args.recommendations)
    if args.reports > 1:
        name += "-%dreports%s" % (args.reports, "-links" if args.links else "")
    out = args.out or os.path.join(repo, ".build", "bench", name)
    out = os.path.normpath(out)
    stamp = {"generator": self_hash(), "seed": args.seed, "files": args.files,
             "recommendations": args.recommendations}
    if args.reports > 1:
        stamp.update(reports=args.reports, links=args.links)
    stamp_path = os.path.join(out, STAMP)
    if os.path.isdir(out) and not args.force and os.path.exists(stamp_path):
        try:
            with open(stamp_path, encoding="utf-8") as f:
                if json.load(f) == stamp:
                    print("%s: up to date (seed %d, %d files, %d recommendations)"
                          % (out, args.seed, args.files, args.recommendations))
                    return 0
        except (OSError, ValueError):
            pass
    if os.path.exists(out) and os.listdir(out) and not os.path.exists(stamp_path):
        print("%s: exists and was not made by generate.py (no %s); refusing to replace it"
              % (out, STAMP), file=sys.stderr)
        return 73

    started = time.monotonic()
    tmp = out.rstrip("/") + ".tmp-%d" % os.getpid()
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    try:
        sizes = generate(tmp, args.files, args.recommendations, args.seed, args.reports, args.links)
        with open(os.path.join(tmp, STAMP), "w", encoding="utf-8") as f:
            json.dump(stamp, f, sort_keys=True)
            f.write("\n")
        if os.path.exists(out):
            shutil.rmtree(out)
        os.rename(tmp, out)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    total = sum(sizes)
    print("%s: %d evidence files (%d-%d bytes, %.1f MB), %d recommendations%s, seed %d, in %.1f s"
          % (out, len(sizes), min(sizes), max(sizes), total / 1e6, args.recommendations,
             " in %d reports" % args.reports if args.reports > 1 else "", args.seed, time.monotonic() - started))
    return 0


if __name__ == "__main__":
    sys.exit(main())
