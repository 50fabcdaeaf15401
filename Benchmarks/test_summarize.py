#!/usr/bin/env python3
"""Checks Benchmarks/summarize.py on made-up results: ratios are paired within rounds.

    python3 Benchmarks/test_summarize.py      (run by `make test`)

The machine's speed drifts; in the made-up data it halves from round 2 on, and at 10k one
command is slow in one round. Ratios of medians would mix the rounds; the paired ratios must not.
"""
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def write_round(folder, label, number, times):
    results = [{"command": name, "median": t, "mean": t, "stddev": None, "user": t * 1.5, "system": 0.0,
                "times": [t], "exit_codes": [0]} for name, t in times.items()]
    with open(os.path.join(folder, "results-%s-r%d.json" % (label, number)), "w", encoding="utf-8") as f:
        json.dump({"results": results}, f)


def summarize(folder):
    run = subprocess.run([sys.executable, os.path.join(HERE, "summarize.py"), folder, "1"],
                         capture_output=True, text=True)
    return run.returncode, run.stdout


def check(condition, message, output):
    if not condition:
        print("FAIL: " + message + "\n" + output)
        sys.exit(1)


def write_rss(folder, label, name, mib):
    with open(os.path.join(folder, "rss-%s-%s.txt" % (label, name)), "w", encoding="utf-8") as f:
        f.write("\tMaximum resident set size (kbytes): %d\n" % (mib * 1024))


