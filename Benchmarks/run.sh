#!/usr/bin/env bash
# Benchmarks rectrack against two baselines on the same synthetic trackers:
#   c-parse  Benchmarks/parse_only.c: libyaml's event parse of every file, single-threaded (the floor)
#   pyyaml   Benchmarks/pyyaml_load.py: PyYAML's C loader + grouping by recommendation (the analyst's script)
# and times `rectrack status` on the shipped tracker. See BENCHMARKS.md.
#
# Environment:
#   RECTRACK      the rectrack binary (default .build/release/rectrack); missing -> baselines only
#   BENCH_SIZES   evidence-file counts over 12 recommendations (default "1000 10000 100000")
#   BENCH_WIDE    evidence-file counts also run over 3,000 recommendations (default "10000"; "" skips)
#   BENCH_REPORTS FILES:RECOMMENDATIONS:REPORTS trackers of several reports (default "30000:2645:121"; "" skips);
#                 timed only when this rectrack validates a small tracker of that layout (else "not run")
#   BENCH_SEED    generator seed (default 1)
#   BENCH_RUNS    rounds, each one run of every command (default: 10 at <=1k files, 5 above)
#   BENCH_SCALING rounds of status at 10k and at 100k side by side, for the scaling target (default 5; 0 skips)
#   BENCH_STRICT  1: exit 1 when a target FAILs (default 0: report only)
#   PYTHON        a Python with PyYAML's CSafeLoader for the pyyaml baseline (default: found or installed)
set -euo pipefail

# A RECTRACK given relative is taken from the caller's folder; the default, from the repository's.
case "${RECTRACK:-}" in
    "" | /*) ;;
    */*) RECTRACK="$PWD/$RECTRACK" ;;
    *) RECTRACK=$(command -v "$RECTRACK" || echo "$RECTRACK") ;;  # a name on PATH
esac
cd "$(dirname "$0")/.."
OUT=.build/bench
RECTRACK=${RECTRACK:-.build/release/rectrack}
BENCH_SIZES=${BENCH_SIZES:-"1000 10000 100000"}
BENCH_WIDE=${BENCH_WIDE-10000}
BENCH_REPORTS=${BENCH_REPORTS-30000:2645:121}
BENCH_SEED=${BENCH_SEED:-1}
BENCH_STRICT=${BENCH_STRICT:-0}
WIDE_RECS=3000
mkdir -p "$OUT"

say() { printf '\n== %s\n' "$*"; }

# ------------------------------------------------------------------ tools

apt_install() {
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null 2>&1 || { echo "run.sh: need root (or sudo) to apt-get install $*" >&2; return 1; }
        sudo=(sudo -n)
    fi
    echo "run.sh: apt-get install $*"
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null 2>&1 && return 0
    "${sudo[@]}" apt-get update -q >/dev/null 2>&1 || true
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null
}

command -v hyperfine >/dev/null 2>&1 || apt_install hyperfine || { echo "run.sh: hyperfine is required" >&2; exit 69; }
[ -x /usr/bin/time ] || apt_install time || echo "run.sh: /usr/bin/time missing: peak RSS will be n/a" >&2
pkg-config --exists yaml-0.1 2>/dev/null || apt_install libyaml-dev pkg-config || { echo "run.sh: libyaml-dev is required" >&2; exit 69; }

has_csafe() { "$1" -c 'import yaml; yaml.CSafeLoader' >/dev/null 2>&1; }
if [ -z "${PYTHON:-}" ]; then
    for candidate in python3 /usr/bin/python3; do
        # sys.executable: the interpreter itself, not a wrapper such as a pyenv shim (tens of ms per start)
        if command -v "$candidate" >/dev/null 2>&1 && has_csafe "$candidate"; then
            PYTHON=$("$candidate" -c 'import sys; print(sys.executable)'); break
        fi
    done
    if [ -z "${PYTHON:-}" ]; then
        apt_install python3-yaml && has_csafe /usr/bin/python3 && PYTHON=/usr/bin/python3
    fi
fi
[ -n "${PYTHON:-}" ] && has_csafe "$PYTHON" || { echo "run.sh: no Python with PyYAML's CSafeLoader (apt-get install python3-yaml)" >&2; exit 69; }

echo "run.sh: pyyaml baseline with $PYTHON ($("$PYTHON" -c 'import yaml; print("PyYAML", yaml.__version__)'))"

shell_none=()
hf_help=$(hyperfine --help 2>/dev/null || true)
# -N (no intermediate shell: nothing to subtract from a 2 ms run) arrived in hyperfine 1.13
grep -q -- ' -N' <<<"$hf_help" && shell_none=(-N)

# ------------------------------------------------------------------ build the floor

