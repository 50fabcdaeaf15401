#!/usr/bin/env python3
"""The baseline an analyst would write instead of rectrack.

Loads every recommendation and evidence file of a tracker with PyYAML's C
loader (yaml.CSafeLoader, over libyaml) and groups the evidence by the
recommendations it bears on. Prints a count.

    Benchmarks/pyyaml_load.py ROOT
"""
import collections
import pathlib
import sys

import yaml


def main():
    if len(sys.argv) != 2:
        print("usage: pyyaml_load.py ROOT", file=sys.stderr)
        return 64
    root = pathlib.Path(sys.argv[1])
    recommendations = {}
    # A tracker of several reports keeps each further report's records in a folder of its own (r002/R01.yaml).
    for path in sorted((root / "Recommendations").rglob("*.yaml")):
        with open(path, "rb") as f:
            doc = yaml.load(f, Loader=yaml.CSafeLoader)
        if path.name.startswith("R"):
            recommendations[(path.parent.name, doc["id"])] = doc

    by_recommendation = collections.defaultdict(list)
    files = 0
    for path in sorted((root / "Evidence").glob("*/*.yaml")):
        with open(path, "rb") as f:
            doc = yaml.load(f, Loader=yaml.CSafeLoader)
        files += 1
        for entry in doc.get("bears-on") or []:
            by_recommendation[entry["recommendation"]].append(doc)

    links = sum(len(v) for v in by_recommendation.values())
    print("%d recommendations, %d evidence files, %d bears-on links over %d recommendations"
          % (len(recommendations), files, links, len(by_recommendation)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
