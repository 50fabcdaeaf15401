#!/usr/bin/env bash
# Rewrites the seed corpus Tests/Fixtures/fuzz-corpus/ from the test fixtures and the shipped data.
#
# Each seed is one fuzz input: a selector digit (see Tests/RecTrackProtocolsTests/FuzzCase.swift) then the file's bytes.
#   bad-input-*   Tests/Fixtures/bad-input/*.yaml, placed where their '# path:' line says
#   base-*        the base tracker's own files, each replacing itself
#   shipped-*     Recommendations/*.yaml and Evidence/**/*.yaml of the shipped tracker
#   seed-*        Fuzz/seeds/*: hand-written inputs that load cleanly and reach every protocol
set -euo pipefail
cd "$(dirname "$0")/.."

corpus=Tests/Fixtures/fuzz-corpus
rm -rf "$corpus"
mkdir -p "$corpus"

# The selector digit for a file placed at a path relative to a tracker's root.
selector() {
  case "$1" in
    Evidence/*) echo 0 ;;
    Recommendations/R01.yaml) echo 3 ;;
    Recommendations/R03.yaml) echo 7 ;;
    Recommendations/owners.yaml) echo 4 ;;
    Recommendations/metrics.yaml) echo 5 ;;
    Recommendations/report.yaml) echo 6 ;;
    Recommendations/R*.yaml) echo 2 ;;
    *) echo 0 ;;
  esac
}

seed() {  # name, path it stands for, file
  { printf '%s' "$(selector "$2")"; cat "$3"; } > "$corpus/$1"
}

for file in Tests/Fixtures/bad-input/*.yaml; do
  path=$(sed -n 's/^# path: //p' "$file" | head -n 1)
  seed "bad-input-$(basename "$file" .yaml)" "${path:-Evidence/2020/2020-03-01-example.yaml}" "$file"
done
base=Tests/Fixtures/base-tracker
(cd "$base" && find . -type f -name '*.yaml' | sed 's|^\./||' | LC_ALL=C sort) | while IFS= read -r path; do
  seed "base-$(basename "$path" .yaml)" "$path" "$base/$path"
done
for file in Recommendations/*.yaml; do
  seed "shipped-$(basename "$file" .yaml)" "$file" "$file"
done
find Evidence -type f -name '*.yaml' | LC_ALL=C sort | while IFS= read -r file; do
  seed "shipped-evidence-$(basename "$file" .yaml)" "$file" "$file"
done
for file in Fuzz/seeds/*; do
  cp "$file" "$corpus/seed-$(basename "$file")"
done
echo "fuzz: $(ls "$corpus" | wc -l) seeds in $corpus"
