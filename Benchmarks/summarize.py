#!/usr/bin/env python3
"""Print the benchmark table and the targets from run.sh's results.

    Benchmarks/summarize.py OUT HAVE_RECTRACK

Reads OUT/cases.tsv (label, evidence files, recommendations, YAML files),
OUT/results-<label>.json (hyperfine) and OUT/rss-<label>-<command>.txt
(/usr/bin/time -v). Exit status 1 when a target FAILs.
"""
import json
import os
import re
import sys

GIB = 1024 ** 3


def load(out):
    cases = {}
    path = os.path.join(out, "cases.tsv")
    if not os.path.exists(path):
        return cases
    with open(path, encoding="utf-8") as f:
        for line in f:
            label, files, recs, yaml_files, load = (line.rstrip("\n").split("\t") + ["?"])[:5]
            try:
                with open(os.path.join(out, "results-%s.json" % label), encoding="utf-8") as r:
                    results = json.load(r)["results"]
            except (OSError, ValueError, KeyError):
                continue
            commands = {}
            for res in results:
                name = res["command"]
                rss = None
                try:
                    with open(os.path.join(out, "rss-%s-%s.txt" % (label, name)), encoding="utf-8") as t:
                        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", t.read())
                        rss = int(m.group(1)) * 1024 if m else None
                except OSError:
                    pass
                codes = [c for c in res.get("exit_codes", []) if c]
                commands[name] = {"median": res["median"], "stddev": res.get("stddev") or 0.0,
                                  "cpu": (res.get("user") or 0.0) + (res.get("system") or 0.0),
                                  "rss": rss, "exit": codes[0] if codes else 0}
            cases[label] = {"files": files, "recs": recs, "yaml": int(yaml_files), "cmd": commands,
                            "load": load}
    return cases


def fmt_time(s):
    return "%.1f ms" % (s * 1e3) if s < 1 else "%.2f s" % s


