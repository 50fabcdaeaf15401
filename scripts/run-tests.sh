#!/usr/bin/env bash
# What `make test` runs after the build: every test stage, each stage's whole output kept in .build/test-logs/, one
# line per stage as it ends, and one summary at the end: what ran, what was skipped and why. A stage that fails
# prints its failures and the path of its log; the script exits 1 when any stage failed.
#
# usage: scripts/run-tests.sh [RECTRACK-BINARY]   (SWIFT and SWIFT_TEST_FLAGS come from the Makefile)
set -uo pipefail
cd "$(dirname "$0")/.."
BIN="${1:-.build/debug/rectrack}"
SWIFT="${SWIFT:-swift}"
LOGS=.build/test-logs
mkdir -p "$LOGS"

failed=0
results=()
skipped=()

# run_stage NAME LOG COMMAND…: runs the command with its output in the log, and prints how long it took.
run_stage() {
    local name=$1 log=$2
    shift 2
    printf '%-22s ' "$name"
    local start=$SECONDS
    "$@" > "$LOGS/$log" 2>&1
    stage_status=$?
    printf 'done in %ss\n' "$((SECONDS - start))"
}

# fail_stage NAME LOG PATTERN: records a failure and shows the log's failing lines.
fail_stage() {
    failed=1
    echo "  $1 FAILED; the failing lines (all of it is in $LOGS/$2):"
    grep -E "$3" "$LOGS/$2" | head -n 40 | sed 's/^/    /'
    [ "$(grep -cE "$3" "$LOGS/$2")" -gt 0 ] || tail -n 20 "$LOGS/$2" | sed 's/^/    /'
}

run_stage "schema checks" schemas.log scripts/check-schemas.sh
counts=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$LOGS/schemas.log" | tail -n 1)
results+=("schema checks:         ${counts:-no count (see $LOGS/schemas.log)}")
unmarked=$(grep -oE '^\([0-9]+ bad-input fixtures are not marked' "$LOGS/schemas.log" | grep -oE '[0-9]+')
[ -n "$unmarked" ] && skipped+=("$unmarked bad-input fixtures by the schema checks: they are not marked '# schema: reject' (the Swift tests run every one through rectrack)")
[ "$stage_status" -eq 0 ] || fail_stage "schema checks" schemas.log '^FAIL|Error|error'

run_stage "output-schema checks" output-schemas.log scripts/check-output-schemas.sh "$BIN"
counts=$(grep -E '^[0-9]+ passed, [0-9]+ failed$' "$LOGS/output-schemas.log" | tail -n 1)
results+=("output-schema checks:  ${counts:-no count (see $LOGS/output-schemas.log)}")
[ "$stage_status" -eq 0 ] || fail_stage "output-schema checks" output-schemas.log 'FAIL|failed|Error|error|\$\.'

run_stage "benchmark summary" bench-summary.log python3 Benchmarks/test_summarize.py
passed=$(grep -c '^ok ' "$LOGS/bench-summary.log")
bench_failed=$(grep -c '^FAIL' "$LOGS/bench-summary.log")
results+=("benchmark summary:     $passed passed, $bench_failed failed")
[ "$stage_status" -eq 0 ] || fail_stage "benchmark summary" bench-summary.log '^FAIL|Error'

# shellcheck disable=SC2086  # the flags are words
run_stage "Swift tests" swift-tests.log "$SWIFT" test ${SWIFT_TEST_FLAGS:-}
run_line=$(grep -E 'Test run with [0-9]+ tests' "$LOGS/swift-tests.log" | tail -n 1)
if [[ "$run_line" =~ Test\ run\ with\ ([0-9]+)\ tests?\ in\ ([0-9]+)\ suites?\ (passed|failed)\ after\ ([0-9.]+)\ seconds(\ with\ ([0-9]+)\ issues?)? ]]; then
    results+=("Swift tests:           ${BASH_REMATCH[1]} tests in ${BASH_REMATCH[2]} suites ${BASH_REMATCH[3]}${BASH_REMATCH[5]} (${BASH_REMATCH[4]%.*}s)")
else
    results+=("Swift tests:           no summary line (the build or the runner failed; see $LOGS/swift-tests.log)")
fi
# Swift Testing names a skipped test or suite with its reason: Test "x" skipped: "why".
while IFS= read -r line; do
    skipped+=("$(sed -E 's/^[^A-Za-z]*//' <<< "$line")")
done < <(grep -E '(Test|Suite) .* skipped' "$LOGS/swift-tests.log" | sort -u)
[ "$stage_status" -eq 0 ] || fail_stage "Swift tests" swift-tests.log '✘|error:|Fatal error'

echo
echo "Summary"
for line in "${results[@]}"; do echo "  $line"; done
if [ "${#skipped[@]}" -eq 0 ]; then
    echo "  skipped: nothing"
else
    echo "  skipped:"
    for line in "${skipped[@]}"; do echo "    - $line"; done
fi
echo "  logs: $LOGS/"
if [ "$failed" -ne 0 ]; then
    echo "FAILED (see the failing lines above)"
    exit 1
fi
echo "All passed."
