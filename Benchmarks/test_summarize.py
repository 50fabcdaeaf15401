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


def main():
    with tempfile.TemporaryDirectory() as folder:
        with open(os.path.join(folder, "cases.tsv"), "w", encoding="utf-8") as f:
            f.write("10000x12\t10000\t12\t10015\t0.5\n100000x12\t100000\t12\t100015\t0.5\n")
        # 10k: status ran slowly in round 1 only, and the machine halved its speed from round 2 on.
        # Paired, status is 1.1× c-parse and pyyaml 10× status; the ratio of the medians would
        # say 1.14× and 9.7×.
        write_round(folder, "10000x12", 1, {"c-parse": 0.30, "pyyaml": 3.00, "validate": 0.33, "status": 0.75})
        write_round(folder, "10000x12", 2, {"c-parse": 0.60, "pyyaml": 6.60, "validate": 0.66, "status": 0.66})
        write_round(folder, "10000x12", 3, {"c-parse": 0.62, "pyyaml": 6.82, "validate": 0.68, "status": 0.682})
        # 100k: 1.2× c-parse and pyyaml 9× status in every round.
        for number, scale in ((1, 1.0), (2, 2.0), (3, 1.1)):
            write_round(folder, "100000x12", number, {"c-parse": 3.0 * scale, "pyyaml": 32.4 * scale,
                                                      "validate": 3.3 * scale, "status": 3.6 * scale})
        code, out = summarize(folder)
        check("PASS  10k: status ≤ 1.5× c-parse" in out and "1.10× (3 rounds: 1.10–2.50×" in out,
              "status ÷ c-parse is the median of the rounds' own ratios, with their range", out)
        check("PASS  10k: status ≥ 8× faster than pyyaml" in out and "10.00× (3 rounds: 4.00–10.00×" in out,
              "pyyaml ÷ status is paired within rounds", out)
        check("PASS  100k: status ≥ 8× faster than pyyaml" in out and "9.00× (3 rounds: 9.00–9.00×" in out,
              "a steady ratio stays steady while the machine's speed changes", out)
        check("FAIL" not in out.split("targets")[1].split("shipped")[0], "no target fails on these numbers", out)
        check("PASS  scaling: status at 100k ≤ 11× status at 10k" in out and "5.81× (the two tables' medians)" in out,
              "without side-by-side rounds, scaling is the ratio of the two tables' medians", out)

        # Side-by-side scaling rounds decide the scaling target: 12× in each, while the tables say 5.8×.
        for number, scale in ((1, 1.0), (2, 2.0), (3, 1.05)):
            write_round(folder, "scaling", number, {"status-10k": 0.3 * scale, "status-100k": 3.6 * scale})
        code, out = summarize(folder)
        check("FAIL  scaling: status at 100k ≤ 11× status at 10k" in out
              and "12.00× (3 rounds side by side: 12.00–12.00×; the two tables' medians give 5.81×)" in out and code == 1,
              "the scaling target pairs status at 10k and 100k within each side-by-side round", out)
        for number, scale in ((1, 1.0), (2, 2.0), (3, 1.05)):
            write_round(folder, "scaling", number, {"status-10k": 0.3 * scale, "status-100k": 3.0 * scale})
        code, out = summarize(folder)
        check("PASS  scaling: status at 100k ≤ 11× status at 10k" in out and "10.00× (3 rounds side by side" in out,
              "a steady 10× passes however the machine's speed drifts", out)

        # Status slower than 1.5× c-parse in every round fails, and summarize exits 1.
        for number in (1, 2, 3):
            write_round(folder, "10000x12", number, {"c-parse": 0.30, "pyyaml": 3.24, "validate": 0.33, "status": 0.50})
        code, out = summarize(folder)
        check("FAIL  10k: status ≤ 1.5× c-parse" in out and code == 1, "a target over the limit fails", out)
    print("ok    Benchmarks/summarize.py pairs ratios within rounds, and the scaling target within side-by-side rounds")


if __name__ == "__main__":
    main()