echo "run.sh: building $OUT/parse_only"
# shellcheck disable=SC2046 # pkg-config prints several words
cc -O2 -o "$OUT/parse_only" Benchmarks/parse_only.c $(pkg-config --cflags --libs yaml-0.1)

have_rectrack=0
if [ -x "$RECTRACK" ]; then
    have_rectrack=1
    echo "run.sh: rectrack: $RECTRACK"
else
    echo "run.sh: no rectrack binary at $RECTRACK (build it with 'make release', or set RECTRACK): timing the baselines only"
fi

# ------------------------------------------------------------------ cases

runs_for() {
    if [ -n "${BENCH_RUNS:-}" ]; then echo "$BENCH_RUNS"
    elif [ "$1" -le 1000 ]; then echo 10
    else echo 5; fi
}

peak_rss() { # label name command... : one extra run under /usr/bin/time -v
    local label=$1 name=$2; shift 2
    [ -x /usr/bin/time ] || return 0
    /usr/bin/time -v -o "$OUT/rss-$label-$name.txt" "$@" >/dev/null 2>&1 || true
}

: > "$OUT/cases.tsv"
cases=()
for n in $BENCH_SIZES; do cases+=("$n:12"); done
for n in $BENCH_WIDE; do cases+=("$n:$WIDE_RECS"); done
for r in $BENCH_REPORTS; do cases+=("$r"); done
rm -f "$OUT"/not-run-*.txt

# Whether this rectrack reads the layout of several reports (issue #22), and the links between their
# recommendations: asked of the tool itself, by validating a small generated tracker of that layout.
multi_support() { # links(0|1): prints why not, and fails, when it does not
    local probe="$OUT/probe-reports$1" flags=(--files 40 --recommendations 6 --reports 3)
    [ "$1" = 1 ] && flags+=(--links)
    python3 Benchmarks/generate.py "${flags[@]}" --seed 1 "$probe" >/dev/null
    if ! "$RECTRACK" validate --root "$probe" >"$OUT/probe-reports$1.log" 2>&1; then
        grep -m1 -E 'error|warning' "$OUT/probe-reports$1.log" || head -n 1 "$OUT/probe-reports$1.log"
        return 1
    fi
}

for case in "${cases[@]}"; do
    IFS=: read -r files recs reports <<<"$case"
    label="${files}x${recs}"
    gen=(--files "$files" --recommendations "$recs")
    names=(c-parse pyyaml)
    subs=(validate status)
    if [ -n "$reports" ]; then
        label="${label}-${reports}reports"
        gen+=(--reports "$reports")
        subs+=(status-text)  # the text table has a target of its own here
        yaml_files=$((files + recs + reports + 2))
        if [ "$have_rectrack" = 1 ]; then
            if ! why=$(multi_support 0); then
                echo "not run: this rectrack has no multi-report support (a 3-report tracker: ${why:0:160})" > "$OUT/not-run-$label.txt"
                say "tracker $label: $(cat "$OUT/not-run-$label.txt")"
                printf '%s\t%s\t%s\t%s\t-\n' "$label" "$files" "$recs" "$yaml_files" >> "$OUT/cases.tsv"
                continue
            fi
            # Links between recommendations are generated only when this rectrack reads them.
            if multi_support 1 >/dev/null; then gen+=(--links); fi
        fi
    else
        yaml_files=$((files + recs + 3))
    fi
    tracker="$OUT/tracker-$label"
    say "tracker $label: $files evidence files over $recs recommendations${reports:+ in $reports reports}"
    python3 Benchmarks/generate.py "${gen[@]}" --seed "$BENCH_SEED" "$tracker"
    sync  # a fresh tracker's write-back would otherwise compete with the first timings
    rm -f "$OUT"/rss-"$label"-*.txt
    load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?")  # other work on the machine inflates wall times

    q_tracker=$(printf %q "$tracker")
    q_rectrack=$(printf %q "$RECTRACK")
    cmds=("$OUT/parse_only $q_tracker" "$(printf %q "$PYTHON") Benchmarks/pyyaml_load.py $q_tracker")
    ignore=()
    if [ "$have_rectrack" = 1 ]; then
        for name in "${subs[@]}"; do
            # `status` is the JSON (what programs read); `status-text` the table a person reads.
            case "$name" in
                validate) args=(validate --root "$tracker") ;;
                status) args=(status --root "$tracker" --format json) ;;
                status-text) args=(status --root "$tracker") ;;
            esac
            names+=("$name")
            cmds+=("$q_rectrack $(printf '%q ' "${args[@]}")")
            if ! "$RECTRACK" "${args[@]}" >/dev/null 2>"$OUT/$name-$label.log"; then
                echo "run.sh: WARNING: rectrack $name exited non-zero on $tracker; first diagnostics ($OUT/$name-$label.log):" >&2
                head -n 5 "$OUT/$name-$label.log" >&2
                ignore=(-i)
            fi
        done
    fi

    # Rounds of one run of each command, rather than all runs of one command then all of the next:
    # this machine's speed drifts over minutes, and a ratio is only fair between runs made together.
    rm -f "$OUT"/results-"$label".json "$OUT"/results-"$label"-r*.json
    rounds=$(runs_for "$files")
    for round in $(seq 1 "$rounds"); do
        say "tracker $label: round $round of $rounds"
        warmup=0; [ "$round" = 1 ] && warmup=1  # later rounds find the files already in the page cache
        hf=(hyperfine "${shell_none[@]}" "${ignore[@]}" --style basic --warmup "$warmup" --runs 1
            --export-json "$OUT/results-$label-r$round.json")
        for i in "${!names[@]}"; do hf+=(-n "${names[$i]}" "${cmds[$i]}"); done
        "${hf[@]}"
    done

    peak_rss "$label" c-parse "$OUT/parse_only" "$tracker"
    peak_rss "$label" pyyaml "$PYTHON" Benchmarks/pyyaml_load.py "$tracker"
    if [ "$have_rectrack" = 1 ]; then
        peak_rss "$label" validate "$RECTRACK" validate --root "$tracker"
        peak_rss "$label" status "$RECTRACK" status --root "$tracker" --format json
        [ -n "$reports" ] && peak_rss "$label" status-text "$RECTRACK" status --root "$tracker"
    fi
    printf '%s\t%s\t%s\t%s\t%s\n' "$label" "$files" "$recs" "$yaml_files" "$load" >> "$OUT/cases.tsv"
