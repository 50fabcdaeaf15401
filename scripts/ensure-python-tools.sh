#!/usr/bin/env bash
# Installs the pinned Python tools of scripts/python-tools.txt into .build/python-tools, once, and again whenever that
# file changes (its checksum is kept beside the environment). Prints the environment's bin folder on stdout, so a
# script can write: TOOLS="$(scripts/ensure-python-tools.sh)" && "$TOOLS/check-jsonschema" ...
# Needs python3 with venv (CI installs python3-venv) and PyPI.
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$REPO/.build/python-tools"
REQUIREMENTS="$REPO/scripts/python-tools.txt"
STAMP="$VENV/.requirements.sha256"
want="$(sha256sum "$REQUIREMENTS" | cut -d' ' -f1)"

if [ ! -x "$VENV/bin/python" ] || [ "$(cat "$STAMP" 2>/dev/null)" != "$want" ]; then
    echo "installing the Python test tools of scripts/python-tools.txt into .build/python-tools" >&2
    rm -rf "$VENV"
    mkdir -p "$REPO/.build"
    python3 -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -r "$REQUIREMENTS" >&2
    echo "$want" > "$STAMP"
fi
echo "$VENV/bin"
