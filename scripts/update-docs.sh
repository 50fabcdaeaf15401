#!/usr/bin/env bash
# Regenerates what is generated from the code and data:
#   docs/protocols.md            from each protocol's own description (a test checks it is current);
#   schemas/recommendation.schema.json  its $defs named protocol…, from the same descriptions
#                                (`rectrack protocols --format json-schema`; a test checks it is current);
#   docs/diagnostics.md          from the catalogue of diagnostic codes (a test checks it is current);
#   docs/data-package.md         from the data package's table descriptions (a test checks it is current);
#   README.md "Where things stand"  from `rectrack status --format markdown`.
# usage: scripts/update-docs.sh [path-to-rectrack]
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${1:-.build/debug/rectrack}"

write_atomically() { # file, then content on stdin
  local tmp; tmp="$(mktemp "$(dirname "$1")/.$(basename "$1").XXXXXX")"
  cat > "$tmp" && mv -f "$tmp" "$1"
}

"$BIN" protocols --format markdown | write_atomically docs/protocols.md
"$BIN" explain --format markdown | write_atomically docs/diagnostics.md
"$BIN" export --describe | write_atomically docs/data-package.md

# Every $defs entry whose name starts with "protocol" is generated and replaced whole (so a kind that is
# gone leaves nothing behind); the rest of the file is written by hand and kept. Keys are sorted.
generated="$("$BIN" protocols --format json-schema)"
python3 - "$generated" <<'PY' | write_atomically schemas/recommendation.schema.json
import json, sys
generated = json.loads(sys.argv[1])["$defs"]
schema = json.load(open("schemas/recommendation.schema.json", encoding="utf-8"))
kept = {name: value for name, value in schema.get("$defs", {}).items() if not name.startswith("protocol")}
schema["$defs"] = {**kept, **generated}
sys.stdout.write(json.dumps(schema, indent=2, ensure_ascii=False, sort_keys=True) + "\n")
PY

status="$("$BIN" status --format markdown)"
python3 - "$status" <<'PY' | write_atomically README.md
import sys, re
status = sys.argv[1].rstrip("\n")
text = open("README.md", encoding="utf-8").read()
begin, end = "<!-- status:begin (make docs) -->", "<!-- status:end -->"
if begin not in text or end not in text:
    sys.exit("README.md lacks the status markers")
head, rest = text.split(begin, 1)
_, tail = rest.split(end, 1)
sys.stdout.write(head + begin + "\n" + status + "\n" + end + tail)
PY
echo "updated docs/protocols.md, schemas/recommendation.schema.json, docs/diagnostics.md, docs/data-package.md and README.md"