def main():
    out, have_rectrack = sys.argv[1], sys.argv[2] == "1"
    cases = load(out)

    header = ("tracker", "command", "median", "±σ", "CPU", "files/s", "× c-parse", "pyyaml ÷", "peak RSS")
    rows = [header]
    for label, c in cases.items():
        cmd = c["cmd"]
        base_c = cmd.get("c-parse", {}).get("median")
        base_py = cmd.get("pyyaml", {}).get("median")
        first = True
        for name in ("c-parse", "pyyaml", "validate", "status"):
            if name not in cmd:
                continue
            r = cmd[name]
            med = r["median"]
            tracker = ("shipped (%d files)" % c["yaml"] if label == "shipped"
                       else "%s files × %s recs" % (c["files"], c["recs"])) if first else ""
            rows.append((
                tracker,
                name + (" (exit %d!)" % r["exit"] if r["exit"] else ""),
                fmt_time(med),
                fmt_time(r["stddev"]),
                fmt_time(r["cpu"]),
                "{:,.0f}".format(c["yaml"] / med) if med > 0 else "-",
                "%.2f×" % (med / base_c) if base_c else "-",
                "%.1f×" % (base_py / med) if base_py and med > 0 else "-",
                "%.0f MiB" % (r["rss"] / 2 ** 20) if r["rss"] else "n/a",
            ))
            first = False
        if label != "shipped" and not have_rectrack:
            rows.append(("", "rectrack", "pending", "", "", "", "", "", ""))
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    for i, r in enumerate(rows):
        print("  ".join(v.ljust(widths[j]) if j < 2 else v.rjust(widths[j]) for j, v in enumerate(r)).rstrip())
        if i == 0:
            print("  ".join("-" * w for w in widths))

    loads = ["%s %s" % ("shipped" if l == "shipped" else l, c["load"]) for l, c in cases.items()]
    if loads:
        print()
        print("load average (1 min) as each tracker started: " + ", ".join(loads))
        try:
            busy = max(float(c["load"]) for c in cases.values()) > 1.5
        except ValueError:
            busy = False
        if busy:
            print("  other work was running (2 cores): wall times are inflated; CPU shows the work done")

    # ---------------------------------------------------------------- targets
    print()
    print("targets (rectrack status unless said):")
    failed = False

    def get(label, name):
        return cases.get(label, {}).get("cmd", {}).get(name)

    def verdict(ok, measured, target):
        """ok: True/False for PASS/FAIL, None when not measured (measured says why)."""
        nonlocal failed
        if ok is False:
            failed = True
        word = "-" if ok is None else ("PASS" if ok else "FAIL")
        print("  %-4s  %-46s %s" % (word, target, measured))

    def missing(label, name="status"):
        """Why the target cannot be judged: None when it can."""
        if label != "shipped" and label not in cases:
            return "not run (size not in BENCH_SIZES/BENCH_WIDE)"
        if label == "shipped" and label not in cases:
            return "not run (no rectrack binary or no shipped tracker)" if have_rectrack else "pending (no rectrack binary)"
        if get(label, name) is None:
            return "pending (no rectrack binary)"
        return None

    def broken(*labels):
        """A FAIL when rectrack exited non-zero on a tracker: its times prove nothing."""
        for label in labels:
            for name in ("validate", "status"):
                r = get(label, name)
                if r and r["exit"]:
                    return "rectrack %s exited %d on %s (see run.sh's warning)" % (name, r["exit"], label)
        return None

    for label, title in (("10000x12", "10k"), ("100000x12", "100k")):
        why = missing(label)
        s, c, p = get(label, "status"), get(label, "c-parse"), get(label, "pyyaml")
        bad = None if why else broken(label)
        if why or bad:
            verdict(False if bad else None, bad or why, "%s: status ≤ 1.5× c-parse" % title)
            verdict(False if bad else None, bad or why, "%s: status ≥ 8× faster than pyyaml" % title)
        else:
            ratio = s["median"] / c["median"]
            verdict(ratio <= 1.5, "%.2f× (%s vs %s)" % (ratio, fmt_time(s["median"]), fmt_time(c["median"])),
                    "%s: status ≤ 1.5× c-parse" % title)
            speed = p["median"] / s["median"]
            verdict(speed >= 8, "%.1f× (%s vs %s)" % (speed, fmt_time(p["median"]), fmt_time(s["median"])),
                    "%s: status ≥ 8× faster than pyyaml" % title)
    why = missing("100000x12")
    if why:
        verdict(None, why, "100k: peak RSS < 1 GiB (validate, status)")
    else:
        rss = [get("100000x12", n)["rss"] for n in ("validate", "status") if get("100000x12", n)]
        rss = [r for r in rss if r]
        if rss:
            verdict(max(rss) < GIB, "%.0f MiB" % (max(rss) / 2 ** 20), "100k: peak RSS < 1 GiB (validate, status)")
        else:
            verdict(None, "n/a (no /usr/bin/time)", "100k: peak RSS < 1 GiB (validate, status)")
    why = missing("100000x12") or missing("10000x12")
    bad = None if why else broken("100000x12", "10000x12")
    if why or bad:
        verdict(False if bad else None, bad or why, "scaling: status at 100k ≤ 11× status at 10k")
    else:
        ratio = get("100000x12", "status")["median"] / get("10000x12", "status")["median"]
        verdict(ratio <= 11, "%.1f×" % ratio, "scaling: status at 100k ≤ 11× status at 10k")
    why = missing("shipped")
    bad = None if why else broken("shipped")
    if why or bad:
        verdict(False if bad else None, bad or why, "shipped tracker: status < 50 ms")
    else:
        med = get("shipped", "status")["median"]
        verdict(med < 0.050, fmt_time(med), "shipped tracker: status < 50 ms")

    wide = [l for l in cases if l.endswith("x3000")]
    for label in wide:
        s, c, p = get(label, "status"), get(label, "c-parse"), get(label, "pyyaml")
        if s:
            print("  info  %-46s %.2f× c-parse, %.1f× faster than pyyaml"
                  % ("%s files × 3000 recs: status" % cases[label]["files"],
                     s["median"] / c["median"], p["median"] / s["median"]))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