def main():
    with tempfile.TemporaryDirectory() as folder:
        with open(os.path.join(folder, "cases.tsv"), "w", encoding="utf-8") as f:
            f.write("10000x12\t10000\t12\t10015\t0.5\n100000x12\t100000\t12\t100015\t0.5\n")
        # 10k: status ran slowly in round 1 only, and the machine halved its speed from round 2 on.
        # Paired, status is 0.8× c-parse and pyyaml 13.75× status; the ratio of the medians would
        # say 0.83× and 13.3×.
        write_round(folder, "10000x12", 1, {"c-parse": 0.30, "pyyaml": 3.30, "validate": 0.27, "status": 0.75})
        write_round(folder, "10000x12", 2, {"c-parse": 0.60, "pyyaml": 6.60, "validate": 0.54, "status": 0.48})
        write_round(folder, "10000x12", 3, {"c-parse": 0.62, "pyyaml": 6.82, "validate": 0.558, "status": 0.496})
        # 100k: 0.8× c-parse and pyyaml 13.5× status in every round.
        for number, scale in ((1, 1.0), (2, 2.0), (3, 1.1)):
            write_round(folder, "100000x12", number, {"c-parse": 3.0 * scale, "pyyaml": 32.4 * scale,
                                                      "validate": 2.1 * scale, "status": 2.4 * scale})
        write_rss(folder, "100000x12", "validate", 250)
        write_rss(folder, "100000x12", "status", 290)
        code, out = summarize(folder)
        check("PASS  10k: status ≤ 0.9× c-parse" in out and "0.80× (3 rounds: 0.80–2.50×" in out,
              "status ÷ c-parse is the median of the rounds' own ratios, with their range", out)
        check("PASS  10k: status ≥ 10× faster than pyyaml" in out and "13.75× (3 rounds: 4.40–13.75×" in out,
              "pyyaml ÷ status is paired within rounds", out)
        check("PASS  100k: status ≥ 10× faster than pyyaml" in out and "13.50× (3 rounds: 13.50–13.50×" in out,
              "a steady ratio stays steady while the machine's speed changes", out)
        check("PASS  100k: peak RSS < 300 MiB (validate, status)" in out and "290 MiB" in out,
              "the larger peak of validate and status is held to 300 MiB", out)
        check("FAIL" not in out.split("targets")[1].split("shipped")[0], "no target fails on these numbers", out)
        check("PASS  scaling: status at 100k ≤ 11× status at 10k" in out and "5.32× (the two tables' medians)" in out,
              "without side-by-side rounds, scaling is the ratio of the two tables' medians", out)
        table = [line for line in out.split("load average")[0].splitlines()[2:] if line]
        check(len(table) == 8 and all(" 1.5 " in line for line in table),
              "the cores column is each round's CPU ÷ its wall time, the median over rounds (1.5 in every round here)", out)
        check("not run" in out.split("121 reports: status ≤ 1.3× c-parse")[1].splitlines()[0],
              "a tracker that was not generated is not run, not failed", out)

        # Side-by-side scaling rounds decide the scaling target: 12× in each, while the tables say 5.3×.
        for number, scale in ((1, 1.0), (2, 2.0), (3, 1.05)):
            write_round(folder, "scaling", number, {"status-10k": 0.3 * scale, "status-100k": 3.6 * scale})
        code, out = summarize(folder)
        check("FAIL  scaling: status at 100k ≤ 11× status at 10k" in out
              and "12.00× (3 rounds side by side: 12.00–12.00×; the two tables' medians give 5.32×)" in out and code == 1,
              "the scaling target pairs status at 10k and 100k within each side-by-side round", out)
        for number, scale in ((1, 1.0), (2, 2.0), (3, 1.05)):
            write_round(folder, "scaling", number, {"status-10k": 0.3 * scale, "status-100k": 3.0 * scale})
        code, out = summarize(folder)
        check("PASS  scaling: status at 100k ≤ 11× status at 10k" in out and "10.00× (3 rounds side by side" in out,
              "a steady 10× passes however the machine's speed drifts", out)

        # The tracker of several reports, on a rectrack without multi-report support: its row and its three
        # targets say why, and nothing fails for it.
        multi = "30000x2645-121reports"
        with open(os.path.join(folder, "cases.tsv"), "a", encoding="utf-8") as f:
            f.write("%s\t30000\t2645\t32767\t0.5\n" % multi)
        with open(os.path.join(folder, "not-run-%s.txt" % multi), "w", encoding="utf-8") as f:
            f.write("not run: this rectrack has no multi-report support\n")
        code, out = summarize(folder)
        check(out.count("-     121 reports:") == 3 and out.count("not run: this rectrack has no multi-report support") == 4
              and code == 0, "the row and each of its targets say it was not run", out)

        # Run: status and validate within their limits, the text table over its own.
        os.remove(os.path.join(folder, "not-run-%s.txt" % multi))
        for number in (1, 2, 3):
            write_round(folder, multi, number, {"c-parse": 0.80, "pyyaml": 9.0, "validate": 0.78,
                                                "status": 1.0, "status-text": 0.96})
        code, out = summarize(folder)
        check("PASS  121 reports: status ≤ 1.3× c-parse" in out and "1.25× (3 rounds" in out
              and "PASS  121 reports: validate ≤ 1.0× c-parse" in out
              and "FAIL  121 reports: status-text ≤ 1.1× c-parse" in out and "1.20× (3 rounds" in out
              and "30000 files × 2645 recs in 121 reports" in out and code == 1,
              "the tracker of several reports has its three targets, the text table among them", out)

        # Status slower than 0.9× c-parse in every round fails, and summarize exits 1; so does a peak over 300 MiB.
        for number in (1, 2, 3):
            write_round(folder, "10000x12", number, {"c-parse": 0.30, "pyyaml": 3.24, "validate": 0.33, "status": 0.30})
        write_rss(folder, "100000x12", "status", 310)
        code, out = summarize(folder)
        check("FAIL  10k: status ≤ 0.9× c-parse" in out and "FAIL  100k: peak RSS < 300 MiB" in out and code == 1,
              "a target over the limit fails", out)
    print("ok    Benchmarks/summarize.py pairs ratios within rounds, and the scaling target within side-by-side rounds")
    print("ok    Benchmarks/summarize.py judges the tracker of several reports, or says why it was not run")


if __name__ == "__main__":
    main()
