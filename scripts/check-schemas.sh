#!/usr/bin/env bash
# Checks the JSON Schemas in schemas/ with check-jsonschema:
#   - every schema is valid under its metaschema and documents every property;
#   - the shipped data (Recommendations/*.yaml, Evidence/**/*.yaml, Replies/**/*.yaml) passes;
#   - the quarterly fixture's replies (Tests/Fixtures/quarterly/*/Replies/) pass;
#   - Tests/SchemaTests/good/* passes and Tests/SchemaTests/bad/* is rejected
#     (the schema is named by the file name before "--" or "."), e.g.
#     good/evidence--partial-date.yaml is checked against evidence.schema.json;
#   - every Tests/Fixtures/bad-input/*.yaml whose header says "# schema: reject"
#     is rejected by the schema its "# path:" header selects.
# Prints one line per check and ends with "N passed, M failed"; exits 1 on any
# failure. check-jsonschema is installed into .build/python-tools by scripts/ensure-python-tools.sh.
#
# usage: scripts/check-schemas.sh [TRACKER-ROOT]   (default: the repository)
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRACKER="$(cd "${1:-$REPO}" && pwd)"
TOOLS="$("$REPO/scripts/ensure-python-tools.sh")"

exec "$TOOLS/python" - "$REPO" "$TRACKER" "$TOOLS/check-jsonschema" <<'PYTHON'
import json
import os
import re
import subprocess
import sys
from pathlib import Path

repo, tracker, cjs = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
schema_dir = repo / "schemas"
SCHEMAS = {p.name[: -len(".schema.json")]: p for p in sorted(schema_dir.glob("*.schema.json"))}
YAML_SCHEMAS = ["report", "owners", "metrics", "recommendation", "evidence", "reply"]

passed = 0
failed = 0


def rel(path):
    for base in (repo, tracker):
        try:
            return str(Path(path).relative_to(base))
        except ValueError:
            pass
    return str(path)


def report(ok, what, detail="", more=()):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
    print(f"{'ok  ' if ok else 'FAIL'}  {what}{': ' + detail if detail else ''}", flush=True)
    for line in more:
        print(f"        {line}")


def run_cjs(schema, files):
    """One check-jsonschema run over many files; returns {file: [messages]} for files it refused."""
    cmd = [cjs, "--output-format", "json", "--default-filetype", "yaml", "--color", "never"]
    cmd += ["--check-metaschema"] if schema is None else ["--schemafile", str(SCHEMAS[schema])]
    cmd += [str(f) for f in files]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    try:
        out = json.loads(proc.stdout)
    except json.JSONDecodeError:
        print(f"check-jsonschema failed to run ({' '.join(cmd[:6])} …):\n{proc.stdout}{proc.stderr}", file=sys.stderr)
        sys.exit(2)
    refused = {}
    for err in out.get("errors", []):
        refused.setdefault(err["filename"], []).append(f"{err['path']}: {err['message']}")
    for err in out.get("parse_errors", []):
        refused.setdefault(err["filename"], []).append(f"YAML/JSON parse error: {err['message']}")
    return refused


# ---- 1. the schemas themselves ------------------------------------------------
refused = run_cjs(None, SCHEMAS.values())
for name, path in SCHEMAS.items():
    report(str(path) not in refused, f"metaschema  {rel(path)}", more=refused.get(str(path), ()))


def undocumented(node, where="$"):
    """Property declarations without title or description; objects without additionalProperties: false."""
    found = []
    if isinstance(node, dict):
        props = node.get("properties")
        if isinstance(props, dict):
            declares = node.get("type") == "object"
            # A dispatcher (allOf of if/then on `kind`) is closed by the kind's own schema.
            dispatches = any("then" in branch for branch in node.get("allOf", []))
            if declares and not dispatches and node.get("additionalProperties") is not False:
                found.append(f"{where}: object without additionalProperties: false")
            for key, sub in props.items():
                if declares and isinstance(sub, dict) and not ("title" in sub and "description" in sub):
                    found.append(f"{where}.properties.{key}: no title or description")
        for key, sub in node.items():
            found += undocumented(sub, f"{where}.{key}")
    elif isinstance(node, list):
        for i, sub in enumerate(node):
            found += undocumented(sub, f"{where}[{i}]")
    return found


enums = {}
for name, path in SCHEMAS.items():
    schema = json.loads(path.read_text(encoding="utf-8"))
    problems = undocumented(schema)
    if schema.get("$schema") != "https://json-schema.org/draft/2020-12/schema":
        problems.append("$schema is not JSON Schema 2020-12")
    for key in ("$id", "title", "description"):
        if key not in schema:
            problems.append(f"no top-level {key}")
    report(not problems, f"documented  {rel(path)}", more=problems)
    for def_name, d in schema.get("$defs", {}).items():
        if "enum" in d:
            enums.setdefault(def_name, {})[name] = d["enum"]
for def_name, by_schema in sorted(enums.items()):
    if len(by_schema) > 1:
        values = list(by_schema.values())
        same = all(v == values[0] for v in values)
        report(same, f"consistent  $defs/{def_name} in {', '.join(sorted(by_schema))}",
               more=() if same else [f"{s}: {v}" for s, v in sorted(by_schema.items())])

# ---- 2. collect the instance checks: (schema, file, expectation, label) ---------
checks = []


