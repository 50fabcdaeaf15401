#!/usr/bin/env bash
# Checks rectrack's JSON output against schemas/assessment.schema.json, a snapshot written by
# `rectrack check` (on a copy of the shipped tracker) against schemas/snapshot.schema.json, and
# `rectrack validate --format json` (clean, and on a copy of the base tracker with bad files) against
# schemas/validation.schema.json, with check-jsonschema (installed into .build/python-tools by scripts/ensure-python-tools.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
TOOLS="$(scripts/ensure-python-tools.sh)"
BIN="${1:-.build/debug/rectrack}"
OUT=.build/output-schema-check
mkdir -p "$OUT"
"$BIN" status --format json --as-of 2026Q3 > "$OUT/status.json"
"$BIN" show R6 --format json > "$OUT/show-R6.json"
"$BIN" show R5 --format json > "$OUT/show-R5.json"
"$BIN" status --root Tests/Fixtures/base-tracker --format json > "$OUT/status-base.json"
rm -rf "$OUT/tracker" && mkdir -p "$OUT/tracker" && cp -R Recommendations Evidence "$OUT/tracker/"
RECTRACK_TODAY=2026-12-02 "$BIN" check --root "$OUT/tracker" --quarter 2026Q3 --format json > "$OUT/check.json" || [ $? -eq 1 ]
RECTRACK_TODAY=2026-12-02 "$BIN" validate --format json > "$OUT/validate.json"
# The quarterly fixture after its three quarters has owners' replies: standing, lapsed and disagreeing.
rm -rf "$OUT/replies" && cp -R Tests/Fixtures/quarterly/tracker "$OUT/replies"
for q in 1 2 3; do cp -R Tests/Fixtures/quarterly/quarter-$q/. "$OUT/replies/"; done
RECTRACK_TODAY=2026-10-01 "$BIN" status --root "$OUT/replies" --format json --as-of 2026Q3 > "$OUT/status-replies.json"
RECTRACK_TODAY=2026-10-01 "$BIN" check --root "$OUT/replies" --format json > /dev/null || [ $? -eq 1 ]
# A tracker with three reports (#22): qualified ids, each assessment's reportID, a snapshot of schemaVersion 2.
rm -rf "$OUT/reports" && cp -R Tests/Fixtures/several-reports "$OUT/reports"
RECTRACK_TODAY=2026-12-02 "$BIN" status --root "$OUT/reports" --format json --as-of 2026Q3 > "$OUT/status-reports.json"
RECTRACK_TODAY=2026-12-02 "$BIN" check --root "$OUT/reports" --quarter 2026Q3 --format json > /dev/null
rm -rf "$OUT/bad-tracker" && cp -R Tests/Fixtures/base-tracker "$OUT/bad-tracker"
printf 'id: x\n' > "$OUT/bad-tracker/Evidence/2020/2020-06-01-x.yaml"
printf 'notes\n' > "$OUT/bad-tracker/Evidence/2020/notes.txt"
"$BIN" validate --root "$OUT/bad-tracker" --format json > "$OUT/validate-bad.json" || [ $? -eq 65 ]
if "$TOOLS/check-jsonschema" --schemafile schemas/assessment.schema.json "$OUT"/status.json "$OUT"/show-R6.json "$OUT"/show-R5.json "$OUT"/status-base.json "$OUT"/status-replies.json "$OUT"/status-reports.json \
   && "$TOOLS/check-jsonschema" --schemafile schemas/snapshot.schema.json "$OUT/tracker/Snapshots/2026Q3.json" "$OUT/replies/Snapshots/2026Q3.json" "$OUT/reports/Snapshots/2026Q3.json" \
   && "$TOOLS/check-jsonschema" --schemafile schemas/validation.schema.json "$OUT"/validate.json "$OUT"/validate-bad.json; then
  echo "11 passed, 0 failed"
else
  echo "some failed (of 11)"; exit 1
fi