done

# ------------------------------------------------------------------ scaling

# The 100k tracker is timed minutes after the 10k one, and this machine's speed drifts by more than
# the target's margin over minutes. So the scaling target gets its own rounds: status on the 10k
# tracker and on the 100k tracker, one run each, side by side; the median of the rounds' ratios.
rm -f "$OUT"/results-scaling-r*.json
small="$OUT/tracker-10000x12" big="$OUT/tracker-100000x12"
if [ "$have_rectrack" = 1 ] && [ "${BENCH_SCALING:-5}" -gt 0 ] && grep -q '^10000x12' "$OUT/cases.tsv" \
        && grep -q '^100000x12' "$OUT/cases.tsv"; then
    for round in $(seq 1 "${BENCH_SCALING:-5}"); do
        say "scaling: round $round of ${BENCH_SCALING:-5} (status at 10k and at 100k)"
        # -i: a non-zero exit is already reported above, and summarize.py fails the target for it.
        hyperfine "${shell_none[@]}" -i --style basic --runs 1 --export-json "$OUT/results-scaling-r$round.json" \
            -n status-10k "$(printf %q "$RECTRACK") status --root $(printf %q "$small") --format json" \
            -n status-100k "$(printf %q "$RECTRACK") status --root $(printf %q "$big") --format json"
    done
fi

# ------------------------------------------------------------------ the shipped tracker

rm -f "$OUT/results-shipped.json" "$OUT"/rss-shipped-*.txt
if [ -d Recommendations ] && [ -d Evidence ]; then
    if [ "$have_rectrack" = 1 ]; then
        say "shipped tracker (repository root)"
        shipped_ignore=()
        load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo "?")
        if ! "$RECTRACK" status --root . >/dev/null 2>"$OUT/status-shipped.log"; then
            echo "run.sh: WARNING: rectrack status exited non-zero on the shipped tracker ($OUT/status-shipped.log)" >&2
            head -n 5 "$OUT/status-shipped.log" >&2
            shipped_ignore=(-i)
        fi
        hyperfine "${shell_none[@]}" "${shipped_ignore[@]}" --warmup 3 --runs 30 \
            --export-json "$OUT/results-shipped.json" -n status "$(printf %q "$RECTRACK") status --root ."
        peak_rss shipped status "$RECTRACK" status --root .
        shipped_files=$(find Recommendations Evidence -name '*.yaml' | wc -l)
        printf 'shipped\t%s\t-\t%s\t%s\n' "$shipped_files" "$shipped_files" "$load" >> "$OUT/cases.tsv"
    fi
else
    echo "run.sh: no shipped tracker (Recommendations/, Evidence/) at the repository root yet"
fi

# ------------------------------------------------------------------ summary

say "summary"
status=0
python3 Benchmarks/summarize.py "$OUT" "$have_rectrack" | tee "$OUT/summary.txt" || status=$?
echo "(results: $OUT/results-*.json, $OUT/summary.txt)"
if [ "$status" -ne 0 ] && [ "$BENCH_STRICT" = 1 ]; then exit 1; fi
exit 0
