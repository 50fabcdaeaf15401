#!/usr/bin/env bash
# Checks rectrack's JSON output against schemas/assessment.schema.json with check-jsonschema
# (installed into .build/schema-venv by scripts/check-schemas.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${1:-.build/debug/rectrack}"
OUT=.build/output-schema-check
mkdir -p "$OUT"
"$BIN" status --format json --as-of 2026Q3 > "$OUT/status.json"
"$BIN" show R6 --format json > "$OUT/show-R6.json"
"$BIN" status --root Tests/Fixtures/base-tracker --format json > "$OUT/status-base.json"
if .build/schema-venv/bin/check-jsonschema --schemafile schemas/assessment.schema.json "$OUT"/*.json; then
  echo "3 passed, 0 failed"
else
  echo "0 passed, 3 failed"; exit 1
fi
