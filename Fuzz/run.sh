#!/usr/bin/env bash
# Fuzzes for a set time: Fuzz/run.sh [SECONDS] [libFuzzer flags…]
#
# Builds the fuzz targets when needed (Fuzz/build.sh) and shares SECONDS between them (FUZZ_TARGETS, default all
# three: "load arguments render"). Each fuzzes with its seeds (read only) and a work corpus in .build/fuzz (kept
# between runs): load and render with Tests/Fixtures/fuzz-corpus, arguments with Tests/Fixtures/fuzz-corpus-arguments,
# and each with its regressions (Tests/Fixtures/fuzz-regressions for load, fuzz-regressions/<target>/ for the others;
# not those in an unfixed.txt there). On a crash, timeout or out-of-memory it minimises the input, saves it as
# <regressions>/<kind>-<function>-<hash>, shows how it fails and exits 1 after the other targets have run.
# FUZZ_KEEP_GOING=1 runs in libFuzzer's fork mode and keeps fuzzing after crashes (each is saved).
set -euo pipefail
cd "$(dirname "$0")/.."

total=${1:-300}
shift || true
out=.build/fuzz
read -r -a targets <<< "${FUZZ_TARGETS:-load arguments render}"
seconds=$(( total / ${#targets[@]} ))
[ "$seconds" -ge 1 ] || seconds=1

Fuzz/build.sh
failed=0

# fuzz_target NAME [libFuzzer flags…]: one target's session; returns 1 when it found a failing input.
fuzz_target() {
local target=$1; shift
local bin seeds_in dict regressions work artifacts log seeds
case "$target" in
  load)      bin=$out/rectrack-fuzz;           seeds_in=Tests/Fixtures/fuzz-corpus;           dict=Fuzz/yaml.dict
             regressions=Tests/Fixtures/fuzz-regressions; work=$out/corpus ;;
  arguments) bin=$out/rectrack-fuzz-arguments; seeds_in=Tests/Fixtures/fuzz-corpus-arguments; dict=Fuzz/arguments.dict
             regressions=Tests/Fixtures/fuzz-regressions/arguments; work=$out/corpus-arguments ;;
  render)    bin=$out/rectrack-fuzz-render;    seeds_in=Tests/Fixtures/fuzz-corpus;           dict=Fuzz/yaml.dict
             regressions=Tests/Fixtures/fuzz-regressions/render; work=$out/corpus-render ;;
  *) echo "fuzz: unknown target '$target' (load, arguments, render)" >&2; return 1 ;;