def schema_for_data_path(p):
    """The schema for a tracker-relative path such as Evidence/2020/x.yaml."""
    parts = p.replace("\\", "/").split("/")
    name = parts[-1]
    if parts[0] == "Evidence" and re.search(r"\.ya?ml$", name):
        return "evidence"
    if parts[0] == "Replies" and re.search(r"\.ya?ml$", name):
        return "reply"
    if re.fullmatch(r"R\d+\.ya?ml", name):
        return "recommendation"
    stem = re.sub(r"\.ya?ml$", "", name)
    return stem if stem in ("report", "owners", "metrics") else None


shipped = []
recs = tracker / "Recommendations"
for name in ("report", "owners", "metrics"):
    for ext in ("yaml", "yml"):
        f = recs / f"{name}.{ext}"
        if f.is_file():
            shipped.append((name, f))
shipped += [("recommendation", f) for f in sorted(recs.glob("R*.y*ml")) if re.fullmatch(r"R\d+\.ya?ml", f.name)]
shipped += [("evidence", f) for f in sorted((tracker / "Evidence").rglob("*.y*ml")) if re.search(r"\.ya?ml$", f.name)]
shipped += [("reply", f) for f in sorted((tracker / "Replies").rglob("*.y*ml")) if re.search(r"\.ya?ml$", f.name)]
if shipped:
    counts = {}
    for s, _ in shipped:
        counts[s] = counts.get(s, 0) + 1
    print("shipped data: " + ", ".join(f"{n} {s}" for s, n in counts.items()))
else:
    print(f"shipped data: found none (no Recommendations/*.yaml or Evidence/**/*.yaml under {tracker})")
checks += [(s, f, "accept", "shipped") for s, f in shipped]


def schema_from_name(f):
    stem = f.name.split("--")[0].split(".")[0]
    return stem if stem in SCHEMAS else None


tests = repo / "Tests" / "SchemaTests"
for kind, expect in (("good", "accept"), ("bad", "reject")):
    for f in sorted((tests / kind).glob("*")):
        if f.is_file() and not f.name.startswith("."):
            s = schema_from_name(f)
            if s is None:
                report(False, f"{expect}s     {rel(f)}", f"no schema named by the file name (want <schema>[--case].yaml|json; schemas: {', '.join(SCHEMAS)})")
            else:
                checks.append((s, f, expect, kind))

# The fixtures' replies (the shipped data has none yet) must pass too.
for f in sorted((repo / "Tests" / "Fixtures" / "quarterly").glob("*/Replies/*/*.y*ml")):
    checks.append(("reply", f, "accept", "fixture"))

# The fixture with three reports (#22): report folders' records, and evidence and replies naming qualified ids.
several = repo / "Tests" / "Fixtures" / "several-reports"
for f in sorted(several.rglob("*.y*ml")):
    s = schema_for_data_path(f.relative_to(several).as_posix())
    if s is not None:
        checks.append((s, f, "accept", "fixture"))

unmarked = 0
for f in sorted((repo / "Tests" / "Fixtures" / "bad-input").glob("*.y*ml")):
    header = {}
    text = f.read_bytes().decode("utf-8", errors="replace").lstrip("\ufeff")
    for line in text.splitlines():
        m = re.match(r"\s*#\s*([a-z-]+):\s*(.*?)\s*$", line)
        if not line.strip().startswith("#"):
            break
        if m and m.group(1) not in header:
            header[m.group(1)] = m.group(2)
    if header.get("schema") != "reject":
        unmarked += 1
        continue
    s = schema_for_data_path(header.get("path", ""))
    if s is None:
        report(False, f"rejects     {rel(f)}", f"no schema for '# path: {header.get('path', '(missing)')}'")
    else:
        checks.append((s, f, "reject", "fixture"))

# ---- 3. run check-jsonschema once per schema ------------------------------------
def modeline_problems(f, schema):
    """A shipped file must start with `# yaml-language-server: $schema=…` naming its schema."""
    with open(f, "rb") as fh:
        first = fh.readline().decode("utf-8", errors="replace").lstrip("\ufeff").strip()
    m = re.fullmatch(r"#\s*yaml-language-server:\s*\$schema=(\S+)", first)
    if not m:
        return [f"line 1 is not '# yaml-language-server: $schema=<path to schemas/{schema}.schema.json>'"]
    target = m.group(1)
    if re.match(r"https?://", target):
        return [] if target == f"https://rectrack.invalid/schemas/{schema}.schema.json" else [f"line 1 names {target}"]
    resolved = (Path(f).parent / target).resolve()
    if resolved != SCHEMAS[schema].resolve():
        return [f"line 1 names {target}, which is not schemas/{schema}.schema.json"]
    return []


for schema in SCHEMAS:
    files = [f for s, f, _, _ in checks if s == schema]
    refused = {}
    for start in range(0, len(files), 2000):  # stay well below the argument-list limit
        refused.update(run_cjs(schema, files[start:start + 2000]))
    for s, f, expect, label in checks:
        if s != schema:
            continue
        errors = refused.get(str(f), [])
        if label == "shipped" and tracker == repo:  # another tracker may keep its schemas elsewhere
            errors = errors + modeline_problems(f, schema)
        what = f"{expect}s     {rel(f)} [{schema}]"
        if expect == "accept":
            report(not errors, what, more=errors)
        else:
            report(bool(errors), what, errors[0] if errors else "the schema accepted it")

if unmarked:
    print(f"({unmarked} bad-input fixtures are not marked '# schema: reject' and were not checked)")
for schema in YAML_SCHEMAS:
    if schema not in SCHEMAS:
        report(False, f"exists      schemas/{schema}.schema.json", "missing")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PYTHON