esac
artifacts=$out/artifacts-$target
log=$out/last-run-$target.log
mkdir -p "$work" "$artifacts" "$regressions"
rm -f "$artifacts"/*
# Fixed regressions are seeds too; those listed in unfixed.txt would stop the session at once, so they stay out.
seeds=$out/regression-seeds-$target
rm -rf "$seeds" && mkdir -p "$seeds"
for file in "$regressions"/*; do
  name=$(basename "$file")
  [ -f "$file" ] && [ "$name" != unfixed.txt ] || continue
  grep -qE "^$name( |#|\$)" "$regressions/unfixed.txt" 2>/dev/null || cp "$file" "$seeds/"
done

local flags=(-max_total_time="$seconds" -max_len=8192 -timeout=10 -rss_limit_mb=2048 -malloc_limit_mb=2048
       -dict="$dict" -use_value_profile=1 -print_final_stats=1 -artifact_prefix="$artifacts/")
if [ "${FUZZ_KEEP_GOING:-0}" = 1 ]; then
  flags+=(-fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1)
fi

echo "fuzz: $target: fuzzing for $seconds s (log: $log)"
set +e
# libFuzzer, not Swift's backtracer, handles crashes. ASan: no leak checks (the Swift runtime keeps caches for the life of the process) and no allocation stacks while fuzzing (faster; the reproduction below has them).
SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:malloc_context_size=0} \
  "$bin" "${flags[@]}" "$@" "$work" "$seeds_in" "$seeds" > "$log" 2>&1
status=$?
set -e

runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
done_line=$(grep -E '^Done [0-9]+ runs in [0-9]+ second' "$log" | tail -n 1 || true)
cov=$(grep -E '^#[0-9]+' "$log" | grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[0-9a-zA-Z]+' | tail -n 1 || true)
if [ "${FUZZ_KEEP_GOING:-0}" = 1 ]; then
  # Fork mode prints no final stats; its progress lines carry the totals.
  last=$(grep -E '^#[0-9]+: cov:' "$log" | tail -n 1 || true)
  runs=$(echo "$last" | sed -n 's/.* exec\/s: [0-9]* .*//; s/^#\([0-9]*\):.*/\1/p')
  rate=$(echo "$last" | sed -n 's/.* exec\/s: \([0-9]*\).*/\1/p')
  cov=$(echo "$last" | grep -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+' || true)
fi
echo "fuzz: $target: ${runs:-?} executions, ${rate:-?} exec/s, ${cov:-no coverage line}${done_line:+ ($done_line)}"

found=0
for artifact in "$artifacts"/crash-* "$artifacts"/timeout-* "$artifacts"/oom-* "$artifacts"/leak-*; do
  [ -e "$artifact" ] || continue
  found=$((found + 1))
  kind=$(basename "$artifact" | cut -d- -f1)
  minimised=$out/minimised-$(basename "$artifact")
  if [ "$kind" = crash ]; then
    echo "fuzz: minimising $artifact"
    # Each step of libFuzzer's minimisation is bounded, and so is the whole (the best input so far is kept).
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 timeout 180 "$bin" -minimize_crash=1 -max_total_time=30 \
      -runs=20000 -max_len=8192 -exact_artifact_path="$minimised" "$artifact" > "$out/minimise.log" 2>&1 || true
  fi
  [ -s "$minimised" ] || cp "$artifact" "$minimised"
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0 timeout 120 "$bin" -timeout=10 -rss_limit_mb=2048 "$minimised" \
    > "$out/reproduce.log" 2>&1 || true
  # Name it after the innermost function of Sources/ on the stack, and say where that is.
  frame=$(grep -E '^ *#[0-9]+ 0x[0-9a-f]+ in \$s[0-9A-Za-z_]+ .*/Sources/' "$out/reproduce.log" | head -n 1 || true)
  function=$(echo "$frame" | sed -E 's/.* in (\$s[0-9A-Za-z_]+) .*/\1/' | swift demangle --simplified --compact 2>/dev/null \
             | sed -E 's/^(specialized |static |closure #[0-9]+ in )*//; s/\(.*//; s/[^A-Za-z0-9.]+/-/g' || true)
  where=$(echo "$frame" | grep -oE 'Sources/[^ ]+' || true)
  hash=$(sha1sum "$minimised" | cut -c1-8)
  name="$kind-${function:-unknown}-$hash"
  cp "$minimised" "$regressions/$name"
  echo "fuzz: $kind saved as $regressions/$name ($(wc -c < "$minimised") bytes), at ${where:-an unknown place}:"
  grep -E 'Swift runtime failure|Fatal error|ERROR: (AddressSanitizer|libFuzzer)|SUMMARY' "$out/reproduce.log" | head -n 4 | sed -E 's/^ *#[0-9]+ 0x[0-9a-f]+ in //; s/^/    /'
  grep -oE ' in \$s[0-9A-Za-z_]+ [^ ]*/(Sources|Fuzz)/[^ ]+' "$out/reproduce.log" | head -n 8 \
    | while read -r _ symbol place; do echo "    $(echo "$symbol" | swift demangle --simplified --compact)  ${place#"$PWD/"}"; done
done

if [ "$found" -gt 0 ]; then
  echo "fuzz: $target: $found failing input(s) saved in $regressions; see $log"
  return 1
fi
if [ "$status" -ne 0 ]; then
  echo "fuzz: $target: libFuzzer exited with status $status; see $log" >&2
  tail -n 20 "$log" >&2
  return 1
fi
echo "fuzz: $target: no crash"
}

for target in "${targets[@]}"; do
  fuzz_target "$target" "$@" || failed=1
done
exit "$failed"
